import { describe, expect, it } from "vitest";
import { failure, success } from "../../src/core/result";

describe("success and failure", () => {
  it("build the two sides of a Result", () => {
    expect(success(3)).toEqual({ ok: true, value: 3 });
    expect(failure("zero_denominator", "分母为零")).toEqual({
      ok: false,
      reason: "zero_denominator",
      message: "分母为零",
    });
  });
});
