import { defineConfig } from "vitest/config";

// The runtime and property tests of the folders `npm run mutation` mutates. Type tests and the
// package project are left out: they do not run code, or they run the built package, so they
// cannot kill a mutant of the sources.
export default defineConfig({
  test: {
    include: [
      "test/core/**/*.test.ts",
      "test/quantity/**/*.test.ts",
      "test/quantity/**/*.test-prop.ts",
      "test/text/**/*.test.ts",
      "test/text/**/*.test-prop.ts",
      "test/core/**/*.test-prop.ts",
      "test/metric/**/*.test.ts",
      "test/metric/**/*.test-prop.ts",
      "test/report/**/*.test.ts",
      "test/report/**/*.test-prop.ts",
    ],
  },
});
