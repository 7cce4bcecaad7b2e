/**
 * What each Chinese numeral character means, packed in a small integer so that reading allocates
 * nothing: 1–9 a digit, `ZERO` 〇/零, `TEN`…`THOUSAND` the small units, `TEN_THOUSAND` and
 * `HUNDRED_MILLION` the large units, `SOME` the vague digit 几/数, 0 not a numeral.
 *
 * @internal
 */

export const ZERO = 10;
export const TEN = 11;
export const HUNDRED = 12;
export const THOUSAND = 13;
export const TEN_THOUSAND = 14;
export const HUNDRED_MILLION = 15;
/** 几 (and 数 before a unit): an unknown digit, read as a range. */
export const SOME = 16;

/**
 * Everyday digits 一二三, 两/兩, the financial forms 壹贰叁… (simplified and traditional, as
 * GB/T 15835-2011 lists them for amounts), 〇 and 零, the small units 十百千 (拾佰仟) and the
 * large units 万亿 (萬億).
 */
const NUMERAL_CHARS: readonly (readonly [string, number])[] = [
  ["〇", ZERO],
  ["零", ZERO],
  ["一", 1],
  ["壹", 1],
  ["二", 2],
  ["贰", 2],
  ["貳", 2],
  ["两", 2],
  ["兩", 2],
  ["三", 3],
  ["叁", 3],
  ["參", 3],
  ["叄", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["陆", 6],
  ["陸", 6],
  ["七", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
  ["十", TEN],
  ["拾", TEN],
  ["百", HUNDRED],
  ["佰", HUNDRED],
  ["千", THOUSAND],
  ["仟", THOUSAND],
  ["万", TEN_THOUSAND],
  ["萬", TEN_THOUSAND],
  ["亿", HUNDRED_MILLION],
  ["億", HUNDRED_MILLION],
  ["几", SOME],
  ["幾", SOME],
];

/** The first and last UTF-16 codes of the numeral characters, so lookups cover a small span. */
const LOW = 0x3007; // 〇
const HIGH = 0x96f6; // 零

let tokensByCode: Uint8Array | undefined;

function tokenTable(): Uint8Array {
  if (tokensByCode !== undefined) return tokensByCode;
  const table = new Uint8Array(HIGH - LOW + 1);
  for (const [char, token] of NUMERAL_CHARS) table[char.charCodeAt(0) - LOW] = token;
  tokensByCode = table;
  return table;
}

/** The packed meaning of the UTF-16 unit `code` (0 when it is not a Chinese numeral). */
export function numeralCode(code: number): number {
  if (code < LOW || code > HIGH) return 0;
  return (tokensByCode ?? tokenTable())[code - LOW] ?? 0;
}

/** Every Chinese numeral character. */
export function numeralCharacters(): readonly string[] {
  return NUMERAL_CHARS.map(([char]) => char);
}

/** The power of ten of a small or large unit token (十 1 … 亿 8), or 0 for anything else. */
export function unitPower(token: number): number {
  if (token < TEN || token > HUNDRED_MILLION) return 0;
  return token === HUNDRED_MILLION ? 8 : token - ZERO;
}

/**
 * Whether two digits written side by side make an approximate number (概数): neighbours
 * (三四, 七八), or 一两, 两三 and 三五 — 三四十人 is 30 to 40, 两三千 2000 to 3000.
 */
export function isApproximatePair(first: number, second: number): boolean {
  return second === first + 1 || (first === 3 && second === 5);
}
