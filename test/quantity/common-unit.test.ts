import { describe, expect, it } from "vitest";
import { commonUnit } from "../../src/quantity/common-unit";

describe("commonUnit", () => {
  it("meets units as the doc example shows", () => {
    expect(commonUnit("万元", "元")).toEqual({ unit: "元", shiftA: 4, shiftB: 0 });
    expect(commonUnit("%", undefined)).toEqual({ shiftA: -2, shiftB: 0 });
    expect(commonUnit("人", "人次")).toBeUndefined();
  });

  it("meets words of one quantity on their base word and keeps equal words as they are", () => {
    expect(commonUnit("名", "人")).toEqual({ unit: "人", shiftA: 0, shiftB: 0 });
    expect(commonUnit("场", "场次")).toEqual({ unit: "场次", shiftA: 0, shiftB: 0 });
    expect(commonUnit("万元", "万元")).toEqual({ unit: "万元", shiftA: 0, shiftB: 0 });
    expect(commonUnit("座", "座")).toEqual({ unit: "座", shiftA: 0, shiftB: 0 });
    expect(commonUnit("%", "‰")).toEqual({ shiftA: -2, shiftB: -3 });
    expect(commonUnit(undefined, undefined)).toEqual({ shiftA: 0, shiftB: 0 });
  });

  it("lets a bare number take the other unit, except against %, where it is a fraction", () => {
    expect(commonUnit(undefined, "人")).toEqual({ unit: "人", shiftA: 0, shiftB: 0 });
    expect(commonUnit(undefined, "%")).toEqual({ shiftA: 0, shiftB: -2 });
  });

  it("never meets different counts or different quantities", () => {
    expect(commonUnit("个", "处")).toBeUndefined();
    expect(commonUnit("人", "元")).toBeUndefined();
    expect(commonUnit("%", "人")).toBeUndefined();
    expect(commonUnit("座", "栋")).toBeUndefined();
  });
});
