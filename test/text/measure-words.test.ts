import { describe, expect, it } from "vitest";
import {
  compoundsWithTimes,
  isDurationUnit,
  measureWordEntries,
} from "../../src/text/measure-words";

const vocabulary = new Map(measureWordEntries());

describe("the measure-word vocabulary", () => {
  it("holds the classifiers of CC-CEDICT, read as their simplified form", () => {
    for (const [written, unit] of [
      ["份", "份"],
      ["块", "块"],
      ["塊", "块"],
      ["幅", "幅"],
      ["個", "个"],
      ["場", "场"],
      ["頭", "头"],
      ["屆", "届"],
      ["批", "批"],
      ["歲", "岁"],
    ]) {
      expect(vocabulary.get(written as string)).toBe(unit);
    }
  });

  it("holds the legal and statistical units, simplified and traditional", () => {
    for (const [written, unit] of [
      ["平方公里", "平方公里"],
      ["公頃", "公顷"],
      ["噸", "吨"],
      ["亩", "亩"],
      ["畝", "亩"],
      ["元", "元"],
      ["个百分点", "个百分点"],
      ["個百分點", "个百分点"],
      ["%", "%"],
      ["課時", "课时"],
      ["個月", "个月"],
      ["小時", "小时"],
    ]) {
      expect(vocabulary.get(written as string)).toBe(unit);
    }
  });

  it("leaves out the words a number before them does not count", () => {
    for (const word of [
      "点",
      "分",
      "秒",
      "打",
      "出",
      "发",
      "行",
      "路",
      "班",
      "下",
      "度",
      "年",
      "月",
      "日",
    ]) {
      expect(vocabulary.has(word)).toBe(false);
    }
  });

  it("lists every entry with a non-empty written form and unit", () => {
    for (const [written, unit] of measureWordEntries()) {
      expect(written.length).toBeGreaterThan(0);
      expect(unit.length).toBeGreaterThan(0);
      expect(written).not.toMatch(/\s|\//);
    }
  });

  it("forms X次 from a classifier, but not from 次, 名, 位 or a duration", () => {
    expect(compoundsWithTimes("人")).toBe(true);
    expect(compoundsWithTimes("场")).toBe(true);
    expect(compoundsWithTimes("条")).toBe(true);
    for (const unit of ["次", "名", "位", "天", "平方公里"])
      expect(compoundsWithTimes(unit)).toBe(false);
  });

  it("knows which units measure time", () => {
    for (const unit of ["年", "个月", "天", "小时", "周年"])
      expect(isDurationUnit(unit)).toBe(true);
    for (const unit of ["人", "个", "%"]) expect(isDurationUnit(unit)).toBe(false);
  });
});
