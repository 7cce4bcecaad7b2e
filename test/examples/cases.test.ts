// The case studies `npm run examples` prints, checked as tests: each article's report
// validates, every quote is the article's own words and reads as its figure, every figure of
// the article is in the report, and every metric computes.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cases } from "../../examples/cases/index";
import { checkCase, quantitiesOf, readQuote } from "../../examples/check-case";
import { cnTownships } from "../../src/cn-regions/townships/index";

const root = resolve(import.meta.dirname, "../..");
const articleOf = (path: string) => readFileSync(join(root, path), "utf8");

describe("case studies", () => {
  it("has one case per seed article and one of an article the library was not built from", () => {
    expect(cases.map((study) => `${study.slug}.txt`).sort()).toEqual(
      [
        "jinan-shizhong-2023.txt",
        "kundulun-2024.txt",
        "saihan-2023.txt",
        "suijiang.txt",
        "tongxin-2024.txt",
        "xincheng-2023.txt",
      ].sort(),
    );
  });

  describe.each(cases.map((study) => [study.name, study] as const))("%s", (_, study) => {
    const result = checkCase(study, articleOf(study.article));

    it("passes every check", () => {
      expect(result.failures).toEqual([]);
    });

    it("quotes every figure it holds", () => {
      expect(result.figures.length).toBe(quantitiesOf(study.report).length);
      expect(result.figures.every((row) => row.quote !== "" && row.problem === "")).toBe(true);
    });
  });

  it("names each township of the 2023 list as the township entry does", () => {
    const names = new Map(cnTownships.map((township) => [township.code, township.name]));
    for (const study of cases) {
      for (const region of study.report.regions ?? []) {
        if (region.level !== "township" || !names.has(region.code)) continue;
        expect(region.name, `${study.slug} ${region.code}`).toBe(names.get(region.code));
      }
    }
  });

  it("fails a case whose quote is not the article's", () => {
    const [study] = cases;
    if (study === undefined) throw new Error("no case");
    const result = checkCase(study, articleOf(study.article).replace("知晓率达99%", "知晓率达98%"));
    expect(result.failures).toContain("知晓率 99%: 引文不在文章正文中");
    expect(result.failures).toContain("文章中的数字“98%”不在报告中");
  });

  it("reads a quote with a label as the one figure it holds", () => {
    expect(readQuote("在线观看人数达5万余人")).toEqual({
      value: 50000,
      unit: "人",
      comparator: "gt",
      precision: 10000,
    });
    expect(readQuote("百人")).toEqual({ value: 100, unit: "人", comparator: "eq", precision: 100 });
    expect(readQuote("3个街道、12个社区")).toBeUndefined();
  });
});
