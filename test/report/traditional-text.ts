// Whether a zh-TW message is written in traditional characters, by OpenCC's simplified→traditional
// conversion (Taiwan standard), with the two narrow exceptions a message may rightly carry.
import { toTraditional } from "../../src/script/to-traditional";

// Words OpenCC converts wrongly: 表彰 is already traditional (表 "to show"), OpenCC writes 錶彰 (錶 "a watch").
const openccMistakes: readonly (readonly [string, string])[] = [["錶彰", "表彰"]];

/** `text` as OpenCC writes it in traditional characters, its known mistakes undone. */
export function traditional(text: string): string {
  let converted = toTraditional(text);
  for (const [wrong, right] of openccMistakes) converted = converted.replaceAll(wrong, right);
  return converted;
}

/**
 * The message with the user's own text taken out: a string of the input shown in quotes (the
 * record's name “赛罕区委统战部”, the value found 「知晓率达99%」) is the user's, not the
 * package's, and stays as written. Only quoted whole strings of the input are taken out, so a
 * word of the package's own next to them is still checked.
 */
export function withoutUserText(message: string, userStrings: readonly string[]): string {
  let text = message;
  for (const value of userStrings) {
    for (const [open, close] of [
      ["“", "”"],
      ["「", "」"],
      ['"', '"'],
    ] as const) {
      text = text.replaceAll(`${open}${value}${close}`, `${open}${close}`);
    }
  }
  return text;
}

/** Every string inside `value`, longest first (so a name is taken out before a part of it). */
export function stringsIn(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (typeof node === "string") found.add(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === "object" && node !== null) Object.values(node).forEach(visit);
  };
  visit(value);
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * The messages among `messages` that carry simplified characters of the package's own. `quoted`
 * strings are the user's, taken out where a message quotes them; `cited` strings are a
 * catalogue's (a place name, a document number), taken out wherever they stand.
 */
export function notTraditional(
  messages: readonly string[],
  quoted: readonly string[],
  cited: readonly string[] = [],
): string[] {
  return messages.filter((message) => {
    let own = withoutUserText(message, quoted);
    for (const text of cited) own = own.replaceAll(text, "");
    return traditional(own) !== own;
  });
}
