/**
 * Verdicts on ratio targets for `npm run bench:check`, made to hold on a shared, noisy machine.
 *
 * A ratio is measured, never an absolute time: both sides of it run back to back, so a slow
 * moment of the machine slows both halves of the pair it falls in. Each attempt takes the median
 * of at least `minPairs` pairs, alternating which half runs first; a target missed is measured
 * again, up to `attempts` times after a pause, and is missed only when every attempt misses it.
 * Noise from other processes is bursty and makes single pairs slow; a real regression (a
 * quadratic scan, a lost index) misses by a factor of several in every attempt.
 */
import type { GrowthCheck } from "./harness";

/** How much to measure before a verdict. */
export interface GateOptions {
  /** Pairs per attempt, at least. */
  readonly minPairs: number;
  /** Milliseconds per attempt, at least (more pairs are taken until it has passed). */
  readonly minTimeMs: number;
  /** Pairs per attempt, at most. */
  readonly maxPairs: number;
  /** Attempts before a missed target counts as missed. */
  readonly attempts: number;
  /** Milliseconds to wait before another attempt, so a burst of load can pass. */
  readonly pauseMs: number;
}

export const defaultGateOptions: GateOptions = {
  minPairs: 11,
  minTimeMs: 100,
  maxPairs: 40,
  attempts: 5,
  pauseMs: 200,
};

/** The outcome of one gated target. */
export interface GateVerdict {
  /** The measured ratio: median over the pairs of the best attempt. */
  readonly ratio: number;
  /** The largest acceptable ratio (for a growth check, scaled by its reference). */
  readonly limit: number;
  readonly met: boolean;
  /** Pairs in the attempt reported. */
  readonly pairs: number;
  /** Attempts made (1 when the first one met the target). */
  readonly attempts: number;
  /** What else was measured, such as the reference's growth. */
  readonly detail?: string;
}

/** `global.gc` when node runs with `--expose-gc` (as `npm run bench:check` does). */
const gc = (globalThis as { readonly gc?: (options?: { readonly type: "minor" }) => void }).gc;

/**
 * The milliseconds `calls` calls of `fn` take, after a scavenge of the young garbage earlier
 * calls left (a fraction of a millisecond, where a full collection takes ten), so one half of a
 * pair does not pay for the other's garbage.
 */
function timeCalls(fn: () => unknown, calls: number): number {
  gc?.({ type: "minor" });
  const before = performance.now();
  for (let call = 0; call < calls; call++) fn();
  return performance.now() - before;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Each half of a pair runs at least this long, so the clock's resolution does not show. */
const MIN_HALF_MS = 3;

/** How many repetitions make the cheaper half of a pair last `MIN_HALF_MS`. */
function repetitions(fn: () => unknown, callsPerRepetition: number): number {
  fn();
  const once = timeCalls(fn, callsPerRepetition);
  return Math.min(10_000, Math.max(1, Math.ceil(MIN_HALF_MS / Math.max(once, 0.001))));
}

/** Pairs run and thrown away before each attempt, while the JIT settles. */
const WARM_UP_PAIRS = 2;

/**
 * Ratios of `a` to `b` time over pairs, `a` first in even pairs and `b` first in odd ones, until
 * both `minPairs` and `minTimeMs` are reached (or `maxPairs`), after a full collection and
 * `WARM_UP_PAIRS` pairs not counted.
 */
function pairRatios(
  a: () => number,
  b: () => number,
  options: GateOptions,
  also?: () => void,
): number[] {
  gc?.();
  for (let pair = 0; pair < WARM_UP_PAIRS; pair++) {
    a();
    b();
    also?.();
  }
  const ratios: number[] = [];
  const started = performance.now();
  while (
    ratios.length < options.minPairs ||
    (performance.now() - started < options.minTimeMs && ratios.length < options.maxPairs)
  ) {
    let aMs: number;
    let bMs: number;
    if (ratios.length % 2 === 0) {
      aMs = a();
      bMs = b();
    } else {
      bMs = b();
      aMs = a();
    }
    if (bMs > 0) ratios.push(aMs / bMs);
    also?.();
  }
  return ratios;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Repeats `attempt` until it meets its target or the attempts run out; the best one is reported. */
async function judged(
  options: GateOptions,
  attempt: () => Omit<GateVerdict, "attempts">,
): Promise<GateVerdict> {
  let best: Omit<GateVerdict, "attempts"> | undefined;
  for (let made = 1; made <= options.attempts; made++) {
    if (made > 1) await pause(options.pauseMs);
    const verdict = attempt();
    if (best === undefined || verdict.ratio / verdict.limit < best.ratio / best.limit) {
      best = verdict;
    }
    if (verdict.met) return { ...verdict, attempts: made };
  }
  return { ...(best as Omit<GateVerdict, "attempts">), attempts: options.attempts };
}

/**
 * Judges a linear-growth check: `factor` calls at n against one call at `factor` × n, its
 * reference measured in the same loop, the limit scaled up when the reference itself grows more
 * than `factor` times (what the machine's caches and garbage collector cost, with no algorithm).
 */
export function gateGrowth(
  check: GrowthCheck,
  options: GateOptions = defaultGateOptions,
): Promise<GateVerdict> {
  const reps = repetitions(check.small, check.factor);
  const referenceReps = repetitions(check.referenceSmall, check.factor);
  check.large();
  check.referenceLarge();
  return judged(options, () => {
    const reference: number[] = [];
    const ratios = pairRatios(
      () => timeCalls(check.large, reps),
      () => timeCalls(check.small, reps * check.factor),
      options,
      () => {
        const large = timeCalls(check.referenceLarge, referenceReps);
        const small = timeCalls(check.referenceSmall, referenceReps * check.factor);
        if (small > 0) reference.push(large / small);
      },
    );
    const ratio = median(ratios) * check.factor;
    const referenceRatio = median(reference) * check.factor;
    const limit = check.maxRatio * Math.max(1, referenceRatio / check.factor);
    return {
      ratio,
      limit,
      met: ratio <= limit,
      pairs: ratios.length,
      detail: `reference ${referenceRatio.toFixed(2)}x`,
    };
  });
}

/** Judges a comparison: the median time of `subject` over `baseline` must stay within `maxRatio`. */
export function gateComparison(
  subject: () => unknown,
  baseline: () => unknown,
  maxRatio: number,
  options: GateOptions = defaultGateOptions,
): Promise<GateVerdict> {
  const reps = Math.min(repetitions(subject, 1), repetitions(baseline, 1));
  return judged(options, () => {
    const ratios = pairRatios(
      () => timeCalls(subject, reps),
      () => timeCalls(baseline, reps),
      options,
    );
    const ratio = median(ratios);
    return { ratio, limit: maxRatio, met: ratio <= maxRatio, pairs: ratios.length };
  });
}
