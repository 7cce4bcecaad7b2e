import { normalizeWithOffsets } from "./normalize";
import { NumeralScan, scanNumeralRun } from "./numerals";
import { lazy } from "./word-index";

/** One reading record for every call: reading is synchronous, so calls never overlap. */
const scratch = /* @__PURE__ */ lazy(() => new NumeralScan());

/**
 * Reads a number written in Arabic or Chinese numerals (中文数字解析), exactly.
 *
 * Accepts Arabic digits with `,` thousands separators and a decimal point, full-width digits,
 * Chinese numerals (〇 零 一 二 两 三 … 九 十 百 千 万 亿, traditional 萬 億 兩, financial
 * 壹 贰 叁 肆 伍 陆 柒 捌 玖 拾 佰 仟 and 貳 參 陸), mixed forms (`62.5万`, `1万5千`), bare units
 * (`百` = 100, `万` = 10000), the colloquial tail (`一千五` = 1500) and digit-by-digit numerals
 * (`二〇二三` = 2023, as years are written). A leading `-` or `负` makes it negative. Scaling by
 * 万 and 亿 is done on the decimal as written, so `62.5万` is exactly `625000`.
 *
 * @param text - The numeral, optionally surrounded by whitespace.
 * @returns The number, or `undefined` when `text` is not one number (or is beyond
 *   `Number.MAX_SAFE_INTEGER`). Never throws.
 * @category text
 * @example
 * ```ts
 * parseChineseNumber("一亿二千万") //=> 120000000
 * parseChineseNumber("62.5万") //=> 625000
 * parseChineseNumber("三千零五十") //=> 3050
 * parseChineseNumber("二〇二三") //=> 2023
 * parseChineseNumber("第七") //=> undefined
 * ```
 */
export function parseChineseNumber(text: string): number | undefined {
  if (typeof text !== "string") return undefined;
  const raw = normalizeWithOffsets(text).text;
  const normalized = hasOuterSpace(raw) ? raw.trim() : raw;
  let start = 0;
  const first = normalized.charAt(0);
  const negative = first === "-" || first === "−" || first === "负" || first === "負";
  if (negative) start = 1;
  const run = scratch();
  scanNumeralRun(normalized, start, run);
  if (run.end !== normalized.length || run.end === start || run.joiner !== 0) return undefined;
  if (run.value === undefined || run.upper !== undefined) return undefined;
  return negative && run.value !== 0 ? -run.value : run.value;
}

function hasOuterSpace(text: string): boolean {
  return (
    text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))
  );
}

/** Whether a UTF-16 unit is white space or a line break as `\s` and `trim` see them. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
