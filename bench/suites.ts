import type { BenchSuite } from "./harness";

/** Every benchmark `npm run bench` runs, in order. */
export const suites: readonly BenchSuite[] = [];
