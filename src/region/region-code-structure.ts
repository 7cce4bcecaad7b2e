/**
 * The structure of a region code, read without producing messages, so the index and the
 * credit-code check can classify thousands of codes cheaply.
 *
 * @internal
 */
import type { RegionLevel } from "./types";

/** Province prefixes of GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82. */
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
]);

/**
 * Why a string is not a region code (行政区划代码).
 *
 * @category region
 */
export type RegionCodeFailureReason =
  | "invalid_format"
  | "unknown_province"
  | "county_without_prefecture"
  | "township_without_prefecture"
  | "invalid_township"
  | "village_without_township";

/** A code split into its parts, every part in canonical (shortest) form. */
export interface RegionCodeStructure {
  readonly code: string;
  readonly level: RegionLevel;
  readonly provinceCode: string;
  readonly prefectureCode?: string;
  readonly countyCode?: string;
  readonly townshipCode?: string;
}

/** A structural failure with the part that is wrong, for the message. */
export interface RegionCodeDefect {
  readonly reason: RegionCodeFailureReason;
  readonly part: string;
}

const DIGITS = /^\d+$/;

/** Splits a code, or says which rule it breaks. */
export function readRegionCode(code: unknown): RegionCodeStructure | RegionCodeDefect {
  if (typeof code !== "string") return { reason: "invalid_format", part: String(code) };
  const length = code.length;
  if ((length !== 6 && length !== 9 && length !== 12) || !DIGITS.test(code)) {
    return { reason: "invalid_format", part: code };
  }
  const province = code.slice(0, 2);
  if (!PROVINCE_PREFIXES.has(province)) return { reason: "unknown_province", part: province };
  const prefecture = code.slice(2, 4);
  const county = code.slice(4, 6);
  const township = length >= 9 ? code.slice(6, 9) : "000";
  const village = length === 12 ? code.slice(9, 12) : "000";

  if (prefecture === "00" && county !== "00") {
    return { reason: "county_without_prefecture", part: county };
  }
  if (township !== "000") {
    if (township > "599") return { reason: "invalid_township", part: township };
    // 不设区的地级市 (东莞 441900, 中山 442000) hold townships directly, with county part 00.
    if (prefecture === "00") return { reason: "township_without_prefecture", part: township };
  } else if (village !== "000") {
    return { reason: "village_without_township", part: village };
  }

  const provinceCode = `${province}0000`;
  if (prefecture === "00") return { code: provinceCode, level: "province", provinceCode };
  const prefectureCode = `${province}${prefecture}00`;
  const countyCode = county === "00" ? undefined : code.slice(0, 6);
  const withCounty = countyCode === undefined ? {} : { countyCode };
  if (township === "000") {
    return countyCode === undefined
      ? { code: prefectureCode, level: "prefecture", provinceCode, prefectureCode }
      : { code: countyCode, level: "county", provinceCode, prefectureCode, countyCode };
  }
  const townshipCode = code.slice(0, 9);
  if (village === "000") {
    return {
      code: townshipCode,
      level: "township",
      provinceCode,
      prefectureCode,
      ...withCounty,
      townshipCode,
    };
  }
  return {
    code: code,
    level: "village",
    provinceCode,
    prefectureCode,
    ...withCounty,
    townshipCode,
  };
}

/** Tells a structure from a defect. */
export function isDefect(read: RegionCodeStructure | RegionCodeDefect): read is RegionCodeDefect {
  return "reason" in read;
}

/** The canonical code of the nearest higher level, from a structure. */
export function parentOfStructure(structure: RegionCodeStructure): string | undefined {
  switch (structure.level) {
    case "province":
      return undefined;
    case "prefecture":
      return structure.provinceCode;
    case "county":
      return structure.prefectureCode;
    case "township":
      return structure.countyCode ?? structure.prefectureCode;
    case "village":
      return structure.townshipCode;
  }
}

/** Whether canonical `code` equals or lies below canonical `ancestor`, by the codes alone. */
export function codeStartsWithin(code: string, ancestor: RegionCodeStructure): boolean {
  switch (ancestor.level) {
    case "province":
      return code.startsWith(ancestor.code.slice(0, 2));
    case "prefecture":
      return code.startsWith(ancestor.code.slice(0, 4));
    case "county":
    case "township":
    case "village":
      return code.startsWith(ancestor.code);
  }
}
