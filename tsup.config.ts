import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "cn-regions": "src/cn-regions/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  minify: false,
  outDir: "dist",
});
