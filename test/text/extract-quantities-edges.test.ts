// The edges of extractQuantities: the span of a figure holds the qualifier written before it,
// a range's included (its label never does), and figures in scopes, codes and ordinals.
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";

const spans = (text: string) =>
  extractQuantities(text).map((figure) => [figure.text, figure.start, figure.end, figure.label]);

describe("extractQuantities at its edges", () => {
  it("spans the qualifier before a range, which stays a range and out of the label", () => {
    expect(spans("参加人数约三四十人")).toEqual([["约三四十人", 4, 9, "参加人数"]]);
    expect(spans("参加人数约30至40人")).toEqual([["约30至40人", 4, 11, "参加人数"]]);
    expect(spans("志愿者近30-40人")).toEqual([["近30-40人", 3, 10, "志愿者"]]);
    expect(extractQuantities("参加人数约三四十人")[0]?.quantity).toEqual({
      value: 30,
      upper: 40,
      unit: "人",
      comparator: "range",
      precision: 10,
    });
  });

  it("reads a figure after an ordinal's number, and no figure inside it", () => {
    const figures = (text: string) => extractQuantities(text).map((figure) => figure.text);
    expect(figures("第1.5期共5人")).toEqual(["5人"]);
    expect(figures("第1,000名共5人")).toEqual(["5人"]);
    expect(figures("第三批5人")).toEqual(["5人"]);
    expect(figures("第七版")).toEqual([]);
  });

  it("takes digits right after a Latin letter for a code, and digits after other marks for figures", () => {
    const figures = (text: string) => extractQuantities(text).map((figure) => figure.text);
    expect(figures("G20峰会5人")).toEqual(["5人"]);
    expect(figures("A4纸100张")).toEqual(["100张"]);
    expect(figures("a4纸100张")).toEqual(["100张"]);
    for (const code of ["Z5人", "z5人"]) expect(figures(code), code).toEqual([]);
    // The characters around the Latin letters are no letters.
    for (const mark of ["@", "[", "`", "{"]) expect(figures(`${mark}5人`), mark).toEqual(["5人"]);
    expect(figures("共5人G20")).toEqual(["5人"]);
  });

  it("carries a qualifier before a colon to the figures of its sentence, not past it", () => {
    const read = (text: string) =>
      extractQuantities(text).map((figure) => [figure.text, figure.quantity.comparator]);
    expect(read("不低于：14个，5个")).toEqual([
      ["14个", "gte"],
      ["5个", "gte"],
    ]);
    expect(read("不低于:14个；5个")).toEqual([
      ["14个", "gte"],
      ["5个", "gte"],
    ]);
    expect(read("不低于：14个。5个")).toEqual([
      ["14个", "gte"],
      ["5个", "eq"],
    ]);
    expect(read("不低于：14个\n5个")).toEqual([
      ["14个", "gte"],
      ["5个", "eq"],
    ]);
    expect(read("人数：14个")).toEqual([["14个", "eq"]]);
  });

  it("lets a figure's own qualifier win over the colon's", () => {
    const read = (text: string) =>
      extractQuantities(text).map((figure) => [figure.text, figure.quantity.comparator]);
    expect(read("不低于：约14个")).toEqual([["约14个", "approx"]]);
    expect(read("不低于：14余个")).toEqual([["14余个", "gt"]]);
  });

  it("carries a qualifier before 占 to the next figure of its clause only", () => {
    const read = (text: string) =>
      extractQuantities(text).map((figure) => [figure.text, figure.quantity.comparator]);
    expect(read("约占总人口的38%和5个")).toEqual([
      ["38%", "approx"],
      ["5个", "eq"],
    ]);
    expect(read("約佔總人口的38%")).toEqual([["38%", "approx"]]);
    expect(read("占总人口的38%")).toEqual([["38%", "eq"]]);
    for (const mark of ["，", ",", "、", "；", ";"]) {
      expect(read(`约占总人口${mark}38%`), mark).toEqual([["38%", "eq"]]);
    }
  });

  it("looks at most 40 characters from 占 for the figure of its clause", () => {
    const comparator = (text: string) => extractQuantities(text)[0]?.quantity.comparator;
    expect(comparator(`约占${"口".repeat(39)}38%`)).toBe("approx");
    expect(comparator(`约占${"口".repeat(40)}38%`)).toBe("eq");
  });

  it("reads 数 before a unit as a vague number, and as a word before anything else", () => {
    const read = (text: string) =>
      extractQuantities(text).map((figure) => [figure.text, figure.start, figure.quantity]);
    expect(read("數百人")).toEqual([
      ["數百人", 0, { value: 200, upper: 900, unit: "人", comparator: "range", precision: 100 }],
    ]);
    expect(read("数据显示数十人")).toEqual([
      ["数十人", 4, { value: 20, upper: 90, unit: "人", comparator: "range", precision: 10 }],
    ]);
    expect(read("数据5人")).toEqual([
      ["5人", 2, { value: 5, unit: "人", comparator: "eq", precision: 1 }],
    ]);
    expect(read("上半年5人").map(([text]) => text)).toEqual(["5人"]);
    expect(read("成立5个").map(([text]) => text)).toEqual(["5个"]);
  });

  it("spans the input as written around a dropped gloss", () => {
    expect(spans("團結(jié)5人")).toEqual([["5人", 7, 9, "團結"]]);
    expect(spans("5人(jié)后")).toEqual([["5人", 0, 2, undefined]]);
    expect(spans("共(gòng)5人")).toEqual([["5人", 7, 9, undefined]]);
  });

  it("leaves the label out of a figure that has none, rather than writing it undefined", () => {
    const [first, second] = extractQuantities("，100人，知晓率99%");
    expect(first).toStrictEqual({
      quantity: { value: 100, unit: "人", comparator: "eq", precision: 1 },
      start: 1,
      end: 5,
      text: "100人",
    });
    expect(second?.label).toBe("知晓率");
  });

  it("never reaches a label back into the figure before it", () => {
    const figures = extractQuantities("一亿二千万人两千人");
    expect(figures.map((figure) => [figure.text, figure.label])).toEqual([
      ["一亿二千万人", undefined],
      ["两千人", undefined],
    ]);
  });

  it("reads 约 with the verb that joins it to the number as one qualifier", () => {
    const read = (text: string) =>
      extractQuantities(text).map((figure) => [
        figure.text,
        figure.label,
        figure.quantity.comparator,
        figure.quantity.value,
      ]);
    expect(read("人口约为3.2万人")).toEqual([["约为3.2万人", "人口", "approx", 32000]]);
    expect(read("约有3000人参加")).toEqual([["约有3000人", undefined, "approx", 3000]]);
    expect(read("約有3000人")).toEqual([["約有3000人", undefined, "approx", 3000]]);
    expect(read("大约有上万人")).toEqual([["大约有上万人", undefined, "approx", 10000]]);
    expect(read("约达5万人")).toEqual([["约达5万人", undefined, "approx", 50000]]);
  });

  it("finds no figure in a period named with a number and a period noun", () => {
    expect(extractQuantities("1季度")).toEqual([]);
    expect(extractQuantities("十四五期间")).toEqual([]);
    expect(extractQuantities("前3季度共5人").map((figure) => figure.text)).toEqual(["5人"]);
  });

  it("carries 佔 like 占 to the next figure of its clause only", () => {
    expect(
      extractQuantities("約佔總人口的38%和5個").map((figure) => figure.quantity.comparator),
    ).toEqual(["approx", "eq"]);
  });

  it("reads no figure in an ordinal written in Chinese numerals", () => {
    expect(extractQuantities("第二十三个")).toEqual([]);
  });
});
