import type { Quantity } from "../quantity/types";
import { combineComparator, exactWordAt, prefixQualifierAt } from "./lexicon";
import { normalizeWithOffsets } from "./normalize";
import { readFigure } from "./read-figure";

/**
 * Reads one reported figure with the qualifier its writer chose (数量短语解析): `近4000人` is
 * nearly 4000, `5万余人` more than 50,000, `100人以上` at least 100.
 *
 * Before the number: 达/达到/共/计/合计 (exact), 约/大约/大概 (`approx`), 近/将近/接近 (`nearly`),
 * 超/超过/逾 (`gt`), 不足/不到/不满/未满 (`lt`). Between number and unit: 余/餘/多 (`gt`, also before
 * 万: `10余万人`). After the unit: 以上 (`gte`), 以下/以内 (`lte`), 左右/上下 (`approx`). Two
 * bounds in the same direction keep the stricter (`5万余人以上` is `gt`, `不足100人以下` is `lt`,
 * 近 wins over other upper bounds); qualifiers that disagree leave `approx`. The value is in base units (`363.1亿元` → `36310000000` 元) and the
 * unit is the simplified measure word (個 → 个, 場次 → 场次); `99%` and `百分之九十九` have unit `%`
 * and value `99`.
 *
 * @param text - One figure, such as `超62.5万人次`; full-width digits are accepted.
 * @returns The quantity, or `undefined` when `text` is not exactly one figure. Never throws.
 * @category text
 * @example
 * ```ts
 * parseQuantity("5万余人") //=> { value: 50000, unit: "人", comparator: "gt" }
 * parseQuantity("近4000人") //=> { value: 4000, unit: "人", comparator: "nearly" }
 * parseQuantity("363.1亿元") //=> { value: 36310000000, unit: "元", comparator: "eq" }
 * parseQuantity("知晓率") //=> undefined
 * ```
 */
export function parseQuantity(text: string): Quantity | undefined {
  if (typeof text !== "string") return undefined;
  const normalized = normalizeWithOffsets(text).text.trim();
  let index = exactWordAt(normalized, 0);
  const prefix = prefixQualifierAt(normalized, index);
  if (prefix !== undefined) index += prefix[0];
  const figure = readFigure(normalized, index);
  if (!figure.found || figure.end !== normalized.length) return undefined;
  const comparator =
    prefix === undefined ? figure.comparator : combineComparator(prefix[1], figure.comparator);
  return figure.unit === undefined
    ? { value: figure.value, comparator }
    : { value: figure.value, unit: figure.unit, comparator };
}
