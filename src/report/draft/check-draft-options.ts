import { isLocale } from "../../core/locale";
import { ShiliuError, type ShiliuIssue } from "../../core/shiliu-error";
import { isIsoDate } from "../../period/is-iso-date";
import { isRegionCode } from "../../region/is-region-code";
import type { DraftReportOptions } from "./types";

const KNOWN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "regionIndex",
  "publishedOn",
  "regionCode",
  "locale",
]);

/**
 * The options of `draftReport`, checked: a programmer's mistake (an unknown key, a date that is
 * not `YYYY-MM-DD`, a region code that is not one, a locale shiliu does not speak, an index that
 * is not a region index) throws `ShiliuError` `INVALID_ARGUMENT` with every problem located.
 *
 * @internal
 */
export function checkDraftOptions(options: unknown): DraftReportOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ShiliuError("INVALID_ARGUMENT", [
      { path: [], message: "draftReport options must be an object" },
    ]);
  }
  const issues: ShiliuIssue[] = [];
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key))
      issues.push({ path: [key], message: "is not an option of draftReport" });
  }
  const { regionIndex, publishedOn, regionCode, locale } = record;
  if (regionIndex !== undefined && !isRegionIndex(regionIndex)) {
    issues.push({ path: ["regionIndex"], message: "must be a region index (createRegionIndex)" });
  }
  if (publishedOn !== undefined && !isIsoDate(publishedOn)) {
    issues.push({ path: ["publishedOn"], message: "must be a calendar date YYYY-MM-DD" });
  }
  if (regionCode !== undefined && !isRegionCode(regionCode)) {
    issues.push({ path: ["regionCode"], message: "must be a region code (GB/T 2260)" });
  }
  if (locale !== undefined && !isLocale(locale)) {
    issues.push({ path: ["locale"], message: 'must be "zh-CN", "zh-TW" or "en"' });
  }
  if (issues.length > 0) throw new ShiliuError("INVALID_ARGUMENT", issues);
  return options as DraftReportOptions;
}

function isRegionIndex(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const index = value as Record<string, unknown>;
  return typeof index.findByName === "function" && typeof index.ancestors === "function";
}
