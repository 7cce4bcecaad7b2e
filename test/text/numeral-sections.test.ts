import { describe, expect, it } from "vitest";
import { readSections } from "../../src/text/numeral-sections";
import { Sections } from "../../src/text/numeral-state";
import { finishSections } from "../../src/text/numeral-units";

function read(text: string, high = false) {
  const s = new Sections();
  readSections(text, 0, s, high);
  const ok = finishSections(s);
  return { end: s.end, ok, value: ok ? s.total.toNumber() : undefined, place: s.place };
}

describe("the section algorithm", () => {
  it("adds digits times small units into a section and closes it at 万 or 亿", () => {
    expect(read("三千零五十")).toMatchObject({ ok: true, value: 3050, place: 1 });
    expect(read("十五")).toMatchObject({ value: 15, place: 0 });
    expect(read("一万零三百")).toMatchObject({ value: 10300, place: 2 });
    expect(read("一亿二千万")).toMatchObject({ value: 120_000_000, place: 7 });
    expect(read("三万亿")).toMatchObject({ value: 3e12, place: 12 });
  });

  it("reads the colloquial tail of a Chinese digit after a unit", () => {
    expect(read("一千五")).toMatchObject({ value: 1500, place: 2 });
    expect(read("一万五")).toMatchObject({ value: 15000, place: 3 });
  });

  it("reads either end of an approximate digit", () => {
    expect(read("三四十")).toMatchObject({ value: 30 });
    expect(read("三四十", true)).toMatchObject({ value: 40 });
    expect(read("几百", true)).toMatchObject({ value: 900 });
    expect(read("数十")).toMatchObject({ value: 20, end: 2 });
  });

  it("refuses what no writer writes", () => {
    for (const text of ["十百", "百十百", "万万", "亿亿", "3.5万5", "1万5", "二〇二三万"]) {
      expect(read(text).ok, text).toBe(false);
    }
  });

  it("stops at a Chinese decimal point for the caller to read the fraction", () => {
    const s = new Sections();
    readSections("三点五", 0, s, false);
    expect(s.atPoint).toBe(true);
    expect(s.end).toBe(1);
  });
});
