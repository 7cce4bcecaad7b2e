import { describe, expect, it } from "vitest";
import { periodRange } from "../../src/period/period-range";

describe("periodRange", () => {
  it("gives ranges as the doc example shows", () => {
    expect(periodRange("2023-H1")).toEqual({
      ok: true,
      value: { start: "2023-01-01", end: "2023-06-30" },
    });
    expect(periodRange("2024-02")).toEqual({
      ok: true,
      value: { start: "2024-02-01", end: "2024-02-29" },
    });
  });

  it("covers every key shape", () => {
    expect(periodRange("2023")).toEqual({
      ok: true,
      value: { start: "2023-01-01", end: "2023-12-31" },
    });
    expect(periodRange("2023-H2")).toEqual({
      ok: true,
      value: { start: "2023-07-01", end: "2023-12-31" },
    });
    expect(periodRange("2023-Q3")).toEqual({
      ok: true,
      value: { start: "2023-07-01", end: "2023-09-30" },
    });
    expect(periodRange("2023-Q1")).toEqual({
      ok: true,
      value: { start: "2023-01-01", end: "2023-03-31" },
    });
    expect(periodRange("2023-09-20")).toEqual({
      ok: true,
      value: { start: "2023-09-20", end: "2023-09-20" },
    });
  });

  it("passes on the failure of an invalid key", () => {
    expect(periodRange("2023-Q5")).toMatchObject({ ok: false, reason: "invalid_format" });
  });
});
