import type { Region } from "../../region/types";

const ENDINGS: Readonly<Record<string, string>> = { Z: "镇", J: "街道", X: "乡" };

/**
 * Unpacks the township string written by `scripts/generate-cn-townships.ts`: each row is the
 * last 3 digits of its code (all 9 when its county changes) and its name, whose ending 镇, 街道
 * or 乡 is written Z, J or X.
 *
 * @internal
 */
export function decodeCnTownships(packed: string): readonly Region[] {
  const townships: Region[] = [];
  const row = /(\d+)([^\dZJX]*)([ZJX]?)/g;
  let previous = "";
  for (let match = row.exec(packed); match !== null; match = row.exec(packed)) {
    const digits = match[1] ?? "";
    const code = digits.length === 3 ? previous.slice(0, 6) + digits : digits;
    const name = (match[2] ?? "") + (ENDINGS[match[3] ?? ""] ?? "");
    townships.push(Object.freeze({ code, name, level: "township" }));
    previous = code;
  }
  return Object.freeze(townships);
}
