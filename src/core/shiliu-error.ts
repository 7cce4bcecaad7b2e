/**
 * What kind of failure a {@link ShiliuError} reports.
 *
 * @category core
 */
export type ShiliuErrorCode =
  | "INVALID_ARGUMENT"
  | "UNIT_MISMATCH"
  | "INVALID_PERIOD"
  | "INVALID_REGION_CODE"
  | "INVALID_REGION_INDEX"
  | "INVALID_CREDIT_CODE"
  | "INVALID_QUANTITY"
  | "MISSING_PEER_DEPENDENCY";

/**
 * One located problem inside a {@link ShiliuError}: where (`path`) and what (`message`).
 *
 * @category core
 */
export interface ShiliuIssue {
  /** Keys and indexes from the input's root to the offending value; empty for the input itself. */
  readonly path: readonly (string | number)[];
  /** A readable sentence, in the locale the caller asked for (zh-CN by default). */
  readonly message: string;
  /** A stable machine-readable reason, when the failure has one. */
  readonly reason?: string;
}

/**
 * The one error type shiliu throws, from `createX` constructors and from operations whose
 * inputs cannot be combined (adding 人 to 元). It carries a `code` and located `issues`.
 *
 * @category core
 * @example
 * ```ts
 * const error = new ShiliuError("UNIT_MISMATCH", [{ path: [1], message: "单位不一致：人 与 元" }]);
 * error.code //=> "UNIT_MISMATCH"
 * error.message //=> "[1] 单位不一致：人 与 元"
 * ```
 */
export class ShiliuError extends Error {
  override readonly name = "ShiliuError";
  /** What kind of failure this is. */
  readonly code: ShiliuErrorCode;
  /** Every problem found, each with its path. */
  readonly issues: readonly ShiliuIssue[];

  /**
   * @param code - What kind of failure this is.
   * @param issues - The located problems; at least one.
   */
  constructor(code: ShiliuErrorCode, issues: readonly ShiliuIssue[]) {
    super(issues.map(describeIssue).join("; ") || code);
    this.code = code;
    this.issues = issues;
  }
}

function describeIssue(issue: ShiliuIssue): string {
  if (issue.path.length === 0) return issue.message;
  const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : key)).join(".");
  return `${path.replace(/\.\[/g, "[")} ${issue.message}`;
}
