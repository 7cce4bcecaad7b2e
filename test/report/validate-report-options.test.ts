import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { validateReport } from "../../src/report/validate-report";
import { checkOptions, optionChecks } from "../../src/report/validate-report-options";
import { sampleReport } from "./fixtures";

function thrown(run: () => unknown): ShiliuError {
  try {
    run();
  } catch (error) {
    if (error instanceof ShiliuError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("validateReport options", () => {
  it("blames the caller, not the data, for options it cannot use", () => {
    const error = thrown(() => validateReport(sampleReport(), { knownIndicators: 5 as never }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues).toEqual([
      {
        path: ["knownIndicators"],
        message: "选项 knownIndicators 应为指标列表（每项有字符串 id），收到的是 5",
      },
    ]);
  });

  it("names every bad option, the bad item of a list, in the requested locale", () => {
    const options = {
      locale: "en",
      rules: [{ code: "X", check: () => [] }, { code: "Y" }],
      regionIndex: {},
      today: "2026-02-30",
      zodIssues: "yes",
      strict: true,
    } as never;
    expect(thrown(() => validateReport({}, options)).issues.map((i) => i.message)).toEqual([
      "the option rules[1] must be a list of rules, each with a code and a check function, not object",
      "the option regionIndex must be a region index made by createRegionIndex, not object",
      "the option today must be a date written YYYY-MM-DD, not 2026-02-30",
      "the option zodIssues must be true or false, not yes",
      "validateReport has no option strict",
    ]);
  });

  it("refuses options that are not an object", () => {
    expect(thrown(() => validateReport({}, 5 as never)).message).toBe(
      "validateReport 的选项应为对象，收到的是 5",
    );
    expect(() => validateReport({}, [] as never)).toThrow(ShiliuError);
  });

  it("accepts every valid option, and undefined for any of them", () => {
    expect(() =>
      checkOptions(
        { locale: "zh-TW", rules: [], knownIndicators: [], today: "2026-12-01", zodIssues: true },
        "zh-CN",
      ),
    ).not.toThrow();
    expect(() => checkOptions({ rules: undefined, today: undefined }, "zh-CN")).not.toThrow();
    expect(() => checkOptions(undefined, "zh-CN")).not.toThrow();
  });

  it("checks every option the options type declares", () => {
    expect(Object.keys(optionChecks).sort()).toEqual(
      [
        "knownIndicators",
        "locale",
        "regionHistory",
        "regionIndex",
        "rules",
        "today",
        "zodIssues",
      ].sort(),
    );
  });

  it("keeps the error of a rule that throws in its diagnostic", () => {
    const rule = {
      code: "BROKEN",
      description: { "zh-CN": "坏", "zh-TW": "壞", en: "broken" },
      check: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    expect(validateReport(sampleReport(), { rules: [rule], locale: "en" }).diagnostics).toEqual([
      {
        code: "BROKEN",
        severity: "error",
        path: [],
        message:
          "rule BROKEN failed and could not finish its check: Cannot read properties of undefined (reading 'x')",
      },
    ]);
  });
});
