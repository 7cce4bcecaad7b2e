import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../../src/core/shiliu-error";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";
import { validateReport } from "../../../src/report/validate-report";

const shandong = createRegionIndex([
  { code: "370000", name: "山东省", level: "province" },
  { code: "370100", name: "济南市", level: "prefecture" },
  { code: "370103", name: "市中区", level: "county" },
  { code: "370400", name: "枣庄市", level: "prefecture" },
  { code: "370402", name: "市中区", level: "county" },
]);

describe("draftReport", () => {
  it("drafts the region, period and figures of an article", () => {
    const regionIndex = createRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150100", name: "呼和浩特市", level: "prefecture" },
      { code: "150105", name: "赛罕区", level: "county" },
    ]);
    const { report } = draftReport("赛罕区2023年民族团结进步创建\n全区知晓率达99%。", {
      regionIndex,
    });
    expect(report.regionCode).toBe("150105");
    expect(report.period).toBe("2023");
    expect(report.observations?.[0]?.indicatorId).toBe("awareness_rate");
    expect(report.observations?.[0]?.value?.quote).toBe("知晓率达99%");
  });

  it("notes a name several regions share, naming every candidate", () => {
    const text = "市中区：擦亮石榴红品牌\n全区建成驿站12个。";
    const { report, notes } = draftReport(text, { regionIndex: shandong, locale: "en" });
    const note = notes.find((n) => n.code === "region_ambiguous");
    expect(note?.candidates).toEqual(["370103", "370402"]);
    expect(text.slice(note?.start, note?.end)).toBe("市中区");
    expect(note?.message).toContain("370402");
    expect(report.regionCode).toBe("370103");
  });

  it("settles a shared name by a region named beside it", () => {
    const text = "枣庄市市中区开展活动\n枣庄市市中区举办活动20余场次。";
    const { report, notes } = draftReport(text, { regionIndex: shandong });
    expect(report.regionCode).toBe("370402");
    expect(notes.find((n) => n.code === "region_ambiguous")?.message).toContain("370402");
  });

  it("reads a half year from the headline as a period key", () => {
    const text = "市中区2023年上半年民族工作\n2022年以来，举办活动20余场次。";
    expect(draftReport(text, { regionIndex: shandong }).report.period).toBe("2023-H1");
  });

  it("takes the latest of several years and says so", () => {
    const { report, notes } = draftReport("创建工作\n2019年被命名，2021年又获评。", {});
    expect(report.period).toBe("2021");
    expect(notes.map((n) => n.code)).toContain("period_ambiguous");
  });

  it("takes the publication year for 今年 and says so, and leaves a missing period empty", () => {
    const dated = draftReport("今年以来，举办活动20余场次。", { publishedOn: "2024-06-01" });
    expect(dated.report.period).toBe("2024");
    const note = dated.notes.find((n) => n.code === "period_from_publication");
    expect(note?.quote).toBe("今年");
    const undated = draftReport("举办活动20余场次。");
    expect(undated.report.period).toBe("");
    expect(undated.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(["period_missing", "region_missing"]),
    );
  });

  it("reads the publication date a page prints", () => {
    const text = "市中区擦亮品牌\n发布时间:2023-09-20 11:50:00\n今年举办活动20余场次。";
    expect(draftReport(text, { regionIndex: shandong }).report.publishedOn).toBe("2023-09-20");
  });

  it("proposes a custom indicator for a label no standard one fits, with a note", () => {
    const text = "2023年，泉海学校近200名学生参加。";
    const { report, notes } = draftReport(text, { regionCode: "370103" });
    expect(report.indicators).toEqual([
      {
        id: "draft_indicator_1",
        name: { "zh-CN": "泉海学校" },
        kind: "count",
        unit: "名",
        aggregation: "sum",
      },
    ]);
    expect(report.observations?.map((o) => o.indicatorId)).toEqual(["draft_indicator_1"]);
    expect(notes.map((n) => [n.code, n.quote])).toEqual([
      ["indicator_proposed", "泉海学校近200名"],
    ]);
  });

  it("keeps one observation per indicator, region and period", () => {
    const text = "2023年，省级示范单位4个，市级示范单位11个。";
    const { report, notes } = draftReport(text, { regionCode: "530626" });
    expect(report.observations?.map((o) => o.indicatorId)).toEqual([
      "demonstration_units",
      "draft_indicator_1",
    ]);
    expect(report.indicators?.[0]?.name["zh-CN"]).toBe("市级示范单位");
    expect(notes.map((n) => n.code)).toEqual(["indicator_proposed"]);
    expect(validateReport(report).diagnostics.filter((d) => d.code === "DUPLICATE_ID")).toEqual([]);
  });

  it("records the same words with the same figure once, with a note", () => {
    const text = "2023年\n知晓率达99%。\n知晓率达99%。";
    const { report, notes } = draftReport(text, { regionCode: "150105" });
    expect(report.observations).toHaveLength(1);
    const note = notes.find((n) => n.code === "figure_repeated");
    expect(note?.start).toBe(text.lastIndexOf("知晓率"));
  });

  it("ties a growth rate to the figure of its clause", () => {
    const text = "2023年上半年，地区生产总值363.1亿元、增速6.7%。";
    const [gdp, growth] = draftReport(text, { regionCode: "150102" }).report.observations ?? [];
    expect(gdp?.indicatorId).toBe("gross_domestic_product");
    expect(growth).toMatchObject({
      indicatorId: "growth_rate",
      growthOf: "gross_domestic_product",
    });
  });

  it("gives a draft that validates without schema errors and quotes the text's own words", () => {
    const text = "市中区2023年创建工作\n全区建成驿站12个，知晓率达99%，参与群众5万余人。";
    const { report } = draftReport(text, { regionIndex: shandong });
    const result = validateReport(report);
    expect(result.diagnostics.filter((d) => d.code === "SCHEMA")).toEqual([]);
    for (const observation of report.observations ?? []) {
      expect(text).toContain(observation.value?.quote);
    }
    expect(report.observations?.map((o) => o.value)).toEqual([
      { value: 12, unit: "个", comparator: "eq", precision: 1, quote: "驿站12个" },
      { value: 99, unit: "%", comparator: "eq", precision: 1, quote: "知晓率达99%" },
      { value: 50000, unit: "人", comparator: "gt", precision: 10000, quote: "参与群众5万余人" },
    ]);
  });

  it("invents nothing the text does not say", () => {
    const { report } = draftReport("市中区2023年创建工作", { regionIndex: shandong });
    expect(report.brands).toEqual([]);
    expect(report.observations).toEqual([]);
    expect(report.indicators).toEqual([]);
  });

  it("speaks the requested locale in its notes", () => {
    const zh = draftReport("举办活动。", { locale: "zh-TW" }).notes;
    expect(zh.find((n) => n.code === "period_missing")?.message).toContain("報告期");
  });

  it("throws INVALID_ARGUMENT on options that are not valid, never on text", () => {
    for (const bad of [
      { publishedOn: "2023-02-30" },
      { regionCode: "99" },
      { regionIndex: {} },
      { colour: "red" },
    ]) {
      expect(() => draftReport("文本", bad as never)).toThrow(ShiliuError);
    }
    expect(() => draftReport(undefined as never)).not.toThrow();
    expect(draftReport("", {}).report.title).toBe("");
  });

  it("says what is wrong with an option in the requested locale, zh-CN by default", () => {
    const issues = (options: unknown) => {
      try {
        draftReport("文本", options as never);
      } catch (error) {
        return (error as ShiliuError).issues.map((issue) => [issue.path, issue.message]);
      }
      return [];
    };
    expect(issues({ publishedOn: "2023-02-30", colour: "red" })).toEqual([
      [["publishedOn"], "选项 publishedOn 应为YYYY-MM-DD 格式的日期，收到的是 2023-02-30"],
      [["colour"], "draftReport 没有选项 colour"],
    ]);
    expect(issues({ regionCode: "99", locale: "zh-TW" })).toEqual([
      [["regionCode"], "選項 regionCode 應為行政區劃代碼（GB/T 2260），收到的是 99"],
    ]);
    expect(issues({ regionIndex: {}, locale: "en" })).toEqual([
      [
        ["regionIndex"],
        "the option regionIndex must be a region index made by createRegionIndex, not object",
      ],
    ]);
    expect(issues("fast")[0]?.[1]).toBe("draftReport 的选项应为对象，收到的是 fast");
    // A locale shiliu does not speak falls back to zh-CN, as everywhere.
    expect(draftReport("文本", { locale: "fr" as never }).notes[0]?.message).toMatch(/[报告]/);
  });

  it("does not change its inputs", () => {
    const options = Object.freeze({ regionIndex: shandong, locale: "en" as const });
    expect(() => draftReport("市中区2023年", options)).not.toThrow();
  });
});
