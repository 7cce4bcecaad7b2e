import { describe, expect, it } from "vitest";
import { isPeriodKey } from "../../src/period/is-period-key";
import { parsePeriod } from "../../src/period/parse-period";
import { periodContains } from "../../src/period/period-contains";
import { periodLabel } from "../../src/period/period-label";
import { periodRange } from "../../src/period/period-range";
import { samePeriodLastYear } from "../../src/period/same-period-last-year";
import { PeriodKeySchema } from "../../src/schemas/period";

describe("interval period keys", () => {
  it("reads closed, mixed and open intervals", () => {
    expect(parsePeriod("2021/2023")).toEqual({
      ok: true,
      value: {
        kind: "interval",
        start: { kind: "year", year: 2021 },
        end: { kind: "year", year: 2023 },
      },
    });
    expect(parsePeriod("2023-H1/2024-Q2")).toEqual({
      ok: true,
      value: {
        kind: "interval",
        start: { kind: "half", year: 2023, index: 1 },
        end: { kind: "quarter", year: 2024, index: 2 },
      },
    });
    expect(parsePeriod("../2023-09-25")).toEqual({
      ok: true,
      value: { kind: "interval", end: { kind: "day", year: 2023, index: 9, day: 25 } },
    });
    expect(parsePeriod("2021/..")).toEqual({
      ok: true,
      value: { kind: "interval", start: { kind: "year", year: 2021 } },
    });
    // An open end has no key at all, not even an undefined one.
    const open = parsePeriod("2021/..");
    expect(open.ok && Object.keys(open.value)).toEqual(["kind", "start"]);
  });

  it("refuses an interval whose ends overlap, so each end of the key is an end of the span", () => {
    for (const key of [
      "2023/2023",
      "2023/2023-05",
      "2023-09-30/2023-09",
      "2023/2023-H1",
      "2023-12/2023",
    ]) {
      expect(parsePeriod(key)).toMatchObject({ ok: false, reason: "overlapping_interval" });
    }
    expect(parsePeriod("2023-H1/2023-Q3").ok).toBe(true);
    expect(parsePeriod("2023-06-30/2023-07").ok).toBe(true);
    expect(parsePeriod("2023-10/2023-09")).toMatchObject({
      ok: false,
      reason: "reversed_interval",
    });
  });

  it("says why an overlapping interval is refused in every locale", () => {
    expect(parsePeriod("2023/2023")).toEqual({
      ok: false,
      reason: "overlapping_interval",
      message: "期间段“2023/2023”的两端重叠：前一期须在后一期开始之前结束（2023/2023 写作 2023）",
    });
    expect(parsePeriod("2023/2023-H1", { locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "overlapping_interval",
      message:
        "期間段「2023/2023-H1」的兩端重疊：前一期須在後一期開始之前結束（2023/2023 寫作 2023）",
    });
    expect(parsePeriod("2023-12/2023", { locale: "en" })).toEqual({
      ok: false,
      reason: "overlapping_interval",
      message:
        'the interval "2023-12/2023" has overlapping ends: its first period must end before its last begins (write 2023/2023 as 2023)',
    });
    expect(PeriodKeySchema.safeParse("2023/2023-H1").success).toBe(false);
  });

  it("refuses a reversed interval in every locale", () => {
    expect(parsePeriod("2023/2021")).toEqual({
      ok: false,
      reason: "reversed_interval",
      message: "期间段“2023/2021”的起点晚于终点",
    });
    expect(parsePeriod("2023/2021", { locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "reversed_interval",
      message: "期間段「2023/2021」的起點晚於終點",
    });
    expect(parsePeriod("2023-Q3/2023-06", { locale: "en" })).toEqual({
      ok: false,
      reason: "reversed_interval",
      message: 'the interval "2023-Q3/2023-06" starts after it ends',
    });
  });

  it("refuses malformed intervals, naming the whole key", () => {
    for (const key of [
      "../..",
      "2021/",
      "/2023",
      "2021/2022/2023",
      "2021 / 2023",
      "..2023",
      "2021/...",
    ]) {
      const parsed = parsePeriod(key, { locale: "en" });
      expect(parsed.ok ? key : parsed.reason).toBe("invalid_format");
    }
    expect(parsePeriod("2023/2023-13", { locale: "en" })).toEqual({
      ok: false,
      reason: "invalid_date",
      message: 'period "2023/2023-13" is not a valid calendar date',
    });
    expect(parsePeriod("0999/2023")).toEqual({
      ok: false,
      reason: "year_out_of_range",
      message: "期间“0999/2023”的年份须在 1000 到 9999 之间",
    });
    expect(parsePeriod("../..", { locale: "zh-TW" }).ok).toBe(false);
  });

  it("gives ranges without the open end", () => {
    expect(periodRange("2021/2023")).toEqual({
      ok: true,
      value: { start: "2021-01-01", end: "2023-12-31" },
    });
    expect(periodRange("2023-05/2023-09")).toEqual({
      ok: true,
      value: { start: "2023-05-01", end: "2023-09-30" },
    });
    expect(periodRange("2023-H1/2024-Q2")).toEqual({
      ok: true,
      value: { start: "2023-01-01", end: "2024-06-30" },
    });
    expect(periodRange("../2023-09-25")).toEqual({ ok: true, value: { end: "2023-09-25" } });
    expect(periodRange("2021/..")).toEqual({ ok: true, value: { start: "2021-01-01" } });
  });

  it("contains what lies between its ends, with open ends reaching without limit", () => {
    expect(periodContains("2021/2023", "2022-Q3")).toEqual({ ok: true, value: true });
    expect(periodContains("2021/2023", "2020/2021")).toEqual({ ok: true, value: false });
    expect(periodContains("2021/2023", "2023-05/2023-09")).toEqual({ ok: true, value: true });
    expect(periodContains("2023-05/2023-09", "2023")).toEqual({ ok: true, value: false });
    expect(periodContains("../2023-09-25", "1999-01-01")).toEqual({ ok: true, value: true });
    expect(periodContains("../2023-09-25", "2023-09")).toEqual({ ok: true, value: false });
    expect(periodContains("../2023-09-25", "../2023")).toEqual({ ok: true, value: false });
    expect(periodContains("../2023", "../2023-09-25")).toEqual({ ok: true, value: true });
    expect(periodContains("2021/..", "2099")).toEqual({ ok: true, value: true });
    expect(periodContains("2021/..", "2020-12-31")).toEqual({ ok: true, value: false });
    expect(periodContains("2021/2023", "2023/..")).toEqual({ ok: true, value: false });
    expect(periodContains("2023", "../2023-05")).toEqual({ ok: true, value: false });
    expect(periodContains("2023", "2023/2021", { locale: "en" })).toMatchObject({
      ok: false,
      reason: "reversed_interval",
    });
  });

  it("labels intervals in zh-CN, zh-TW and en", () => {
    const labels = (key: string) =>
      (["zh-CN", "zh-TW", "en"] as const).map((locale) => {
        const label = periodLabel(key, locale);
        return label.ok ? label.value : label.reason;
      });
    expect(labels("2021/2023")).toEqual(["2021年至2023年", "2021年至2023年", "2021 to 2023"]);
    expect(labels("../2023-09-25")).toEqual([
      "截至2023年9月25日",
      "截至2023年9月25日",
      "up to 25 September 2023",
    ]);
    expect(labels("2021/..")).toEqual(["2021年以来", "2021年以來", "since 2021"]);
    expect(labels("2023-H1/2024-Q2")).toEqual([
      "2023年上半年至2024年第二季度",
      "2023年上半年至2024年第二季",
      "H1 2023 to Q2 2024",
    ]);
    expect(labels("2023-05/2023-09")).toEqual([
      "2023年5月至2023年9月",
      "2023年5月至2023年9月",
      "May 2023 to September 2023",
    ]);
    expect(labels("2023/2021")).toEqual([
      "reversed_interval",
      "reversed_interval",
      "reversed_interval",
    ]);
  });

  it("moves a closed interval of at most a year back a year, and refuses the others", () => {
    expect(samePeriodLastYear("2023-05/2023-09")).toEqual({ ok: true, value: "2022-05/2022-09" });
    expect(samePeriodLastYear("2023-H2/2024-H1")).toEqual({ ok: true, value: "2022-H2/2023-H1" });
    expect(samePeriodLastYear("2023-03-01/2024-02-29")).toEqual({
      ok: true,
      value: "2022-03-01/2023-02-28",
    });
    expect(samePeriodLastYear("2023/2023")).toMatchObject({
      ok: false,
      reason: "overlapping_interval",
    });
    expect(samePeriodLastYear("2021/2023")).toEqual({
      ok: false,
      reason: "no_same_period",
      message: "期间“2021/2023”没有上年同期：开放或长于一年的期间段不能同比",
    });
    expect(samePeriodLastYear("2023-03-01/2024-03-01", { locale: "zh-TW" })).toEqual({
      ok: false,
      reason: "no_same_period",
      message: "期間「2023-03-01/2024-03-01」沒有上年同期：開放或長於一年的期間段不能同比",
    });
    expect(samePeriodLastYear("2021/..", { locale: "en" })).toEqual({
      ok: false,
      reason: "no_same_period",
      message:
        'period "2021/.." has no same period last year: an open interval, or one longer than a year, cannot be compared year on year',
    });
    expect(samePeriodLastYear("../2023-09-25").ok).toBe(false);
    expect(samePeriodLastYear("1000-01/1000-06")).toMatchObject({ reason: "year_out_of_range" });
  });

  it("is a period key for isPeriodKey and PeriodKeySchema, located when it is not", () => {
    expect(
      ["2021/2023", "../2023-09-25", "2021/..", "2023/2021", "../.."].map(isPeriodKey),
    ).toEqual([true, true, true, false, false]);
    expect(PeriodKeySchema.parse("2023-05/2023-09")).toBe("2023-05/2023-09");
    const reversed = PeriodKeySchema.safeParse("2023/2021");
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.message).toBe("期间段“2023/2021”的起点晚于终点");
    expect(PeriodKeySchema.safeParse("2023-02-30/2023-03").success).toBe(false);
    expect(PeriodKeySchema.safeParse("../..").success).toBe(false);
  });
});
