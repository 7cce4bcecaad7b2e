import { describeValue } from "../core/describe-value";
import { formatMessage } from "../core/labels";
import type { Locale } from "../core/locale";
import { resolveLocale } from "../core/locale";
import { failure, type Result, success } from "../core/result";
import {
  isDefect,
  type ParsedRegionCode,
  type RegionCodeFailureReason,
  readRegionCode,
} from "./region-code-structure";
import { regionCodeMessages } from "./region-messages";

export type { ParsedRegionCode, RegionCodeFailureReason } from "./region-code-structure";

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
  const message = formatMessage(regionCodeMessages[read.reason], resolveLocale(options.locale), {
    // A malformed code may be empty or hold spaces, so it is quoted; a well-formed one is not.
    code: read.reason === "invalid_format" ? quote(code) : code,
    part: read.part,
  });
  return failure(read.reason, message);
}

function quote(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : describeValue(value);
}
