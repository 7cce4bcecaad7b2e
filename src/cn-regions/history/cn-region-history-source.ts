/**
 * The provenance of `cnRegionHistory`.
 *
 * @category region
 */
export interface CnRegionHistorySource {
  /** The dataset's name. */
  readonly dataset: string;
  /** Its GitHub repository (`owner/name`). */
  readonly repository: string;
  /** The commit the history was generated from. */
  readonly commit: string;
  /** The date of that commit (`YYYY-MM-DD`). */
  readonly committedOn: string;
  /** The dataset's licence (SPDX). */
  readonly licence: string;
  /** The first year of the lists it compiles (each as of 31 December). */
  readonly firstYear: number;
  /** The last year. */
  readonly lastYear: number;
  /** How many records (a code with one name over its years) it holds. */
  readonly records: number;
  /** How many distinct codes. */
  readonly codes: number;
  /** How many approval documents. */
  readonly approvals: number;
}
