import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "../../src/text/parse-chinese-number";

const numeralChars = [
  ..."〇零一二两三四五六七八九十百千万亿萬億兩壹贰叁肆伍陆柒捌玖拾佰仟0123456789.,-余多第",
];

/** Writes a whole number below 1亿 the standard way (一千零五, 三万零二十). */
function toChinese(value: number): string {
  const digits = "零一二三四五六七八九";
  const section = (n: number, leadingZero: boolean): string => {
    let text = "";
    let zero = leadingZero;
    for (const [unit, size] of [
      ["千", 1000],
      ["百", 100],
      ["十", 10],
      ["", 1],
    ] as const) {
      const digit = Math.floor(n / size) % 10;
      if (digit === 0) {
        if (text !== "" || zero) zero = true;
        continue;
      }
      if (zero && (text !== "" || leadingZero)) text += "零";
      zero = false;
      text += digits[digit] + unit;
    }
    return text;
  };
  if (value === 0) return "零";
  const high = Math.floor(value / 10000);
  const low = value % 10000;
  const highText = high > 0 ? `${section(high, false)}万` : "";
  const lowText = low > 0 ? section(low, high > 0 && low < 1000) : "";
  return highText + lowText;
}

describe("parseChineseNumber properties", () => {
  it("never throws and never returns NaN or an infinity, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) => {
        const value = parseChineseNumber(text);
        expect(value === undefined || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on random mixes of numeral characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...numeralChars), { maxLength: 40 }), (chars) => {
        const value = parseChineseNumber(chars.join(""));
        expect(value === undefined || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back every whole number below 1亿 written in Chinese numerals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (value) => {
        expect(parseChineseNumber(toChinese(value))).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back Arabic numerals, with or without thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(parseChineseNumber(String(value))).toBe(value);
        expect(parseChineseNumber(value.toLocaleString("en-US"))).toBe(value);
      }),
    );
  });

  it("scales decimals by 万 and 亿 exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 4 }),
        (n, places) => {
          const written = places === 0 ? String(n) : (n / 10 ** places).toFixed(places);
          expect(parseChineseNumber(`${written}万`)).toBe(Number(`${n}e${4 - places}`));
          expect(parseChineseNumber(`${written}亿`)).toBe(Number(`${n}e${8 - places}`));
        },
      ),
    );
  });
});
