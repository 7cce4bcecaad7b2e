// The judge of the reliability suite must itself be able to fail: each family's rule, shown
// catching the break it exists for.
import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { HostileInputError, inputText, judge } from "./hostile";

const invalid = () => {
  throw new ShiliuError("INVALID_ARGUMENT", [{ path: [], message: "坏的选项", reason: "x" }]);
};
const mismatch = () => {
  throw new ShiliuError("UNIT_MISMATCH", [{ path: [], message: "单位不一致", reason: "x" }]);
};

describe("judge", () => {
  it("lets no text reader or safe function throw, save INVALID_ARGUMENT for options given", () => {
    for (const family of ["text", "safe", "formula"] as const) {
      expect(judge(mismatch, { family }).escape).toMatch(/threw ShiliuError UNIT_MISMATCH/);
      expect(judge(invalid, { family }).escape).toBeDefined();
      expect(judge(invalid, { family, optionsGiven: true }).escape).toBeUndefined();
    }
    expect(judge(mismatch, { family: "constructor" }).escape).toBeUndefined();
  });

  it("lets no family throw anything but a ShiliuError, or the hostile input's own error", () => {
    const typeError = () => {
      throw new TypeError("x is not a function");
    };
    expect(judge(typeError, { family: "constructor" }).escape).toMatch(/TypeError/);
    const own = () => {
      throw new HostileInputError("getter");
    };
    expect(judge(own, { family: "text" }).escape).toBeUndefined();
  });

  it("asks formulas and safe functions for a Result with finite numbers", () => {
    expect(judge(() => 3, { family: "formula" }).escape).toMatch(/other than a Result/);
    expect(judge(() => ({ ok: true, value: Infinity }), { family: "formula" }).escape).toMatch(
      /Infinity/,
    );
    expect(
      judge(() => ({ ok: true, value: Infinity }), { family: "safe", allowNonFinite: true }).escape,
    ).toBeUndefined();
    expect(judge(() => ({ ok: false, reason: "", message: "m" }), { family: "safe" }).escape).toBe(
      "a failure without a reason",
    );
  });

  it("finds NaN, Infinity, undefined and [object in any string that comes out, unless it went in", () => {
    for (const word of ["NaN", "Infinity", "undefined", "[object Object]"]) {
      const answer = () => ({ ok: false, reason: "r", message: `收到 ${word}` });
      expect(judge(answer, { family: "safe" }).escape).toMatch(/wrote/);
      expect(judge(answer, { family: "safe", input: `“${word}”` }).escape).toBeUndefined();
    }
    const thrown = () => {
      throw new ShiliuError("INVALID_QUANTITY", [{ path: [], message: "收到 NaN", reason: "x" }]);
    };
    expect(judge(thrown, { family: "constructor" }).escape).toMatch(/wrote "NaN"/);
    expect(judge(() => new Map([["k", ["0人", { text: "NaN人" }]]])).escape).toMatch(/NaN/);
  });

  it("counts the keys of an input as its text, since a message may name an unknown key", () => {
    const args = [{ 'new Map([["a",undefined]])': 1 }];
    const answer = () => ({
      ok: false,
      reason: "r",
      message: '出现未知字段 new Map([["a",undefined]])',
    });
    expect(inputText(args)).toContain("undefined");
    expect(judge(answer, { family: "safe", input: inputText(args) }).escape).toBeUndefined();
    expect(judge(answer, { family: "safe", input: inputText([{ a: 1 }]) }).escape).toMatch(/wrote/);
  });
});
