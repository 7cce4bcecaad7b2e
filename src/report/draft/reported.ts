import type { Quantity } from "../../quantity/types";
import type { ReportedQuantityInput } from "../../schemas/quantity";

/**
 * A figure of a draft with the exact words it was read from, as a report holds it.
 *
 * @internal
 */
export function reported(quantity: Quantity, quote: string): ReportedQuantityInput {
  return quote.length === 0 ? quantity : { ...quantity, quote };
}
