import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/locale";
import { ShiliuError } from "../../src/core/shiliu-error";
import { dayOption, localeOption, regionIndexOption } from "../../src/report/common-option-checks";
import { draftReport } from "../../src/report/draft/draft-report";
import { validateReport } from "../../src/report/validate-report";
import { sampleRegionIndex, sampleReport } from "./fixtures";

/** The two entry points whose options these checks serve, each as a call of its options. */
const entryPoints = {
  validateReport: (options: unknown) => validateReport(sampleReport(), options as never),
  draftReport: (options: unknown) => draftReport("市中区2023年创建工作", options as never),
} as const;

function issues(call: (options: unknown) => unknown, options: unknown): unknown[] {
  try {
    call(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ShiliuError);
    expect((error as ShiliuError).code).toBe("INVALID_ARGUMENT");
    return (error as ShiliuError).issues.map((issue) => [issue.path, issue.message]);
  }
  return [];
}

describe("the option checks both report functions share", () => {
  it("take every locale, also one shiliu does not speak", () => {
    for (const value of ["zh-CN", "zh-TW", "en", "fr", 5, null]) {
      expect(localeOption.fits(value)).toBe(true);
    }
  });

  it("take a day only when it is a date of the calendar written YYYY-MM-DD", () => {
    expect(dayOption.fits("2024-02-29")).toBe(true);
    for (const value of ["2023-02-29", "2023-2-01", "2023-09", "2023-09-20T00:00", 20230920]) {
      expect(dayOption.fits(value)).toBe(false);
    }
  });

  it("take a region index only when it has the lookups the report functions call", () => {
    const index = sampleRegionIndex();
    expect(regionIndexOption.fits(index)).toBe(true);
    for (const lookup of ["get", "parent", "ancestors", "findByName"]) {
      const lacking = {
        ...Object.fromEntries(
          ["get", "parent", "ancestors", "findByName"].map((name) => [name, () => undefined]),
        ),
        [lookup]: undefined,
      };
      expect(regionIndexOption.fits(lacking), lookup).toBe(false);
    }
    expect(regionIndexOption.fits(null)).toBe(false);
    expect(regionIndexOption.fits("index")).toBe(false);
  });

  for (const [name, call] of Object.entries(entryPoints)) {
    describe(name, () => {
      it("accepts no options and valid shared options", () => {
        expect(issues(call, undefined)).toEqual([]);
        const day = name === "validateReport" ? "today" : "publishedOn";
        expect(
          issues(call, { locale: "en", regionIndex: sampleRegionIndex(), [day]: "2024-02-29" }),
        ).toEqual([]);
      });

      it("refuses options that are not an object, naming itself, in every locale", () => {
        expect(issues(call, 7)).toEqual([[[], `${name} 的选项应为对象，收到的是 7`]]);
        expect(issues(call, [])).toEqual([[[], `${name} 的选项应为对象，收到的是 array(0)`]]);
      });

      it("names an unknown option and itself, in the requested locale", () => {
        const expected: Readonly<Record<Locale, string>> = {
          "zh-CN": `${name} 没有选项 strict`,
          "zh-TW": `${name} 沒有選項 strict`,
          en: `${name} has no option strict`,
        };
        for (const [locale, message] of Object.entries(expected)) {
          expect(issues(call, { strict: true, locale })).toEqual([[["strict"], message]]);
        }
      });

      it("names a shared option whose value does not fit, in the requested locale", () => {
        const day = name === "validateReport" ? "today" : "publishedOn";
        expect(
          issues(call, { [day]: "2023-02-30", regionIndex: { get: () => undefined } }),
        ).toEqual([
          [[day], `选项 ${day} 应为YYYY-MM-DD 格式的日期，收到的是 2023-02-30`],
          [
            ["regionIndex"],
            "选项 regionIndex 应为由 createRegionIndex 建立的区划索引，收到的是 object",
          ],
        ]);
        expect(issues(call, { locale: "zh-TW", regionIndex: [] })).toEqual([
          [
            ["regionIndex"],
            "選項 regionIndex 應為由 createRegionIndex 建立的區劃索引，收到的是 array(0)",
          ],
        ]);
        expect(issues(call, { locale: "en", [day]: Number.POSITIVE_INFINITY })).toEqual([
          [[day], `the option ${day} must be a date written YYYY-MM-DD, not positive infinity`],
        ]);
      });
    });
  }

  it("names the bad item of a list option of validateReport", () => {
    expect(
      issues(entryPoints.validateReport, { locale: "en", knownIndicators: [{ id: "a" }, 3] }),
    ).toEqual([
      [
        ["knownIndicators", 1],
        "the option knownIndicators[1] must be a list of indicators, each with a string id, not 3",
      ],
    ]);
    expect(issues(entryPoints.validateReport, { rules: "all" })).toEqual([
      [["rules"], "选项 rules 应为规则列表（每项有 code 和 check 函数），收到的是 all"],
    ]);
  });

  it("names an option of one function as unknown to the other", () => {
    expect(issues(entryPoints.draftReport, { today: "2024-01-01" })).toEqual([
      [["today"], "draftReport 没有选项 today"],
    ]);
    expect(issues(entryPoints.validateReport, { publishedOn: "2024-01-01" })).toEqual([
      [["publishedOn"], "validateReport 没有选项 publishedOn"],
    ]);
  });
});
