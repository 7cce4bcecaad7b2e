import { normalizeWithOffsets } from "../../text/normalize";
import type { DraftNote } from "./types";

/**
 * An article as the readers see it (full-width forms folded, pinyin glosses such as 團(tuán)
 * dropped) and the way back to the words the caller gave.
 *
 * @internal
 */
export interface TextView {
  /** The text as given. */
  readonly input: string;
  /** The normalized text the readers scan. */
  readonly text: string;
  /** Where normalized index `i` (or the end) is in the input. */
  origin(index: number): number;
}

/** The view of `input`. @internal */
export function textView(input: string): TextView {
  const { text, offsets } = normalizeWithOffsets(input);
  return {
    input,
    text,
    origin: (index) => (offsets === undefined ? index : (offsets[index] ?? input.length)),
  };
}

/**
 * A note located in the normalized text, moved to the input: its span and quote are the caller's
 * own words.
 *
 * @internal
 */
export function relocate(note: DraftNote, view: TextView): DraftNote {
  const start = view.origin(note.start);
  const end = note.end === note.start ? start : view.origin(note.end);
  return { ...note, start, end, quote: view.input.slice(start, end) };
}
