import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
          exclude: ["test/package/**", "node_modules/**"],
          // The sources are pure and the tests set no global state that outlives them (a stubbed
          // global is unstubbed after each test), so the files share one module graph per worker
          // instead of re-importing zod and the sources 139 times. The type tests (.test-d.ts) are
          // compiled by `npm run typecheck`, the one type check, rather than a second tsc here.
          isolate: false,
          // No unit test is a timing check (speed is measured by the benchmarks), and npm test
          // runs this project beside the type check and the build on a shared machine: a test's
          // time says more about the neighbours than about the code, so only a hang may fail it.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "package",
          include: ["test/package/**/*.test.ts"],
          globalSetup: ["test/package/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
