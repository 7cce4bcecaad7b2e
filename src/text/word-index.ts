/**
 * The one word-lookup structure of the text reader: words grouped by one of their characters,
 * longest first, so that finding the word at (or ending at) an index costs the handful of words
 * that share that character, never a scan of the whole list.
 *
 * @internal
 */

/** A word found in the text: `[written length, meaning]`, built once per word. */
export type WordMatch<T> = readonly [number, T];

/** Words grouped by the UTF-16 code of their first or last character, longest first. */
export interface WordIndex<T> {
  readonly side: "first" | "last";
  readonly groups: ReadonlyMap<number, readonly (readonly [string, WordMatch<T>])[]>;
}

const NO_WORDS: readonly (readonly [string, WordMatch<never>])[] = [];

/**
 * Indexes `[word, meaning]` pairs by their first character (for {@link wordAt}) or their last
 * (for {@link wordBefore}). When a word is listed twice the first meaning wins.
 */
export function indexWords<T>(
  entries: Iterable<readonly [string, T]>,
  side: "first" | "last",
): WordIndex<T> {
  const groups = new Map<number, (readonly [string, WordMatch<T>])[]>();
  const seen = new Set<string>();
  for (const [word, meaning] of entries) {
    if (word.length === 0 || seen.has(word)) continue;
    seen.add(word);
    const code = word.charCodeAt(side === "first" ? 0 : word.length - 1);
    const group = groups.get(code) ?? [];
    group.push([word, [word.length, meaning]]);
    groups.set(code, group);
  }
  for (const group of groups.values()) group.sort((a, b) => b[0].length - a[0].length);
  return { side, groups };
}

/** The longest word of a first-character index that starts at `start`. */
export function wordAt<T>(
  index: WordIndex<T>,
  text: string,
  start: number,
): WordMatch<T> | undefined {
  for (const [word, match] of index.groups.get(text.charCodeAt(start)) ?? NO_WORDS) {
    if (text.startsWith(word, start)) return match;
  }
  return undefined;
}

/** The longest word of a last-character index that ends exactly at `end`. */
export function wordBefore<T>(
  index: WordIndex<T>,
  text: string,
  end: number,
): WordMatch<T> | undefined {
  if (end <= 0) return undefined;
  for (const [word, match] of index.groups.get(text.charCodeAt(end - 1)) ?? NO_WORDS) {
    if (end - word.length >= 0 && text.startsWith(word, end - word.length)) return match;
  }
  return undefined;
}

/** A lazily built value: the tables are built on first use, so importing costs nothing. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
