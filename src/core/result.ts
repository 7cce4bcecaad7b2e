/**
 * The outcome of an operation that can fail in an expected way: either a value, or a
 * machine-readable `reason` with a readable `message`.
 *
 * @category core
 * @example
 * ```ts
 * const result = growthRate(363.1, 340.3);
 * result.ok ? roundHalfUp(result.value, 3) : result.reason //=> 0.067
 * const failed = growthRate(363.1, 0);
 * failed.ok ? failed.value : failed.reason //=> "non_positive_base"
 * ```
 */
export type Result<T, R extends string = string> = Success<T> | Failure<R>;

/**
 * The successful side of a {@link Result}.
 *
 * @category core
 */
export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * The failed side of a {@link Result}: `reason` is stable and meant for code,
 * `message` is meant for people.
 *
 * @category core
 */
export interface Failure<R extends string = string> {
  readonly ok: false;
  readonly reason: R;
  readonly message: string;
}

/** @internal */
export function success<T>(value: T): Success<T> {
  return { ok: true, value };
}

/** @internal */
export function failure<R extends string>(reason: R, message: string): Failure<R> {
  return { ok: false, reason, message };
}
