// Finds many quotes in one text in one pass (Aho–Corasick, 1975): time linear in the length of
// the text plus the quotes, however many quotes there are, where searching for each quote on
// its own would read the text once per quote.

/**
 * Where quotes occur in a text: whether each quote occurs, and for each place where at least
 * one quote ends, the longest quote ending there as a span `[start, end)`.
 *
 * @internal
 */
export interface QuoteMatches {
  readonly found: readonly boolean[];
  readonly spans: readonly (readonly [start: number, end: number])[];
}

interface Automaton {
  readonly next: Map<number, number>[];
  readonly fail: number[];
  readonly depth: number[];
  /** The quotes that end at a node, by index. */
  readonly ends: (number[] | undefined)[];
  /** The nearest node on the fail chain (itself excluded) where a quote ends, or -1. */
  readonly output: number[];
}

function build(quotes: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const depth = [0];
  const ends: (number[] | undefined)[] = [undefined];
  quotes.forEach((quote, index) => {
    let node = 0;
    for (let i = 0; i < quote.length; i++) {
      const code = quote.charCodeAt(i);
      const edges = next[node] as Map<number, number>;
      let child = edges.get(code);
      if (child === undefined) {
        child = next.length;
        edges.set(code, child);
        next.push(new Map());
        depth.push(i + 1);
        ends.push(undefined);
      }
      node = child;
    }
    const ending = ends[node] ?? [];
    ending.push(index);
    ends[node] = ending;
  });
  const fail = new Array<number>(next.length).fill(0);
  const output = new Array<number>(next.length).fill(-1);
  // Breadth first, so a node's fail link is set before its children need it.
  const queue: number[] = [...(next[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (const [code, child] of next[node] as Map<number, number>) {
      let link = fail[node] as number;
      while (link !== 0 && !(next[link] as Map<number, number>).has(code)) {
        link = fail[link] as number;
      }
      const target = (next[link] as Map<number, number>).get(code);
      const childFail = target !== undefined && target !== child ? target : 0;
      fail[child] = childFail;
      output[child] = ends[childFail] !== undefined ? childFail : (output[childFail] as number);
      queue.push(child);
    }
  }
  return { next, fail, depth, ends, output };
}

/**
 * Finds every quote in `text`. An empty quote occurs in any text and covers nothing.
 *
 * @internal
 */
export function findQuotes(text: string, quotes: readonly string[]): QuoteMatches {
  const found = quotes.map((quote) => quote.length === 0);
  const spans: [number, number][] = [];
  if (quotes.length === 0) return { found, spans };
  const { next, fail, depth, ends, output } = build(quotes);
  const reported = new Uint8Array(next.length);
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let child = (next[node] as Map<number, number>).get(code);
    while (child === undefined && node !== 0) {
      node = fail[node] as number;
      child = (next[node] as Map<number, number>).get(code);
    }
    node = child ?? 0;
    // The longest quote ending here is this node's, or the first on its fail chain.
    const longest = ends[node] !== undefined ? node : (output[node] as number);
    if (longest <= 0) continue;
    spans.push([i + 1 - (depth[longest] as number), i + 1]);
    // Mark each quote once: a node already reported has had its whole chain reported.
    for (let at = longest; at > 0 && reported[at] === 0; at = output[at] as number) {
      reported[at] = 1;
      for (const index of ends[at] ?? []) found[index] = true;
    }
  }
  return { found, spans };
}
