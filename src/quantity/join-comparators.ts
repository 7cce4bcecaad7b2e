import type { Comparator } from "./types";

/**
 * The qualifier of a sum of two qualified figures. The comparators form a join-semilattice
 * (so the fold is commutative and associative): `eq` is the identity, `approx` absorbs
 * everything, lower bounds stay lower (`gt` wins over `gte`), upper bounds stay upper
 * (`nearly` only with `nearly`, any other exclusive mix is `lt`, inclusive only is `lte`),
 * and a lower with an upper bound is `approx`.
 *
 * @internal
 */
export function joinComparators(a: Comparator, b: Comparator): Comparator {
  if (a === b || b === "eq") return a;
  if (a === "eq") return b;
  if (a === "approx" || b === "approx") return "approx";
  const aLower = a === "gt" || a === "gte";
  const bLower = b === "gt" || b === "gte";
  if (aLower !== bLower) return "approx";
  if (aLower) return "gt";
  return "lt";
}
