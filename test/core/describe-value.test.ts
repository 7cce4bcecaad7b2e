import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/core/describe-value";

describe("describeValue", () => {
  it("writes primitives as String() does", () => {
    expect(describeValue(1.5)).toBe("1.5");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(10n)).toBe("10");
    expect(describeValue(Symbol("s"))).toBe("Symbol(s)");
    expect(describeValue("5万")).toBe("5万");
  });

  it("names objects by kind without calling into them", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("read");
        },
      },
    );
    expect(describeValue(Object.create(null))).toBe("object");
    expect(describeValue(trap)).toBe("object");
    expect(describeValue({ toString: () => "hidden" })).toBe("object");
    expect(describeValue([1, 2])).toBe("array");
    expect(describeValue(() => 1)).toBe("function");
  });
});
