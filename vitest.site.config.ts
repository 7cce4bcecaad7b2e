import { defineConfig } from "vitest/config";

// The browser tests of the docs site (`npm run test:site`, after `npm run docs`): one headless
// Chromium shared by every file, the files run one after another.
export default defineConfig({
  test: {
    name: "site",
    include: ["test/site/**/*.test-browser.ts"],
    globalSetup: ["test/site/setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
