// fast-check as the tests import it, with every `fc.assert` capped at `maxRuns` generated cases,
// for mutation testing only (vitest.stryker.config.ts aliases "fast-check" to this file). Stryker
// reruns the tests that cover a mutant for every mutant, and a surviving mutant runs them all:
// at the suites' 2,000–3,000 cases a property, that is most of the run. The cap keeps each
// property's first `maxRuns` cases, so a mutant a property kills early is still killed.
import * as real from "../../node_modules/fast-check/lib/fast-check.js";

// biome-ignore lint/performance/noReExportAll: stands in for all of fast-check
export * from "../../node_modules/fast-check/lib/fast-check.js";

/** The most cases one property runs under mutation testing. */
export const maxRuns = 200;

/** `fc.assert` with `numRuns` capped at {@link maxRuns}. */
export const assert = ((
  property: Parameters<typeof real.assert>[0],
  parameters?: Parameters<typeof real.assert>[1],
) =>
  real.assert(property, {
    ...parameters,
    numRuns: Math.min(parameters?.numRuns ?? 100, maxRuns),
  })) as typeof real.assert;

const capped: typeof real.default = { ...real.default, assert };
// biome-ignore lint/style/noDefaultExport: the tests use fast-check's default export
export default capped;
