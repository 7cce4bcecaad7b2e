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

/** A time ratio between two tasks of the same suite, measured in the same run. */
export interface BenchComparison {
  readonly label: string;
  readonly subject: string;
  readonly baseline: string;
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

/** What a suite sets up: its tasks and how to read them. */
export interface BenchSetup {
  readonly tasks: readonly BenchTask[];
  readonly comparisons?: readonly BenchComparison[];
  readonly derive?: (results: ReadonlyMap<string, TaskResult>) => readonly DerivedFigure[];
  readonly notes?: readonly string[];
}

/** A named group of tasks; `setup` builds its inputs outside the timed region. */
export interface BenchSuite {
  readonly name: string;
  readonly setup: (options: { readonly quick: boolean }) => BenchSetup | Promise<BenchSetup>;
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
 * Times a task: repeated calls until `minTimeMs` has passed (at least `minSamples` calls), after
 * one untimed warm-up call unless `warmUp` is false (a smoke run needs only one call).
 */
export function timeTask(
  task: BenchTask,
  options: {
    readonly minTimeMs: number;
    readonly minSamples: number;
    readonly maxSamples: number;
    readonly warmUp?: boolean;
  },
): TaskResult {
  if (options.warmUp !== false) task.fn();
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < options.minSamples ||
    (performance.now() - started < options.minTimeMs && samples.length < options.maxSamples)
  ) {
    const before = performance.now();
    task.fn();
    samples.push(performance.now() - before);
  }
  samples.sort((a, b) => a - b);
  const medianMs = samples[Math.floor(samples.length / 2)] ?? 0;
  const result: TaskResult = {
    name: task.name,
    samples: samples.length,
    medianMs,
    minMs: samples[0] ?? 0,
  };
  return task.bytes === undefined || medianMs === 0
    ? result
    : { ...result, mbPerSecond: task.bytes / 1e6 / (medianMs / 1000) };
}

/** Formats a duration for a table. */
export function formatMs(ms: number): string {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}
