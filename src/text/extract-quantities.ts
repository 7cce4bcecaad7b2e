import type { Quantity } from "../quantity/types";
import { combineComparator, exactWordBefore, prefixQualifierBefore } from "./lexicon";
import { isIdeograph, normalizeWithOffsets } from "./normalize";
import { isAsciiDigit, numeralCharacters, numeralCode } from "./numerals";
import { FigureScan, scanFigure } from "./read-figure";

/**
 * A figure found in running text.
 *
 * @category text
 */
export interface ExtractedQuantity {
  /** The figure as a typed quantity. */
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

/** Quote and title brackets whose content is a name, not a statement of figures. */
const CLOSERS: ReadonlyMap<number, number> = /* @__PURE__ */ new Map([
  [0x300a, 0x300b], // 《 》
  [0x3008, 0x3009], // 〈 〉
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
]);

/** Names and titles longer than this (or broken by a line) are taken as unclosed brackets. */
const MAX_QUOTED = 120;

/** Label rules look back at most this far. */
const MAX_LABEL = 24;

const ORDINAL = 0x7b2c; // 第

const NUMERAL = 1;
const OPENER = 2;
const OTHER = 3;

let classTable: Uint8Array | undefined;

/** What each UTF-16 unit can start, built on first use: most characters start nothing. */
function charClasses(): Uint8Array {
  if (classTable !== undefined) return classTable;
  const table = new Uint8Array(0x10000);
  for (let code = 48; code <= 57; code++) table[code] = NUMERAL;
  for (const char of numeralCharacters()) table[char.charCodeAt(0)] = NUMERAL;
  for (const code of CLOSERS.keys()) table[code] = OPENER;
  table[ORDINAL] = OTHER;
  classTable = table;
  return table;
}

/**
 * Finds every figure in running report text (数字提取) with its span and the metric word before it.
 *
 * What counts as a figure: a number followed by a measure word or unit (人, 人次, 个, 场次, 元, %,
 * 平方米 …), with its qualifiers (`近4000人`, `5万余人`, `100人以上`). What does not: dates and
 * times (`2023年`, `4月26日`, `2023-09-20`, `11:50:00`), ordinals (`第七版`, `第五小学`),
 * anything inside 《书名》 or “quoted names” (`“九个一百”`, `“56个民族一家亲”`), and a number
 * written as a single Chinese numeral character with no qualifier (`一家亲`, `三项计划`,
 * `四位一体`, `百人宣讲团`, `万人徒步游`): statistics are written in Arabic digits (GB/T 15835),
 * while one numeral character before a measure word reads as a word or a name. Written-out
 * figures of two or more characters (`一百余篇`, `二十四个`) or with a qualifier (`近百名`) count.
 *
 * The label is the run of CJK characters just before the figure (and before a connector such
 * as 达/为/是/共/完成), stopping at punctuation, digits or a quote: a known metric term at its
 * end wins (`中心城区绿化率` → `绿化率`); otherwise the text after the last 的/等/对 or
 * common verb (打造, 开展, 发布 …), without leading period words (`2023年上半年` → dropped).
 *
 * Full-width digits and pinyin glosses are normalized internally; spans always index the input
 * as given. Runs in time linear in the length of the input and never throws.
 *
 * @param text - Report text, simplified or traditional.
 * @returns The figures in order of appearance.
 * @category text
 * @example
 * ```ts
 * extractQuantities("全区干部群众的知晓率达99%，近4000人参加")
 * //=> [
 * //   { quantity: { value: 99, unit: "%", comparator: "eq" }, start: 11, end: 14, text: "99%", label: "知晓率" },
 * //   { quantity: { value: 4000, unit: "人", comparator: "nearly" }, start: 15, end: 21, text: "近4000人" },
 * // ]
 * ```
 */
export function extractQuantities(text: string): ExtractedQuantity[] {
  if (typeof text !== "string") return [];
  const { text: normalized, offsets } = normalizeWithOffsets(text);
  const found: ExtractedQuantity[] = [];
  const length = normalized.length;
  const closerSearch = new CloserSearch(normalized);
  let index = 0;
  // A label never reaches back into the figure before it (一亿二千万人两千人: no label).
  let previousEnd = 0;
  const classes = charClasses();
  const figure = new FigureScan();
  while (index < length) {
    const code = normalized.charCodeAt(index);
    const kind = classes[code] ?? 0;
    if (kind === 0) {
      index++;
      continue;
    }
    const closer = kind === OPENER ? CLOSERS.get(code) : undefined;
    if (closer !== undefined) {
      const close = closerSearch.find(index, closer);
      index = close === -1 ? index + 1 : close + 1;
      continue;
    }
    if (code === ORDINAL) {
      index = skipNumerals(normalized, index + 1);
      continue;
    }
    if (!startsNumber(normalized, index)) {
      index++;
      continue;
    }
    if (index > 0 && isAsciiLetter(normalized.charCodeAt(index - 1))) {
      index = skipNumerals(normalized, index);
      continue;
    }
    if (!scanFigure(normalized, index, figure)) {
      index = Math.max(figure.resumeAt, index + 1);
      continue;
    }
    const prefix = prefixQualifierBefore(normalized, index);
    const unit = figure.unit;
    const written = figure.chineseChars > 0 && !figure.arabic;
    const isFigure =
      !written || figure.chineseChars > 1 || prefix !== undefined || figure.qualified;
    if (unit !== undefined && isFigure) {
      const start = prefix === undefined ? index : index - prefix[0];
      const quantity: Quantity = {
        value: figure.value,
        unit,
        comparator:
          prefix === undefined
            ? figure.comparator
            : combineComparator(prefix[1], figure.comparator),
      };
      const originalStart = offsets === undefined ? start : (offsets[start] ?? 0);
      const originalEnd = offsets === undefined ? figure.end : lastOffset(offsets, figure.end);
      const label = labelBefore(normalized, start, previousEnd);
      previousEnd = figure.end;
      const asWritten = text.slice(originalStart, originalEnd);
      found.push(
        label === undefined
          ? { quantity, start: originalStart, end: originalEnd, text: asWritten }
          : { quantity, start: originalStart, end: originalEnd, text: asWritten, label },
      );
    }
    index = figure.end;
  }
  return found;
}

/** The input index just past normalized index `end - 1` (glosses after the figure excluded). */
function lastOffset(offsets: Int32Array, end: number): number {
  if (end === 0) return offsets[0] ?? 0;
  return (offsets[end - 1] ?? 0) + 1;
}

function startsNumber(text: string, index: number): boolean {
  return isAsciiDigit(text, index) || numeralCode(text.charCodeAt(index)) !== 0;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function skipNumerals(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (startsNumber(text, index) || code === 46 || code === 44) index++;
    else break;
  }
  return Math.max(index, start);
}

/**
 * Finds closing brackets in amortized constant time per opener: what one scan learned (no
 * closer between `from` and `to`) is reused by the next opener of the same kind inside that
 * range, so no character is scanned twice for the same closer. One scan is remembered per
 * closer, in flat arrays indexed by the closer's slot.
 */
class CloserSearch {
  /** First index the last scan for each closer covered (-1: none yet). */
  private readonly from = new Int32Array(CLOSER_SLOTS).fill(-1);
  /** Where it stopped: the closer, the line break, or the limit. */
  private readonly to = new Int32Array(CLOSER_SLOTS);
  private readonly outcome = new Uint8Array(CLOSER_SLOTS);

