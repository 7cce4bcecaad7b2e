import { powerOfTen } from "../core/decimal";
import type { Comparator, Quantity } from "../quantity/types";
import { numeralCharacters, numeralCode, unitPower } from "./chinese-numerals";
import { CloserSearch, OPENERS } from "./closer-search";
import { labelBefore } from "./labels";
import { normalizeWithOffsets } from "./normalize";
import { combineComparator, qualifierBefore } from "./qualifiers";
import { FigureScan, scanFigure } from "./read-figure";
import { unitAt } from "./unit-at";
import { vagueMagnitudeAt } from "./vague-magnitudes";
import { lazy } from "./word-index";

/**
 * A figure found in running text.
 *
 * @category text
 */
export interface ExtractedQuantity {
  /** The figure as a typed quantity, with the place of its last written digit as `precision`. */
  readonly quantity: Quantity;
  /** UTF-16 index of the figure in the input, qualifier words included (近, 超, 不足 …). */
  readonly start: number;
  /** UTF-16 index just past the figure; `input.slice(start, end) === text`. */
  readonly end: number;
  /** The figure as written in the input, such as `超62.5万人次`. */
  readonly text: string;
  /** The metric word just before the figure (知晓率, 增速, 地区生产总值), when there is one. */
  readonly label?: string;
}

const NUMERAL = 1;
const OPENER = 2;
const ORDINAL = 3; // 第
const MAYBE = 4; // 数 上 成: a numeral only before a unit (数百, 上千, 成千上万)
const SCOPE = 5; // ： 占 open a qualifier's scope; 。 and a line break close it

/** One reading record for every call: reading is synchronous, so calls never overlap. */
const scratch = /* @__PURE__ */ lazy(() => new FigureScan());

let classTable: Uint8Array | undefined;

/** What each UTF-16 unit can start, built on first use: most characters start nothing. */
function charClasses(): Uint8Array {
  if (classTable !== undefined) return classTable;
  const table = new Uint8Array(0x10000);
  for (let code = 48; code <= 57; code++) table[code] = NUMERAL;
  for (const char of numeralCharacters()) table[char.charCodeAt(0)] = NUMERAL;
  for (const code of OPENERS) table[code] = OPENER;
  table[0x7b2c] = ORDINAL;
  for (const char of "数數上成") table[char.charCodeAt(0)] = MAYBE;
  for (const char of "：:占佔。\n") table[char.charCodeAt(0)] = SCOPE;
  classTable = table;
  return table;
}

/**
 * Finds every figure in running report text (数字提取) with its span and the metric word before it.
 *
 * A figure is a number with its measure word or unit (人, 人次, 场次, 份, 平方公里, %, 年 as a
 * duration …, from a cited vocabulary) and its qualifiers (`近4000人`, `5万余人`, `100人以上`),
 * a range (`三四十场`, `2—3个`, `3万至5万人`) or a vague magnitude (`十几个`, `数百人`, `上千万次`).
 * Its `precision` is the place of its last written digit (`5400万元` → 10000). Not figures:
 * dates and times (`2023年`, `4月26日`, `2023-09-20`), ordinals (`第七版`), titles 《…》 and short
 * quoted names and slogans (`“五个认同”`; quoted speech and formulas are read, see
 * `closer-search.ts`), and a number written as one Chinese numeral character with no qualifier
 * (`一家亲`, `三项计划`, `百人宣讲团`): statistics are written in Arabic digits (GB/T 15835), and
 * one numeral character before a measure word reads as a word or a name. A qualifier before a
 * colon or before 占 (`不低于：14个…`, `约占总人口的38%`) qualifies the figures of its clause.
 *
 * Full-width digits, one space inside a figure and pinyin glosses are tolerated; spans always
 * index the input as given. Runs in time linear in the length of the input and never throws.
 *
 * @param text - Report text, simplified or traditional.
 * @returns The figures in order of appearance.
 * @category text
 * @example
 * ```ts
 * extractQuantities("全区干部群众的知晓率达99%，近4000人参加")
 * //=> [
 * //   { quantity: { value: 99, unit: "%", comparator: "eq", precision: 1 }, start: 11, end: 14, text: "99%", label: "知晓率" },
 * //   { quantity: { value: 4000, unit: "人", comparator: "nearly", precision: 1 }, start: 15, end: 21, text: "近4000人" },
 * // ]
 * ```
 */
