import { describe, expect, it } from "vitest";
import { resolveRegionCode } from "../../../src/cn-regions/history/resolve-region-code";

// Each case is checked against the dataset's own rows (areacodes result.csv at eed219a, columns
// 代码, 名称, 状态, 启用时间, 变更/弃用时间, 新代码), quoted above it.
describe("resolveRegionCode", () => {
  it("resolves 同仁县 as the doc example shows", () => {
    const tongren = resolveRegionCode("632321");
    expect(tongren.ok && tongren.value.current).toEqual([{ code: "632301", name: "同仁市" }]);
    expect(tongren.ok && tongren.value.changes[0]?.year).toBe(2020);
    expect(tongren.ok && tongren.value.changes[0]?.approvals[0]?.number).toBe("民函〔2020〕63号");
    const qiaodong = resolveRegionCode("130103");
    expect(qiaodong.ok && qiaodong.value.current.map((region) => region.name)).toEqual([
      "长安区",
      "桥西区",
    ]);
    expect(qiaodong.ok && qiaodong.value.oneToOne).toBe(false);
  });

  // 632321,同仁县,弃用,1981,2020,632301 — 632301,同仁市,在用,2020,,
  it("follows 同仁县 to 同仁市 with the year and the approval", () => {
    expect(resolveRegionCode("632321")).toEqual({
      ok: true,
      value: {
        code: "632321",
        name: "同仁县",
        inUse: false,
        current: [{ code: "632301", name: "同仁市" }],
        changes: [
          {
            year: 2020,
            kind: "recoded",
            from: { code: "632321", name: "同仁县" },
            to: [{ code: "632301", name: "同仁市" }],
            approvals: [
              {
                title: "民政部关于同意青海省撤销同仁县设立县级同仁市的批复（节选）",
                number: "民函〔2020〕63号",
                date: "2020-06-12",
              },
            ],
            fromCounties: false,
          },
        ],
        oneToOne: true,
      },
    });
  });

  // A rename. 371324,苍山县,变更,1994,2014,371324 — 371324,兰陵县,在用,2014,,
  it("resolves a renamed code to itself under its new name", () => {
    const result = resolveRegionCode("371324", { year: 2010 });
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: "苍山县",
        inUse: false,
        current: [{ code: "371324", name: "兰陵县" }],
        changes: [{ year: 2014, kind: "renamed", approvals: [{ number: "民函〔2014〕6号" }] }],
        oneToOne: true,
      },
    });
    // Without a year, the code in use now: nothing to follow.
    expect(resolveRegionCode("371324")).toMatchObject({
      ok: true,
      value: { name: "兰陵县", inUse: true, changes: [], oneToOne: true },
    });
  });

  // A merger. 320602,崇川区,弃用,1991,2020,320613 — 320611,港闸区,弃用,1991,2020,320613 —
  // 320613,崇川区,在用,2020,,
  it("resolves both parts of a merger to the new code, not one-to-one", () => {
    for (const [code, name] of [
      ["320602", "崇川区"],
      ["320611", "港闸区"],
    ]) {
      expect(resolveRegionCode(code as string)).toMatchObject({
        ok: true,
        value: {
          name,
          current: [{ code: "320613", name: "崇川区" }],
          changes: [{ year: 2020, kind: "merged", approvals: [{ number: "国函〔2020〕79号" }] }],
          oneToOne: false,
        },
      });
    }
  });

  // A split. 130103,桥东区,弃用,1983,2014,130102;130104
  it("lists every successor of a split", () => {
    expect(resolveRegionCode("130103")).toMatchObject({
      ok: true,
      value: {
        current: [
          { code: "130102", name: "长安区" },
          { code: "130104", name: "桥西区" },
        ],
        changes: [{ year: 2014, kind: "split", approvals: [{ number: "国函〔2014〕122号" }] }],
        oneToOne: false,
      },
    });
  });

  // A code reused for another area. 132201,邢台市,变更,1981,1983,130502;130503;130504 —
  // 132201,南宫市,弃用,1986,1993,130581 — 130504,郊区,弃用,1983,1988,130502;130503
  it("resolves a reused code by the year it was written", () => {
    const city = resolveRegionCode("132201", { year: 1982 });
    expect(city).toMatchObject({ ok: true, value: { name: "邢台市", oneToOne: false } });
    if (city.ok) {
      expect(city.value.current.map((region) => region.code)).toEqual(["130502", "130503"]);
      expect(city.value.changes.slice(0, 2).map((change) => [change.year, change.kind])).toEqual([
        [1983, "split"],
        [1988, "split"],
      ]);
    }
    expect(resolveRegionCode("132201", { year: 1990 })).toMatchObject({
      ok: true,
      value: {
        name: "南宫市",
        current: [{ code: "130581", name: "南宫市" }],
        changes: [{ year: 1993, kind: "recoded" }],
        oneToOne: true,
      },
    });
    // Written in 1984, between the two: the last use before then.
    expect(resolveRegionCode("132201", { year: 1984 })).toMatchObject({
      ok: true,
      value: { name: "邢台市" },
    });
  });

  // Retired, never used again. 110103,崇文区,弃用,1981,2010,110101 (no later 110103 row).
  it("resolves a retired code that was never reused to the area that took it in", () => {
    expect(resolveRegionCode("110103", { year: 2020 })).toMatchObject({
      ok: true,
      value: {
        name: "崇文区",
        current: [{ code: "110101", name: "东城区" }],
        changes: [{ year: 2010, kind: "merged", approvals: [{ number: "国函〔2010〕55号" }] }],
      },
    });
  });

  // 132100,邯郸地区,地级,弃用,1981,1993,(no new code: its counties carry the changes)
  it("resolves a prefecture through its counties", () => {
    expect(resolveRegionCode("132100")).toMatchObject({
      ok: true,
      value: {
        current: [{ code: "130400", name: "邯郸市" }],
        changes: [{ year: 1993, kind: "merged", fromCounties: true }],
      },
    });
  });

  it("reads codes that today's rules reject but the history holds, and padded codes", () => {
    // 460001,通什市,弃用,1988,2001,469001
    expect(resolveRegionCode("460001")).toMatchObject({
      ok: true,
      value: { current: [{ code: "469001", name: "五指山市" }] },
    });
    expect(resolveRegionCode("632321000000")).toMatchObject({
      ok: true,
      value: { code: "632321" },
    });
  });

  it("fails with a reason for what it cannot resolve", () => {
    expect(resolveRegionCode("63232")).toMatchObject({ ok: false, reason: "invalid_code" });
    expect(resolveRegionCode("370103002")).toMatchObject({
      ok: false,
      reason: "below_county",
      message: "370103002 是乡级或村级代码；区划代码沿革只含县级及以上",
    });
    expect(resolveRegionCode("150199")).toMatchObject({
      ok: false,
      reason: "unknown_code",
      message: "1981–2024 年间没有用过区划代码 150199",
    });
    expect(resolveRegionCode("632301", { year: 2010 })).toMatchObject({
      ok: false,
      reason: "not_in_use",
      message: "区划代码 632301 在 2010 年未使用（2020–2024 年为 同仁市）",
    });
    expect(resolveRegionCode("632321", { year: 1900, locale: "en" })).toEqual({
      ok: false,
      reason: "year_out_of_range",
      message: "the year 1900 is outside the code history's 1981–2024",
    });
  });
});
