import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "cn-regions": "src/cn-regions/index.ts",
    "cn-regions/history": "src/cn-regions/history/index.ts",
    "cn-regions/townships": "src/cn-regions/townships/index.ts",
    script: "src/script/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // Shared chunks in both formats, so that `shiliu`, `shiliu/cn-regions` and `shiliu/script` hold one
  // copy of the core: one ShiliuError class, whichever entry a CommonJS app requires it from.
  splitting: true,
  minify: false,
  // `shiliu/script` reads import.meta.url to load its optional peer; the CommonJS build needs the shim.
  shims: true,
  outDir: "dist",
});
