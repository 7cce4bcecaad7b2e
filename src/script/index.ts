// shiliu/script: simplified/traditional conversion on the optional peer opencc-js. Kept out of
// the main entry so that apps that never convert scripts never load or bundle opencc-js.

/**
 * Simplified/traditional conversion (简繁转换) on the optional peer dependency opencc-js, in an
 * entry of its own so apps that never convert scripts never load it.
 *
 * @packageDocumentation
 * @module shiliu/script
 */

export type { OpenCCModule, ScriptConverter } from "./create-script-converter";
export { createScriptConverter } from "./create-script-converter";
export { toSimplified } from "./to-simplified";
export { toTraditional } from "./to-traditional";
