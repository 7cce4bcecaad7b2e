import { describe, expect, it } from "vitest";
import { cnRegionHistory } from "../../../src/cn-regions/history/cn-region-history";
import { cnRegionHistorySource } from "../../../src/cn-regions/history/data.generated";
import type { RegionHistoryRecord } from "../../../src/region/region-history";

const recordsOf = (code: string): readonly RegionHistoryRecord[] =>
  cnRegionHistory.records.filter((record) => record.code === code);

describe("cnRegionHistory", () => {
  it("holds 同仁县 as the doc example shows", () => {
    const tongren = cnRegionHistory.records.find((record) => record.code === "632321");
    expect(tongren?.name).toBe("同仁县");
    expect(tongren?.end).toBe(2020);
    expect(tongren?.successors.map((successor) => successor.code)).toEqual(["632301"]);
  });

  it("records its source, commit and licence, and how much it holds", () => {
    expect(cnRegionHistorySource.licence).toBe("CC0-1.0");
    expect(cnRegionHistorySource.lastYear).toBe(2024);
    expect(cnRegionHistorySource).toMatchObject({
      dataset: "areacodes",
      repository: "yescallop/areacodes",
      commit: "eed219a0678d36bacaa717f62443b10e869f0291",
      firstYear: 1981,
      records: cnRegionHistory.records.length,
    });
    // result.csv has one line per record: 6,824 lines with its header.
    expect(cnRegionHistory.records).toHaveLength(6823);
    expect(new Set(cnRegionHistory.records.map((record) => record.code)).size).toBe(
      cnRegionHistorySource.codes,
    );
    expect([cnRegionHistory.firstYear, cnRegionHistory.lastYear]).toEqual([1981, 2024]);
  });

  it("keeps each code's records in year order, never overlapping", () => {
    let previous: RegionHistoryRecord | undefined;
    for (const record of cnRegionHistory.records) {
      expect(record.code).toMatch(/^\d{6}$/);
      if (previous !== undefined && previous.code === record.code) {
        expect(previous.end).toBeDefined();
        expect(previous.end as number).toBeLessThanOrEqual(record.start);
      } else if (previous !== undefined) {
        expect(previous.code < record.code).toBe(true);
      }
      if (record.end === undefined) expect(record.successors).toEqual([]);
      else expect(record.successors.length).toBeGreaterThan(0);
      previous = record;
    }
  });

  // 130121,井陉县,在用,1983,,130107[1992]: part of it went to 井陉矿区 in 1992.
  it("keeps the parts of an area that went elsewhere while it stayed in use", () => {
    const [jingxing] = recordsOf("130121");
    expect(jingxing?.end).toBe(undefined);
    expect(jingxing?.transfers.map((transfer) => [transfer.code, transfer.year])).toEqual([
      ["130107", 1992],
    ]);
  });

  it("keeps the approval of each change, with its number, date and source", () => {
    const [wuwei] = recordsOf("622321");
    expect(wuwei?.successors[0]?.approvals[0]).toEqual({
      title: "国务院关于同意甘肃省撤销武威县设立武威市给甘肃省人民政府的批复",
      number: "（85）国函字53号",
      date: "1985-04-15",
      source: "《国务院公报》1985年第12号第32页",
    });
  });

  it("cannot be modified", () => {
    expect(Object.isFrozen(cnRegionHistory.records)).toBe(true);
    expect(Object.isFrozen(cnRegionHistory.records[0])).toBe(true);
  });
});
