import { describe, expect, it } from "vitest";
import { labelOf } from "../../src/core/labels";
import { unitKindLabels } from "../../src/unit/unit-kind-labels";
import { unitKinds } from "../../src/unit/unit-kinds";

describe("unitKindLabels", () => {
  it("labels kinds as the doc example shows", () => {
    expect(labelOf(unitKindLabels, "religious_venue")).toBe("宗教活动场所");
    expect(labelOf(unitKindLabels, "township", "zh-TW")).toBe("鄉鎮/街道");
    expect(labelOf(unitKindLabels, "military", "en")).toBe("military company");
  });

  it("labels every kind in every locale", () => {
    expect(Object.keys(unitKindLabels).sort()).toEqual([...unitKinds].sort());
    for (const kind of unitKinds) {
      expect(labelOf(unitKindLabels, kind, "zh-CN")).not.toBe("");
      expect(labelOf(unitKindLabels, kind, "zh-TW")).not.toBe("");
      expect(labelOf(unitKindLabels, kind, "en")).not.toBe("");
    }
  });
});
