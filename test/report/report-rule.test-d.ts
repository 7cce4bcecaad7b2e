import { describe, expectTypeOf, it } from "vitest";
import type { Diagnostic } from "../../src/report/diagnostic";
import type { ReportRule } from "../../src/report/report-rule";
import type { Report } from "../../src/schemas/report";

describe("ReportRule", () => {
  it("types an app's own rule as the doc example shows", () => {
    const titled: ReportRule = {
      code: "TITLE_NAMES_REGION",
      description: {
        "zh-CN": "标题须含地区名",
        "zh-TW": "標題須含地區名",
        en: "the title names the region",
      },
      check: (report) =>
        report.title.includes("区")
          ? []
          : [
              {
                code: "TITLE_NAMES_REGION",
                severity: "warning",
                path: ["title"],
                message: "标题未含地区名",
              },
            ],
    };
    expectTypeOf(titled.check).parameter(0).toEqualTypeOf<Report>();
    expectTypeOf(titled.check).returns.toEqualTypeOf<readonly Diagnostic[]>();
  });

  it("refuses a severity other than error and warning", () => {
    const rule: ReportRule = {
      code: "X",
      description: { "zh-CN": "", "zh-TW": "", en: "" },
      // @ts-expect-error severity is "error" or "warning"
      check: () => [{ code: "X", severity: "info", path: [], message: "" }],
    };
    expectTypeOf(rule.code).toBeString();
  });
});
