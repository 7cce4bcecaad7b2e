import { defaultLocale } from "../../core/locale";
import type { ReportInput } from "../../schemas/report";
import { extractQuantities } from "../../text/extract-quantities";
import { checkDraftOptions } from "./check-draft-options";
import { draftObservations } from "./draft-observations";
import { findHeadline } from "./headline";
import { publicationDate } from "./publication-date";
import { regionMentions } from "./region-mentions";
import { reportPeriod } from "./report-period";
import { reportingRegion } from "./reporting-region";
import type { DraftNote, DraftReport, DraftReportOptions } from "./types";

/** `source.text` holds at most this many characters (the report schema's limit). */
const LONGEST_SOURCE = 1_000_000;
/** A title holds at most this many characters when no headline line is found. */
const LONGEST_TITLE = 80;

/**
 * Drafts a report (创建工作报告草稿) from an article: its headline, the reporting region read
 * through the region index, the period, and an observation for every figure of the text with its
 * exact words as quote and its indicator matched by label to `standardIndicators` (or a proposed
 * custom indicator). What the text does not say stays absent; `notes` locate what a reviewer must
 * decide (a name several regions share, a period not written, an indicator proposed). Never throws
 * on any text; the draft is meant to be checked with `validateReport`.
 *
 * @param text - The article, as published (page furniture may stay: the headline is found).
 * @param options - The region index, the publication date, the reporting region, the locale.
 * @returns The draft `ReportInput` and the review notes, in text order.
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when an option is not valid.
 * @category report
 * @example
 * ```ts
 * const regionIndex = createRegionIndex([
 *   { code: "150000", name: "内蒙古自治区", level: "province" },
 *   { code: "150100", name: "呼和浩特市", level: "prefecture" },
 *   { code: "150105", name: "赛罕区", level: "county" },
 * ]);
 * const { report } = draftReport("赛罕区2023年民族团结进步创建\n全区知晓率达99%。", { regionIndex });
 * report.regionCode //=> "150105"
 * report.period //=> "2023"
 * report.observations?.[0]?.indicatorId //=> "awareness_rate"
 * report.observations?.[0]?.source?.quote //=> "知晓率达99%"
 * ```
 */
export function draftReport(text: string, options?: DraftReportOptions): DraftReport {
  const checked = checkDraftOptions(options);
  const locale = checked.locale ?? defaultLocale;
  const input = typeof text === "string" ? text : "";
  const index = checked.regionIndex;
  const mentions = index === undefined ? [] : regionMentions(input, index);
  const headline = findHeadline(input, mentions);
  const region =
    checked.regionCode !== undefined
      ? { code: checked.regionCode, notes: [] }
      : reportingRegion(mentions, headline, index, locale);
  const publishedOn = checked.publishedOn ?? publicationDate(input);
  const period = reportPeriod(input, headline, publishedOn, locale);
  const figures = extractQuantities(input);
  const drafted = draftObservations(input, figures, region.code, period.key, locale);
  const title = headline?.text ?? input.trim().slice(0, LONGEST_TITLE);
  const report: ReportInput = {
    id: "draft",
    title,
    regionCode: region.code,
    period: period.key,
    ...(publishedOn === undefined ? {} : { publishedOn }),
    ...(title.length === 0
      ? {}
      : { source: input.length <= LONGEST_SOURCE ? { title, text: input } : { title } }),
    units: [],
    brands: [],
    campaigns: [],
    activities: [],
    agreements: [],
    designations: [],
    indicators: [...drafted.indicators],
    observations: [...drafted.observations],
  };
  const notes: DraftNote[] = [...region.notes, ...period.notes, ...drafted.notes];
  notes.sort((a, b) => a.start - b.start);
  return { report, notes };
}
