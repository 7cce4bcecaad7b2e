import { describe, expect, it } from "vitest";
import { regionNameAt } from "../../../src/cn-regions/history/region-name-at";

describe("regionNameAt", () => {
  it("names 632321 in 2015 as the doc example shows", () => {
    expect(regionNameAt("632321", 2015)).toEqual({
      ok: true,
      value: {
        code: "632321",
        name: "同仁县",
        level: "county",
        year: 2015,
        start: 1981,
        end: 2020,
        inUseNow: false,
      },
    });
    const cangshan = regionNameAt("371324", 2010);
    expect(cangshan.ok && [cangshan.value.name, cangshan.value.nameNow]).toEqual([
      "苍山县",
      "兰陵县",
    ]);
    expect(regionNameAt("632321", 2021).ok).toBe(false);
  });

  // 632321,同仁县,弃用,1981,2020: in the list of 2019 (as of 31 December), not in that of 2020.
  it("reads a year at its end", () => {
    expect(regionNameAt("632321", 2019)).toMatchObject({ ok: true, value: { name: "同仁县" } });
    expect(regionNameAt("632321", 2020)).toMatchObject({ ok: false, reason: "not_in_use" });
    expect(regionNameAt("632301", 2020)).toMatchObject({
      ok: true,
      value: { name: "同仁市", start: 2020, inUseNow: true, nameNow: "同仁市" },
    });
  });

  // 132201,邢台市,变更,1981,1983 — 132201,南宫市,弃用,1986,1993
  it("names each area a reused code had, and says when it was not in use", () => {
    expect(regionNameAt("132201", 1982)).toMatchObject({ ok: true, value: { name: "邢台市" } });
    expect(regionNameAt("132201", 1990)).toMatchObject({ ok: true, value: { name: "南宫市" } });
    expect(regionNameAt("132201", 1984)).toEqual({
      ok: false,
      reason: "not_in_use",
      message: "区划代码 132201 在 1984 年未使用（1981–1982 年为 邢台市；1986–1992 年为 南宫市）",
    });
    expect(regionNameAt("132201", 1984, { locale: "en" })).toMatchObject({
      message:
        "region code 132201 was not in use in 1984 (邢台市 in 1981–1982; 南宫市 in 1986–1992)",
    });
  });

  it("covers prefectures and provinces, and only the years of the history", () => {
    expect(regionNameAt("132100", 1985)).toMatchObject({
      ok: true,
      value: { name: "邯郸地区", level: "prefecture", inUseNow: false },
    });
    expect(regionNameAt("460000", 1990)).toMatchObject({ ok: true, value: { level: "province" } });
    expect(regionNameAt("632321", 1980)).toMatchObject({ ok: false, reason: "year_out_of_range" });
    expect(regionNameAt("632321", 2025)).toMatchObject({ ok: false, reason: "year_out_of_range" });
    expect(regionNameAt("632321", 2015.5)).toMatchObject({
      ok: false,
      reason: "year_out_of_range",
    });
    expect(regionNameAt("not a code", 2015)).toMatchObject({ ok: false, reason: "invalid_code" });
  });
});
