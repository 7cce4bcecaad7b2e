import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import type { Failure, Success } from "../core/result";
import { isDefect, readRegionCode } from "../region/region-code-structure";

/**
 * The parts of a valid 统一社会信用代码 (unified social credit code, GB 32100-2015).
 *
 * @category unit
 */
export interface CreditCode {
  /** The 18 characters. */
  readonly code: string;
  /** Character 1, 登记管理部门代码: `1` 机构编制, `5` 民政, `9` 工商 (market regulation), `Y` 其他… */
  readonly department: string;
  /** Character 2, 机构类别代码: with department `9`, `1` 企业, `2` 个体工商户, `3` 农民专业合作社. */
  readonly category: string;
  /** Characters 3–8, the GB/T 2260 code of the registering authority (`100000` for a national one). */
  readonly regionCode: string;
  /** Characters 9–17, 主体标识码 (the organisation code). */
  readonly subjectCode: string;
  /** Character 18, 校验码. */
  readonly checkCharacter: string;
}

/**
 * Why a string is not a valid credit code: malformed (`invalid_length`, `invalid_character`,
 * `invalid_department`, `invalid_category`, `invalid_region_code`) or well-formed with a
 * wrong check character (`wrong_check_character`, likely a typo).
 *
 * @category unit
 */
export type CreditCodeFailureReason =
  | "invalid_length"
  | "invalid_character"
  | "invalid_department"
  | "invalid_category"
  | "invalid_region_code"
  | "wrong_check_character";

/**
 * A failed {@link validateCreditCode}: the reason, a message, the 1-based `position` of the
 * offending character where there is one, and the `expected` check character when only that
 * is wrong.
 *
 * @category unit
 */
export interface CreditCodeFailure extends Failure<CreditCodeFailureReason> {
  /** 1-based position of the offending character. */
  readonly position?: number;
  /** The check character the first 17 characters call for. */
  readonly expected?: string;
}

/**
 * Options of {@link validateCreditCode}.
 *
 * @category unit
 */
