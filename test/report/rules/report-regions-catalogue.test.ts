import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/locale";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { reportRegionsRule } from "../../../src/report/rules/report-regions";
import { validateReport } from "../../../src/report/validate-report";

// A catalogue of its own: 甘肃省, two of its cities, and two counties of 张掖市.
const catalogue = createRegionIndex([
  { code: "620000", name: "甘肃省", level: "province" },
  { code: "620700", name: "张掖市", level: "prefecture", parentCode: "620000" },
  { code: "620800", name: "平凉市", level: "prefecture", parentCode: "620000" },
  { code: "620721", name: "肃南裕固族自治县", level: "county", parentCode: "620700" },
  { code: "620722", name: "民乐县", level: "county", parentCode: "620700" },
]);

function found(regions: readonly object[], locale: Locale = "zh-CN") {
  const report = { id: "r", title: "报告", regionCode: "620721", period: "2023", regions };
  const result = validateReport(report, {
    rules: [reportRegionsRule],
    regionIndex: catalogue,
    locale,
  });
  return result.diagnostics.map((d) => [d.code, d.severity, d.path, d.message]);
}

const sunan = { code: "620721", name: "肃南裕固族自治县", level: "county", parentCode: "620700" };
const inCatalogue = "目录中 620721 是“肃南裕固族自治县”（县级，上级 620700）";

describe("reportRegionsRule against a catalogue", () => {
  it("accepts a region as the catalogue has it, its parent written in any padding", () => {
    expect(found([sunan])).toEqual([]);
    expect(found([{ ...sunan, parentCode: "620700000000" }])).toEqual([]);
    const { parentCode: _parentCode, ...unparented } = sunan;
    expect(found([unparented])).toEqual([]);
  });

  it("reports a region under another name alone, in every locale", () => {
    const renamed = [{ ...sunan, name: "肃北县" }];
    expect(found(renamed)).toEqual([
      [
        "REPORT_REGIONS",
        "error",
        ["regions", 0],
        `行政区划“肃北县”（620721）与区划目录不一致：${inCatalogue}`,
      ],
    ]);
    expect(found(renamed, "zh-TW").map((d) => d[3])).toEqual([
      "行政區劃“肃北县”（620721）與區劃目錄不一致：目錄中 620721 是「肃南裕固族自治县」（縣級，上級 620700）",
    ]);
    expect(found(renamed, "en").map((d) => d[3])).toEqual([
      'region "肃北县" (620721) contradicts the region index, where 620721 is "肃南裕固族自治县" (county, under 620700)',
    ]);
  });

  it("reports a region of another level, beside the level its code gives", () => {
    expect(found([{ ...sunan, level: "prefecture" }])).toEqual([
      [
        "REPORT_REGIONS",
        "error",
        ["regions", 0, "level"],
        "行政区划“肃南裕固族自治县”（620721）：级别 地级 与区划代码 620721 不符，代码表示 县级",
      ],
      [
        "REPORT_REGIONS",
        "error",
        ["regions", 0],
        `行政区划“肃南裕固族自治县”（620721）与区划目录不一致：${inCatalogue}`,
      ],
    ]);
  });

  it("reports a region under another parent, beside the parent it skips", () => {
    expect(found([{ ...sunan, parentCode: "620000" }])).toEqual([
      [
        "REPORT_REGIONS",
        "error",
        ["regions", 0, "parentCode"],
        "行政区划“肃南裕固族自治县”（620721）：上级区划 620000 跳过了已有的 620700",
      ],
      [
        "REPORT_REGIONS",
        "error",
        ["regions", 0],
        `行政区划“肃南裕固族自治县”（620721）与区划目录不一致：${inCatalogue}`,
      ],
    ]);
  });

  it("names a province's missing parent in the words of the locale", () => {
    const gansu = [{ code: "620000", name: "甘肃", level: "province" }];
    expect(found(gansu, "en").map((d) => d[3])).toEqual([
      'region "甘肃" (620000) contradicts the region index, where 620000 is "甘肃省" (province, under none)',
    ]);
    expect(found(gansu, "zh-TW").map((d) => d[3])).toEqual([
      "行政區劃“甘肃”（620000）與區劃目錄不一致：目錄中 620000 是「甘肃省」（省級，上級 無）",
    ]);
  });

  it("reports what else is wrong with a code repeated as written, leaving the repeat to DUPLICATE_ID", () => {
    expect(found([sunan, { ...sunan, level: "township" }]).map((d) => d[2])).toEqual([
      ["regions", 1, "level"],
      ["regions", 1],
    ]);
  });
});
