import type { Quantity } from "../../quantity/types";

/**
 * A figure of a draft with the words it was read from.
 *
 * @internal
 */
export function reported(quantity: Quantity, quote: string): Quantity {
  void quote;
  return quantity;
}
