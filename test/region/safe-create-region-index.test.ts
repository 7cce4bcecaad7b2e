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

  it("builds the same tree whatever the input order, with gaps in the levels", () => {
    const regions: Region[] = [
      { code: "441900003001", name: "社区", level: "village" },
      { code: "110101", name: "东城区", level: "county" },
      { code: "429004", name: "仙桃市", level: "county" },
      { code: "441900003", name: "东城街道", level: "township" },
      { code: "110000", name: "北京市", level: "province" },
      { code: "441900", name: "东莞市", level: "prefecture" },
      { code: "420000", name: "湖北省", level: "province" },
      { code: "110101001", name: "东华门街道", level: "township" },
    ];
    const result = safeCreateRegionIndex(regions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const index = result.value;
    expect(index.regions().map((region) => region.code)).toEqual([
      "110000",
      "110101",
      "110101001",
      "420000",
      "429004",
      "441900",
      "441900003",
      "441900003001",
    ]);
    expect(index.children("110000").map((region) => region.code)).toEqual(["110101"]);
    expect(index.parent("441900003001")?.code).toBe("441900003");
    expect(index.ancestors("441900003001").map((region) => region.code)).toEqual([
      "441900003",
      "441900",
    ]);
    expect(index.descendants("110000").map((region) => region.code)).toEqual([
      "110101",
      "110101001",
    ]);
    expect(index.descendants("420000").map((region) => region.code)).toEqual(["429004"]);
  });

  it("passes over the holes of sparse region and alias lists", () => {
    const regions: Region[] = [];
    regions[0] = { code: "110000", name: "北京市", level: "province", aliases: [] };
    (regions[0].aliases as string[])[1] = "京";
    regions[2] = { code: "110101", name: "东城区", level: "county" };
    const result = safeCreateRegionIndex(regions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.size).toBe(2);
    expect(result.value.findByName("京").map((region) => region.code)).toEqual(["110000"]);
  });

  it("counts a region with problems as present when checking declared parents", () => {
    const result = safeCreateRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150100", name: "", level: "prefecture" },
      { code: "150105", name: "赛罕区", level: "county", parentCode: "150000" },
    ]);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { path: ["regions", 1, "name"], reason: "invalid_name" },
        { path: ["regions", 2, "parentCode"], reason: "parent_not_nearest" },
      ],
    });
  });

  it("looks up townships and villages by code, padded or not, with or without their county", () => {
    const result = safeCreateRegionIndex([
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150105001", name: "大学西路街道", level: "township" },
      { code: "150105001001", name: "社区", level: "village", parentCode: "150105001000" },
      { code: "150106002", name: "街道", level: "township" },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const index = result.value;
    expect(index.get("150105001")?.name).toBe("大学西路街道");
    expect(index.get("150105001000")?.name).toBe("大学西路街道");
    expect(index.get("150105001001")?.parentCode).toBe("150105001");
    expect(index.get("150105002")).toBe(undefined);
    expect(index.get("150105")).toBe(undefined);
    expect(index.get("1501050010")).toBe(undefined);
    expect(index.get(150105001 as unknown as string)).toBe(undefined);
    expect(index.parent("150105001")?.code).toBe("150000");
    expect(index.parent("150105001002")?.code).toBe("150105001");
    expect(index.children("150000").map((region) => region.code)).toEqual([
      "150105001",
      "150106002",
    ]);
    const unknown = safeCreateRegionIndex([
      { code: "150105001", name: "大学西路街道", level: "township" },
      { code: "150105002001", name: "社区", level: "village", parentCode: "150105002" },
    ]);
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ path: ["regions", 1, "parentCode"], reason: "unknown_parent" }],
    });
  });
});

describe("safeCreateRegionIndex on values no string can be made of", () => {
  it("returns a failure instead of throwing when a code or level has no usable toString", () => {
    const hostile = { toString: 0, valueOf: 0 };
    const result = safeCreateRegionIndex([
      { code: hostile, name: "赛罕区", level: hostile },
    ] as unknown as Region[]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.path)).toEqual([
        ["regions", 0, "level"],
        ["regions", 0, "code"],
      ]);
    }
  });

  it("throws INVALID_ARGUMENT, in words, when normalizeName is not a function", () => {
    const regions = [{ code: "150000", name: "内蒙古自治区", level: "province" as const }];
    for (const normalizeName of [Number.NaN, "toSimplified", {}]) {
      const call = () =>
        safeCreateRegionIndex(regions, {
          normalizeName: normalizeName as unknown as (name: string) => string,
          locale: "en",
        });
      expect(call).toThrow(
        expect.objectContaining({
          code: "INVALID_ARGUMENT",
          issues: [
            expect.objectContaining({ path: ["normalizeName"], reason: "invalid_normalize_name" }),
          ],
        }),
      );
    }
    expect(() =>
      safeCreateRegionIndex(regions, {
        normalizeName: Number.NaN as unknown as (name: string) => string,
      }),
    ).toThrow("normalizeName 须为函数（名称 → 名称），收到 非数值");
  });
});
