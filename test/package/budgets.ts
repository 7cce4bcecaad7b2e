/**
 * Byte budgets for bundles an app would build from shiliu (esbuild, minified, gzip), and the
 * packages or texts that must not appear in each.
 */
export interface BundleBudget {
  readonly name: string;
  /** The module an app would write. */
  readonly source: string;
  /** The most gzip bytes allowed. */
  readonly maxGzipBytes: number;
  /** Packages (by their folder under node_modules) that must not be bundled. */
  readonly forbiddenPackages: readonly string[];
  /** Strings that must not appear in the minified output. */
  readonly forbiddenText: readonly string[];
}

export const budgets: readonly BundleBudget[] = [
  {
    name: "roundHalfUp alone",
    source: `import { roundHalfUp } from "shiliu"; console.log(roundHalfUp(1.005, 2));`,
    maxGzipBytes: 1024,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "yearOnYear alone",
    source: `import { yearOnYear } from "shiliu"; console.log(yearOnYear([], { indicatorId: "gdp", regionCode: "150102", period: "2023-H1" }));`,
    maxGzipBytes: 6144,
    forbiddenPackages: ["zod"],
    forbiddenText: ["ZodError"],
  },
  {
    name: "formatQuantity alone",
    source: `import { formatQuantity } from "shiliu"; console.log(formatQuantity({ value: 50000, unit: "人", comparator: "gt" }));`,
    maxGzipBytes: 2048,
    forbiddenPackages: ["zod", "date-fns"],
    forbiddenText: ["ZodError"],
  },
];
