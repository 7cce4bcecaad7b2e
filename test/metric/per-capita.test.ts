import { describe, expect, it } from "vitest";
import { perCapita } from "../../src/metric/per-capita";

describe("perCapita", () => {
  it("divides as the doc example shows", () => {
    expect(perCapita(150, 300000)).toEqual({ ok: true, value: 5 });
    expect(perCapita(36310000000, 1000000, { per: 1 })).toEqual({ ok: true, value: 36310 });
  });

  it("refuses a per that is not a positive finite number and a zero population", () => {
    expect(perCapita(1, 2, { per: 0 })).toMatchObject({ ok: false, reason: "non_positive_base" });
    expect(perCapita(1, 2, { per: Number.NaN })).toMatchObject({
      ok: false,
      reason: "non_positive_base",
    });
    expect(perCapita(1, 0)).toMatchObject({ ok: false, reason: "zero_denominator" });
  });

  it("scales the limits too", () => {
    expect(perCapita({ value: 150, comparator: "gt" }, 300000)).toEqual({
      ok: true,
      value: 5,
      lower: 5,
    });
  });
});
