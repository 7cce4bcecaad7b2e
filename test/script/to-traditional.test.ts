import { describe, expect, it } from "vitest";
import { toSimplified } from "../../src/script/to-simplified";
import { toTraditional } from "../../src/script/to-traditional";

describe("toTraditional", () => {
  it("converts as the doc example shows", () => {
    expect(toTraditional("绥江县")).toBe("綏江縣");
  });

  it("converts report words to the Taiwan standard", () => {
    expect(toTraditional("民族团结进步创建")).toBe("民族團結進步創建");
    expect(toTraditional("5万余人")).toBe("5萬餘人");
  });

  it("round-trips region names through toSimplified", () => {
    for (const name of ["绥江县", "昆都仑区", "赛罕区", "新城区", "市中区"]) {
      expect(toSimplified(toTraditional(name))).toBe(name);
    }
  });
});
