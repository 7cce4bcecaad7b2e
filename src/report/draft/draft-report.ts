import type { ReportInput } from "../../schemas/report";
import { extractQuantities } from "../../text/extract-quantities";
import { bodyEnd } from "./body-end";
import { checkDraftOptions } from "./check-draft-options";
import { draftActivities } from "./draft-activities";
import { draftAgreements } from "./draft-agreements";
import { draftBrands } from "./draft-brands";
import { draftCampaigns } from "./draft-campaigns";
import { draftDesignations } from "./draft-designations";
import { draftObservations } from "./draft-observations";
import { foldVariants } from "./fold-variants";
import { findHeadline } from "./headline";
import { publicationDate } from "./publication-date";
import { quotedSpans } from "./quoted-spans";
import { regionMentions } from "./region-mentions";
import { reportPeriod } from "./report-period";
import { reportingRegion } from "./reporting-region";
import { relocate, textView } from "./text-view";
import type { DraftNote, DraftReport, DraftReportOptions } from "./types";

/** `source.text` holds at most this many characters (the report schema's limit). */
const LONGEST_SOURCE = 1_000_000;
/** A title holds at most this many characters when no headline line is found. */
const LONGEST_TITLE = 80;

/**
 * Drafts a report (创建工作报告草稿) from an article: its headline, the reporting region read
 * through the region index, the period, and an observation for every figure of the text with its
 * exact words as quote and its indicator matched by label to `standardIndicators` (or a proposed
 * custom indicator). It also reads:
 * - the work brands (“…”品牌, 打造“…”工作品牌, sub-brands a place opens) with their carriers and counts
 *   (建成…驿站110个);
 * - the campaigns (“三项计划”, “九个一百”, 五项行动, “四抓四促”, 实施…“…”工程, 《…实施方案》) with their
 *   components where the text lists them and the targets of a round-number campaign (百人宣讲团);
 * - the activities: what 举办/举行/召开/开展/组织开展 holds when it names events (each item of a list
 *   A、B等…活动), photo captions, dated by their sentence's day or month, with participants, online
 *   viewers and page views;
 * - the honours (被评为/命名为/获评 … 示范区/示范单位/模范集体, with their level) and the agreements signed
 *   (签订/签署《…协议》, with parties, day and online signing).
 * Page furniture after the article (相关阅读, 推荐阅读 …) is not read for records. What the text does
 * not say stays absent; `notes` locate what a reviewer must decide (a name several regions share, a
 * period not written, an indicator proposed). Never throws on any text; the draft is meant to be
 * checked with `validateReport`.
 *
 * @param text - The article, as published (page furniture may stay: the headline is found).
 * @param options - The region index, the publication date, the reporting region, the locale.
 * @returns The draft `ReportInput` and the review notes, in text order.
 * @throws {@link ShiliuError} `INVALID_ARGUMENT` when an option is not valid, each problem located and
 *   said in the requested locale.
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
 * report.observations?.[0]?.value?.quote //=> "知晓率达99%"
 * ```
 */
export function draftReport(text: string, options?: DraftReportOptions): DraftReport {
  const { options: checked, locale } = checkDraftOptions(options);
  const input = typeof text === "string" ? text : "";
  const view = textView(input);
  const index = checked.regionIndex;
  const mentions = index === undefined ? [] : regionMentions(view.text, index);
  const headline = findHeadline(view.text, mentions);
  const region =
    checked.regionCode !== undefined
      ? { code: checked.regionCode, notes: [] }
      : reportingRegion(mentions, headline, index, locale);
  const publishedOn = checked.publishedOn ?? publicationDate(view.text);
  const period = reportPeriod(view.text, headline, publishedOn, locale);
  const figures = extractQuantities(input);
  const spans = quotedSpans(view.text);
  const body = bodyEnd(view.text);
  const built = draftBrands(view, spans, mentions, figures, region.code, body);
  const campaigns = draftCampaigns(view.text, spans, {
    view,
    regionCode: region.code,
    region: region.code === "" ? undefined : index?.get(region.code),
    bodyEnd: body,
  });
  const events = draftActivities(view, figures, mentions, {
    reportCode: region.code,
    year: period.year,
    bodyEnd: body,
    campaignNames: new Set(campaigns.map((c) => foldVariants(c.name).replace(/[“”「」]/g, ""))),
    locale,
  });
  // An activity's figures stay observations too: the observation carries the quote an activity
  // has no field for, so every figure of the text stays quoted.
  const drafted = draftObservations(
    input,
    figures,
    region.code,
    period.key,
    locale,
    new Set([...built.taken, ...events.taken]),
  );
  const regionRecord = region.code === "" ? undefined : index?.get(region.code);
  const honours = draftDesignations(
    view.text.slice(0, body),
    mentions,
    regionRecord,
    region.code,
    locale,
  );
  const signed = draftAgreements(
    view.text.slice(0, body),
    mentions,
    region.code,
    period.year,
    locale,
  );
  const title = headline?.text ?? view.text.trim().slice(0, LONGEST_TITLE);
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
    brands: [...built.brands],
    campaigns: [...campaigns],
    activities: [...events.activities],
    agreements: [...signed.agreements],
    designations: [...honours.designations],
    indicators: [...drafted.indicators],
    observations: [...drafted.observations],
  };
  const notes: DraftNote[] = [
    ...[...region.notes, ...period.notes, ...honours.notes, ...signed.notes, ...events.notes].map(
      (note) => relocate(note, view),
    ),
    ...drafted.notes,
  ];
  notes.sort((a, b) => a.start - b.start);
  return { report, notes };
}
