import { defaultConverter } from "./default-converter";

/**
 * Converts simplified Chinese characters to traditional ones (简转繁, Taiwan standard) with
 * opencc-js, an optional peer dependency loaded on the first call.
 *
 * @param text - Any text; traditional characters pass through unchanged.
 * @returns The text in traditional characters.
 * @throws `ShiliuError` (from `shiliu`) with code `MISSING_PEER_DEPENDENCY` when opencc-js is not installed or cannot be
 *   loaded in this environment (then use {@link createScriptConverter}).
 * @category script
 * @example
 * ```ts
 * toTraditional("绥江县") //=> "綏江縣"
 * ```
 */
export function toTraditional(text: string): string {
  return defaultConverter().toTraditional(text);
}
