// What the page shows of one figure, each piece worded by the library: the figure as it reads
// (formatQuantity), its qualifier (comparatorLabels), and the range it allows (boundsOf).
import {
  boundsOf,
  comparatorLabels,
  type ExtractedQuantity,
  formatQuantity,
  type Locale,
  labelOf,
  precisionOf,
  type Quantity,
  type QuantityBound,
} from "shiliu";
import { say } from "../shared/words";
import { readWords } from "./words";

/** One figure, described for a reader in one locale. */
export interface FigureDescription {
  /** The figure as the library writes it: `5万余人`, `more than 50,000 人`. */
  readonly reads: string;
  /** The number in base units, grouped for the locale (a range shows both ends). */
  readonly value: string;
  readonly unit: string;
  /** The qualifier in words: 超过, more than. */
  readonly qualifier: string;
  /** The range the figure allows, written with the figure's unit. */
  readonly bounds: string;
  /** The place of its last written digit (precisionOf), in the figure's unit: 363.1亿元 → 1000万元. */
  readonly writtenTo: string;
  readonly label: string;
}

/** The fields of a quantity as the library returned them, for data attributes. */
export function quantityFields(quantity: Quantity): ReadonlyMap<string, string> {
  const fields = new Map<string, string>([["unit", ""]]);
  for (const [name, value] of Object.entries(quantity)) {
    if (value !== undefined) fields.set(name, String(value));
  }
  return fields;
}

/** Describes a figure found by extractQuantities in `locale`. */
export function describeFigure(figure: ExtractedQuantity, locale: Locale): FigureDescription {
  const { quantity } = figure;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const { upper } = quantity;
  return {
    reads: formatQuantity(quantity, { locale }),
    value:
      upper === undefined
        ? numbers.format(quantity.value)
        : `${numbers.format(quantity.value)}–${numbers.format(upper)}`,
    unit: quantity.unit ?? say(readWords, "noUnit", locale),
    qualifier: Object.hasOwn(comparatorLabels, quantity.comparator)
      ? labelOf(comparatorLabels, quantity.comparator, locale)
      : quantity.comparator,
    bounds: boundsText(quantity, locale),
    writtenTo: exact(precisionOf(quantity), quantity, locale),
    label: figure.label ?? say(readWords, "noLabel", locale),
  };
}

// A number written as an exact figure in the unit of `quantity`.
function exact(value: number, quantity: Quantity, locale: Locale): string {
  return formatQuantity(
    quantity.unit === undefined
      ? { value, comparator: "eq" }
      : { value, unit: quantity.unit, comparator: "eq" },
    { locale },
  );
}

// Writes boundsOf's answer as an interval; each end is an exact figure in the figure's unit.
function boundsText(quantity: Quantity, locale: Locale): string {
  const { lower, upper } = boundsOf(quantity);
  const end = (bound: QuantityBound) => exact(bound.value, quantity, locale);
  if (lower !== undefined && upper !== undefined) {
    if (lower.value === upper.value && lower.inclusive && upper.inclusive) return `= ${end(lower)}`;
    return `${lower.inclusive ? "[" : "("}${end(lower)}, ${end(upper)}${upper.inclusive ? "]" : ")"}`;
  }
  if (lower !== undefined) return `${lower.inclusive ? "≥" : ">"} ${end(lower)}`;
  if (upper !== undefined) return `${upper.inclusive ? "≤" : "<"} ${end(upper)}`;
  return say(readWords, "unbounded", locale);
}
