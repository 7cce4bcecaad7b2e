import type { Locale } from "../core/locale";
import { type Result, success } from "../core/result";
import { parsePeriod } from "./parse-period";
import type { PeriodFailureReason } from "./types";

const chineseQuarters = ["一", "二", "三", "四"] as const;
const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Names a period the way a report heading does (期间名称): zh-CN `2023年`, `2023年上半年`,
 * `2023年第三季度`, `2023年9月`, `2023年9月20日`; zh-TW the same with `2023年第三季`;
 * en `2023`, `H1 2023`, `Q3 2023`, `September 2023`, `20 September 2023`.
 *
 * @param key - A period key.
 * @param locale - The language; defaults to `"zh-CN"`. Failure messages use it too.
 * @returns The label, or the failure of {@link parsePeriod}.
 * @category period
 * @example
 * ```ts
 * periodLabel("2023-H1") //=> { ok: true, value: "2023年上半年" }
 * periodLabel("2023-Q3", "en") //=> { ok: true, value: "Q3 2023" }
 * ```
 */
export function periodLabel(
  key: string,
  locale: Locale = "zh-CN",
): Result<string, PeriodFailureReason> {
  const parsed = parsePeriod(key, { locale });
  if (!parsed.ok) return parsed;
  const { kind, year, index = 1, day = 1 } = parsed.value;
  if (locale === "en") {
    switch (kind) {
      case "year":
        return success(String(year));
      case "half":
        return success(`H${index} ${year}`);
      case "quarter":
        return success(`Q${index} ${year}`);
      case "month":
        return success(`${englishMonths[index - 1]} ${year}`);
      case "day":
        return success(`${day} ${englishMonths[index - 1]} ${year}`);
    }
  }
  switch (kind) {
    case "year":
      return success(`${year}年`);
    case "half":
      return success(`${year}年${index === 1 ? "上" : "下"}半年`);
    case "quarter":
      return success(
        `${year}年第${chineseQuarters[index - 1]}${locale === "zh-TW" ? "季" : "季度"}`,
      );
    case "month":
      return success(`${year}年${index}月`);
    case "day":
      return success(`${year}年${index}月${day}日`);
  }
}
