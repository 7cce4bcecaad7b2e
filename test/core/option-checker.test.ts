import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/core/locale";
import {
  type OptionChecks,
  type OptionsAssertion,
  optionChecker,
} from "../../src/core/option-checker";
import { ShiliuError } from "../../src/core/shiliu-error";

interface SketchOptions {
  readonly size?: number;
  readonly tags?: readonly string[];
  readonly locale?: Locale;
}

const checks: OptionChecks<SketchOptions> = {
  size: {
    expected: { "zh-CN": "正整数", "zh-TW": "正整數", en: "a positive whole number" },
    fits: (value) => Number.isInteger(value) && (value as number) > 0,
  },
  tags: {
    expected: { "zh-CN": "字符串列表", "zh-TW": "字串列表", en: "a list of strings" },
    list: true,
    fits: (item) => typeof item === "string",
  },
  locale: { expected: { "zh-CN": "", "zh-TW": "", en: "" }, fits: () => true },
};

const checkSketch: OptionsAssertion<SketchOptions> = optionChecker("sketch", checks);

/** The issues thrown, as [path, message] pairs; a throw of anything else fails the test. */
function issues(options: unknown, locale: Locale = "zh-CN"): unknown[] {
  try {
    checkSketch(options, locale);
  } catch (error) {
    expect(error).toBeInstanceOf(ShiliuError);
    expect((error as ShiliuError).code).toBe("INVALID_ARGUMENT");
    return (error as ShiliuError).issues.map((issue) => [issue.path, issue.message]);
  }
  return [];
}

describe("optionChecker", () => {
  it("takes no options, undefined values and every value that fits", () => {
    expect(issues(undefined)).toEqual([]);
    expect(issues({})).toEqual([]);
    expect(issues({ size: undefined, tags: undefined })).toEqual([]);
    expect(issues({ size: 3, tags: [], locale: "fr" })).toEqual([]);
    expect(issues({ tags: ["a", "b"] })).toEqual([]);
  });

  it("refuses options that are not an object, naming the function, in every locale", () => {
    expect(issues(5)).toEqual([[[], "sketch 的选项应为对象，收到的是 5"]]);
    expect(issues(null, "zh-TW")).toEqual([[[], "sketch 的選項應為物件，收到的是 null"]]);
    expect(issues([1, 2], "en")).toEqual([
      [[], "the options of sketch must be an object, not array(2)"],
    ]);
    expect(issues("big", "en")).toEqual([[[], "the options of sketch must be an object, not big"]]);
  });

  it("names an unknown option and the function, in every locale", () => {
    expect(issues({ colour: "red" })).toEqual([[["colour"], "sketch 没有选项 colour"]]);
    expect(issues({ colour: "red" }, "zh-TW")).toEqual([[["colour"], "sketch 沒有選項 colour"]]);
    expect(issues({ colour: undefined }, "en")).toEqual([
      [["colour"], "sketch has no option colour"],
    ]);
    // A key inherited by every object is no option either.
    expect(issues(JSON.parse('{"__proto__": 1, "toString": 2}'))).toEqual([
      [["__proto__"], "sketch 没有选项 __proto__"],
      [["toString"], "sketch 没有选项 toString"],
    ]);
  });

  it("names an option whose value does not fit, what it must be, and what came", () => {
    expect(issues({ size: 0 })).toEqual([[["size"], "选项 size 应为正整数，收到的是 0"]]);
    expect(issues({ size: 1.5 }, "zh-TW")).toEqual([
      [["size"], "選項 size 應為正整數，收到的是 1.5"],
    ]);
    expect(issues({ size: "3" }, "en")).toEqual([
      [["size"], "the option size must be a positive whole number, not 3"],
    ]);
  });

  it("says what came in the requested locale, also when it is no number", () => {
    expect(issues({ size: Number.NaN }, "en")).toEqual([
      [["size"], "the option size must be a positive whole number, not not a number"],
    ]);
    expect(issues({ tags: [undefined] }, "zh-TW")).toEqual([
      [["tags", 0], "選項 tags[0] 應為字串列表，收到的是 空缺值"],
    ]);
  });

  it("names a list option that is no list, and else the first item that does not fit", () => {
    expect(issues({ tags: "a" })).toEqual([[["tags"], "选项 tags 应为字符串列表，收到的是 a"]]);
    expect(issues({ tags: { 0: "a", length: 1 } }, "en")).toEqual([
      [["tags"], "the option tags must be a list of strings, not object"],
    ]);
    expect(issues({ tags: ["a", 2, 3] }, "en")).toEqual([
      [["tags", 1], "the option tags[1] must be a list of strings, not 2"],
    ]);
    expect(issues({ tags: [null] })).toEqual([
      [["tags", 0], "选项 tags[0] 应为字符串列表，收到的是 null"],
    ]);
  });

  it("reports every bad option at once, in the order they were written", () => {
    expect(issues({ tags: [1], colour: 1, size: -1 }, "en")).toEqual([
      [["tags", 0], "the option tags[0] must be a list of strings, not 1"],
      [["colour"], "sketch has no option colour"],
      [["size"], "the option size must be a positive whole number, not -1"],
    ]);
  });

  it("puts every issue in the error's message", () => {
    expect(() => checkSketch({ size: 0, shape: 1 }, "en")).toThrow(
      "size the option size must be a positive whole number, not 0; shape sketch has no option shape",
    );
  });

  it("keeps the tables of two functions apart", () => {
    const checkOther: OptionsAssertion<{ readonly colour?: string }> = optionChecker<{
      readonly colour?: string;
    }>("other", {
      colour: {
        expected: { "zh-CN": "字符串", "zh-TW": "字串", en: "a string" },
        fits: (value) => typeof value === "string",
      },
    });
    expect(() => checkOther({ colour: "red" }, "en")).not.toThrow();
    expect(() => checkOther({ size: 3 }, "en")).toThrow("other has no option size");
    expect(issues({ colour: "red" }, "en")).toEqual([[["colour"], "sketch has no option colour"]]);
  });
});
