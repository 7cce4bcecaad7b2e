/**
 * A small benchmark harness: suites declare tasks, the runner times them and writes a table.
 * Timing lives here, never in unit tests.
 */

/** One timed piece of work. */
export interface BenchTask {
  readonly name: string;
  readonly fn: () => unknown;
  /** Bytes of input one call reads, for a throughput column. */
  readonly bytes?: number;
}

/**
 * Two tasks of the same suite timed in alternating pairs (subject, then baseline, again and
 * again), shown as the median of the per-pair ratios (or differences), so a slow moment of a
 * shared machine slows both halves of the pair it falls in.
 */
export interface BenchComparison {
  readonly label: string;
  readonly subject: string;
  readonly baseline: string;
  /** Show how much longer the subject takes (milliseconds) instead of the ratio; no target. */
  readonly show?: "ratio" | "difference";
  /** The largest acceptable subject/baseline time ratio (1/3 means "at least 3x faster"). */
  readonly maxRatio?: number;
}

/** A figure computed from the timings, such as a growth factor for a linear-time check. */
export interface DerivedFigure {
  readonly label: string;
  readonly value: string;
  readonly target?: string;
  readonly met?: boolean;
}

/**
 * A linear-growth check: the same work on inputs of size n and `factor` × n, timed in
 * back-to-back pairs (`factor` calls at n, then one at `factor` × n, so both halves of a pair do
 * the same amount of work in the same moment), with a reference timed the same way: the least
 * work any implementation does on those inputs (read them once, build the same output). The
 * reference shows what `factor` times more work costs this machine (caches, garbage collection)
 * with no algorithm at all.
 */
export interface GrowthCheck {
  readonly label: string;
  readonly small: () => unknown;
  readonly large: () => unknown;
  readonly referenceSmall: () => unknown;
  readonly referenceLarge: () => unknown;
  /** How many times larger the large input is. */
  readonly factor: number;
  /** The largest acceptable time ratio when the reference grows exactly `factor` times. */
  readonly maxRatio: number;
}

/** The median time ratio of the pairs of a growth check and of its reference. */
export interface GrowthResult {
  readonly ratio: number;
  readonly referenceRatio: number;
  readonly pairs: number;
}

/** What a suite sets up: its tasks and how to read them. */
export interface BenchSetup {
  readonly tasks: readonly BenchTask[];
  readonly growth?: readonly GrowthCheck[];
  readonly comparisons?: readonly BenchComparison[];
  readonly derive?: (results: ReadonlyMap<string, TaskResult>) => readonly DerivedFigure[];
  readonly notes?: readonly string[];
}

/**
 * How large a run's inputs are: `quick` the smallest that exercise every task once (a smoke
 * check), `check` the reduced size `npm run bench:check` judges ratio targets on (the whole gate
 * in under 30 s on a shared machine), `full` what `npm run bench` measures and records.
 */
export type BenchScale = "quick" | "check" | "full";

/** What a suite is told about the run it sets up for. */
export interface SetupOptions {
  readonly scale: BenchScale;
  /** `scale === "quick"`. */
  readonly quick: boolean;
}

/**
 * A named group of tasks; `setup` builds its inputs outside the timed region. A suite joins
 * `npm run bench` and `npm run bench:check` by being listed in `suites.ts`: every growth check
 * and every comparison with a `maxRatio` it declares is then a target the gate enforces.
 */
export interface BenchSuite {
  readonly name: string;
  readonly setup: (options: SetupOptions) => BenchSetup | Promise<BenchSetup>;
}

/** The timings of one task. */
export interface TaskResult {
  readonly name: string;
  readonly samples: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly mbPerSecond?: number;
}

/**
 * How long and how often to sample: until `minTimeMs` has passed, at least `minSamples` times
 * and at most `maxSamples`, after one untimed warm-up unless `warmUp` is false (a smoke run
 * needs only one call).
 */
export interface TimingOptions {
  readonly minTimeMs: number;
  readonly minSamples: number;
  readonly maxSamples: number;
  readonly warmUp?: boolean;
}

