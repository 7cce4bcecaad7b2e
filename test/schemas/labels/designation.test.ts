import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import {
  designationKindLabels,
  designationKinds,
  designationLevelLabels,
  designationLevels,
  designationStatuses,
  designationStatusLabels,
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
    expect(recipientTypes).toEqual(["unit", "region", "person", "family"]);
    expect(labelOf(recipientTypeLabels, "person", "zh-TW")).toBe("個人");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(designationKinds, designationKindLabels);
    expectCompleteTable(designationLevels, designationLevelLabels);
    expectCompleteTable(recipientTypes, recipientTypeLabels);
    expectCompleteTable(designationStatuses, designationStatusLabels);
  });

  it("label the family recipient, the 示范家庭 kind and the statuses in three locales", () => {
    const all = (table: Parameters<typeof labelOf>[0], key: string) =>
      (["zh-CN", "zh-TW", "en"] as const).map((locale) => labelOf(table, key, locale));
    expect(all(recipientTypeLabels, "family")).toEqual(["家庭", "家庭", "family"]);
    expect(all(designationKindLabels, "demonstration_family")).toEqual([
      "民族团结进步示范家庭",
      "民族團結進步示範家庭",
      "demonstration family",
    ]);
    expect(designationStatuses).toEqual(["in_force", "expired", "revoked"]);
    expect(all(designationStatusLabels, "in_force")).toEqual(["有效", "有效", "in force"]);
    expect(all(designationStatusLabels, "expired")).toEqual(["已到期", "已到期", "expired"]);
    expect(all(designationStatusLabels, "revoked")).toEqual(["已撤销", "已撤銷", "revoked"]);
  });
});
