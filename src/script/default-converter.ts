/**
 * The converter behind `toSimplified` and `toTraditional`, built on first use.
 *
 * @internal
 */
import { createScriptConverter, type ScriptConverter } from "./create-script-converter";
import { loadOpenCC } from "./load-opencc";

let converter: ScriptConverter | undefined;

/** The shared converter; loads opencc-js the first time. */
export function defaultConverter(): ScriptConverter {
  converter ??= createScriptConverter(loadOpenCC());
  return converter;
}
