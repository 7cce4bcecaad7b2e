import { describe, expect, it } from "vitest";
import { periodLabel } from "../../src/period/period-label";

describe("periodLabel", () => {
  it("names periods as the doc example shows", () => {
    expect(periodLabel("2023-H1")).toEqual({ ok: true, value: "2023年上半年" });
    expect(periodLabel("2023-Q3", "en")).toEqual({ ok: true, value: "Q3 2023" });
  });

  it("names every kind in zh-CN", () => {
    expect(periodLabel("2023")).toEqual({ ok: true, value: "2023年" });
    expect(periodLabel("2023-H2")).toEqual({ ok: true, value: "2023年下半年" });
    expect(periodLabel("2023-Q3")).toEqual({ ok: true, value: "2023年第三季度" });
    expect(periodLabel("2023-09")).toEqual({ ok: true, value: "2023年9月" });
    expect(periodLabel("2023-09-20")).toEqual({ ok: true, value: "2023年9月20日" });
  });

  it("names periods in zh-TW and en", () => {
    expect(periodLabel("2023-Q1", "zh-TW")).toEqual({ ok: true, value: "2023年第一季" });
    expect(periodLabel("2023-H1", "zh-TW")).toEqual({ ok: true, value: "2023年上半年" });
    expect(periodLabel("2023", "en")).toEqual({ ok: true, value: "2023" });
    expect(periodLabel("2023-H1", "en")).toEqual({ ok: true, value: "H1 2023" });
    expect(periodLabel("2023-09", "en")).toEqual({ ok: true, value: "September 2023" });
    expect(periodLabel("2023-09-20", "en")).toEqual({ ok: true, value: "20 September 2023" });
  });

  it("fails with a message in the label's locale", () => {
    expect(periodLabel("2023-13", "en")).toEqual({
      ok: false,
      reason: "invalid_date",
      message: 'period "2023-13" is not a valid calendar date',
    });
  });
});
