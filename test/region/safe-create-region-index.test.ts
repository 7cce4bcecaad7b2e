import { describe, expect, it } from "vitest";
import { safeCreateRegionIndex } from "../../src/region/safe-create-region-index";
import type { Region } from "../../src/region/types";

describe("safeCreateRegionIndex", () => {
  it("reports a duplicate as the doc example shows", () => {
    const result = safeCreateRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150105", name: "赛罕区", level: "county" },
      { code: "150105", name: "赛罕区", level: "county" },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        {
          path: ["regions", 2, "code"],
          message: "重复的区划代码 150105（与 regions[1] 相同）",
          reason: "duplicate_code",
        },
      ]);
  });

  it("succeeds with an index for good input", () => {
    const result = safeCreateRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.size).toBe(1);
  });

  it("lists every problem with its path, in input order", () => {
    const regions = [
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "160105", name: "无此省", level: "county" },
      { code: "150105", name: "", level: "county" },
      { code: "150105000000", name: "赛罕区", level: "county" },
      { code: "150102", name: "新城区", level: "village" },
      { code: "150203", name: "昆都仑区", level: "county", parentCode: "150100" },
      { code: "150204", name: "青山区", level: "county", parentCode: "370100" },
      { code: "150205", name: "石拐区", level: "county", parentCode: "1502" },
      { code: "150206", name: "白云鄂博矿区", level: "district" },
      { code: "150207", name: "九原区", level: "county", aliases: ["九原", ""] },
      { code: "150100", name: "呼和浩特市", level: "prefecture" },
      { code: "150105001", name: "大学西路街道", level: "township", parentCode: "150000" },
      { code: "150208", name: "测试区", level: "county", parentCode: "150208" },
      null,
    ] as unknown as Region[];
    const result = safeCreateRegionIndex(regions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("invalid_region_index");
    expect(result.issues.map((issue) => [issue.path, issue.reason])).toEqual([
      [["regions", 1, "code"], "invalid_code"],
      [["regions", 2, "name"], "invalid_name"],
      [["regions", 3, "code"], "duplicate_code"],
      [["regions", 4, "level"], "level_mismatch"],
      [["regions", 5, "parentCode"], "parent_not_ancestor"],
      [["regions", 6, "parentCode"], "parent_not_ancestor"],
      [["regions", 7, "parentCode"], "invalid_parent_code"],
      [["regions", 8, "level"], "invalid_level"],
      [["regions", 9, "aliases", 1], "invalid_alias"],
      [["regions", 11, "parentCode"], "parent_not_nearest"],
      [["regions", 12, "parentCode"], "parent_not_ancestor"],
      [["regions", 13], "invalid_region"],
    ]);
    const messages = result.issues.map((issue) => issue.message);
    expect(messages).toContain("级别 村级 与区划代码 150102 不符，代码表示 县级");
    expect(messages).toContain("上级区划 150000 跳过了已有的 150105");
    expect(result.message.length).toBeGreaterThan(0);
  });

  it("reports a parent that is absent from the list", () => {
    const result = safeCreateRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150203", name: "昆都仑区", level: "county", parentCode: "150200" },
    ]);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: ["regions", 1, "parentCode"],
          reason: "unknown_parent",
          message: "未知的上级区划 150200",
        },
      ],
    });
  });

  it("speaks the chosen locale", () => {
    const result = safeCreateRegionIndex(
      [
        { code: "150105", name: "赛罕区", level: "county" },
        { code: "150105", name: "賽罕區", level: "county" },
      ],
      { locale: "en" },
    );
    expect(result).toMatchObject({
      ok: false,
      message: "duplicate region code 150105 (same as regions[0])",
    });
  });

  it("rejects a value that is not an array without throwing", () => {
    const result = safeCreateRegionIndex("150105" as unknown as Region[]);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: ["regions"], reason: "invalid_region" }],
    });
  });

  it("accepts an empty list and regions without a present ancestor as roots", () => {
    const empty = safeCreateRegionIndex([]);
    expect(empty.ok && empty.value.size).toBe(0);
    const orphans = safeCreateRegionIndex([
      { code: "150105", name: "赛罕区", level: "county" },
      { code: "370103", name: "市中区", level: "county" },
    ]);
    expect(orphans.ok && orphans.value.regions().map((region) => region.code)).toEqual([
      "150105",
      "370103",
    ]);
  });
});
