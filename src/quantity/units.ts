// Which measure words name the same quantity, written once. The formulas, addQuantities,
// roll-up and the report rules read this table; none of them compares unit strings itself.
//
// Provenance:
// - 人/名/位 (and 个 only as 个人, not listed) are classifiers of people; 场/场次 of sessions of
//   an event; 人次 (person-times) counts visits, not people: the classifier senses in
//   现代汉语词典 (第7版) and 国家统计局《统计用语》 (人次: 一人参加一次计为一人次).
// - 元/万元/亿元 are one amount at scales 10^0/10^4/10^8, as 国家统计局 publishes amounts;
//   万人/万人次 likewise.
// - % is a fraction at scale 10^-2 and ‰ at 10^-3 (GB 3101-1993, 3.1.8).
// - 米/公里(千米), 平方米/平方公里(平方千米), 公顷 are SI lengths and areas (GB 3100-1993);
//   亩 (1/15 公顷) is not a power of ten of them and stays apart.
// - 个, 处, 家, 所, 项, 支, 户, 件, 次, 批, 期, 篇, 条, 本, 张 are each a count of its own kind: 4个
//   示范单位 and 11处 阵地 must never be added, nor 5次 to 3场.
// A measure word absent from the table is a count of its own kind: it is the same quantity
// only as itself.

/**
 * What a measure word counts: `people` (人, 名, 位), `person_times` (人次), `count` (a count of
 * things: 个, 处, 场次 …, one kind per word unless the table joins them), `amount` (元), `ratio`
 * (%, ‰ and plain fractions), `measure` (lengths, areas and durations).
 *
 * @category quantity
 */
export type MeasureKind = "people" | "person_times" | "count" | "amount" | "ratio" | "measure";

/**
 * One measure word of {@link unitTable}: the quantity it names (words of one `quantity` may be
 * compared and added once on one scale), the word of that quantity at scale 10^0, the power of
 * ten the word stands for (万元 is 4: 1万元 is 10^4 元), and its kind.
 *
 * @category quantity
 */
export interface MeasureEntry {
  /** The name of the quantity; two words are the same quantity exactly when these are equal. */
  readonly quantity: string;
  /** The word the quantity is counted in at scale 10^0 (元 for 万元); absent for a fraction. */
  readonly base?: string;
  /** The power of ten one of this word stands for, in `base`. */
  readonly exponent: number;
  readonly kind: MeasureKind;
}

const people = (exponent: number): MeasureEntry => ({
  quantity: "people",
  base: "人",
  exponent,
  kind: "people",
});
const count = (word: string): MeasureEntry => ({
  quantity: word,
  base: word,
  exponent: 0,
  kind: "count",
});

/**
 * The unit table: every measure word shiliu knows, with the quantity it names and its scale.
 * Words absent from it are counts of their own kind (see {@link unitOf}).
 *
 * @category quantity
 * @example
 * ```ts
 * unitTable["名"] //=> { quantity: "people", base: "人", exponent: 0, kind: "people" }
 * unitTable["万元"] //=> { quantity: "amount", base: "元", exponent: 4, kind: "amount" }
 * unitTable["%"] //=> { quantity: "ratio", exponent: -2, kind: "ratio" }
 * ```
 */
export const unitTable: { readonly [unit: string]: MeasureEntry } = /* @__PURE__ */ (() => ({
  人: people(0),
  名: people(0),
  位: people(0),
  万人: people(4),
  人次: { quantity: "person_times", base: "人次", exponent: 0, kind: "person_times" },
  万人次: { quantity: "person_times", base: "人次", exponent: 4, kind: "person_times" },
  场: { quantity: "sessions", base: "场次", exponent: 0, kind: "count" },
  场次: { quantity: "sessions", base: "场次", exponent: 0, kind: "count" },
  元: { quantity: "amount", base: "元", exponent: 0, kind: "amount" },
  万元: { quantity: "amount", base: "元", exponent: 4, kind: "amount" },
  亿元: { quantity: "amount", base: "元", exponent: 8, kind: "amount" },
  "%": { quantity: "ratio", exponent: -2, kind: "ratio" },
  "‰": { quantity: "ratio", exponent: -3, kind: "ratio" },
  米: { quantity: "length", base: "米", exponent: 0, kind: "measure" },
  公里: { quantity: "length", base: "米", exponent: 3, kind: "measure" },
  千米: { quantity: "length", base: "米", exponent: 3, kind: "measure" },
  平方米: { quantity: "area", base: "平方米", exponent: 0, kind: "measure" },
  公顷: { quantity: "area", base: "平方米", exponent: 4, kind: "measure" },
  平方公里: { quantity: "area", base: "平方米", exponent: 6, kind: "measure" },
  平方千米: { quantity: "area", base: "平方米", exponent: 6, kind: "measure" },
  亩: { quantity: "亩", base: "亩", exponent: 0, kind: "measure" },
  天: { quantity: "天", base: "天", exponent: 0, kind: "measure" },
  年: { quantity: "年", base: "年", exponent: 0, kind: "measure" },
  小时: { quantity: "小时", base: "小时", exponent: 0, kind: "measure" },
  个: count("个"),
  处: count("处"),
  家: count("家"),
  所: count("所"),
  项: count("项"),
  支: count("支"),
  户: count("户"),
  件: count("件"),
  次: count("次"),
  批: count("批"),
  期: count("期"),
  篇: count("篇"),
  条: count("条"),
  本: count("本"),
  张: count("张"),
}))();
