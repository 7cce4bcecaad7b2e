import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import { activityModalities, activityModalityLabels } from "../../../src/schemas/labels/activity";
import { expectCompleteTable } from "./label-table-checks";

describe("activity modalities", () => {
  it("read as the doc examples show", () => {
    expect(activityModalities).toEqual(["offline", "online", "hybrid"]);
    expect(labelOf(activityModalityLabels, "online", "zh-TW")).toBe("線上");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(activityModalities, activityModalityLabels);
  });
});
