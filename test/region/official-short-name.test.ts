import { describe, expect, it } from "vitest";
import { officialShortName } from "../../src/region/official-short-name";

describe("officialShortName", () => {
  it("shortens autonomous areas as the doc example shows", () => {
    expect(officialShortName("肃南裕固族自治县")).toBe("肃南县");
    expect(officialShortName("积石山保安族东乡族撒拉族自治县")).toBe("积石山县");
    expect(officialShortName("鄂伦春自治旗")).toBe("鄂伦春旗");
    expect(officialShortName("广西壮族自治区")).toBe("广西");
    expect(officialShortName("赛罕区")).toBe(undefined);
  });

  it("drops every ethnic name, written with 族 or, as in Xinjiang, without", () => {
    expect(officialShortName("恩施土家族苗族自治州")).toBe("恩施州");
    expect(officialShortName("双江拉祜族佤族布朗族傣族自治县")).toBe("双江县");
    expect(officialShortName("巴里坤哈萨克自治县")).toBe("巴里坤县");
    expect(officialShortName("克孜勒苏柯尔克孜自治州")).toBe("克孜勒苏州");
    expect(officialShortName("新疆维吾尔自治区")).toBe("新疆");
    expect(officialShortName("龙胜各族自治县")).toBe("龙胜县");
  });

  it("keeps a place name that is the ethnic name, and never cuts one to a character", () => {
    expect(officialShortName("东乡族自治县")).toBe("东乡县");
    expect(officialShortName("鄂温克族自治旗")).toBe("鄂温克旗");
    expect(officialShortName("内蒙古自治区")).toBe("内蒙古");
    // 藏 alone is never an ethnic name in a name: it is written 藏族.
    expect(officialShortName("西藏自治区")).toBe("西藏");
  });

  it("answers undefined for names that are not autonomous areas, and for non-strings", () => {
    expect(officialShortName("自治县")).toBe(undefined);
    expect(officialShortName("各族自治县")).toBe(undefined);
    expect(officialShortName("回族乡")).toBe(undefined);
    expect(officialShortName("")).toBe(undefined);
    expect(officialShortName(42 as unknown as string)).toBe(undefined);
  });
});
