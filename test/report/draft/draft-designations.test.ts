import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";

const regionIndex = createRegionIndex([
  { code: "530000", name: "云南省", level: "province" },
  { code: "530600", name: "昭通市", level: "prefecture" },
  { code: "530627", name: "镇雄县", level: "county" },
  { code: "370000", name: "山东省", level: "province" },
  { code: "370100", name: "济南市", level: "prefecture" },
  { code: "370103", name: "市中区", level: "county" },
]);
const designationsOf = (text: string) => draftReport(text, { regionIndex }).report.designations;

describe("designations of a draft", () => {
  it("reads the subject, title, level and year of 被命名为", () => {
    expect(
      designationsOf("镇雄县创建工作\n2023年1月，镇雄县被命名为全国民族团结进步示范县。"),
    ).toEqual([
      {
        id: "designation_1",
        title: "全国民族团结进步示范县",
        kind: "demonstration_region",
        level: "national",
        recipient: { type: "region", name: "镇雄县", regionCode: "530627" },
        year: 2023,
      },
    ]);
  });

  it("takes the reporting region for a subject left out, with a note", () => {
    const { report, notes } = draftReport(
      "济南市市中区\n推动工作，获评山东省民族宗教系统先进集体。",
      {
        regionIndex,
      },
    );
    expect(report.designations?.[0]).toMatchObject({
      title: "山东省民族宗教系统先进集体",
      kind: "model_collective",
      level: "provincial",
      recipient: { type: "region", regionCode: "370103" },
    });
    expect(notes.map((n) => n.code)).toContain("recipient_assumed");
  });

  it("reads a recipient after a dash and a person after 模范, in either script", () => {
    const text =
      "市中区\n宣传全國民族團結進步模范集體——市中区教育局、自治区民族团结进步模范李翠兰的事迹。";
    expect(
      designationsOf(text)?.map((d) => [
        d.title,
        d.kind,
        d.level,
        d.recipient.type,
        d.recipient.name,
      ]),
    ).toEqual([
      ["全國民族團結進步模范集體", "model_collective", "national", "unit", "市中区教育局"],
      ["自治区民族团结进步模范", "model_individual", "provincial", "person", "李翠兰"],
    ]);
  });

  it("gives each level word its level", () => {
    const text = "市中区\n被评为省级示范单位，被评为市级示范社区，被评为县级模范集体。";
    expect(designationsOf(text)?.map((d) => d.level)).toEqual([
      "provincial",
      "prefectural",
      "county",
    ]);
  });

  it("reads no honour from a goal or a count", () => {
    expect(
      designationsOf("市中区\n纳入《创建全国民族团结进步示范区工作方案》，省级示范单位4个。"),
    ).toEqual([]);
    expect(designationsOf("市中区\n建设模范自治区，被评为先进。")).toEqual([]);
  });
});
