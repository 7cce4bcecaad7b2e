/**
 * The aliases an index's options give by code.
 *
 * @internal
 */
import { isDefect, readRegionCode } from "./region-code-structure";
import { lookUpNode, type RegionCodeTable } from "./region-code-table";
import type { RegionIndexIssueReason } from "./region-index-messages";

/**
 * Adds the aliases given by code to the stored regions, reporting an alias list for a code
 * the index does not hold or an alias that is not a non-empty string.
 */
export function addRegionAliases(
  byCode: RegionCodeTable,
  aliases: Readonly<Record<string, readonly string[]>> | undefined,
  report: (
    path: readonly (string | number)[],
    reason: RegionIndexIssueReason,
    params?: Readonly<Record<string, string | number>>,
  ) => void,
): void {
  if (aliases === undefined) return;
  if (typeof aliases !== "object" || aliases === null || Array.isArray(aliases)) {
    report([], "invalid_alias");
    return;
  }
  for (const [code, names] of Object.entries(aliases)) {
    const read = readRegionCode(code);
    const node = isDefect(read) ? undefined : lookUpNode(byCode, read.code);
    if (node === undefined) {
      report([code], "unknown_alias_code", { code });
      continue;
    }
    if (!Array.isArray(names) || names.length === 0) {
      report([code], "invalid_alias");
      continue;
    }
    const good = names.every((name: unknown, j) => {
      if (typeof name === "string" && name.trim() !== "") return true;
      report([code, j], "invalid_alias");
      return false;
    });
    if (good) {
      node.region = Object.freeze({
        ...node.region,
        aliases: [...(node.region.aliases ?? []), ...names],
      });
    }
  }
}
