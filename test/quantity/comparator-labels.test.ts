import { describe, expect, it } from "vitest";
import { labelOf } from "../../src/core/labels";
import { locales } from "../../src/core/locale";
import { comparatorLabels } from "../../src/quantity/comparator-labels";

describe("comparatorLabels", () => {
  it("labels comparators as the doc example shows", () => {
    expect(labelOf(comparatorLabels, "gt")).toBe("超过");
    expect(labelOf(comparatorLabels, "nearly", "en")).toBe("nearly");
    expect(labelOf(comparatorLabels, "range", "en")).toBe("between");
  });

  it("has a non-empty label for every comparator in every locale", () => {
    const keys = ["eq", "approx", "nearly", "gt", "gte", "lt", "lte", "range"] as const;
    expect(Object.keys(comparatorLabels).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      for (const locale of locales) expect(labelOf(comparatorLabels, key, locale)).not.toBe("");
    }
  });
});
