import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

// The tests Stryker runs against a mutated folder (`npm run mutate`): the runtime and property
// tests under SHILIU_MUTATION_TESTS (one folder of test/, set by scripts/mutate.ts), or under
// test/ when it is unset. Type tests and the package project are left out: they do not run the
// sources, or they run the built package, so they cannot kill a mutant. Property tests run at
// most 200 cases each (test/mutation/capped-fast-check.ts): every surviving mutant reruns them.
// The files share one module graph, as in the unit project: Stryker switches mutants on at run
// time, so the sources are imported once instead of once a mutant (static mutants, which only a
// fresh import could test, are left out in stryker.config.json).
const folder = process.env.SHILIU_MUTATION_TESTS ?? "test";

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^fast-check$/,
        replacement: resolve(import.meta.dirname, "test/mutation/capped-fast-check.ts"),
      },
    ],
  },
  test: {
    include: [`${folder}/**/*.test.ts`, `${folder}/**/*.test-prop.ts`],
    exclude: ["test/package/**", "test/site/**", "node_modules/**"],
    isolate: false,
  },
});
