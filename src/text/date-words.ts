/**
 * When a number is a date, a time or a rank rather than a figure.
 *
 * - 月 日 号 after a number make a date (4月26日, 9号); 时 点 分 秒 a time of day (11时, 10点5分).
 * - 年 after a number is a calendar year when the year is written as years are (GB/T 15835-2011
 *   《出版物上数字用法》 writes them in full, 2023年, or digit by digit, 二〇二三年), or when a month,
 *   a 度/底/初/末 or a grade follows (23年9月, 2023年度, 3年级), or 代 after a multiple of ten
 *   (80年代, 九十年代 name a decade; 连续3年代表 counts years). Otherwise 年 counts years: a
 *   duration (有效期5年, 每2年, 连续5年, 5年来, 二十年).
 * - 届 names a numbered body when a session number or the body follows it (党的二十届三中全会,
 *   十四届全国人大): a rank, not a count of sessions (连续举办5届).
 *
 * @internal
 */
import { numeralCode } from "./chinese-numerals";

const YEAR = 0x5e74; // 年
const DECADE = 0x4ee3; // 代

/** Whether the character at `index` turns the number before it into a date or a time. */
export function isDateSuffix(text: string, index: number): boolean {
  switch (text.charCodeAt(index)) {
    case 0x6708: // 月
    case 0x65e5: // 日
    case 0x53f7: // 号
    case 0x865f: // 號
    case 0x65f6: // 时
    case 0x6642: // 時
    case 0x70b9: // 点
    case 0x9ede: // 點
    case 0x5206: // 分
    case 0x79d2: // 秒
      return true;
    default:
      return false;
  }
}

/** Whether the character at `index` is 年. */
export function isYearMark(text: string, index: number): boolean {
  return text.charCodeAt(index) === YEAR;
}

/** How a number before 年 was written, as far as the year rule needs. */
export interface YearCandidate {
  /** Whether the number is a whole number written with exactly four Arabic digits. */
  readonly fourDigits: boolean;
  /** Whether it was written digit by digit in Chinese numerals (二〇二三). */
  readonly digitByDigit: boolean;
  /** Its value, when known: a multiple of ten before 年代 names a decade. */
  readonly value?: number | undefined;
}

/**
 * Whether the number ending at the 年 at `yearIndex` names a calendar year (so it is no figure),
 * rather than counting years.
 */
export function isCalendarYear(text: string, yearIndex: number, number: YearCandidate): boolean {
  if (number.fourDigits || number.digitByDigit) return true;
  const next = text.charCodeAt(yearIndex + 1);
  if ((next >= 48 && next <= 57) || numeralCode(next) !== 0) return true; // 23年9月, 23年三月
  if (next === DECADE) return number.value !== undefined && number.value % 10 === 0;
  switch (next) {
    case 0x5ea6: // 度
    case 0x5e95: // 底
    case 0x521d: // 初
    case 0x672b: // 末
    case 0x7ea7: // 级
    case 0x7d1a: // 級
      return true;
    default:
      return false;
  }
}

const BODIES = ["全国", "全國", "中央", "人大", "政协", "政協", "党代会", "黨代會"];

/** Whether the 届 at `index` names a numbered body (二十届三中全会) rather than counting sessions. */
export function isNamedSession(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 0x5c4a && code !== 0x5c46) return false; // 届 屆
  const next = text.charCodeAt(index + 1);
  if ((next >= 48 && next <= 57) || numeralCode(next) !== 0) return true;
  return BODIES.some((body) => text.startsWith(body, index + 1));
}
