import { powerOfTen } from "../core/decimal";
import type { Comparator, Quantity } from "../quantity/types";
import { normalizeWithOffsets } from "./normalize";
import { combineComparator, exactWordAt, qualifierAt, suffixQualifierAt } from "./qualifiers";
import { FigureScan, scanFigure } from "./read-figure";
import { unitAt } from "./unit-at";
import { vagueMagnitudeAt } from "./vague-magnitudes";
import { lazy } from "./word-index";

/** One reading record for every call: reading is synchronous, so calls never overlap. */
const scratch = /* @__PURE__ */ lazy(() => new FigureScan());

/**
 * Reads one reported figure with the qualifier its writer chose (数量短语解析): `近4000人` is
 * nearly 4000, `5万余人` more than 50,000, `100人以上` at least 100, `30至40人` and `三四十人`
 * between 30 and 40, `上千人` at least 1000.
 *
 * The qualifier words are those of the comparator table (`comparatorTable`): before the number 达/共计
 * (exact), 约 (`approx`), 近 (`nearly`), 超过/逾 (`gt`), 不少于 (`gte`), 不足 (`lt`), 不超过 (`lte`); between
 * number and unit 余/多 (`gt`, also before 万: `10余万人`, and after a number written with 百分之:
 * `百分之五十多`); after the unit 以上 (`gte`), 以下/以内 (`lte`), 左右 (`approx`); between two numbers 至/到/—/～
 * (`range`, both ends included; `3-5万人` scales both ends). Two bounds in the same direction keep
 * the stricter. Approximate numbers read as ranges: `十几个` 11–19, `几十场` 20–90, `数百人` 200–900,
 * `两三千人次` 2000–3000. The value is in base units (`363.1亿元` → `36310000000` 元), the unit is the
 * simplified measure word (個 → 个, `人(次)` → 人次), and `precision` is the place of the last written
 * digit (`363.1亿` → `1e7`, `4000` → `1`).
 *
 * @param text - One figure, such as `超62.5万人次`; full-width digits and one space are accepted.
 * @returns The quantity, or `undefined` when `text` is not exactly one figure. Never throws.
 * @category text
 * @example
 * ```ts
 * parseQuantity("5万余人") //=> { value: 50000, unit: "人", comparator: "gt", precision: 10000 }
 * parseQuantity("近4000人") //=> { value: 4000, unit: "人", comparator: "nearly", precision: 1 }
 * parseQuantity("三四十场") //=> { value: 30, upper: 40, unit: "场", comparator: "range", precision: 10 }
 * parseQuantity("知晓率") //=> undefined
 * ```
 */
export function parseQuantity(text: string): Quantity | undefined {
  if (typeof text !== "string") return undefined;
  const normalized = normalizeWithOffsets(text).text.trim();
  let index = exactWordAt(normalized, 0);
  const prefix = qualifierAt(normalized, index);
  if (prefix !== undefined) index += prefix[0];
  const vague = vagueMagnitudeAt(normalized, index);
  if (vague !== undefined) {
    const quantity = readVague(normalized, index + vague.length, vague);
    if (quantity === undefined || prefix === undefined) return quantity;
    return { ...quantity, comparator: combineComparator(prefix[1], quantity.comparator) };
  }
  const figure = scratch();
  if (!scanFigure(normalized, index, figure) || figure.end !== normalized.length) return undefined;
  let comparator: Comparator = figure.comparator;
  // A range is already approximate: 约三四十人 stays 30 to 40.
  if (prefix !== undefined && comparator !== "range") {
    comparator = combineComparator(prefix[1], comparator);
  }
  const precision = powerOfTen(figure.place);
  const { value, unit, upper } = figure;
  if (comparator === "range" && upper !== undefined) {
    return unit === undefined
      ? { value, upper, comparator, precision }
      : { value, upper, unit, comparator, precision };
  }
  return unit === undefined
    ? { value, comparator, precision }
    : { value, unit, comparator, precision };
}

function readVague(
  text: string,
  at: number,
  vague: NonNullable<ReturnType<typeof vagueMagnitudeAt>>,
): Quantity | undefined {
  const unit = unitAt(text, at);
  const end = at + (unit?.[0] ?? 0);
  const suffix = suffixQualifierAt(text, end);
  if (suffix !== undefined || end !== text.length || unit === undefined) return undefined;
  return {
    value: vague.value,
    unit: unit[1],
    comparator: vague.comparator,
    precision: powerOfTen(vague.place),
  };
}
