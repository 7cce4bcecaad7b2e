import { isDefect, readRegionCode } from "../region/region-code-structure";
import type { Region } from "../region/types";

/**
 * Unpacks the catalog string written by `scripts/generate-cn-regions.ts`: each row is the code
 * digits that differ from the previous code (2, 4 or 6) followed by the name.
 *
 * @internal
 */
export function decodeCnRegions(packed: string): readonly Region[] {
  const regions: Region[] = [];
  const row = /(\d+)(\D+)/g;
  let previous = "000000";
  for (let match = row.exec(packed); match !== null; match = row.exec(packed)) {
    const digits = match[1] ?? "";
    const name = match[2] ?? "";
    const code =
      digits.length === 2
        ? previous.slice(0, 4) + digits
        : digits.length === 4
          ? previous.slice(0, 2) + digits
          : digits;
    const structure = readRegionCode(code);
    if (isDefect(structure)) continue;
    regions.push(Object.freeze({ code, name, level: structure.level }));
    previous = code;
  }
  return Object.freeze(regions);
}
