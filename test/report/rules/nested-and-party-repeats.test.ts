import { describe, expect, it } from "vitest";
import { agreementPartiesRule } from "../../../src/report/rules/agreement-parties";
import { duplicateIdRule } from "../../../src/report/rules/duplicate-id";
import { agreementWith, diagnosticsOf, reportWith } from "./rule-fixtures";

describe("duplicateIdRule, ids of nested records", () => {
  it("reports a carrier id used twice as an error at the second carrier's id", () => {
    const carrier = (name: string) => ({ id: "k1", kind: "station", name });
    const brands = [
      {
        id: "b1",
        name: "赛出石榴红",
        regionCode: "150105",
        carriers: [carrier("驿站"), carrier("家园")],
      },
    ];
    const found = diagnosticsOf([duplicateIdRule], reportWith({ brands }));
    expect(found.map((d) => d.slice(0, 3))).toEqual([
      ["DUPLICATE_ID", "error", ["brands", 0, "carriers", 1, "id"]],
    ]);
  });
});

describe("agreementPartiesRule, parties without a unit id", () => {
  it("tells two parties apart by name and region when neither has a unit id", () => {
    expect(
      diagnosticsOf([agreementPartiesRule], reportWith({ agreements: [agreementWith()] })),
    ).toEqual([]);
  });

  it("reports a party named twice in one region as an error at the second", () => {
    const party = { name: "甲", regionCode: "150105" };
    const agreements = [agreementWith({ parties: [party, party] })];
    const found = diagnosticsOf([agreementPartiesRule], reportWith({ agreements }));
    expect(found.map((d) => d.slice(0, 3))).toEqual([
      ["AGREEMENT_PARTIES", "error", ["agreements", 0, "parties", 1]],
    ]);
  });
});
