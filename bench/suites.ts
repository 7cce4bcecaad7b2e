import type { BenchSuite } from "./harness";
import { regionIndexSuite } from "./region-index.bench";

/** Every benchmark `npm run bench` runs, in order. */
export const suites: readonly BenchSuite[] = [regionIndexSuite];
