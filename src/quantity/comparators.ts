// What every comparator means, written once. bounds-of, the formulas' operands, the text
// reader's qualifier words, comparator joining, roll-up, the report rules and formatQuantity
// all read this table; none of them restates it.
//
// Provenance of the Chinese qualifier words:
// - 以上/以下/以内 include the number, 不满/超过 do not: 中华人民共和国民法典 第一千二百五十九条
//   （“民法所称的‘以上’、‘以下’、‘以内’、‘届满’，包括本数；所称的‘不满’、‘超过’、‘以外’，不包括本数”）.
// - 余/多 after a number (more than it), 近/将近/接近 (just under), 约/大约/大概/左右/上下 (about),
//   不足/不到/未满 (less than), 逾 (more than), 达/达到/共/计/合计/共计/累计 (exactly):
//   the senses of these words in 现代汉语词典 (第7版).
// - 不少于/不低于 (at least, the number included) and 不超过/不多于/不高于 (at most, included) are
//   the negations of 少于/低于/超过/多于/高于, which exclude the number (民法典 第一千二百五十九条
//   for 超过); 少于/低于 (less than) likewise exclude it.
// - 至/到/—/～ between two numbers write a range (3万至5万人, 30—40人), both ends included.
// Each simplified word is listed with its traditional form where the two differ.
import type { LocalizedText } from "../core/labels";
import type { Comparator } from "./types";

/**
 * Which side a comparator bounds a figure on: `exact` both, at the number; `estimate` neither
 * (约); `lower` from below (余, 以上); `upper` from above (近, 不足, 以下); `between` both, at the
 * two ends of a range (三四十).
 *
 * @category quantity
 */
export type ComparatorDirection = "exact" | "estimate" | "lower" | "upper" | "between";

/**
 * The Chinese words that give a figure its comparator, by where they stand: `before` the number
 * (约, 近, 超过, 不足, and the exact-statement words 达, 共计), `inside` between the number and its
 * unit (余, 多) or, for a range, between its two numbers (至, 到), and `after` the unit (以上,
 * 左右). Simplified and traditional forms are both listed.
 *
 * @category quantity
 */
export interface ComparatorWords {
  readonly before: readonly string[];
  readonly inside: readonly string[];
  readonly after: readonly string[];
}

/**
 * The canonical written form of a comparator, as templates: `{number}` is the value (for a
 * range its lower end), `{upper}` the upper end of a range, `{unit}` the unit. `percent`
 * replaces the Chinese forms for a `%` figure where the usual one is not Chinese (`99余%`).
 *
 * @category quantity
 */
export interface ComparatorForm {
  readonly "zh-CN": string;
  readonly "zh-TW": string;
  readonly en: string;
  readonly percent?: { readonly "zh-CN": string; readonly "zh-TW": string };
}

/**
 * What one {@link Comparator} means.
 *
 * @category quantity
 */
export interface ComparatorMeaning {
  /** The side or sides the figure is bounded on. */
  readonly direction: ComparatorDirection;
  /**
   * Whether the bound includes the number itself (100人以上 includes 100, 5万余人 does not);
   * `true` for `exact` and `between`, `false` for `estimate`, which has no bound.
   */
  readonly inclusive: boolean;
  /**
   * How strict the comparator is within its direction, when a writer puts two qualifiers on one
   * number (5万余人以上): the higher wins. An exclusive bound is stricter than an inclusive one,
   * and 近 stricter than 不足 (it also says how close).
   */
  readonly strictness: number;
  /** The comparator's name in each locale (超过, 以上, more than). */
  readonly label: LocalizedText;
  /** How `formatQuantity` writes it. */
  readonly form: ComparatorForm;
  /** The Chinese words that produce it. */
  readonly words: ComparatorWords;
}

/**
 * How each {@link Comparator} bounds a figure: its direction, inclusive bound and strictness —
 * the part of {@link comparatorTable} that formulas and roll-up read (it is that table's own
 * data, kept apart so a bundle that needs no words or forms does not carry them).
 *
 * @category quantity
 * @example
 * ```ts
 * comparatorBounds.gt //=> { direction: "lower", inclusive: false, strictness: 2 }
 * ```
 */
export const comparatorBounds: {
  readonly [comparator in Comparator]: Pick<
    ComparatorMeaning,
    "direction" | "inclusive" | "strictness"
  >;
} = {
  eq: { direction: "exact", inclusive: true, strictness: 0 },
  approx: { direction: "estimate", inclusive: false, strictness: 0 },
  nearly: { direction: "upper", inclusive: false, strictness: 3 },
  gt: { direction: "lower", inclusive: false, strictness: 2 },
  gte: { direction: "lower", inclusive: true, strictness: 1 },
  lt: { direction: "upper", inclusive: false, strictness: 2 },
  lte: { direction: "upper", inclusive: true, strictness: 1 },
  range: { direction: "between", inclusive: true, strictness: 0 },
};

