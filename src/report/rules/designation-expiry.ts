import type { Locale } from "../../core/locale";
import type { Designation } from "../../schemas/designation";
import { describeRecord } from "../describe";
import { termEnd } from "../designation-term";
import { createDiagnostic, type Diagnostic } from "../diagnostic";
import type { ReportRule } from "../report-rule";

const disagreesWithDate = {
  "zh-CN":
    "{record}的有效期至 {expiresOn} 与命名日期 {namedOn} 加有效期 {term} 年不符，应为 {lastDay}（或 {anniversary}）",
  "zh-TW":
    "{record}的有效期至 {expiresOn} 與命名日期 {namedOn} 加有效期 {term} 年不符，應為 {lastDay}（或 {anniversary}）",
  en: "{record} expires on {expiresOn}, which does not follow from its naming on {namedOn} for {term} years: {lastDay} (or {anniversary})",
};

const disagreesWithYear = {
  "zh-CN":
    "{record}的有效期至 {expiresOn} 与命名年份 {year} 加有效期 {term} 年不符，应在 {first} 年底至 {last} 年之间",
  "zh-TW":
    "{record}的有效期至 {expiresOn} 與命名年份 {year} 加有效期 {term} 年不符，應在 {first} 年底至 {last} 年之間",
  en: "{record} expires on {expiresOn}, which does not follow from its naming in {year} for {term} years: between the end of {first} and {last}",
};

const beforeNaming = {
  "zh-CN": "{record}的有效期至 {expiresOn} 早于命名{when} {named}",
  "zh-TW": "{record}的有效期至 {expiresOn} 早於命名{when} {named}",
  en: "{record} expires on {expiresOn}, before it was named ({when} {named})",
};

const whenWords = {
  date: { "zh-CN": "日期", "zh-TW": "日期", en: "on" },
  year: { "zh-CN": "年份", "zh-TW": "年份", en: "in" },
};

/** The template and parameters of what is wrong with a designation's expiry, if anything. */
function problemOf(d: Designation, locale: Locale) {
  const { expiresOn, namedOn, year, termYears } = d;
  if (expiresOn === undefined) return undefined;
  if (namedOn !== undefined && expiresOn < namedOn) {
    const when = whenWords.date[locale];
    return { template: beforeNaming, params: { expiresOn, when, named: namedOn } };
  }
  const expiryYear = Number(expiresOn.slice(0, 4));
  if (namedOn === undefined && year !== undefined && expiryYear < year) {
    const when = whenWords.year[locale];
    return { template: beforeNaming, params: { expiresOn, when, named: year } };
  }
  if (termYears === undefined) return undefined;
  if (namedOn !== undefined) {
    const { lastDay, anniversary } = termEnd(namedOn, termYears);
    if (expiresOn === lastDay || expiresOn === anniversary) return undefined;
    const params = { expiresOn, namedOn, term: termYears, lastDay, anniversary };
    return { template: disagreesWithDate, params };
  }
  if (year === undefined) return undefined;
  // Named on some day of `year`: the term ends from the last day of year+term−1 to year+term.
  const [first, last] = [year + termYears - 1, year + termYears];
  const fits = expiresOn === `${first}-12-31` || expiryYear === last;
  if (fits) return undefined;
  return { template: disagreesWithYear, params: { expiresOn, year, term: termYears, first, last } };
}

/**
 * DESIGNATION_EXPIRY: a designation's `expiresOn` follows from when it was named and its term.
 * A national 示范区/示范单位 is named 命名有效期5年 — so says every naming decision from the
 * ninth batch (2022) to the twelfth (2026), under the 2020 《全国民族团结进步示范区示范单位命名办法》
 * and the 《全国民族团结进步示范区示范单位创建命名管理办法》 of 2023 and 2025, which put named
 * titles under 动态管理 (dynamic management) — so one named on 2024-01-16 for five years is in
 * force to 2029-01-15; the anniversary itself (2029-01-16), as "有效期至" is often written, is accepted
 * too. With only the `year` of naming, the expiry falls between the end of year+term−1 and the
 * end of year+term. No designation expires before it was named. An error.
 *
 * @category report
 * @example
 * ```ts
 * const designations = [{ id: "d1", title: "全国民族团结进步示范单位", kind: "demonstration_unit", level: "national", recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" }, namedOn: "2024-01-16", year: 2024, termYears: 5, expiresOn: "2028-01-15" }];
 * const report = { id: "r", title: "报告", regionCode: "110106", period: "2024", designations };
 * validateReport(report, { rules: [designationExpiryRule] }).diagnostics[0]?.message
 * //=> "命名表彰“全国民族团结进步示范单位”（d1）的有效期至 2028-01-15 与命名日期 2024-01-16 加有效期 5 年不符，应为 2029-01-15（或 2029-01-16）"
 * ```
 */
export const designationExpiryRule: ReportRule = {
  code: "DESIGNATION_EXPIRY",
  description: {
    "zh-CN": "命名的有效期至与命名日期（或年份）加有效期相符，且不早于命名",
    "zh-TW": "命名的有效期至與命名日期（或年份）加有效期相符，且不早於命名",
    en: "a designation's expiry follows from its naming date (or year) and its term, and is not before it",
  },
  check(report, { locale }) {
    const diagnostics: Diagnostic[] = [];
    report.designations.forEach((designation, index) => {
      const problem = problemOf(designation, locale);
      if (problem === undefined) return;
      const record = describeRecord("designation", designation.title, designation.id, locale);
      const path = ["designations", index, "expiresOn"];
      diagnostics.push(
        createDiagnostic("DESIGNATION_EXPIRY", "error", path, problem.template, locale, {
          record,
          ...problem.params,
        }),
      );
    });
    return diagnostics;
  },
};
