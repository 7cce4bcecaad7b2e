import { describe, expect, it } from "vitest";
import { isPeriodKey } from "../../src/period/is-period-key";

describe("isPeriodKey", () => {
  it("tells keys apart as the doc example shows", () => {
    expect(isPeriodKey("2023-H1")).toBe(true);
    expect(isPeriodKey("2023-H3")).toBe(false);
  });

  it("refuses non-strings and impossible dates", () => {
    expect(isPeriodKey(2023)).toBe(false);
    expect(isPeriodKey(null)).toBe(false);
    expect(isPeriodKey("2023-02-30")).toBe(false);
    expect(isPeriodKey("2023-Q4")).toBe(true);
  });
});
