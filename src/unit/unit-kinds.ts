import type { UnitKind } from "./types";

/**
 * Every {@link UnitKind}, in the order forms list them.
 *
 * @category unit
 * @example
 * ```ts
 * unitKinds.length //=> 11
 * unitKinds[0] //=> "agency"
 * ```
 */
export const unitKinds: readonly UnitKind[] = [
  "agency",
  "enterprise",
  "school",
  "community",
  "village",
  "township",
  "religious_venue",
  "military",
  "social_organization",
  "hospital",
  "other",
];
