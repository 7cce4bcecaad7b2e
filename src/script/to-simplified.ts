import { defaultConverter } from "./default-converter";

/**
 * Converts traditional Chinese characters to simplified ones (繁转简) with opencc-js.
 *
 * Fits wherever shiliu takes a name strategy: `createRegionIndex(regions, { normalizeName:
 * toSimplified })` finds 绥江县 when asked for 綏江縣. opencc-js is an optional peer dependency,
 * loaded on the first call.
 *
 * @param text - Any text; simplified characters pass through unchanged.
 * @returns The text in simplified characters.
 * @throws `ShiliuError` (from `shiliu`) with code `MISSING_PEER_DEPENDENCY` when opencc-js is not installed or cannot be
 *   loaded in this environment (then use {@link createScriptConverter}).
 * @category script
 * @example
 * ```ts
 * toSimplified("綏江縣") //=> "绥江县"
 * toSimplified("昆都侖區") //=> "昆都仑区"
 * ```
 */
export function toSimplified(text: string): string {
  return defaultConverter().toSimplified(text);
}