  constructor(private readonly text: string) {}

  find(open: number, closer: number): number {
    const slot = closerSlot(closer);
    const limit = Math.min(this.text.length, open + 1 + MAX_QUOTED);
    let from = open + 1;
    const previousFrom = this.from[slot] ?? -1;
    const previousTo = this.to[slot] ?? 0;
    if (previousFrom !== -1 && previousFrom <= from && from <= previousTo) {
      const outcome = this.outcome[slot];
      if (outcome === FOUND) return previousTo < limit ? previousTo : -1;
      if (outcome === LINE) return -1;
      from = previousTo;
    }
    for (let index = from; index < limit; index++) {
      const code = this.text.charCodeAt(index);
      if (code === closer || code === 10 || code === 13) {
        this.remember(slot, open + 1, index, code === closer ? FOUND : LINE);
        return code === closer ? index : -1;
      }
    }
    this.remember(slot, open + 1, limit, LIMIT);
    return -1;
  }

  private remember(slot: number, from: number, to: number, outcome: number): void {
    this.from[slot] = from;
    this.to[slot] = to;
    this.outcome[slot] = outcome;
  }
}

const FOUND = 0;
const LINE = 1;
const LIMIT = 2;
const CLOSER_SLOTS = 6;

/** A slot per closing bracket (the six in `CLOSERS`). */
function closerSlot(closer: number): number {
  switch (closer) {
    case 0x300b:
      return 0;
    case 0x3009:
      return 1;
    case 0x201d:
      return 2;
    case 0x2019:
      return 3;
    case 0x300d:
      return 4;
    default:
      return 5;
  }
}

/** Metric terms a label is cut down to when it ends with one (longest first). */
const METRIC_TERMS: readonly string[] = [
  "社会消费品零售总额",
  "社會消費品零售總額",
  "地区生产总值",
  "地區生產總值",
  "固定资产投资",
  "固定資產投資",
  "森林覆盖率",
  "森林覆蓋率",
  "城镇化率",
  "城鎮化率",
  "知晓率",
  "知曉率",
  "知晓度",
  "知曉度",
  "参与度",
  "參與度",
  "参与率",
  "參與率",
  "支持率",
  "覆盖率",
  "覆蓋率",
  "绿化率",
  "綠化率",
  "满意度",
  "滿意度",
  "完成率",
  "达标率",
  "達標率",
  "普及率",
  "增长率",
  "增長率",
  "增速",
  "增幅",
];

/** Words after which a label starts: the label is what follows the last one. */
const LABEL_BREAKS: readonly string[] = [
  "的",
  "等",
  "对",
  "對",
  "打造",
  "建立",
  "建成",
  "创建",
  "創建",
  "开展",
  "開展",
  "举办",
  "舉辦",
  "组织",
  "組織",
  "发布",
  "發布",
  "发挥",
  "發揮",
  "征集",
  "徵集",
  "组建",
  "組建",
  "收集整理",
  "收集",
  "细化",
  "細化",
  "健全",
  "协助",
  "協助",
  "帮助",
  "幫助",
  "研发",
  "研發",
  "包括",
];

/**
 * The length of the connector between a label and its figure ending at `end` (完成, 共有, 为,
 * 為, 是, 有, 了), dropped from the end of the label, or 0.
 */
function trailingConnectorBefore(text: string, end: number): number {
  switch (text.charCodeAt(end - 1)) {
    case 0x6210: // 成
      return end >= 2 && text.charCodeAt(end - 2) === 0x5b8c /* 完 */ ? 2 : 0;
    case 0x6709: // 有
      return end >= 2 && text.charCodeAt(end - 2) === 0x5171 /* 共 */ ? 2 : 1;
    case 0x4e3a: // 为
    case 0x70ba: // 為
    case 0x662f: // 是
    case 0x4e86: // 了
      return 1;
    default:
      return 0;
  }
}

/** Period words and prepositions dropped from the start of a label. */
const LEADING_WORDS: readonly string[] = [
  "截至目前",
  "前三季度",
  "上半年",
  "下半年",
  "全年",
  "今年",
  "去年",
  "当前",
  "當前",
  "目前",
  "年",
  "月",
  "日",
  "已",
  "了",
  "共",
];

/** A preposition alone is not a label (在17个街道). */
const NOT_LABELS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "在",
  "向",
  "于",
  "於",
  "对",
  "對",
  "从",
  "從",
]);

