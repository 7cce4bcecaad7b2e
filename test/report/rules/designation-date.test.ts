import { describe, expect, it } from "vitest";
import { designationDateRule } from "../../../src/report/rules/designation-date";
import { validateReport } from "../../../src/report/validate-report";

const rules = [designationDateRule];

function reportWith(year: number, extra: { publishedOn?: string; period?: string } = {}) {
  const designations = [
    {
      id: "d1",
      title: "全国民族团结进步示范区",
      kind: "demonstration_region",
      level: "national",
      recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
      year,
    },
  ];
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", ...extra, designations };
}

describe("designationDateRule", () => {
  it("reports a designation dated after publication as the doc example shows", () => {
    const designations = [
      {
        id: "d1",
        title: "全国民族团结进步示范区",
        kind: "demonstration_region",
        level: "national",
        recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
        year: 2150,
      },
    ];
    const report = {
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      publishedOn: "2024-01-10",
      designations,
    };
    expect(validateReport(report, { rules: [designationDateRule] }).diagnostics[0]?.message).toBe(
      "命名表彰“全国民族团结进步示范区”（d1）的年份 2150 晚于报告的发布日期 2024-01-10",
    );
  });

  it("accepts the year of publication and earlier years", () => {
    expect(validateReport(reportWith(2024, { publishedOn: "2024-01-10" }), { rules }).ok).toBe(
      true,
    );
    expect(validateReport(reportWith(2019), { rules }).diagnostics).toEqual([]);
  });

  it("compares with the end of the period when the report gives no publication date", () => {
    expect(validateReport(reportWith(2023), { rules }).diagnostics).toEqual([]);
    const result = validateReport(reportWith(2024), { rules, locale: "en" });
    expect(result.diagnostics).toEqual([
      {
        code: "DESIGNATION_DATE",
        severity: "error",
        path: ["designations", 0, "year"],
        message:
          'designation "全国民族团结进步示范区" (d1) is dated 2024, after the report\'s period ends on 2023-12-31',
      },
    ]);
  });

  it("reads the end of a period shorter than a year", () => {
    const result = validateReport(reportWith(2024, { period: "2023-H1" }), { rules });
    expect(result.diagnostics[0]?.message).toMatch(/报告期的结束日期 2023-06-30$/);
  });

  it("checks naming and revocation dates against the publication day, in every locale", () => {
    const designation = {
      id: "museum",
      title: "全国民族团结进步示范单位",
      kind: "demonstration_unit",
      level: "national",
      recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" },
      namedOn: "2024-01-16",
      status: "revoked",
      revokedOn: "2025-03-01",
    };
    const report = (publishedOn: string) => ({
      id: "r",
      title: "报告",
      regionCode: "110106",
      period: "2023",
      publishedOn,
      designations: [designation],
    });
    expect(validateReport(report("2025-03-01"), { rules }).diagnostics).toEqual([]);
    const messages = (["zh-CN", "zh-TW", "en"] as const).map((locale) =>
      validateReport(report("2024-01-10"), { rules, locale }).diagnostics.map((d) => [
        d.path.join("."),
        d.message,
      ]),
    );
    expect(messages).toEqual([
      [
        [
          "designations.0.namedOn",
          "命名表彰“全国民族团结进步示范单位”（museum）的命名日期 2024-01-16 晚于报告的发布日期 2024-01-10",
        ],
        [
          "designations.0.revokedOn",
          "命名表彰“全国民族团结进步示范单位”（museum）的撤销日期 2025-03-01 晚于报告的发布日期 2024-01-10",
        ],
      ],
      [
        [
          "designations.0.namedOn",
          "命名表彰“全国民族团结进步示范单位”（museum）的命名日期 2024-01-16 晚於報告的發布日期 2024-01-10",
        ],
        [
          "designations.0.revokedOn",
          "命名表彰“全国民族团结进步示范单位”（museum）的撤銷日期 2025-03-01 晚於報告的發布日期 2024-01-10",
        ],
      ],
      [
        [
          "designations.0.namedOn",
          'designation "全国民族团结进步示范单位" (museum) was named on 2024-01-16, after the report was published on 2024-01-10',
        ],
        [
          "designations.0.revokedOn",
          'designation "全国民族团结进步示范单位" (museum) was revoked on 2025-03-01, after the report was published on 2024-01-10',
        ],
      ],
    ]);
  });
});