export interface ValidateCreditCodeOptions {
  /** The language of the failure message; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/** GB 32100-2015 code characters: digits and capitals without I, O, S, V, Z. */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** 机构类别 allowed for each 登记管理部门 (GB 32100-2015, 表 1). */
const CATEGORIES: Readonly<Record<string, string>> = {
  "1": "1239", // 机构编制: 机关, 事业单位, 编办直接管理机构编制的群众团体, 其他
  "2": "19", // 外交: 外国常驻新闻机构, 其他
  "3": "123459", // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  "4": "19", // 文化: 外国在华文化中心, 其他
  "5": "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  "6": "129", // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
  "7": "129", // 宗教: 宗教活动场所, 宗教院校, 其他
  "8": "19", // 工会: 基层工会, 其他
  "9": "123", // 工商: 企业, 个体工商户, 农民专业合作社
  A: "19", // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: "1", // 其他
};

/** The code of the whole country, used by national registering authorities. */
const NATIONAL = "100000";

const MESSAGES: { readonly [R in CreditCodeFailureReason]: LocalizedText } = {
  invalid_length: {
    "zh-CN": "统一社会信用代码须为 18 位，收到 {length} 位",
    "zh-TW": "統一社會信用代碼須為 18 位，收到 {length} 位",
    en: "a unified social credit code has 18 characters; got {length}",
  },
  invalid_character: {
    "zh-CN":
      "第 {position} 位字符 {character} 不在代码字符集中（数字及除 I、O、S、V、Z 外的大写字母）",
    "zh-TW":
      "第 {position} 位字元 {character} 不在代碼字元集中（數字及除 I、O、S、V、Z 外的大寫字母）",
    en: "character {position} ({character}) is not a code character (digits and capitals except I, O, S, V, Z)",
  },
  invalid_department: {
    "zh-CN": "第 1 位登记管理部门代码 {character} 无效",
    "zh-TW": "第 1 位登記管理部門代碼 {character} 無效",
    en: "character 1 ({character}) is not a registration department code",
  },
  invalid_category: {
    "zh-CN": "第 2 位机构类别代码 {character} 不属于登记管理部门 {department}",
    "zh-TW": "第 2 位機構類別代碼 {character} 不屬於登記管理部門 {department}",
    en: "character 2 ({character}) is not an organisation category of department {department}",
  },
  invalid_region_code: {
    "zh-CN": "第 3–8 位 {region} 不是有效的行政区划代码",
    "zh-TW": "第 3–8 位 {region} 不是有效的行政區劃代碼",
    en: "characters 3–8 ({region}) are not a valid region code",
  },
  wrong_check_character: {
    "zh-CN": "校验码错误：第 18 位应为 {expected}，收到 {character}",
    "zh-TW": "校驗碼錯誤：第 18 位應為 {expected}，收到 {character}",
    en: "wrong check character: character 18 should be {expected}, got {character}",
  },
};

/**
 * Checks a 统一社会信用代码 (unified social credit code) against GB 32100-2015.
 *
 * The code has 18 characters from `0123456789ABCDEFGHJKLMNPQRTUWXY`; character 1 is a
 * registration department and character 2 one of that department's categories; characters
 * 3–8 are a structurally valid 6-digit region code (or `100000` for a national authority);
 * character 18 is the check character: with weights 3^(i−1) mod 31 on characters 1–17, it is
 * 31 − (Σ mod 31), where 31 becomes 0. The organisation code in characters 9–17 is not checked
 * further. Failures tell a malformed code (with the `position` at fault) from a wrong check
 * character (with the `expected` one).
 *
 * @param code - The code as written; letters must be capitals.
 * @param options - `locale` of the failure message.
 * @returns The parts of the code, or a failure with its reason.
 * @category unit
 * @example
 * ```ts
 * validateCreditCode("91350100M000100Y43").ok //=> true
 * validateCreditCode("91350100M000100Y44")
 * //=> { ok: false, reason: "wrong_check_character", message: "校验码错误：第 18 位应为 3，收到 4", position: 18, expected: "3" }
 * ```
 */
export function validateCreditCode(
  code: string,
  options: ValidateCreditCodeOptions = {},
): Success<CreditCode> | CreditCodeFailure {
  const locale = options.locale ?? "zh-CN";
  const fail = (
    reason: CreditCodeFailureReason,
    params: Readonly<Record<string, string | number>>,
    extra: { readonly position?: number; readonly expected?: string } = {},
  ): CreditCodeFailure => ({
    ok: false,
    reason,
    message: formatMessage(MESSAGES[reason], locale, params),
    ...extra,
  });

  if (typeof code !== "string" || code.length !== 18) {
    return fail("invalid_length", { length: typeof code === "string" ? code.length : 0 });
  }
  const values: number[] = [];
  for (let i = 0; i < 18; i++) {
    const value = CHARSET.indexOf(code.charAt(i));
    if (value === -1) {
      return fail(
        "invalid_character",
        { position: i + 1, character: JSON.stringify(code.charAt(i)) },
        { position: i + 1 },
      );
    }
    values.push(value);
  }
  const department = code.charAt(0);
  const categories = CATEGORIES[department];
  if (categories === undefined) {
    return fail("invalid_department", { character: department }, { position: 1 });
  }
  const category = code.charAt(1);
  if (!categories.includes(category)) {
    return fail("invalid_category", { character: category, department }, { position: 2 });
  }
  const regionCode = code.slice(2, 8);
  const region = readRegionCode(regionCode);
  if (regionCode !== NATIONAL && (isDefect(region) || region.code !== regionCode)) {
    return fail("invalid_region_code", { region: regionCode }, { position: 3 });
  }
  const expected = CHARSET.charAt(checkValue(values));
  const checkCharacter = code.charAt(17);
  if (checkCharacter !== expected) {
    return fail(
      "wrong_check_character",
      { expected, character: checkCharacter },
      { position: 18, expected },
    );
  }
  return {
    ok: true,
    value: {
      code,
      department,
      category,
      regionCode,
      subjectCode: code.slice(8, 17),
      checkCharacter,
    },
  };
}

/** 31 − (Σ value × 3^(i−1) mod 31) mod 31 over the first 17 characters. */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += (values[i] ?? 0) * weight;
    weight = (weight * 3) % 31;
  }
  return (31 - (sum % 31)) % 31;
}
