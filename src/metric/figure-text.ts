import { describeValue } from "../core/describe-value";
import type { Locale } from "../core/locale";
import { formatQuantity } from "../quantity/format-quantity";
import type { MetricInput } from "./types";

/**
 * An input figure as a failure message prints it: a plain number as given, a reported figure as
 * written, with its qualifier, scale word and unit in the locale (`100余个`, `近4000人`,
 * `30至40人`, `more than 100 个`), through `formatQuantity` with every digit kept, so two figures
 * that differ past a rounded digit never print alike. A figure `formatQuantity` cannot write (a
 * comparator shiliu does not know, a value that is not finite) prints its number and unit, so a
 * message never throws and never prints `NaN`.
 *
 * @internal
 */
export function figureText(input: MetricInput | null | undefined, locale: Locale): string {
  if (typeof input !== "object" || input === null) return describeValue(input, locale);
  try {
    return formatQuantity(input, { locale, exact: true });
  } catch {
    const unit = typeof input.unit === "string" ? input.unit : "";
    return `${describeValue(input.value, locale)}${locale === "en" && unit !== "" ? " " : ""}${unit}`;
  }
}
