import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/report/validate-report";
import { DesignationSchema } from "../../src/schemas/designation";

// 民委发〔2024〕18号, 16 January 2024: the eleventh batch, 命名有效期5年.
const named = {
  id: "anti-japanese-war-museum",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: { type: "unit", name: "中国人民抗日战争纪念馆", regionCode: "110106" },
  batch: 11,
  namedOn: "2024-01-16",
  year: 2024,
  termYears: 5,
  expiresOn: "2029-01-15",
  status: "in_force",
  authority: "国家民委",
};

const schemaMessages = (designation: unknown) =>
  (["zh-CN", "zh-TW", "en"] as const).map((locale) =>
    validateReport(
      { id: "r", title: "报告", regionCode: "110106", period: "2024", designations: [designation] },
      { locale, rules: [] },
    )
      .diagnostics.filter((d) => d.code === "SCHEMA")
      .map((d) => [d.path.join("."), d.message]),
  );

describe("DesignationSchema lifecycle", () => {
  it("keeps batch, naming date, term, expiry, status and authority as the doc example shows", () => {
    const designation = DesignationSchema.parse(named);
    expect(designation.batch).toBe(11);
    expect(designation.expiresOn).toBe("2029-01-15");
    expect(DesignationSchema.safeParse({ ...named, year: 2022 }).success).toBe(false);
  });

  it("takes a revoked title with its revocation date, and a family recipient", () => {
    expect(
      DesignationSchema.safeParse({ ...named, status: "revoked", revokedOn: "2025-06-30" }).success,
    ).toBe(true);
    const family = DesignationSchema.parse({
      id: "f1",
      title: "民族团结进步示范家庭",
      kind: "demonstration_family",
      level: "county",
      recipient: { type: "family", name: "马国柱家庭", regionCode: "530111" },
    });
    expect(family.recipient.type).toBe("family");
  });

  it("refuses malformed lifecycle fields", () => {
    for (const bad of [
      { batch: 0 },
      { batch: 10.5 },
      { termYears: 0 },
      { namedOn: "2024-02-30" },
      { expiresOn: "2029-1-15" },
      { status: "active" },
      { authority: "  " },
    ]) {
      expect(DesignationSchema.safeParse({ ...named, ...bad }).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
  });

  it("says in every locale when the year is not the naming date's", () => {
    expect(schemaMessages({ ...named, year: 2023 })).toEqual([
      [
        [
          "designations.0.year",
          "命名表彰“全国民族团结进步示范单位”（anti-japanese-war-museum）的年份有误：年份 2023 与命名日期 2024-01-16 的年份不一致",
        ],
      ],
      [
        [
          "designations.0.year",
          "命名表彰“全国民族团结进步示范单位”（anti-japanese-war-museum）的年份有誤：年份 2023 與命名日期 2024-01-16 的年份不一致",
        ],
      ],
      [
        [
          "designations.0.year",
          'designation "全国民族团结进步示范单位" (anti-japanese-war-museum), field year: the year 2023 is not the year of the naming date 2024-01-16',
        ],
      ],
    ]);
  });

  it("says in every locale that only a revoked title has a revocation date", () => {
    const messages = schemaMessages({ ...named, revokedOn: "2025-06-30" });
    expect(messages.map((m) => m.map(([path]) => path))).toEqual([
      ["designations.0.revokedOn"],
      ["designations.0.revokedOn"],
      ["designations.0.revokedOn"],
    ]);
    expect(messages[0]?.[0]?.[1]).toContain(
      "只有已撤销（status 为 revoked）的命名才能填写撤销日期 revokedOn",
    );
    expect(messages[1]?.[0]?.[1]).toContain(
      "只有已撤銷（status 為 revoked）的命名才能填寫撤銷日期 revokedOn",
    );
    expect(messages[2]?.[0]?.[1]).toContain(
      "only a revoked designation (status revoked) has a revocation date, revokedOn",
    );
  });
});
