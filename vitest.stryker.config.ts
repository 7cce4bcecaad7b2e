import { defineConfig } from "vitest/config";

// The tests Stryker runs against a mutated folder (`npm run mutate`): the runtime and property
// tests under SHILIU_MUTATION_TESTS (one folder of test/, set by scripts/mutate.ts), or under
// test/ when it is unset. Type tests and the package project are left out: they do not run the
// sources, or they run the built package, so they cannot kill a mutant.
const folder = process.env.SHILIU_MUTATION_TESTS ?? "test";

export default defineConfig({
  test: {
    include: [`${folder}/**/*.test.ts`, `${folder}/**/*.test-prop.ts`],
    exclude: ["test/package/**", "test/site/**", "node_modules/**"],
  },
});
