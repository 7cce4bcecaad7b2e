/**
 * The structure of a region code, read without producing messages, so the index and the
 * credit-code check can classify thousands of codes cheaply.
 *
 * @internal
 */
import { describeValue } from "../core/describe-value";
import type { RegionLevel } from "./types";

/** Province prefixes of GB/T 2260 as numbers: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82. */
const PROVINCE_PREFIXES: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
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

/**
 * A region code split into its levels. Every code here is in canonical form: the shortest
 * length that names the region (6 digits for province, prefecture and county, 9 for a
 * township, 12 for a village), so `150105000000` reads as `150105`.
 *
 * @category region
 */
export interface ParsedRegionCode {
  /** The canonical code of the region itself. */
  readonly code: string;
  /** The level the code names. */
  readonly level: RegionLevel;
  /** The province it lies in, such as `150000`. */
  readonly provinceCode: string;
  /** The prefecture part as a code (`150100`); absent for a province. For 省直辖县级 units (429004) it is the `XX9000` group code. */
  readonly prefectureCode?: string;
  /** The county it lies in (`150105`); absent above county level and for townships of 不设区的地级市 (东莞 441900). */
  readonly countyCode?: string;
  /** The township it lies in (`150105001`); present for townships and villages only. */
  readonly townshipCode?: string;
}

/** A structural failure with the part that is wrong, for the message. */
export interface RegionCodeDefect {
  readonly reason: RegionCodeFailureReason;
  readonly part: string;
}

const ZERO = 48;
const NINE = 57;

/** Whether every character of a non-empty string is an ASCII digit. */
function isDigits(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/** Whether the digits of `code` from `from` up to `to` are all zero; absent digits count as zero. */
function zeros(code: string, from: number, to: number): boolean {
  const end = Math.min(to, code.length);
  for (let i = from; i < end; i++) if (code.charCodeAt(i) !== ZERO) return false;
  return true;
}

/**
 * Which structural rule a code breaks, or `undefined` for a well-formed code. Allocates nothing
 * for a well-formed code, since schemas check every code of a report.
 */
export function regionCodeDefect(code: string): RegionCodeDefect | undefined {
  const length = code.length;
  if ((length !== 6 && length !== 9 && length !== 12) || !isDigits(code)) {
    return { reason: "invalid_format", part: code };
  }
  const province = (code.charCodeAt(0) - ZERO) * 10 + (code.charCodeAt(1) - ZERO);
  if (!PROVINCE_PREFIXES.has(province)) {
    return { reason: "unknown_province", part: code.slice(0, 2) };
  }
  const noPrefecture = zeros(code, 2, 4);
  if (noPrefecture && !zeros(code, 4, 6)) {
    return { reason: "county_without_prefecture", part: code.slice(4, 6) };
  }
  if (!zeros(code, 6, 9)) {
    // A township part is 001–599: three digits above 599 start with 6 or more.
    if (code.charCodeAt(6) > ZERO + 5) {
      return { reason: "invalid_township", part: code.slice(6, 9) };
    }
    // 不设区的地级市 (东莞 441900, 中山 442000) hold townships directly, with county part 00.
    if (noPrefecture) return { reason: "township_without_prefecture", part: code.slice(6, 9) };
  } else if (!zeros(code, 9, 12)) {
    return { reason: "village_without_township", part: code.slice(9, 12) };
  }
  return undefined;
}

/**
 * Splits a code, or says which rule it breaks. Digits are compared in place, and only the
 * codes the structure holds are built, since the index reads every code of a national list.
 */
export function readRegionCode(code: unknown): ParsedRegionCode | RegionCodeDefect {
  if (typeof code !== "string") return { reason: "invalid_format", part: describeValue(code) };
  const defect = regionCodeDefect(code);
  if (defect !== undefined) return defect;
  const length = code.length;
  const province = code.slice(0, 2);
  const noPrefecture = zeros(code, 2, 4);
  const noCounty = zeros(code, 4, 6);
  const noTownship = zeros(code, 6, 9);
  const noVillage = zeros(code, 9, 12);

  const provinceCode = `${province}0000`;
  if (noPrefecture) return { code: provinceCode, level: "province", provinceCode };
  const prefectureCode = noCounty && length === 6 ? code : `${code.slice(0, 4)}00`;
  if (noTownship) {
    if (noCounty) {
      return { code: prefectureCode, level: "prefecture", provinceCode, prefectureCode };
    }
    const countyCode = length === 6 ? code : code.slice(0, 6);
    return { code: countyCode, level: "county", provinceCode, prefectureCode, countyCode };
  }
  const townshipCode = length === 9 ? code : code.slice(0, 9);
  const level = noVillage ? "township" : "village";
  const own = noVillage ? townshipCode : code;
  return noCounty
    ? { code: own, level, provinceCode, prefectureCode, townshipCode }
    : {
        code: own,
        level,
        provinceCode,
        prefectureCode,
        countyCode: code.slice(0, 6),
        townshipCode,
      };
}

/** Tells a structure from a defect. */
export function isDefect(read: ParsedRegionCode | RegionCodeDefect): read is RegionCodeDefect {
  return "reason" in read;
}

/** The canonical code of the nearest higher level, from a structure. */
export function parentOfStructure(structure: ParsedRegionCode): string | undefined {
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
export function codeStartsWithin(code: string, ancestor: ParsedRegionCode): boolean {
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
