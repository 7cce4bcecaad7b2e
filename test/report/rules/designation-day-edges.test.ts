import { describe, expect, it } from "vitest";
import { designationDateRule } from "../../../src/report/rules/designation-date";
import { designationStatusRule } from "../../../src/report/rules/designation-status";
import { diagnosticsOf, reportWith } from "./rule-fixtures";

const designation = {
  id: "d1",
  title: "全国民族团结进步示范单位",
  kind: "demonstration_unit",
  level: "national",
  recipient: { type: "unit", name: "某社区", regionCode: "150105" },
};

/** What one rule finds in a report published on 2023-06-30 with one designation. */
const found = (rule: typeof designationDateRule, fields: object) =>
  diagnosticsOf(
    [rule],
    reportWith({ publishedOn: "2023-06-30", designations: [{ ...designation, ...fields }] }),
  );

describe("designationStatusRule, on the last day in force", () => {
  it("warns at the status of a designation marked expired on its last day in force", () => {
    const lastDay = { status: "expired", expiresOn: "2023-06-30" };
    expect(found(designationStatusRule, lastDay).map((d) => d.slice(0, 3))).toEqual([
      ["DESIGNATION_STATUS", "warning", ["designations", 0, "status"]],
    ]);
    expect(found(designationStatusRule, { status: "in_force", expiresOn: "2023-06-30" })).toEqual(
      [],
    );
  });

  it("takes a designation marked expired after its last day", () => {
    expect(found(designationStatusRule, { status: "expired", expiresOn: "2023-06-29" })).toEqual(
      [],
    );
  });
});

describe("designationDateRule, on the day of publication", () => {
  it("takes a naming on the day the report is published, not one the day after", () => {
    expect(found(designationDateRule, { namedOn: "2023-06-30" })).toEqual([]);
    expect(found(designationDateRule, { namedOn: "2023-07-01" }).map((d) => d.slice(0, 3))).toEqual(
      [["DESIGNATION_DATE", "error", ["designations", 0, "namedOn"]]],
    );
  });
});
