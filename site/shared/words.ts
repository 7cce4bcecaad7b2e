// The words of the pages' own interface (headings, buttons), in every locale the library speaks.
// Everything about figures and reports — qualifiers, bounds, messages — comes from the library.
import type { Locale, LocalizedText } from "shiliu";

/** A page's interface words, by key. */
export type Words = Readonly<Record<string, LocalizedText>>;

/** The navigation shared by both pages. */
export const navigationWords = {
  docs: { "zh-CN": "文档", "zh-TW": "文件", en: "Docs" },
  read: { "zh-CN": "读一篇文章", "zh-TW": "讀一篇文章", en: "Read an article" },
  validate: { "zh-CN": "校验一份报告", "zh-TW": "校驗一份報告", en: "Validate a report" },
  language: { "zh-CN": "语言", "zh-TW": "語言", en: "Language" },
  share: { "zh-CN": "复制分享链接", "zh-TW": "複製分享連結", en: "Copy a link to this" },
  shared: {
    "zh-CN": "链接已放入地址栏，可复制发送",
    "zh-TW": "連結已放入網址列，可複製傳送",
    en: "The link is in the address bar, ready to send",
  },
  copied: { "zh-CN": "链接已复制", "zh-TW": "連結已複製", en: "Link copied" },
  badLink: {
    "zh-CN": "链接中的 {names} 无法解码，已忽略",
    "zh-TW": "連結中的 {names} 無法解碼，已忽略",
    en: "The link's {names} could not be decoded and was ignored",
  },
} as const satisfies Words;

/** The text of `words[key]` in `locale`, with `{name}` placeholders filled. */
export function say(
  words: Words,
  key: string,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const text = words[key]?.[locale] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Writes the words into the page: `data-say="key"` sets an element's text,
 * `data-say-placeholder`, `data-say-title` and `data-say-label` its placeholder, title and
 * aria-label.
 */
export function applyWords(root: ParentNode, words: Words, locale: Locale): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-say]")) {
    element.textContent = say(words, element.dataset.say ?? "", locale);
  }
  for (const [attribute, data] of [
    ["placeholder", "sayPlaceholder"],
    ["title", "sayTitle"],
    ["aria-label", "sayLabel"],
  ] as const) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-${dataName(data)}]`)) {
      element.setAttribute(attribute, say(words, element.dataset[data] ?? "", locale));
    }
  }
}

function dataName(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
