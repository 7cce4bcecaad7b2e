import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/period/is-iso-date";

describe("isIsoDate", () => {
  it("tells dates apart as the doc example shows", () => {
    expect(isIsoDate("2023-09-20")).toBe(true);
    expect(isIsoDate("2023-02-30")).toBe(false);
  });

  it("knows leap years and refuses other shapes", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2023-9-20")).toBe(false);
    expect(isIsoDate("2023-09")).toBe(false);
    expect(isIsoDate("0999-01-01")).toBe(false);
    expect(isIsoDate("2023-09-20T00:00:00Z")).toBe(false);
    expect(isIsoDate(new Date(2023, 8, 20))).toBe(false);
  });
});
