// How much of each hand-written case study a draft recovers from the seed article alone: the
// share of the case's figures the draft holds with the same value, unit and comparator, the share
// of its standard-indicator observations the draft gives the same indicator, and the share of its
// brands, campaigns, activities, agreements and designations the draft finds (by title or name).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseStudy } from "../../../examples/cases/case-study";
import { cases } from "../../../examples/cases/index";
import { quantitiesOf } from "../../../examples/check-case";
import { createCnRegionIndex } from "../../../src/cn-regions/create-cn-region-index";
import { standardIndicators } from "../../../src/metric/standard-indicators";
import type { Quantity } from "../../../src/quantity/types";
import { draftReport } from "../../../src/report/draft/draft-report";
import { validateReport } from "../../../src/report/validate-report";
import type { ReportInput } from "../../../src/schemas/report";
import { toSimplified } from "../../../src/script/to-simplified";

const root = resolve(import.meta.dirname, "../../..");
const regionIndex = createCnRegionIndex({ normalizeName: toSimplified });

const same = (a: Quantity, b: Quantity) =>
  a.value === b.value && a.unit === b.unit && a.comparator === b.comparator && a.upper === b.upper;

/** A title compared across scripts and without its outer quotation marks. */
const key = (title: string) =>
  toSimplified(title)
    .replace(/^[“"《]|[”"》]$/g, "")
    .trim();

type Share = readonly [found: number, of: number];
const collections = ["brands", "campaigns", "activities", "agreements", "designations"] as const;

function namesOf(report: ReportInput, collection: (typeof collections)[number]): string[] {
  const records = (report[collection] ?? []) as readonly { name?: string; title?: string }[];
  return records.map((record) => key(record.title ?? record.name ?? ""));
}

function score(study: CaseStudy) {
  const text = readFileSync(join(root, study.article), "utf8");
  const { report } = draftReport(text, { regionIndex });
  const drafted = quantitiesOf(report).map(([path, q]) => {
    const observation =
      path[0] === "observations" ? report.observations?.[path[1] as number] : undefined;
    return { id: observation?.indicatorId, value: q };
  });
  const figures = quantitiesOf(study.report).map(([, q]) => q);
  const standard = (study.report.observations ?? []).filter(
    (o) => o.value !== undefined && Object.hasOwn(standardIndicators, o.indicatorId),
  );
  const entities: Record<string, Share> = {};
  for (const collection of collections) {
    const found = new Set(namesOf(report, collection));
    const wanted = namesOf(study.report, collection);
    entities[collection] = [wanted.filter((name) => found.has(name)).length, wanted.length];
  }
  return {
    report,
    figures: [
      figures.filter((q) => drafted.some((d) => same(d.value, q))).length,
      figures.length,
    ] as Share,
    standard: [
      standard.filter((o) =>
        drafted.some((d) => d.id === o.indicatorId && same(d.value, o.value as Quantity)),
      ).length,
      standard.length,
    ] as Share,
    entities,
  };
}

const scores = cases.map((study) => [study.slug, score(study)] as const);
const total = (pick: (s: ReturnType<typeof score>) => Share): number => {
  const [found, of] = scores.reduce(([f, o], [, s]) => [f + pick(s)[0], o + pick(s)[1]], [0, 0]);
  return found / of;
};

describe("drafts of the seed articles", () => {
  it("validate without schema errors", () => {
    for (const [slug, { report }] of scores) {
      const schema = validateReport(report).diagnostics.filter((d) => d.code === "SCHEMA");
      expect(schema, slug).toEqual([]);
    }
  });

  // The target is 0.95. The 九个一百 campaign (昆都仑区) counts 百人宣讲团、百支志愿服务队 as its targets
  // of 100, which the figure reader does not read as figures, and campaigns are not drafted yet:
  // 55/68 over the five, 54/54 over the other four. The floor guards what is reached.
  it("hold the cases' figures with the same value, unit and comparator", () => {
    console.table(
      Object.fromEntries(
        scores.map(([slug, s]) => [
          slug,
          Object.fromEntries(
            (
              [["figures", s.figures], ["standard", s.standard], ...Object.entries(s.entities)] as [
                string,
                Share,
              ][]
            ).map(([name, [found, of]]) => [name, `${found}/${of}`]),
          ),
        ]),
      ),
    );
    expect(total((s) => s.figures)).toBeGreaterThanOrEqual(0.8);
  });

  it("give the cases' standard indicators to the same figures (≥ 0.8)", () => {
    expect(total((s) => s.standard)).toBeGreaterThanOrEqual(0.8);
  });

  it("find the cases' agreements and designations (≥ 0.8)", () => {
    expect(total((s) => s.entities.agreements ?? [0, 0])).toBeGreaterThanOrEqual(0.8);
    expect(total((s) => s.entities.designations ?? [0, 0])).toBeGreaterThanOrEqual(0.8);
  });
});
