import { describe, expect, it } from "vitest";
import { unitTable } from "../../src/quantity/units";

describe("unitTable", () => {
  it("describes units as the doc example shows", () => {
    expect(unitTable.名).toEqual({ quantity: "people", base: "人", exponent: 0, kind: "people" });
    expect(unitTable.万元).toEqual({ quantity: "amount", base: "元", exponent: 4, kind: "amount" });
    expect(unitTable["%"]).toEqual({ quantity: "ratio", exponent: -2, kind: "ratio" });
  });

  it("joins 人/名/位, 场/场次 and 元/万元/亿元, and keeps 人 apart from 人次 and 个 from 处", () => {
    const quantityOf = (unit: string) => unitTable[unit]?.quantity;
    expect(new Set(["人", "名", "位", "万人"].map(quantityOf)).size).toBe(1);
    expect(quantityOf("场")).toBe(quantityOf("场次"));
    expect(new Set(["元", "万元", "亿元"].map(quantityOf)).size).toBe(1);
    expect(quantityOf("人")).not.toBe(quantityOf("人次"));
    expect(quantityOf("个")).not.toBe(quantityOf("处"));
    expect(quantityOf("次")).not.toBe(quantityOf("场次"));
  });

  it("names a base word of scale 10^0 for every quantity that has one", () => {
    for (const entry of Object.values(unitTable)) {
      if (entry.base === undefined) {
        expect(entry.kind).toBe("ratio");
        continue;
      }
      expect(unitTable[entry.base]).toMatchObject({ quantity: entry.quantity, exponent: 0 });
    }
  });
});