export function extractQuantities(text: string): ExtractedQuantity[] {
  if (typeof text !== "string") return [];
  const { text: normalized, offsets } = normalizeWithOffsets(text);
  const found: ExtractedQuantity[] = [];
  const classes = charClasses();
  const closers = new CloserSearch(normalized);
  const figure = scratch();
  const length = normalized.length;
  // A label never reaches back into the figure before it (一亿二千万人两千人: no label).
  let previousEnd = 0;
  let scope: Comparator | undefined;
  /** Where a 占 scope opened (it qualifies the next figure of its clause only), or -1. */
  let scopeFrom = -1;
  const add = (start: number, end: number, quantity: Quantity) => {
    const from = offsets === undefined ? start : (offsets[start] ?? 0);
    const to = offsets === undefined ? end : lastOffset(offsets, end);
    const label = labelBefore(normalized, start, previousEnd);
    previousEnd = end;
    const written = text.slice(from, to);
    found.push(
      label === undefined
        ? { quantity, start: from, end: to, text: written }
        : { quantity, start: from, end: to, text: written, label },
    );
  };
  let index = 0;
  while (index < length) {
    const code = normalized.charCodeAt(index);
    const kind = classes[code] ?? 0;
    if (kind === 0) {
      index++;
    } else if (kind === OPENER) {
      index = closers.skip(index);
    } else if (kind === ORDINAL) {
      index = skipNumerals(normalized, index + 1);
    } else if (kind === SCOPE) {
      if (opensScope(code)) {
        const qualifier = qualifierBefore(normalized, index);
        if (qualifier !== undefined) {
          scope = qualifier[1];
          scopeFrom = code === 0x5360 || code === 0x4f54 ? index : -1;
        }
      } else {
        scope = undefined; // a colon's scope ends with the sentence
      }
      index++;
    } else if (kind === MAYBE) {
      const vague = vagueMagnitudeAt(normalized, index);
      const unit = vague === undefined ? undefined : unitAt(normalized, index + vague.length);
      if (vague !== undefined && unit !== undefined) {
        const end = index + vague.length + unit[0];
        // A qualifier before it is the figure's, as before a number (约上千人).
        const prefix = qualifierBefore(normalized, index);
        add(prefix === undefined ? index : index - prefix[0], end, {
          value: vague.value,
          unit: unit[1],
          comparator:
            prefix === undefined
              ? vague.comparator
              : combineComparator(prefix[1], vague.comparator),
          precision: powerOfTen(vague.place),
        });
        index = end;
      } else if (unitPower(numeralCode(normalized.charCodeAt(index + 1))) > 0 && isShu(code)) {
        index = readAt(index);
      } else {
        index++;
      }
    } else if (index > 0 && isAsciiLetter(normalized.charCodeAt(index - 1))) {
      index = skipNumerals(normalized, index); // G20, A4: codes, not figures
    } else {
      index = readAt(index);
    }
  }
  return found;

  function readAt(start: number): number {
    if (!scanFigure(normalized, start, figure)) return Math.max(figure.resumeAt, start + 1);
    const prefix = qualifierBefore(normalized, start);
    const written = figure.chineseChars > 0 && !figure.arabic;
    const isFigure =
      !written || figure.chineseChars > 1 || prefix !== undefined || figure.qualified;
    if (figure.unit !== undefined && isFigure) {
      let comparator = figure.comparator;
      if (prefix !== undefined && comparator !== "range") {
        comparator = combineComparator(prefix[1], comparator);
      } else if (prefix === undefined && scope !== undefined && comparator === "eq") {
        if (scopeFrom === -1 || sameClause(normalized, scopeFrom, start)) comparator = scope;
        if (scopeFrom !== -1) scope = undefined;
      }
      const begin = prefix === undefined ? start : start - prefix[0];
      add(begin, figure.end, quantityOf(figure, comparator));
    }
    return figure.end;
  }
}

function quantityOf(figure: FigureScan, comparator: Comparator): Quantity {
  const precision = powerOfTen(figure.place);
  const unit = figure.unit as string;
  return figure.upper === undefined || comparator !== "range"
    ? { value: figure.value, unit, comparator, precision }
    : { value: figure.value, upper: figure.upper, unit, comparator, precision };
}

/** Whether no clause mark stands between `from` and `to` (looking at most 40 characters). */
function sameClause(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xff0c || code === 0x2c || code === 0x3001 || code === 0xff1b || code === 0x3b) {
      return false;
    }
  }
  return true;
}

/** ： and 占 after a qualifier (不低于：, 约占) carry it to the figures of their clause. */
function opensScope(code: number): boolean {
  return code === 0xff1a || code === 0x3a || code === 0x5360 || code === 0x4f54;
}

function isShu(code: number): boolean {
  return code === 0x6570 || code === 0x6578;
}

/** The input index just past normalized index `end - 1` (glosses after the figure excluded). */
function lastOffset(offsets: Int32Array, end: number): number {
  if (end === 0) return offsets[0] ?? 0;
  return (offsets[end - 1] ?? 0) + 1;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function skipNumerals(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const digit = code >= 48 && code <= 57;
    if (digit || numeralCode(code) !== 0 || code === 46 || code === 44) index++;
    else break;
  }
  return Math.max(index, start);
}
