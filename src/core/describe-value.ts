/**
 * Shows a caller-supplied value in a message without ever throwing: `String(value)` throws for
 * objects whose `toString` is not callable, for revoked proxies and for some symbols' keys.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case "string":
        return value.length > 60 ? `${value.slice(0, 60)}…` : value;
      case "number":
      case "bigint":
      case "boolean":
      case "undefined":
        return String(value);
      case "symbol":
        return value.toString();
      case "function":
        return "function";
      default:
        if (value === null) return "null";
        return Array.isArray(value) ? `array(${value.length})` : "object";
    }
  } catch {
    return "object";
  }
}
