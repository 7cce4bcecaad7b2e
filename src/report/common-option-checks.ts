import type { OptionCheck } from "../core/option-checker";
import { isIsoDate } from "../period/is-iso-date";

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

/**
 * The `locale` option: every value is taken, since like every entry point an unknown locale
 * falls back to zh-CN rather than failing.
 *
 * @internal
 */
export const localeOption: OptionCheck = {
  expected: { "zh-CN": "", "zh-TW": "", en: "" },
  fits: () => true,
};

/**
 * A day option (`today`, `publishedOn`): a calendar date written `YYYY-MM-DD` that exists.
 *
 * @internal
 */
export const dayOption: OptionCheck = {
  expected: {
    "zh-CN": "YYYY-MM-DD 格式的日期",
    "zh-TW": "YYYY-MM-DD 格式的日期",
    en: "a date written YYYY-MM-DD",
  },
  fits: isIsoDate,
};

/**
 * The `regionIndex` option: an object with the lookups of a region index that the report
 * functions call (by code, parent, ancestors, by name).
 *
 * @internal
 */
export const regionIndexOption: OptionCheck = {
  expected: {
    "zh-CN": "由 createRegionIndex 建立的区划索引",
    "zh-TW": "由 createRegionIndex 建立的區劃索引",
    en: "a region index made by createRegionIndex",
  },
  fits: (value) =>
    isObject(value) &&
    typeof value.get === "function" &&
    typeof value.parent === "function" &&
    typeof value.ancestors === "function" &&
    typeof value.findByName === "function",
};
