import { describe, expect, it } from "vitest";
import { designationExpiryRule } from "../../../src/report/rules/designation-expiry";
import { diagnosticsOf, reportWith } from "./rule-fixtures";

const rules = [designationExpiryRule];
const designation = {
  id: "d1",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: { type: "unit", name: "某社区", regionCode: "150105" },
};

const found = (fields: object) =>
  diagnosticsOf(rules, reportWith({ designations: [{ ...designation, ...fields }] }));

describe("designationExpiryRule, the edges of an expiry", () => {
  it("takes an expiry on the day of naming, and one in the year of naming", () => {
    expect(found({ namedOn: "2024-01-16", expiresOn: "2024-01-16" })).toEqual([]);
    expect(found({ year: 2024, expiresOn: "2024-12-31" })).toEqual([]);
  });

  it("reports an expiry the day before naming as an error at expiresOn", () => {
    expect(found({ namedOn: "2024-01-16", expiresOn: "2024-01-15" })).toEqual([
      [
        "DESIGNATION_EXPIRY",
        "error",
        ["designations", 0, "expiresOn"],
        "命名表彰“全国民族团结进步示范单位”（d1）的有效期至 2024-01-15 早于命名日期 2024-01-16",
      ],
    ]);
  });

  it("asks nothing of a term when the designation is not dated", () => {
    expect(found({ termYears: 5, expiresOn: "2029-01-15" })).toEqual([]);
  });
});
