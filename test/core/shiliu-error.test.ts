import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";

describe("ShiliuError", () => {
  it("carries a code and located issues as the doc example shows", () => {
    const error = new ShiliuError("UNIT_MISMATCH", [
      { path: [1], message: "单位不一致：人 与 元" },
    ]);
    expect(error.code).toBe("UNIT_MISMATCH");
    expect(error.message).toBe("[1] 单位不一致：人 与 元");
  });

  it("is an Error named ShiliuError", () => {
    const error = new ShiliuError("INVALID_ARGUMENT", [{ path: [], message: "bad" }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ShiliuError");
    expect(error.message).toBe("bad");
  });

  it("joins several issues with their paths", () => {
    const error = new ShiliuError("INVALID_REGION_INDEX", [
      { path: ["regions", 3, "code"], message: "重复的区划代码 150105" },
      { path: ["regions", 7, "parentCode"], message: "未知的上级区划 159900" },
    ]);
    expect(error.message).toBe(
      "regions[3].code 重复的区划代码 150105; regions[7].parentCode 未知的上级区划 159900",
    );
    expect(error.issues).toHaveLength(2);
  });

  it("falls back to the code when there is no issue", () => {
    expect(new ShiliuError("INVALID_ARGUMENT", []).message).toBe("INVALID_ARGUMENT");
  });
});
