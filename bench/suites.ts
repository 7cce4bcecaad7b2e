import { cnRegionsSuite } from "./cn-regions.bench";
import { draftReportSuite } from "./draft-report.bench";
import type { BenchSuite } from "./harness";
import { importCostSuite } from "./import-cost.bench";
import { regionIndexSuite } from "./region-index.bench";
import { rollupSuite } from "./rollup.bench";
import { textSuite } from "./text.bench";
import { validateReportSuite } from "./validate-report.bench";

/** Every benchmark `npm run bench` runs, in order. */
export const suites: readonly BenchSuite[] = [
  rollupSuite,
  regionIndexSuite,
  cnRegionsSuite,
  textSuite,
  validateReportSuite,
  draftReportSuite,
  importCostSuite,
];
