import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import {
  designationKindLabels,
  designationKinds,
  designationLevelLabels,
  designationLevels,
  recipientTypeLabels,
  recipientTypes,
} from "../../../src/schemas/labels/designation";
import { expectCompleteTable } from "./label-table-checks";

describe("designation kinds, levels and recipient types", () => {
  it("read as the doc examples show", () => {
    expect(designationKinds[1]).toBe("demonstration_unit");
    expect(labelOf(designationKindLabels, "demonstration_unit")).toBe("民族团结进步示范单位");
    expect(designationLevels[0]).toBe("national");
    expect(labelOf(designationLevelLabels, "national")).toBe("全国");
    expect(recipientTypes).toEqual(["unit", "region", "person"]);
    expect(labelOf(recipientTypeLabels, "person", "zh-TW")).toBe("個人");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(designationKinds, designationKindLabels);
    expectCompleteTable(designationLevels, designationLevelLabels);
    expectCompleteTable(recipientTypes, recipientTypeLabels);
  });
});
