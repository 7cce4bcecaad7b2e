import { describe, expect, it } from "vitest";
import { publicationDateRule } from "../../../src/report/rules/publication-date";
import { validateReport } from "../../../src/report/validate-report";

const rules = [publicationDateRule];
const today = "2026-12-01";

function published(publishedOn: string | undefined, period = "2023") {
  const report = { id: "r", title: "报告", regionCode: "150105", period };
  return publishedOn === undefined ? report : { ...report, publishedOn };
}

describe("publicationDateRule", () => {
  it("reports a publication date after today as the doc example shows", () => {
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      publishedOn: "2031-01-05",
    };
    expect(
      validateReport(report, { rules: [publicationDateRule], today: "2026-12-01" }).diagnostics[0]
        ?.message,
    ).toBe("报告的发布日期 2031-01-05 晚于今天（2026-12-01）");
  });

  it("accepts today, any day inside or after the period, and no date at all", () => {
    for (const date of ["2026-12-01", "2023-01-01", "2024-01-10", undefined]) {
      expect(validateReport(published(date), { rules, today }).diagnostics).toEqual([]);
    }
  });

  it("reports a report published before its period starts", () => {
    const result = validateReport(published("2023-03-31", "2023-Q2"), {
      rules,
      today,
      locale: "en",
    });
    expect(result.diagnostics).toEqual([
      {
        code: "PUBLICATION_DATE",
        severity: "error",
        path: ["publishedOn"],
        message:
          "the report's publication date 2023-03-31 is before its period 2023-Q2 starts on 2023-04-01",
      },
    ]);
  });

  it("takes today in China when no day is given", () => {
    expect(validateReport(published("2999-01-01"), { rules }).ok).toBe(false);
    expect(validateReport(published("2024-01-01"), { rules }).ok).toBe(true);
  });
});
