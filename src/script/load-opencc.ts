/**
 * Loads the optional peer `opencc-js` on first use, so that a missing peer is a clear
 * `ShiliuError` rather than a module-not-found error at import time.
 *
 * Both builds resolve the peer from shiliu's own location with `createRequire(import.meta.url)`
 * (the CommonJS build gets `import.meta.url` from a shim). `node:module` is reached through
 * `process.getBuiltinModule` (Node ≥ 20.16) rather than an import, so bundlers never see a Node
 * built-in and a bare `require` that bundlers rewrite is never used. Where that is missing (a
 * browser bundle, older Node), the error says to pass opencc-js to `createScriptConverter`.
 *
 * @internal
 */
import { ShiliuError } from "../core/shiliu-error";
import type { OpenCCModule } from "./create-script-converter";

/** Held in a variable so that bundlers do not try to resolve the optional peer themselves. */
const PEER = "opencc-js";

interface NodeModuleBuiltin {
  createRequire(from: string): (id: string) => unknown;
}

interface ProcessWithBuiltins {
  readonly getBuiltinModule?: (id: string) => unknown;
}

function requireFunction(): ((id: string) => unknown) | undefined {
  const process = (globalThis as { readonly process?: ProcessWithBuiltins }).process;
  const builtin = process?.getBuiltinModule?.("node:module") as NodeModuleBuiltin | undefined;
  const from = (import.meta as { readonly url?: string }).url;
  if (builtin === undefined || from === undefined) return undefined;
  return builtin.createRequire(from);
}

function missing(message: string): ShiliuError {
  return new ShiliuError("MISSING_PEER_DEPENDENCY", [
    { path: [], message, reason: "missing_opencc_js" },
  ]);
}

/** The opencc-js module, or a `ShiliuError` `MISSING_PEER_DEPENDENCY`. */
export function loadOpenCC(): OpenCCModule {
  const load = requireFunction();
  if (load === undefined) {
    throw missing(
      "此环境无法自动加载可选依赖 opencc-js：请 import opencc-js 并传给 createScriptConverter(OpenCC)",
    );
  }
  let loaded: unknown;
  try {
    loaded = load(PEER);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw missing(
      `简繁转换需要可选依赖 opencc-js，请安装：npm install opencc-js（加载失败：${detail}）`,
    );
  }
  const module = loaded as Partial<OpenCCModule> & { readonly default?: OpenCCModule };
  const opencc = typeof module.Converter === "function" ? module : module.default;
  if (opencc === undefined || typeof opencc.Converter !== "function") {
    throw missing("已加载的 opencc-js 没有 Converter：请安装 opencc-js ^1.0.5");
  }
  return opencc as OpenCCModule;
}
