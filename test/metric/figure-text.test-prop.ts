import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/locale";
import { coverage } from "../../src/metric/coverage";
import { ratio } from "../../src/metric/ratio";
import type { MetricInput } from "../../src/metric/types";
import { formatQuantity } from "../../src/quantity/format-quantity";
import type { Comparator, Quantity } from "../../src/quantity/types";

const locale = fc.constantFrom<Locale>("zh-CN", "zh-TW", "en");
const unit = fc.constantFrom("人", "个", "万人次", "元", "%");

/** A figure whose least possible value is its `value` (exact, 余, 以上, or a range). */
const fromBelow = fc
  .record({
    value: fc.integer({ min: 2, max: 10_000_000 }),
    width: fc.integer({ min: 1, max: 1000 }),
    unit,
    comparator: fc.constantFrom<Comparator>("eq", "gt", "gte", "range"),
  })
  .map(
    ({ value, width, unit, comparator }): Quantity =>
      comparator === "range"
        ? { value, upper: value + width, unit, comparator }
        : { value, unit, comparator },
  );

/** A figure that is negative whatever it is read as (its value, its midpoint). */
const negative = fc
  .record({
    value: fc.integer({ min: -10_000_000, max: -2 }),
    unit,
    comparator: fc.constantFrom<Comparator>(
      "eq",
      "approx",
      "nearly",
      "gt",
      "gte",
      "lt",
      "lte",
      "range",
    ),
  })
  .map(
    ({ value, unit, comparator }): Quantity =>
      comparator === "range"
        ? { value, upper: value + 1, unit, comparator }
        : { value, unit, comparator },
  );

describe("failure messages print a figure as formatQuantity writes it", () => {
  it("a covered count certainly above its total is printed with its qualifier and unit", () => {
    fc.assert(
      fc.property(fromBelow, locale, (covered, loc) => {
        const total: Quantity = {
          value: covered.value - 1,
          unit: covered.unit as string,
          comparator: "eq",
        };
        const result = coverage(covered, total, { locale: loc });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.message).toContain(formatQuantity(covered, { locale: loc, exact: true }));
        expect(result.message).toContain(formatQuantity(total, { locale: loc, exact: true }));
      }),
      { numRuns: 200 },
    );
  });

  it("a negative numerator is printed as written, whatever its comparator", () => {
    fc.assert(
      fc.property(negative, locale, (numerator, loc) => {
        const result = ratio(numerator, 5, { locale: loc });
        expect(result.ok ? undefined : result.reason).toBe("negative_input");
        if (result.ok) return;
        expect(
          result.message.endsWith(formatQuantity(numerator, { locale: loc, exact: true })),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("a figure no formatter can write never throws and never prints undefined or NaN", () => {
    const odd = fc.record({
      value: fc.integer({ min: -1000, max: -1 }),
      unit: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(undefined), fc.constant(7)),
      comparator: fc.string({ maxLength: 6 }),
      precision: fc.oneof(fc.constant(undefined), fc.double(), fc.constant("1")),
    });
    fc.assert(
      fc.property(odd, locale, (figure, loc) => {
        const result = ratio(figure as unknown as MetricInput, 5, { locale: loc });
        if (result.ok) return;
        expect(result.message).not.toMatch(/undefined|NaN|Infinity|\[object/);
      }),
      { numRuns: 100 },
    );
  });
});
