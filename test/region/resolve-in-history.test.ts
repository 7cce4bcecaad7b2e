import { describe, expect, it } from "vitest";
import type { RegionHistory, RegionHistoryRecord } from "../../src/region/region-history";
import { resolveInHistory } from "../../src/region/resolve-in-history";

const record = (
  code: string,
  name: string,
  start: number,
  end?: number,
  successors: readonly string[] = [],
): RegionHistoryRecord => ({
  code,
  name,
  level: "county",
  start,
  ...(end === undefined ? {} : { end }),
  successors: successors.map((successor) => ({
    code: successor,
    year: end ?? start,
    approvals: [],
  })),
  successorsFromCounties: false,
  transfers: [],
});

// A history no dataset has: a retired county whose area went nowhere, and two codes that
// name each other as successors.
const history: RegionHistory = {
  firstYear: 2000,
  lastYear: 2010,
  records: [
    record("110101", "甲县", 2000, 2005),
    record("110102", "乙县", 2000, 2003, ["110103"]),
    record("110103", "丙县", 2003, 2004, ["110102"]),
    record("110102", "乙县", 2004),
  ],
};

describe("resolveInHistory", () => {
  it("says when a retired code's area went nowhere", () => {
    expect(resolveInHistory(history, "110101", undefined, "zh-CN")).toEqual({
      ok: false,
      reason: "no_successor",
      message: "区划代码 110101（甲县）于 2005 年撤销，没有承接其区域的区划",
    });
  });

  it("follows each record once, so a code that comes back ends the walk", () => {
    const result = resolveInHistory(history, "110102", 2001, "en");
    expect(result).toMatchObject({
      ok: true,
      value: {
        current: [{ code: "110102", name: "乙县" }],
        changes: [
          { year: 2003, kind: "recoded" },
          { year: 2004, kind: "recoded" },
        ],
      },
    });
  });
});
