// A measure word as a message in a locale writes it.
import type { Locale } from "../core/locale";
import { measureWordsTW } from "./measure-words-tw";

/**
 * A figure's unit in `locale`: in zh-TW a measure word of the unit table in traditional
 * characters ({@link measureWordsTW}), any other unit, and every unit in zh-CN and en, as given.
 *
 * @internal
 */
export function measureWord(unit: string, locale: Locale): string {
  if (locale !== "zh-TW" || !Object.hasOwn(measureWordsTW, unit)) return unit;
  return measureWordsTW[unit] as string;
}