interface LabelTables {
  /** Metric terms by the UTF-16 code of their last character. */
  readonly metricsByLast: ReadonlyMap<number, readonly string[]>;
  /** Break words by the UTF-16 code of their last character. */
  readonly breaksByLast: ReadonlyMap<number, readonly string[]>;
  /** Leading words by the UTF-16 code of their first character. */
  readonly leadingByFirst: ReadonlyMap<number, readonly string[]>;
}

const NO_WORDS: readonly string[] = [];

let labelTables: LabelTables | undefined;

function groupBy(words: readonly string[], key: (word: string) => number): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    const group = groups.get(key(word));
    if (group === undefined) groups.set(key(word), [word]);
    else group.push(word);
  }
  return groups;
}

/** The word lists indexed by one character, built on first use, so each label costs O(length). */
function tables(): LabelTables {
  labelTables ??= {
    metricsByLast: groupBy(METRIC_TERMS, (word) => word.charCodeAt(word.length - 1)),
    breaksByLast: groupBy(LABEL_BREAKS, (word) => word.charCodeAt(word.length - 1)),
    leadingByFirst: groupBy(LEADING_WORDS, (word) => word.charCodeAt(0)),
  };
  return labelTables;
}

function labelBefore(text: string, figureStart: number, floor: number): string | undefined {
  let end = figureStart;
  end -= exactWordBefore(text, end);
  end -= trailingConnectorBefore(text, end);
  end -= exactWordBefore(text, end);
  let start = end;
  while (start > floor && end - start < MAX_LABEL && isIdeograph(text.charCodeAt(start - 1)))
    start--;
  if (start === end) return undefined;
  const { metricsByLast, breaksByLast, leadingByFirst } = tables();
  for (const term of metricsByLast.get(text.charCodeAt(end - 1)) ?? NO_WORDS) {
    if (end - term.length >= start && text.endsWith(term, end)) return term;
  }
  // The label starts after the rightmost break word (的, 等, 打造 …).
  let cut = start;
  for (let position = end; position > start && cut === start; position--) {
    for (const word of breaksByLast.get(text.charCodeAt(position - 1)) ?? NO_WORDS) {
      if (position - word.length >= start && text.startsWith(word, position - word.length)) {
        cut = position;
        break;
      }
    }
  }
  let from = cut;
  for (let changed = true; changed && from < end; ) {
    changed = false;
    for (const word of leadingByFirst.get(text.charCodeAt(from)) ?? NO_WORDS) {
      if (from + word.length <= end && text.startsWith(word, from)) {
        from += word.length;
        changed = true;
        break;
      }
    }
  }
  if (from >= end) return undefined;
  const label = text.slice(from, end);
  return NOT_LABELS.has(label) ? undefined : label;
}
