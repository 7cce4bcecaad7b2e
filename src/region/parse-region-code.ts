import { describeValue } from "../core/describe-value";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { failure, type Result, success } from "../core/result";
import { isDefect, type RegionCodeFailureReason, readRegionCode } from "./region-code-structure";
import { regionCodeMessages } from "./region-messages";
import type { RegionLevel } from "./types";

export type { RegionCodeFailureReason } from "./region-code-structure";

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

/**
 * Options of {@link parseRegionCode}.
 *
 * @category region
 */
export interface ParseRegionCodeOptions {
  /** The language of the failure message; defaults to `"zh-CN"`. */
  readonly locale?: Locale;
}

/**
 * Reads a region code (区划代码): 6-digit GB/T 2260, 9-digit township or 12-digit village
 * statistical code, checking its structure.
 *
 * The first two digits must be a GB/T 2260 province prefix; a county part needs a prefecture
 * part (municipal districts use `01`, as 110101; 省直辖县级 units use `90`, as 429004); a township
 * part is 001–599; a village part needs a township part. A code padded with zeros names its higher
 * level and comes back in canonical, shortest form: `150105000000` is the county `150105`.
 * Whether the region exists is a question for a {@link RegionIndex}, not for this function.
 *
 * @param code - The code as written.
 * @param options - `locale` of the failure message.
 * @returns The parts of the code, or a failure whose `reason` says which rule the code breaks.
 * @category region
 * @example
 * ```ts
 * parseRegionCode("150105000000")
 * //=> { ok: true, value: { code: "150105", level: "county", provinceCode: "150000", prefectureCode: "150100", countyCode: "150105" } }
 * parseRegionCode("160105").ok //=> false
 * ```
 */
export function parseRegionCode(
  code: string,
  options: ParseRegionCodeOptions = {},
): Result<ParsedRegionCode, RegionCodeFailureReason> {
  const read = readRegionCode(code);
  if (!isDefect(read)) return success(read);
  const message = formatMessage(regionCodeMessages[read.reason], options.locale ?? "zh-CN", {
    // A malformed code may be empty or hold spaces, so it is quoted; a well-formed one is not.
    code: read.reason === "invalid_format" ? quote(code) : code,
    part: read.part,
  });
  return failure(read.reason, message);
}

function quote(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : describeValue(value);
}
