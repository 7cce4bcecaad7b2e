import { describe, expect, it } from "vitest";
import { describeNumber, describeValue } from "../../src/core/describe-value";
import { formatMessage } from "../../src/core/labels";

describe("describeValue", () => {
  it("shows strings, finite numbers and other primitives as String does", () => {
    expect(describeValue("r0")).toBe("r0");
    expect(describeValue(-0.5)).toBe("-0.5");
    expect(describeValue(10n)).toBe("10");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(Symbol("x"))).toBe("Symbol(x)");
  });

  it("writes NaN, ±Infinity and undefined in words of the locale, never as String prints them", () => {
    expect(describeValue(Number.NaN)).toBe("非数值");
    expect(describeValue(Number.POSITIVE_INFINITY, "zh-TW")).toBe("正無窮大");
    expect(describeValue(Number.NEGATIVE_INFINITY, "en")).toBe("negative infinity");
    expect(describeValue(undefined, "en")).toBe("a missing value");
    expect(describeNumber(Number.NaN, "en")).toBe("not a number");
    expect(describeNumber(1e21)).toBe("1e+21");
  });

  it("is how formatMessage writes a number parameter", () => {
    const template = { "zh-CN": "收到 {value}", "zh-TW": "收到 {value}", en: "got {value}" };
    expect(formatMessage(template, "zh-CN", { value: Number.NaN })).toBe("收到 非数值");
    expect(formatMessage(template, "en", { value: Number.POSITIVE_INFINITY })).toBe(
      "got positive infinity",
    );
    expect(formatMessage(template, "en", { value: 3 })).toBe("got 3");
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
