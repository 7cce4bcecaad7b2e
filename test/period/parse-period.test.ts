import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parse-period";

describe("parsePeriod", () => {
  it("reads keys as the doc example shows", () => {
    expect(parsePeriod("2023-Q3")).toEqual({
      ok: true,
      value: { kind: "quarter", year: 2023, index: 3 },
    });
    expect(parsePeriod("2023-02-30").ok).toBe(false);
  });

  it("reads each of the five key shapes", () => {
    expect(parsePeriod("2023")).toEqual({ ok: true, value: { kind: "year", year: 2023 } });
    expect(parsePeriod("2023-H1")).toEqual({
      ok: true,
      value: { kind: "half", year: 2023, index: 1 },
    });
    expect(parsePeriod("2023-09")).toEqual({
      ok: true,
      value: { kind: "month", year: 2023, index: 9 },
    });
    expect(parsePeriod("2023-09-20")).toEqual({
      ok: true,
      value: { kind: "day", year: 2023, index: 9, day: 20 },
    });
    expect(parsePeriod("2024-02-29").ok).toBe(true);
  });

  it("names why a key is refused, in the locale asked for", () => {
    expect(parsePeriod("2023-H3")).toMatchObject({ ok: false, reason: "invalid_format" });
    expect(parsePeriod("2023-h1")).toMatchObject({ ok: false, reason: "invalid_format" });
    expect(parsePeriod(" 2023")).toMatchObject({ ok: false, reason: "invalid_format" });
    expect(parsePeriod("0999")).toMatchObject({ ok: false, reason: "year_out_of_range" });
    expect(parsePeriod("2023-13")).toMatchObject({ ok: false, reason: "invalid_date" });
    expect(parsePeriod("2023-00")).toMatchObject({ ok: false, reason: "invalid_date" });
    expect(parsePeriod("2023-02-29", { locale: "en" })).toEqual({
      ok: false,
      reason: "invalid_date",
      message: 'period "2023-02-29" is not a valid calendar date',
    });
    expect(parsePeriod("2023年").ok).toBe(false);
  });

  it("names a key that is not a string in words, never as String() prints it", () => {
    expect(parsePeriod(undefined as unknown as string, { locale: "en" })).toEqual({
      ok: false,
      reason: "invalid_format",
      message:
        'unrecognised period "a missing value"; expected 2023, 2023-H1, 2023-Q3, 2023-09 or 2023-09-20, or an interval such as 2021/2023, ../2023-09-25 or 2021/..',
    });
    expect(parsePeriod(new String("2023") as unknown as string).ok).toBe(false);
  });
});
