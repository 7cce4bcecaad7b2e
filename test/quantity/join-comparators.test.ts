import { describe, expect, it } from "vitest";
import { joinComparators } from "../../src/quantity/join-comparators";

describe("joinComparators", () => {
  it("treats eq as identity and approx as absorbing", () => {
    expect(joinComparators("eq", "gt")).toBe("gt");
    expect(joinComparators("lte", "eq")).toBe("lte");
    expect(joinComparators("approx", "eq")).toBe("approx");
    expect(joinComparators("gte", "approx")).toBe("approx");
  });

  it("keeps directions and joins within them", () => {
    expect(joinComparators("gte", "gt")).toBe("gt");
    expect(joinComparators("nearly", "lte")).toBe("lt");
    expect(joinComparators("nearly", "nearly")).toBe("nearly");
    expect(joinComparators("gt", "nearly")).toBe("approx");
  });
});
