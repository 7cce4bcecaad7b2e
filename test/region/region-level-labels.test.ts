import { describe, expect, it } from "vitest";
import { labelOf } from "../../src/core/labels";
import { regionLevelLabels } from "../../src/region/region-level-labels";

describe("regionLevelLabels", () => {
  it("labels levels as the doc example shows", () => {
    expect(labelOf(regionLevelLabels, "county")).toBe("县级");
    expect(labelOf(regionLevelLabels, "township", "en")).toBe("township");
  });

  it("has a label in every locale for every level", () => {
    for (const labels of Object.values(regionLevelLabels)) {
      expect(labels["zh-CN"]).not.toBe("");
      expect(labels["zh-TW"]).not.toBe("");
      expect(labels.en).not.toBe("");
    }
    expect(Object.keys(regionLevelLabels)).toEqual([
      "province",
      "prefecture",
      "county",
      "township",
      "village",
    ]);
  });
});
