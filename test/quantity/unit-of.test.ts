import { describe, expect, it } from "vitest";
import { unitOf } from "../../src/quantity/unit-of";

describe("unitOf", () => {
  it("reads units as the doc example shows", () => {
    expect(unitOf("位")).toEqual({ quantity: "people", base: "人", exponent: 0, kind: "people" });
    expect(unitOf("亿元")).toEqual({ quantity: "amount", base: "元", exponent: 8, kind: "amount" });
    expect(unitOf("座")).toEqual({ quantity: "座", base: "座", exponent: 0, kind: "count" });
  });

  it("makes a word absent from the table a count of its own kind, even one named like a key of Object", () => {
    expect(unitOf("toString")).toEqual({
      quantity: "toString",
      base: "toString",
      exponent: 0,
      kind: "count",
    });
    expect(unitOf("座").quantity).not.toBe(unitOf("栋").quantity);
  });
});
