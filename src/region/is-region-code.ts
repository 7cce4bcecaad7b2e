import { regionCodeDefect } from "./region-code-structure";

/**
 * Tells whether a value is a structurally valid region code (区划代码), as
 * {@link parseRegionCode} reads it.
 *
 * @param value - Anything.
 * @returns `true` for a 6-, 9- or 12-digit code that {@link parseRegionCode} accepts.
 * @category region
 * @example
 * ```ts
 * isRegionCode("370103") //=> true
 * isRegionCode("429004") //=> true
 * isRegionCode("150005") //=> false
 * ```
 */
export function isRegionCode(value: unknown): value is string {
  return typeof value === "string" && regionCodeDefect(value) === undefined;
}
