import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../src/region/create-region-index";
import { toSimplified } from "../../src/script/to-simplified";

describe("toSimplified", () => {
  it("converts as the doc example shows", () => {
    expect(toSimplified("綏江縣")).toBe("绥江县");
    expect(toSimplified("昆都侖區")).toBe("昆都仑区");
  });

  it("converts the traditional seed articles' names and terms", () => {
    expect(toSimplified("民族團結進步創建")).toBe("民族团结进步创建");
    expect(toSimplified("昭通市綏江縣")).toBe("昭通市绥江县");
    expect(toSimplified("鑄牢中華民族共同體意識")).toBe("铸牢中华民族共同体意识");
    expect(toSimplified("500餘次")).toBe("500余次");
  });

  it("leaves simplified text and other scripts unchanged", () => {
    expect(toSimplified("赛罕区 2023 Hohhot")).toBe("赛罕区 2023 Hohhot");
    expect(toSimplified("")).toBe("");
  });

  it("works as a name strategy: (name: string) => string", () => {
    const normalizeName: (name: string) => string = toSimplified;
    const names = ["綏江縣", "昆都侖區", "赛罕区"].map(normalizeName);
    expect(names).toEqual(["绥江县", "昆都仑区", "赛罕区"]);
  });

  it("lets a region index find 绥江县 and 昆都仑区 by their traditional names", () => {
    const index = createRegionIndex(
      [
        { code: "530000", name: "云南省", level: "province" },
        { code: "530600", name: "昭通市", level: "prefecture", parentCode: "530000" },
        { code: "530626", name: "绥江县", level: "county", parentCode: "530600" },
        { code: "150000", name: "内蒙古自治区", level: "province" },
        { code: "150200", name: "包头市", level: "prefecture", parentCode: "150000" },
        { code: "150203", name: "昆都仑区", level: "county", parentCode: "150200" },
      ],
      { normalizeName: toSimplified },
    );
    expect(index.findByName("綏江縣").map((region) => region.code)).toEqual(["530626"]);
    expect(index.findByName("昆都侖區").map((region) => region.code)).toEqual(["150203"]);
  });
});
