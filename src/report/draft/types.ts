import type { Locale } from "../../core/locale";
import type { RegionIndex } from "../../region/types";
import type { ReportInput } from "../../schemas/report";

/**
 * Options of {@link draftReport}.
 *
 * @category report
 */
export interface DraftReportOptions {
  /**
   * The regions names are resolved against: the national catalogue (`createCnRegionIndex()` from
   * `shiliu/cn-regions`), with townships when loaded. Without it no name is resolved and the
   * draft's region is left for the reviewer (a `region_missing` note).
   */
  readonly regionIndex?: RegionIndex;
  /** The day the article was published (`YYYY-MM-DD`), when known; it also dates 今年. */
  readonly publishedOn?: string;
  /** The code of the reporting region, when known; the text is then not searched for it. */
  readonly regionCode?: string;
  /**
   * The language of the notes' messages and of the option errors. Defaults to `"zh-CN"` (also for
   * a locale shiliu does not speak).
   */
  readonly locale?: Locale;
}

/**
 * What a review note asks a person to decide.
 *
 * - `region_missing`: no reporting region could be read; the draft's `regionCode` is empty.
 * - `region_ambiguous`: the name fits several regions (市中区); `candidates` lists their codes.
 * - `period_missing`: no period could be read; the draft's `period` is empty.
 * - `period_from_publication`: the period is the publication year, the text names none.
 * - `period_ambiguous`: the text names several years; the latest is taken.
 * - `indicator_proposed`: no standard indicator fits the figure's label; a custom one is proposed.
 * - `recipient_assumed`: an honour's sentence leaves out who received it; the reporting region is taken.
 * - `party_region_assumed`: an agreement's party names no region; the reporting region is taken.
 * - `agreement_kind_assumed`: an agreement's title names no kind; `cooperation` is taken.
 * - `figure_repeated`: the same words with the same figure appear again; one observation is kept.
 * - `modality_assumed`: an activity's sentence does not say online or offline; `offline` is taken.
 *
 * @category report
 */
export type DraftNoteCode =
  | "region_missing"
  | "region_ambiguous"
  | "period_missing"
  | "period_from_publication"
  | "period_ambiguous"
  | "indicator_proposed"
  | "recipient_assumed"
  | "party_region_assumed"
  | "agreement_kind_assumed"
  | "modality_assumed"
  | "figure_repeated";

/**
 * A point of a draft a reviewer must decide, located in the text.
 *
 * @category report
 */
export interface DraftNote {
  /** What is to be decided. */
  readonly code: DraftNoteCode;
  /** UTF-16 index in the text where the words it is about start (0 when it is about no words). */
  readonly start: number;
  /** UTF-16 index just past those words; `text.slice(start, end)` is `quote`. */
  readonly end: number;
  /** The words of the text it is about (empty when the text says nothing). */
  readonly quote: string;
  /** What to decide, in the requested locale. */
  readonly message: string;
  /** The region codes a name may stand for (`region_ambiguous`). */
  readonly candidates?: readonly string[];
}

/**
 * A draft report read from an article, and what a reviewer must decide about it.
 *
 * @category report
 */
export interface DraftReport {
  /** The draft, shaped as a report submission; check it with `validateReport`. */
  readonly report: ReportInput;
  /** The review notes, in text order. */
  readonly notes: readonly DraftNote[];
}
