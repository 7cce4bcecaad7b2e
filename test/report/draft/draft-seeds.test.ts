// How much of each hand-written case study a draft recovers from the seed article alone: the
// share of the case's figures the draft holds with the same value, unit and comparator, the share
// of its standard-indicator observations the draft gives the same indicator, and the share of its
// brands, campaigns, activities, agreements and designations the draft finds (by name or title).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cases } from "../../../examples/cases/index";
import { type ComparedKind, compareDraft, shareOf } from "../../../examples/compare-draft";
import { createCnRegionIndex } from "../../../src/cn-regions/create-cn-region-index";
import { validateReport } from "../../../src/report/validate-report";
import { toSimplified } from "../../../src/script/to-simplified";

const root = resolve(import.meta.dirname, "../../..");
const regionIndex = createCnRegionIndex({ normalizeName: toSimplified });
const comparisons = cases.map((study) =>
  compareDraft(study, readFileSync(join(root, study.article), "utf8"), regionIndex),
);
const share = (kind: ComparedKind): number => {
  const [right, of] = shareOf(comparisons, kind);
  return of === 0 ? 1 : right / of;
};

describe("drafts of the seed articles", () => {
  it("validate without schema errors", () => {
    for (const { slug, report } of comparisons) {
      const schema = validateReport(report).diagnostics.filter((d) => d.code === "SCHEMA");
      expect(schema, slug).toEqual([]);
    }
  });

  it("hold the cases' figures with the same value, unit and comparator (≥ 0.95)", () => {
    expect(share("figures")).toBeGreaterThanOrEqual(0.95);
  });

  it("give the cases' standard indicators to the same figures (≥ 0.8)", () => {
    expect(share("indicators")).toBeGreaterThanOrEqual(0.8);
  });

  it("find the cases' brands, campaigns, activities, agreements and designations (≥ 0.8)", () => {
    for (const kind of ["brands", "campaigns", "activities", "agreements", "designations"] as const)
      expect(share(kind), kind).toBeGreaterThanOrEqual(0.8);
  });
});
