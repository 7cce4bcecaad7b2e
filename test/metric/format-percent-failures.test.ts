import { describe, expect, it } from "vitest";
import { formatPercent } from "../../src/metric/format-percent";
import type { MetricSuccess } from "../../src/metric/types";

const invalidFraction = (written: string) =>
  expect.objectContaining({
    code: "INVALID_ARGUMENT",
    issues: [
      { path: ["fraction"], message: `比率须为有限数，收到 ${written}`, reason: "not_finite" },
    ],
  });

describe("formatPercent's fraction", () => {
  it.each([
    ["null", null, "null"],
    ["a string", "0.5", "0.5"],
    ["a result without a value", { ok: true }, "空缺值"],
    ["a result whose value is infinite", { ok: true, value: Number.POSITIVE_INFINITY }, "正无穷大"],
  ])("refuses %s with INVALID_ARGUMENT", (_, fraction, written) => {
    expect(() => formatPercent(fraction as unknown as MetricSuccess)).toThrow(
      invalidFraction(written),
    );
  });
});
