import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";
import { loadCorpus, locateFigures, locateTraps, score } from "./score";

const corpus = loadCorpus();
const SEED_PLACES = ["赛罕", "绥江", "綏江", "昆都仑", "昆都侖", "济南市中区", "新城区"];

describe("the article corpus", () => {
  it("holds at least 10 real articles from outside the seed places, each with its URL", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    for (const article of corpus) {
      expect(article.url).toMatch(/^https?:\/\//);
      for (const place of SEED_PLACES) expect(article.place).not.toContain(place);
    }
    const traditional = corpus.filter((a) => a.script.startsWith("traditional"));
    expect(traditional.length).toBeGreaterThanOrEqual(2);
    expect(corpus.some((a) => a.script.includes("pinyin-glossed"))).toBe(true);
  });

  it("annotates every figure and trap at a place in its article", () => {
    for (const article of corpus) {
      expect(locateFigures(article)).toHaveLength(article.figures.length);
      expect(locateTraps(article).length).toBeGreaterThanOrEqual(article.traps.length);
    }
  });
});

describe("extractQuantities on the article corpus", () => {
  const result = score(corpus, extractQuantities);
  const misses = (kind: string) =>
    result.misses.filter((m) => m.kind === kind).map((m) => `${m.article}: ${m.detail}`);

  it("finds at least 97% of the annotated figures (recall)", () => {
    expect(result.found / result.annotated, misses("missed").join("\n")).toBeGreaterThanOrEqual(
      0.97,
    );
  });

  it("reports at least 97% true figures (precision), and none on a trap", () => {
    const precision = (result.extracted - result.falseFigures) / result.extracted;
    expect(precision, misses("false").join("\n")).toBeGreaterThanOrEqual(0.97);
    expect(result.trapHits, misses("trap").join("\n")).toBe(0);
  });

  it("reads at least 97% of the annotated figures exactly (value, unit, comparator, range)", () => {
    expect(result.exact / result.annotated, misses("inexact").join("\n")).toBeGreaterThanOrEqual(
      0.97,
    );
  });

  it("reads the written precision of the figures it finds", () => {
    expect(
      result.precisionAgreeing / result.found,
      misses("precision").join("\n"),
    ).toBeGreaterThanOrEqual(0.97);
  });

  it("agrees with the annotated label often enough to notice a regression (reported, not a target)", () => {
    const agreement = result.labelAgreeing / result.found;
    expect(agreement, misses("label").join("\n")).toBeGreaterThanOrEqual(0.8);
  });
});
