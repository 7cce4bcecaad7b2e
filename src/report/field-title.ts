// A field title as a message in a locale writes it.
import type { Locale } from "../core/locale";
import { titleCharactersTW } from "./title-characters-tw";

let traditional: ReadonlyMap<string, string> | undefined;

function traditionalOf(character: string): string {
  if (traditional === undefined) {
    const pairs = titleCharactersTW.split(" ").map((pair) => [...pair] as [string, string]);
    traditional = new Map(pairs);
  }
  return traditional.get(character) ?? character;
}

/**
 * A schema's zh-CN field title in `locale`: in zh-TW each character in its traditional form
 * ({@link titleCharactersTW}: 报告期 → 報告期), the title itself otherwise (English messages name
 * fields by their keys, not titles).
 *
 * @internal
 */
export function fieldTitle(title: string, locale: Locale): string {
  if (locale !== "zh-TW") return title;
  let text = "";
  for (const character of title) text += traditionalOf(character);
  return text;
}