/** Runs `step` as often as `options` say. */
function repeat(options: TimingOptions, step: () => void): void {
  const started = performance.now();
  for (
    let count = 0;
    count < options.minSamples ||
    (performance.now() - started < options.minTimeMs && count < options.maxSamples);
    count++
  ) {
    step();
  }
}

/** The milliseconds that `calls` calls of `fn` take. */
function timeCalls(fn: () => unknown, calls: number): number {
  const before = performance.now();
  for (let call = 0; call < calls; call++) fn();
  return performance.now() - before;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Times a task, one call per sample. */
export function timeTask(task: BenchTask, options: TimingOptions): TaskResult {
  if (options.warmUp !== false) task.fn();
  const samples: number[] = [];
  repeat(options, () => {
    samples.push(timeCalls(task.fn, 1));
  });
  const medianMs = median(samples);
  const result: TaskResult = {
    name: task.name,
    samples: samples.length,
    medianMs,
    minMs: Math.min(...samples),
  };
  return task.bytes === undefined || medianMs === 0
    ? result
    : { ...result, mbPerSecond: task.bytes / 1e6 / (medianMs / 1000) };
}

/**
 * Times a growth check in pairs, each followed by a pair of its reference so both see the
 * machine in the same state. The median of the per-pair ratios resists what a shared machine
 * does to single samples: a slow moment slows both halves of the pair it falls in.
 */
export function timeGrowth(check: GrowthCheck, options: TimingOptions): GrowthResult {
  /** Time ratio of one pair, or undefined when the small half was too fast for the clock. */
  const pair = (small: () => unknown, large: () => unknown): number | undefined => {
    const smallMs = timeCalls(small, check.factor);
    const largeMs = timeCalls(large, 1);
    return smallMs > 0 ? (largeMs * check.factor) / smallMs : undefined;
  };
  if (options.warmUp !== false) {
    pair(check.small, check.large);
    pair(check.referenceSmall, check.referenceLarge);
  }
  const ratios: number[] = [];
  const reference: number[] = [];
  repeat(options, () => {
    const ratio = pair(check.small, check.large);
    const referenceRatio = pair(check.referenceSmall, check.referenceLarge);
    if (ratio !== undefined) ratios.push(ratio);
    if (referenceRatio !== undefined) reference.push(referenceRatio);
  });
  return { ratio: median(ratios), referenceRatio: median(reference), pairs: ratios.length };
}

/** What alternating pairs of two functions measured. */
export interface PairResult {
  /** Median of subject time / baseline time over the pairs. */
  readonly ratio: number;
  /** Median of subject time − baseline time per call, in milliseconds. */
  readonly differenceMs: number;
  readonly pairs: number;
}

/** Each half of a pair runs at least this long, so the clock's resolution does not show. */
const MIN_HALF_MS = 2;

/**
 * Times two functions in alternating pairs. Functions that take microseconds run several times
 * per half, the same number for both.
 */
export function timePairs(
  subject: () => unknown,
  baseline: () => unknown,
  options: TimingOptions,
): PairResult {
  let calls = 1;
  if (options.warmUp !== false) {
    // Calibrated on warm code: a first call is mostly compilation, and halves sized from it
    // ran a few calls each, timing the interpreter instead of the functions.
    for (let round = 0; round < 3; round++) {
      timeCalls(subject, calls);
      timeCalls(baseline, calls);
      const fastest = Math.min(timeCalls(subject, calls), timeCalls(baseline, calls)) / calls;
      calls = Math.min(100_000, Math.max(1, Math.ceil(MIN_HALF_MS / Math.max(fastest, 0.001))));
    }
  }
  const ratios: number[] = [];
  const differences: number[] = [];
  repeat(options, () => {
    const subjectMs = timeCalls(subject, calls);
    const baselineMs = timeCalls(baseline, calls);
    differences.push((subjectMs - baselineMs) / calls);
    if (baselineMs > 0) ratios.push(subjectMs / baselineMs);
  });
  return { ratio: median(ratios), differenceMs: median(differences), pairs: ratios.length };
}

/** Formats a duration for a table. */
export function formatMs(ms: number): string {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}
