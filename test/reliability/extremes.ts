/**
 * Valid extremes: values each of which a caller may legitimately pass, which break code only
 * when two of them meet (MAX_VALUE + MAX_VALUE is Infinity; a tiny bound under a huge one loses
 * its digits), or which are numbers that are not finite where a number is declared. The suite
 * tries them one at a time and in every pair of argument positions.
 */
import { comparatorValues } from "../../src/quantity/types";
import type { HostileType } from "./hostile";

/** Finite numbers at the edges of the doubles, and the three that are not finite. */
export function extremeNumbers(): readonly number[] {
  return [
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    -0,
    Number("1e-324"), // what a reader of "1e-324" gets: it underflows to 0
    2 ** 53 + 2,
    1e21,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
  ];
}

/** The values a quantity is tried at, for every comparator. */
const quantityValues = [
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  1e21,
  Number.POSITIVE_INFINITY,
  Number.NaN,
];

/** Ends of ranges: huge and tiny together, not finite, inverted, a point. */
const rangeEnds: readonly (readonly [number, number])[] = [
  [Number.MIN_VALUE, Number.MAX_VALUE],
  [-Number.MAX_VALUE, Number.MAX_VALUE],
  [0, Number.POSITIVE_INFINITY],
  [Number.NaN, 1],
  [1, Number.NaN],
  [5, 3],
  [Number("1e-324"), 5e-324],
  [7, 7],
  [30, 40],
];

/** Precisions against values: tiny under huge, huge over tiny, not finite, not positive. */
const precisions: readonly (readonly [number, number])[] = [
  [1e21, Number.MIN_VALUE],
  [Number.MIN_VALUE, Number.MAX_VALUE],
  [Number.MAX_VALUE, 1e308],
  [5, Number.NaN],
  [5, Number.POSITIVE_INFINITY],
  [5, -1],
  [5, 0],
];

/**
 * Quantities of every comparator (the range one with an upper end) at every extreme value, in
 * people and in percent, ranges with extreme ends and figures with extreme precisions.
 */
export function extremeQuantities(): readonly object[] {
  const made: object[] = [];
  for (const comparator of comparatorValues) {
    for (const value of quantityValues) {
      made.push(
        comparator === "range"
          ? { value, upper: Number.MAX_VALUE, unit: "人", comparator }
          : { value, unit: "人", comparator },
      );
    }
    made.push(
      comparator === "range"
        ? { value: 99, upper: 100, unit: "%", comparator }
        : { value: 99.5, unit: "%", comparator },
    );
    made.push(
      comparator === "range" ? { value: 1, upper: 2, comparator } : { value: 1, comparator },
    );
  }
  for (const [value, upper] of rangeEnds) {
    made.push({ value, upper, unit: "人", comparator: "range" });
  }
  for (const [value, precision] of precisions) {
    made.push({ value, unit: "元", comparator: "approx", precision });
  }
  return made;
}

/**
 * Figures written at the edges of what a double holds: 400 nines (Infinity if read naively),
 * 亿 repeated (10^8 to the 40th power), tiny decimals, the words JavaScript prints for
 * non-numbers, and each comparator's qualifiers around an overflowing number.
 */
export function extremeTexts(): readonly string[] {
  const huge = "9".repeat(400);
  return [
    huge,
    `${huge}人`,
    `约${huge}万亿元`,
    `一${"亿".repeat(40)}`,
    `${"九".repeat(200)}万人`,
    `0.${"0".repeat(400)}1%`,
    `1${"0".repeat(309)}`,
    "1e309",
    "-0",
    "NaN人",
    "Infinity元",
    "undefined个",
    `近${huge}人`,
    `${huge}余人`,
    `${huge}人以上`,
    `不足${huge}人`,
    `${huge}人以下`,
    `三${huge}至四${huge}人`,
    `${huge}至1人`,
    `${huge}年${huge}月${huge}日`,
    `${"1".repeat(17)}年1月1日`,
    "知晓率达9999999999999999999999%",
    `增速${huge}%`,
    "１".repeat(400),
  ];
}

/** The extremes of a parameter declared to take these types. */
export function extremesOfTypes(types: readonly HostileType[]): readonly unknown[] {
  return [
    ...(types.includes("number") ? extremeNumbers() : []),
    ...(types.includes("quantity") ? extremeQuantities() : []),
    ...(types.includes("string") ? extremeTexts() : []),
  ];
}
