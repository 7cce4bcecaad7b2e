import { describe, expect, it } from "vitest";
import { periodContains } from "../../src/period/period-contains";

describe("periodContains", () => {
  it("compares periods as the doc example shows", () => {
    expect(periodContains("2023", "2023-Q3")).toEqual({ ok: true, value: true });
    expect(periodContains("2023-H1", "2023-09")).toEqual({ ok: true, value: false });
  });

  it("compares every kind by its days", () => {
    expect(periodContains("2023-H2", "2023-09-20")).toEqual({ ok: true, value: true });
    expect(periodContains("2023-Q3", "2023-Q3")).toEqual({ ok: true, value: true });
    expect(periodContains("2023-09", "2023-Q3")).toEqual({ ok: true, value: false });
    expect(periodContains("2023", "2024-01-01")).toEqual({ ok: true, value: false });
    expect(periodContains("2023-H1", "2023-Q2")).toEqual({ ok: true, value: true });
  });

  it("fails on the first invalid key", () => {
    expect(periodContains("2023-Q9", "2023")).toMatchObject({
      ok: false,
      reason: "invalid_format",
    });
    expect(periodContains("2023", "2023-02-30")).toMatchObject({
      ok: false,
      reason: "invalid_date",
    });
  });
});
