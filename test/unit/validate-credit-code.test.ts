import { describe, expect, it } from "vitest";
import { validateCreditCode } from "../../src/unit/validate-credit-code";

describe("validateCreditCode", () => {
  it("checks codes as the doc example shows", () => {
    expect(validateCreditCode("91350100M000100Y43").ok).toBe(true);
    expect(validateCreditCode("91350100M000100Y44")).toEqual({
      ok: false,
      reason: "wrong_check_character",
      message: "校验码错误：第 18 位应为 3，收到 4",
      position: 18,
      expected: "3",
    });
  });

  it.each([
    ["914403001922038216"], // 华为技术有限公司
    ["91100000100003962T"], // 中国工商银行股份有限公司 (national registration, 100000)
    ["9144030071526726XG"], // 腾讯科技（深圳）有限公司
    ["91110108551385082Q"], // 小米科技有限责任公司
    ["91330100716105852F"],
    ["91110000100010433L"],
    ["911100001000044477"],
  ])("accepts the published code %s", (code) => {
    expect(validateCreditCode(code).ok).toBe(true);
  });

  it("splits a valid code into its parts", () => {
    expect(validateCreditCode("914403001922038216")).toEqual({
      ok: true,
      value: {
        code: "914403001922038216",
        department: "9",
        category: "1",
        regionCode: "440300",
        subjectCode: "192203821",
        checkCharacter: "6",
      },
    });
  });

  it("tells a wrong check character from a malformed code", () => {
    expect(validateCreditCode("914403001922038217")).toMatchObject({
      reason: "wrong_check_character",
      expected: "6",
    });
    expect(validateCreditCode("9144030019220382")).toMatchObject({ reason: "invalid_length" });
  });

  it.each([
    ["", "invalid_length", undefined],
    ["91440300192203821", "invalid_length", undefined],
    ["9144030019220382166", "invalid_length", undefined],
    ["914403001922038I16", "invalid_character", 16],
    ["91440300192203821O", "invalid_character", 18],
    ["S14403001922038216", "invalid_character", 1],
    ["91440300192203V216", "invalid_character", 15],
    ["91440300192203Z216", "invalid_character", 15],
    ["914403001922o38216", "invalid_character", 13],
    ["91440300 922038216", "invalid_character", 9],
    ["９14403001922038216", "invalid_character", 1],
    ["B14403001922038216", "invalid_department", 1],
    ["014403001922038216", "invalid_department", 1],
    ["94440300192203821X", "invalid_category", 2],
    ["99440300192203821X", "invalid_category", 2],
    ["Y2440300192203821X", "invalid_category", 2],
    ["51440300192203821X", "wrong_check_character", 18],
    ["91160300192203821X", "invalid_region_code", 3],
    ["91440030192203821X", "invalid_region_code", 3],
    ["914403A0192203821X", "invalid_region_code", 3],
    ["91000000192203821X", "invalid_region_code", 3],
  ])("rejects %s as %s", (code, reason, position) => {
    const result = validateCreditCode(code);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.position).toBe(position);
  });

  it("accepts every category its department allows", () => {
    const pairs =
      "11 12 13 19 21 29 31 32 33 34 35 39 41 49 51 52 53 59 61 62 69 71 72 79 81 89 91 92 93 A1 A9 N1 N2 N3 N9 Y1";
    for (const pair of pairs.split(" ")) {
      // Only the department and category change; the validator names the check character.
      const draft = `${pair}4403001922038210`;
      const first = validateCreditCode(draft);
      const expected = first.ok ? "0" : first.expected;
      expect(expected).toBeDefined();
      expect(validateCreditCode(`${draft.slice(0, 17)}${expected}`).ok).toBe(true);
    }
  });

  it("speaks the chosen locale", () => {
    expect(validateCreditCode("914403001922038217", { locale: "en" }).ok).toBe(false);
    expect(validateCreditCode("914403001922038217", { locale: "en" })).toMatchObject({
      message: "wrong check character: character 18 should be 6, got 7",
    });
    expect(validateCreditCode("B14403001922038216", { locale: "zh-TW" })).toMatchObject({
      message: "第 1 位登記管理部門代碼 B 無效",
    });
  });

  it("returns a failure for values that are not strings", () => {
    expect(validateCreditCode(9144030019 as unknown as string)).toMatchObject({
      reason: "invalid_length",
    });
  });
});
