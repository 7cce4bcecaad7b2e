/**
 * Describes a value a message quotes back to its caller, without ever calling into the value:
 * `String()` would run an object's own `toString` (or throw, for a null-prototype object, a
 * Proxy or an array nested too deep to print), so objects are named by their kind instead.
 *
 * @param value - Anything a caller passed where a primitive belonged.
 * @returns The primitive as `String()` writes it, or `array`, `object` or `function`.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "function") return "function";
  if (typeof value !== "object" || value === null) return String(value);
  return Array.isArray(value) ? "array" : "object";
}
