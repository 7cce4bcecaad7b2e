import type { Failure, Success } from "../core/result";
import type { RegionLevel } from "./types";

/**
 * A document that approved a change of division (批复, 通知): its title, number (文号), date
 * and where it was published, as a code history records it.
 *
 * @category region
 */
export interface RegionApproval {
  /** The title, such as 民政部关于同意青海省撤销同仁县设立县级同仁市的批复. */
  readonly title?: string;
  /** The document number (文号), such as 民函〔2020〕63号. */
  readonly number?: string;
  /** The date it was issued, `YYYY-MM-DD` when it reads as one, else as written. */
  readonly date?: string;
  /** Where it was published, such as 《国务院公报》1985年第12号第32页. */
  readonly source?: string;
  /** For a note without a title (a provincial approval, say), its text. */
  readonly text?: string;
}

/**
 * A link from one record of a code history to a code that took its area, or part of it.
 *
 * @category region
 */
export interface RegionSuccession {
  /** The code that took the area. */
  readonly code: string;
  /** The year of the change: from this year's list on (as of 31 December) the area is there. */
  readonly year: number;
  /** The documents that approved it, when the history has them. */
  readonly approvals: readonly RegionApproval[];
}

/**
 * One code with one name over the years it was in use (区划代码记录).
 *
 * @category region
 */
export interface RegionHistoryRecord {
  /** The 6-digit code. */
  readonly code: string;
  /** Its name in those years. */
  readonly name: string;
  /** The level the code names. */
  readonly level: Extract<RegionLevel, "province" | "prefecture" | "county">;
  /** The first year the code was in use with this name, in the lists as of 31 December. */
  readonly start: number;
  /** The first year it was no longer in use with this name; absent while in use. */
  readonly end?: number;
  /**
   * The codes that took its area when it left use (in the year `end`): one for a rename, a new
   * code or a merger, several for a split. Empty while in use.
   */
  readonly successors: readonly RegionSuccession[];
  /**
   * Whether the successors are read from the record's counties: for a prefecture or province
   * the dataset gives the changes of its counties, and the successors are the regions of the
   * same level that took them (邯郸地区 → 邯郸市).
   */
  readonly successorsFromCounties: boolean;
  /** Parts of its area that went to other codes while it stayed in use (划归). */
  readonly transfers: readonly RegionSuccession[];
}

/**
 * A history of region codes (区划代码沿革): every record of every code over a span of years.
 * `shiliu/cn-regions/history` exports the national one as `cnRegionHistory`.
 *
 * @category region
 */
export interface RegionHistory {
  /** The first year the history covers. */
  readonly firstYear: number;
  /** The last year the history covers: the codes in use that year are "now". */
  readonly lastYear: number;
  /** Every record, in code order and, for one code, in year order. */
  readonly records: readonly RegionHistoryRecord[];
}

/**
 * A code and the name it had, in a {@link RegionChange} or a {@link RegionResolution}.
 *
 * @category region
 */
export interface RegionCodeName {
  readonly code: string;
  readonly name: string;
}

/**
 * What a change did: the same code with a new name, a new code for the same area, an area that
 * joined another (or several that became one), or an area divided among several.
 *
 * @category region
 */
export type RegionChangeKind = "renamed" | "recoded" | "merged" | "split";

/**
 * One change on the way from an old code to today's (撤销, 设立, 更名, 合并, 拆分).
 *
 * @category region
 */
export interface RegionChange {
  /** The year of the change (the first list, as of 31 December, that shows it). */
  readonly year: number;
  readonly kind: RegionChangeKind;
  /** The record that left use. */
  readonly from: RegionCodeName;
  /** The records that took its area. */
  readonly to: readonly RegionCodeName[];
  /** The documents that approved it, when the history has them. */
  readonly approvals: readonly RegionApproval[];
  /** Whether the successors are read from the counties of a prefecture or province. */
  readonly fromCounties: boolean;
}

/**
 * Where an old code's area is today: the codes in use now, and every change on the way.
 *
 * @category region
 */
export interface RegionResolution {
  /** The code asked about, in canonical form. */
  readonly code: string;
  /** Its name in the record resolved from. */
  readonly name: string;
  /** Whether that record is still in use; then `current` is the code itself. */
  readonly inUse: boolean;
  /** The codes in use in the history's last year that hold its area, in code order. */
  readonly current: readonly RegionCodeName[];
  /** Every change from the record to the current codes, in year order. */
  readonly changes: readonly RegionChange[];
  /**
   * Whether the area maps to exactly one current code that holds nothing else: true when every
   * change is a rename or a new code, false once an area was split or merged.
   */
  readonly oneToOne: boolean;
}

/**
 * What a code named in a given year.
 *
 * @category region
 */
export interface RegionNameAt {
  readonly code: string;
  readonly name: string;
  readonly level: RegionHistoryRecord["level"];
  /** The year asked about. */
  readonly year: number;
  /** The first year of this name under this code. */
  readonly start: number;
  /** The first year this code no longer had this name; absent while in use. */
  readonly end?: number;
  /** Whether the code is in use in the history's last year, under any name. */
  readonly inUseNow: boolean;
  /** Its name now, when in use now (信都区 for 130503, 桥西区 until 2020). */
  readonly nameNow?: string;
}

/**
 * Why a code history could not answer: a string that is no region code, a code below county
 * level (the history holds county level and above), a year it does not cover, a code it never
 * had, a code not in use in the year asked, or a retired code whose area went nowhere.
 *
 * @category region
 */
export type RegionHistoryFailureReason =
  | "invalid_code"
  | "below_county"
  | "year_out_of_range"
  | "unknown_code"
  | "not_in_use"
  | "no_successor";

/**
 * The failure of a code history lookup.
 *
 * @category region
 */
export type RegionHistoryFailure = Failure<RegionHistoryFailureReason>;

/**
 * What a code history lookup returns.
 *
 * @category region
 */
export type RegionHistoryResult<T> = Success<T> | RegionHistoryFailure;