/**
 * The meaning of every {@link Comparator}: direction, inclusive bound, strictness, its name in
 * zh-CN, zh-TW and en, its canonical written form and the Chinese qualifier words that produce
 * it (以上/以下/以内 include the number, 超过/不满 do not — 民法典 第一千二百五十九条).
 *
 * @category quantity
 * @example
 * ```ts
 * comparatorTable.gt.direction //=> "lower"
 * comparatorTable.gte.inclusive //=> true
 * comparatorTable.nearly.words.before //=> ["将近", "將近", "接近", "近"]
 * comparatorTable.range.form["zh-CN"] //=> "{number}至{upper}{unit}"
 * ```
 */
export const comparatorTable: { readonly [comparator in Comparator]: ComparatorMeaning } =
  /* @__PURE__ */ (() => ({
    eq: {
      ...comparatorBounds.eq,
      label: { "zh-CN": "等于", "zh-TW": "等於", en: "exactly" },
      form: { "zh-CN": "{number}{unit}", "zh-TW": "{number}{unit}", en: "{number}{unit}" },
      words: {
        before: [
          "达到",
          "達到",
          "达",
          "達",
          "共计",
          "共計",
          "合计",
          "合計",
          "累计",
          "累計",
          "共",
          "计",
          "計",
        ],
        inside: [],
        after: [],
      },
    },
    approx: {
      ...comparatorBounds.approx,
      label: { "zh-CN": "约", "zh-TW": "約", en: "about" },
      form: {
        "zh-CN": "约{number}{unit}",
        "zh-TW": "約{number}{unit}",
        en: "about {number}{unit}",
      },
      // 约 with the verb that joins it to the number (约有, 约为, 约达) is one qualifier.
      words: {
        before: [
          "大约有",
          "大約有",
          "大约",
          "大約",
          "大概",
          "约有",
          "約有",
          "约为",
          "約為",
          "约达",
          "約達",
          "约",
          "約",
        ],
        inside: [],
        after: ["左右", "上下"],
      },
    },
    nearly: {
      ...comparatorBounds.nearly,
      label: { "zh-CN": "近", "zh-TW": "近", en: "nearly" },
      form: {
        "zh-CN": "近{number}{unit}",
        "zh-TW": "近{number}{unit}",
        en: "nearly {number}{unit}",
      },
      words: { before: ["将近", "將近", "接近", "近"], inside: [], after: [] },
    },
    gt: {
      ...comparatorBounds.gt,
      label: { "zh-CN": "超过", "zh-TW": "超過", en: "more than" },
      form: {
        "zh-CN": "{number}余{unit}",
        "zh-TW": "{number}餘{unit}",
        en: "more than {number}{unit}",
        percent: { "zh-CN": "超过{number}{unit}", "zh-TW": "超過{number}{unit}" },
      },
      words: {
        before: ["超过", "超過", "多于", "多於", "高于", "高於", "大于", "大於", "超", "逾"],
        inside: ["余", "餘", "多"],
        after: [],
      },
    },
    gte: {
      ...comparatorBounds.gte,
      label: { "zh-CN": "以上", "zh-TW": "以上", en: "at least" },
      form: {
        "zh-CN": "{number}{unit}以上",
        "zh-TW": "{number}{unit}以上",
        en: "at least {number}{unit}",
      },
      words: {
        before: ["不少于", "不少於", "不低于", "不低於", "不小于", "不小於", "至少", "最少"],
        inside: [],
        after: ["以上"],
      },
    },
    lt: {
      ...comparatorBounds.lt,
      label: { "zh-CN": "不足", "zh-TW": "不足", en: "less than" },
      form: {
        "zh-CN": "不足{number}{unit}",
        "zh-TW": "不足{number}{unit}",
        en: "less than {number}{unit}",
      },
      words: {
        before: [
          "不足",
          "不到",
          "不满",
          "不滿",
          "未满",
          "未滿",
          "少于",
          "少於",
          "低于",
          "低於",
          "小于",
          "小於",
        ],
        inside: [],
        after: [],
      },
    },
    lte: {
      ...comparatorBounds.lte,
      label: { "zh-CN": "以下", "zh-TW": "以下", en: "at most" },
      form: {
        "zh-CN": "{number}{unit}以下",
        "zh-TW": "{number}{unit}以下",
        en: "at most {number}{unit}",
      },
      words: {
        before: [
          "不超过",
          "不超過",
          "不多于",
          "不多於",
          "不高于",
          "不高於",
          "不大于",
          "不大於",
          "至多",
          "最多",
        ],
        inside: [],
        after: ["以下", "以内", "以內"],
      },
    },
    range: {
      ...comparatorBounds.range,
      label: { "zh-CN": "介于", "zh-TW": "介於", en: "between" },
      form: {
        "zh-CN": "{number}至{upper}{unit}",
        "zh-TW": "{number}至{upper}{unit}",
        en: "{number} to {upper}{unit}",
        percent: {
          "zh-CN": "{number}{unit}至{upper}{unit}",
          "zh-TW": "{number}{unit}至{upper}{unit}",
        },
      },
      words: { before: [], inside: ["至", "到", "—", "－", "～", "~", "–", "-"], after: [] },
    },
  }))();
