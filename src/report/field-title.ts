// A field title as a message in a locale writes it.
import type { Locale } from "../core/locale";
import { fieldTitlesTW } from "./field-titles-tw";

/**
 * A schema's zh-CN field title in `locale`: its traditional form from {@link fieldTitlesTW} in
 * zh-TW, the title itself otherwise (English messages name fields by their keys, not titles).
 *
 * @internal
 */
export function fieldTitle(title: string, locale: Locale): string {
  if (locale !== "zh-TW") return title;
  return Object.hasOwn(fieldTitlesTW, title) ? (fieldTitlesTW[title] as string) : title;
}
