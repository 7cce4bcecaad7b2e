// Generators of valid region codes, shared by the region property tests.
import fc from "fast-check";

export const provincePrefix = fc.constantFrom(
  ..."11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split(
    " ",
  ),
);
const twoDigits = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, "0"));
const threeDigits = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(3, "0"));

/** Any code that parseRegionCode accepts, of every level, sometimes zero-padded to 12 digits. */
export const validRegionCode = fc
  .tuple(
    provincePrefix,
    fc.constantFrom(0, 1, 2, 3, 4),
    twoDigits(1, 99),
    twoDigits(1, 99),
    threeDigits(1, 599),
    threeDigits(1, 999),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([province, depth, prefecture, county, township, village, skipCounty, pad]) => {
    let code: string;
    if (depth === 0) code = `${province}0000`;
    else if (depth === 1) code = `${province}${prefecture}00`;
    else if (depth === 2) code = `${province}${prefecture}${county}`;
    else {
      const base = `${province}${prefecture}${skipCounty ? "00" : county}${township}`;
      code = depth === 3 ? base : `${base}${village}`;
    }
    return pad ? code.padEnd(12, "0") : code;
  });
