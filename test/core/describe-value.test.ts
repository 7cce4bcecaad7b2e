import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/core/describe-value";

describe("describeValue", () => {
  it("shows primitives as String does", () => {
    expect(describeValue("r0")).toBe("r0");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(-Infinity)).toBe("-Infinity");
    expect(describeValue(10n)).toBe("10");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(Symbol("x"))).toBe("Symbol(x)");
  });

  it("shortens long strings", () => {
    expect(describeValue("一".repeat(100))).toBe(`${"一".repeat(60)}…`);
  });

  it("never calls a caller's toString, so hostile objects cannot make it throw", () => {
    const hostile = {
      toString: 0,
      valueOf: () => {
        throw new Error("no");
      },
    };
    expect(describeValue(hostile)).toBe("object");
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe("object");
    expect(describeValue([1, 2])).toBe("array(2)");
    expect(describeValue(() => 1)).toBe("function");
  });
});
