// Where each value of a JSON text stands, by JSON Pointer (RFC 6901), so a diagnostic's path can
// be shown in the text the reader pasted.

/** The span of one value, and of its key when it is an object member. */
export interface JsonLocation {
  readonly start: number;
  readonly end: number;
  readonly keyStart?: number;
}

/** The JSON Pointer of a path of keys and indexes: `["units", 0, "id"]` → `/units/0/id`. */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * Finds the span of every value in `text`, which must be JSON that `JSON.parse` accepts.
 * Answers an empty map for text nested too deeply to walk.
 */
export function jsonLocations(text: string): ReadonlyMap<string, JsonLocation> {
  const locations = new Map<string, JsonLocation>();
  let at = 0;

  const space = () => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const string = (): string => {
    const start = at;
    at++; // opening quote
    while (at < text.length && text.charAt(at) !== '"') at += text.charAt(at) === "\\" ? 2 : 1;
    at++; // closing quote
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (pointer: string, keyStart?: number) => {
    space();
    const start = at;
    const first = text.charAt(at);
    if (first === "{") {
      at++;
      space();
      while (text.charAt(at) !== "}") {
        space();
        const memberStart = at;
        const key = string();
        space();
        at++; // colon
        value(`${pointer}${pointerOf([key])}`, memberStart);
        space();
        if (text.charAt(at) === ",") at++;
        space();
      }
      at++;
    } else if (first === "[") {
      at++;
      space();
      let index = 0;
      while (text.charAt(at) !== "]") {
        value(`${pointer}/${index}`);
        index++;
        space();
        if (text.charAt(at) === ",") at++;
        space();
      }
      at++;
    } else if (first === '"') {
      string();
    } else {
      while (at < text.length && !",]} \t\n\r".includes(text.charAt(at))) at++;
    }
    locations.set(
      pointer,
      keyStart === undefined ? { start, end: at } : { start, end: at, keyStart },
    );
  };

  try {
    value("");
  } catch {
    return new Map();
  }
  return locations;
}

/**
 * The span to show for `path`: its value, or, for a key that is missing (a required field left
 * out), the nearest object or array that holds it.
 */
export function locate(
  locations: ReadonlyMap<string, JsonLocation>,
  path: readonly (string | number)[],
): JsonLocation | undefined {
  for (let length = path.length; length >= 0; length--) {
    const found = locations.get(pointerOf(path.slice(0, length)));
    if (found !== undefined) return found;
  }
  return undefined;
}
