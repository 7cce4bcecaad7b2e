import { describe, expect, it } from "vitest";
import { designationRecipientRule } from "../../../src/report/rules/designation-recipient";
import { validateReport } from "../../../src/report/validate-report";
import type { DesignationInput } from "../../../src/schemas/designation";

const rules = [designationRecipientRule];

function reportWith(...designations: DesignationInput[]) {
  return { id: "r", title: "报告", regionCode: "150105", period: "2023", designations };
}

function designation(
  kind: DesignationInput["kind"],
  recipient: DesignationInput["recipient"],
): DesignationInput {
  return { id: `d-${kind}`, title: "称号", kind, level: "national", recipient };
}

const person = { type: "person", name: "张三", regionCode: "150105" } as const;
const unit = { type: "unit", name: "赛罕区委统战部", regionCode: "150105" } as const;
const county = { type: "region", name: "赛罕区", regionCode: "150105" } as const;
const street = { type: "region", name: "某街道", regionCode: "150105001" } as const;

describe("designationRecipientRule", () => {
  it("reports a demonstration unit awarded to a person as the doc example shows", () => {
    const designations = [
      {
        id: "d1",
        title: "全国民族团结进步示范单位",
        kind: "demonstration_unit",
        level: "national",
        recipient: { type: "person", name: "张三", regionCode: "150105" },
      },
    ];
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023", designations };
    expect(
      validateReport(report, { rules: [designationRecipientRule] }).diagnostics[0]?.message,
    ).toBe(
      "命名表彰“全国民族团结进步示范单位”（d1）是民族团结进步示范单位，授予对象应为单位/地区，而非个人",
    );
  });

  it("accepts each kind given to who may receive it", () => {
    const report = reportWith(
      designation("demonstration_region", county),
      designation("demonstration_unit", unit),
      designation("demonstration_unit", street),
      designation("model_collective", unit),
      designation("model_collective", county),
      designation("model_individual", person),
      designation("education_base", unit),
    );
    expect(validateReport(report, { rules }).diagnostics).toEqual([]);
  });

  it("reports each kind given to the wrong recipient at the recipient's type", () => {
    const report = reportWith(
      designation("demonstration_region", unit),
      designation("model_individual", unit),
      designation("education_base", person),
    );
    const result = validateReport(report, { rules, locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["designations", 0, "recipient", "type"],
      ["designations", 1, "recipient", "type"],
      ["designations", 2, "recipient", "type"],
    ]);
    expect(result.diagnostics[1]?.message).toMatch(/goes to a person, not a unit$/);
  });

  it("reports a region of the wrong level for the kind at its code", () => {
    const report = reportWith(
      designation("demonstration_region", street),
      designation("demonstration_unit", county),
    );
    const result = validateReport(report, { rules });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["designations", 0, "recipient", "regionCode"],
      ["designations", 1, "recipient", "regionCode"],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      "命名表彰“称号”（d-demonstration_region）是民族团结进步示范区，授予的地区应为省级/地级/县级，而 150105001 是乡级",
    );
  });

  it("requires a region recipient's id to be its region code", () => {
    const named = designation("demonstration_region", { ...county, id: "saihan" });
    const coded = designation("demonstration_region", { ...county, id: "150105000000" });
    const result = validateReport(reportWith(named, coded), { rules, locale: "zh-TW" });
    expect(result.diagnostics.map((d) => [d.path, d.message])).toEqual([
      [
        ["designations", 0, "recipient", "id"],
        "命名表彰“称号”（d-demonstration_region）授予地區，對象編號應為該地區的區劃代碼 150105，而非 saihan",
      ],
    ]);
  });

  it("gives a 示范家庭 to a family and to nothing else, in every locale", () => {
    const family = {
      id: "f1",
      title: "民族团结进步示范家庭",
      kind: "demonstration_family",
      level: "county",
      recipient: { type: "family", name: "某某家庭", regionCode: "150105" },
    } as const;
    expect(validateReport(reportWith(family), { rules }).diagnostics).toEqual([]);
    const toUnit = { ...family, recipient: { ...family.recipient, type: "unit" } } as const;
    const messages = (["zh-CN", "zh-TW", "en"] as const).map(
      (locale) => validateReport(reportWith(toUnit), { rules, locale }).diagnostics[0]?.message,
    );
    expect(messages).toEqual([
      "命名表彰“民族团结进步示范家庭”（f1）是民族团结进步示范家庭，授予对象应为家庭，而非单位",
      "命名表彰“民族团结进步示范家庭”（f1）是民族團結進步示範家庭，授予對象應為家庭，而非單位",
      'designation "民族团结进步示范家庭" (f1) is a demonstration family, which goes to a family, not a unit',
    ]);
    const toFamily = {
      ...family,
      id: "u1",
      title: "民族团结进步示范单位",
      kind: "demonstration_unit",
    } as const;
    expect(
      validateReport(reportWith(toFamily), { rules, locale: "en" }).diagnostics[0]?.message,
    ).toBe(
      'designation "民族团结进步示范单位" (u1) is a demonstration unit, which goes to a unit/region, not a family',
    );
  });
});
