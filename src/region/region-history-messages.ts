/**
 * The texts of the failures of a code history lookup.
 *
 * @internal
 */
import type { LocalizedText } from "../core/labels";
import type { RegionHistoryFailureReason } from "./region-history";

/** One text per failure reason, with `{placeholders}`. */
export const regionHistoryMessages: {
  readonly [R in RegionHistoryFailureReason]: LocalizedText;
} = {
  invalid_code: { "zh-CN": "{detail}", "zh-TW": "{detail}", en: "{detail}" },
  below_county: {
    "zh-CN": "{code} 是乡级或村级代码；区划代码沿革只含县级及以上",
    "zh-TW": "{code} 是鄉級或村級代碼；區劃代碼沿革只含縣級及以上",
    en: "{code} is a township or village code; the code history holds county level and above",
  },
  year_out_of_range: {
    "zh-CN": "年份 {year} 不在区划代码沿革的 {first}–{last} 年之内",
    "zh-TW": "年份 {year} 不在區劃代碼沿革的 {first}–{last} 年之內",
    en: "the year {year} is outside the code history's {first}–{last}",
  },
  unknown_code: {
    "zh-CN": "{first}–{last} 年间没有用过区划代码 {code}",
    "zh-TW": "{first}–{last} 年間沒有用過區劃代碼 {code}",
    en: "region code {code} was not used in {first}–{last}",
  },
  not_in_use: {
    "zh-CN": "区划代码 {code} 在 {year} 年未使用（{uses}）",
    "zh-TW": "區劃代碼 {code} 在 {year} 年未使用（{uses}）",
    en: "region code {code} was not in use in {year} ({uses})",
  },
  no_successor: {
    "zh-CN": "区划代码 {code}（{name}）于 {year} 年撤销，没有承接其区域的区划",
    "zh-TW": "區劃代碼 {code}（{name}）於 {year} 年撤銷，沒有承接其區域的區劃",
    en: "region code {code} ({name}) left use in {year}, and no region took its area",
  },
};

/** How one record's years read in a message: `1981–2019 年为 同仁县`. */
export const recordYearsText: LocalizedText = {
  "zh-CN": "{start}–{last} 年为 {name}",
  "zh-TW": "{start}–{last} 年為 {name}",
  en: "{name} in {start}–{last}",
};
