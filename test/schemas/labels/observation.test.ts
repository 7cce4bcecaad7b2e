import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import {
  aboutKindLabels,
  aboutKinds,
  observationStatuses,
  observationStatusLabels,
} from "../../../src/schemas/labels/observation";
import { expectCompleteTable } from "./label-table-checks";

describe("observation statuses", () => {
  it("read as the doc examples show", () => {
    expect(observationStatuses).toEqual(["A", "E", "P", "F", "U"]);
    expect(labelOf(observationStatusLabels, "P")).toBe("初步数");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(observationStatuses, observationStatusLabels);
  });
});

describe("about kinds", () => {
  it("read as the doc examples show", () => {
    expect(aboutKinds).toEqual([
      "brand",
      "carrier",
      "campaign",
      "component",
      "activity",
      "agreement",
      "designation",
    ]);
    expect(labelOf(aboutKindLabels, "component")).toBe("行动分项");
    expect(labelOf(aboutKindLabels, "carrier", "zh-TW")).toBe("陣地");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(aboutKinds, aboutKindLabels);
  });
});
