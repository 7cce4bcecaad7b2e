import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import { carrierKindLabels, carrierKinds } from "../../../src/schemas/labels/brand";
import { expectCompleteTable } from "./label-table-checks";

describe("carrier kinds", () => {
  it("read as the doc examples show", () => {
    expect(carrierKinds.includes("station")).toBe(true);
    expect(labelOf(carrierKindLabels, "station")).toBe("驿站");
    expect(labelOf(carrierKindLabels, "station", "zh-TW")).toBe("驛站");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(carrierKinds, carrierKindLabels);
  });
});
