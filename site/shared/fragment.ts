// The part of the address after `#` carries a page's input, so a link reproduces what its
// sender saw: `read.html#text=<URI-encoded text>&locale=en`. Values are encoded with
// encodeURIComponent; `+` stays a plus sign (it is not form encoding).

/** The fields of a fragment, and the fields that could not be decoded. */
export interface Fragment {
  readonly values: ReadonlyMap<string, string>;
  /** Names of fields whose value is not valid percent-encoding. */
  readonly unreadable: readonly string[];
}

/** Reads `#name=value&name=value` (with or without the leading `#`). */
export function readFragment(hash: string): Fragment {
  const values = new Map<string, string>();
  const unreadable: string[] = [];
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  for (const field of body.split("&")) {
    if (field === "") continue;
    const equals = field.indexOf("=");
    const name = equals === -1 ? field : field.slice(0, equals);
    const raw = equals === -1 ? "" : field.slice(equals + 1);
    try {
      values.set(decodeURIComponent(name), decodeURIComponent(raw));
    } catch {
      unreadable.push(name);
    }
  }
  return { values, unreadable };
}

/** Writes fields as a fragment, `#` included; fields whose value is undefined are left out. */
export function writeFragment(fields: Readonly<Record<string, string | undefined>>): string {
  const parts = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  return `#${parts.join("&")}`;
}
