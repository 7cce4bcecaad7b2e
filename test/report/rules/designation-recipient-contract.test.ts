import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { designationRecipientRule } from "../../../src/report/rules/designation-recipient";
import { validateReport } from "../../../src/report/validate-report";
import type { DesignationInput } from "../../../src/schemas/designation";
import { reportWith } from "./rule-fixtures";

const rules = [designationRecipientRule];
const locales = ["zh-CN", "zh-TW", "en"] as const satisfies readonly Locale[];

function awarded(
  kind: DesignationInput["kind"],
  recipient: DesignationInput["recipient"],
): DesignationInput {
  return { id: "d1", title: "称号", kind, level: "national", recipient };
}

/** Code, severity and path of each diagnostic, then its message in each locale. */
function found(...designations: DesignationInput[]) {
  const report = reportWith({ designations });
  const [first, ...others] = locales.map(
    (locale) => validateReport(report, { rules, locale }).diagnostics,
  );
  return {
    where: (first ?? []).map((d) => [d.code, d.severity, d.path]),
    messages: [first, ...others].map((diagnostics) => (diagnostics ?? []).map((d) => d.message)),
  };
}

const province = { type: "region", name: "内蒙古自治区", regionCode: "150000" } as const;
const city = { type: "region", name: "呼和浩特市", regionCode: "150100" } as const;
const county = { type: "region", name: "赛罕区", regionCode: "150105" } as const;
const street = { type: "region", name: "大学西路街道", regionCode: "150105001" } as const;
const village = { type: "region", name: "某社区", regionCode: "150105001001" } as const;
const unit = { type: "unit", name: "赛罕区委统战部", regionCode: "150105" } as const;

describe("designationRecipientRule, its diagnostics", () => {
  it("gives a wrong recipient type as an error at the type, in every locale", () => {
    expect(found(awarded("demonstration_region", unit))).toEqual({
      where: [["DESIGNATION_RECIPIENT", "error", ["designations", 0, "recipient", "type"]]],
      messages: [
        ["命名表彰“称号”（d1）是民族团结进步示范区，授予对象应为地区，而非单位"],
        ["命名表彰“称号”（d1）是民族團結進步示範區，授予對象應為地區，而非單位"],
        ['designation "称号" (d1) is a demonstration region, which goes to a region, not a unit'],
      ],
    });
  });

  it("gives a region of the wrong level as an error at its code, in every locale", () => {
    expect(found(awarded("demonstration_unit", county))).toEqual({
      where: [["DESIGNATION_RECIPIENT", "error", ["designations", 0, "recipient", "regionCode"]]],
      messages: [
        ["命名表彰“称号”（d1）是民族团结进步示范单位，授予的地区应为乡级/村级，而 150105 是县级"],
        ["命名表彰“称号”（d1）是民族團結進步示範單位，授予的地區應為鄉級/村級，而 150105 是縣級"],
        [
          'designation "称号" (d1) is a demonstration unit, which goes to a region of level township/village; 150105 is a county',
        ],
      ],
    });
  });

  it("gives a region recipient's id that is not its code as an error at the id, naming the code as written canonically", () => {
    const padded = { ...county, regionCode: "150105000000", id: "saihan" } as const;
    expect(found(awarded("demonstration_region", padded))).toEqual({
      where: [["DESIGNATION_RECIPIENT", "error", ["designations", 0, "recipient", "id"]]],
      messages: [
        ["命名表彰“称号”（d1）授予地区，对象编号应为该地区的区划代码 150105，而非 saihan"],
        ["命名表彰“称号”（d1）授予地區，對象編號應為該地區的區劃代碼 150105，而非 saihan"],
        [
          'designation "称号" (d1) goes to a region, whose recipient id must be its region code 150105, not saihan',
        ],
      ],
    });
  });

  it("takes a region recipient's id written as any form of its code", () => {
    for (const id of ["150105", "150105000", "150105000000"]) {
      expect(found(awarded("model_collective", { ...county, id })).where, id).toEqual([]);
    }
    const streetById = { ...street, regionCode: "150105001000", id: "150105001" } as const;
    expect(found(awarded("demonstration_unit", streetById)).where).toEqual([]);
  });

  it("checks the id of a region recipient whose kind does not take regions, after its type", () => {
    const region = { ...county, id: "saihan" } as const;
    expect(found(awarded("education_base", region)).where).toEqual([
      ["DESIGNATION_RECIPIENT", "error", ["designations", 0, "recipient", "type"]],
      ["DESIGNATION_RECIPIENT", "error", ["designations", 0, "recipient", "id"]],
    ]);
  });

  it("asks no level of a region given a kind that takes no regions", () => {
    for (const kind of ["model_individual", "education_base", "demonstration_family"] as const) {
      expect(found(awarded(kind, county)).where, kind).toEqual([
        ["DESIGNATION_RECIPIENT", "error", ["designations", 0, "recipient", "type"]],
      ]);
    }
  });

  it("asks no region code of a recipient that is not a region", () => {
    expect(found(awarded("demonstration_unit", { ...unit, id: "unit-7" })).where).toEqual([]);
  });
});

describe("designationRecipientRule, the levels each kind takes", () => {
  it("gives a 示范区 to a province, prefecture or county, never below", () => {
    for (const region of [province, city, county]) {
      expect(found(awarded("demonstration_region", region)).where, region.name).toEqual([]);
    }
    for (const region of [street, village]) {
      expect(found(awarded("demonstration_region", region)).messages[2], region.name).toEqual([
        `designation "称号" (d1) is a demonstration region, which goes to a region of level province/prefecture/county; ${region.regionCode} is a ${region === street ? "township" : "village"}`,
      ]);
    }
  });

  it("gives a 示范单位 region to a township or village only", () => {
    for (const region of [street, village]) {
      expect(found(awarded("demonstration_unit", region)).where, region.name).toEqual([]);
    }
    for (const region of [province, city]) {
      expect(found(awarded("demonstration_unit", region)).where, region.name).toHaveLength(1);
    }
  });

  it("gives a 模范集体 to a region of any level", () => {
    for (const region of [province, city, county, street, village]) {
      expect(found(awarded("model_collective", region)).where, region.name).toEqual([]);
    }
  });

  it("reports each record of a report at its own index", () => {
    const result = found(
      awarded("model_collective", county),
      awarded("demonstration_region", village),
      awarded("model_individual", unit),
    );
    expect(result.where).toEqual([
      ["DESIGNATION_RECIPIENT", "error", ["designations", 1, "recipient", "regionCode"]],
      ["DESIGNATION_RECIPIENT", "error", ["designations", 2, "recipient", "type"]],
    ]);
    expect(result.messages[0]?.[1]).toBe(
      "命名表彰“称号”（d1）是民族团结进步模范个人，授予对象应为个人，而非单位",
    );
  });
});
