// What both pages do around their own work: pick the locale, keep the language menu, the
// document language and the interface words in step with it, and share the input as a link.
import type { Locale } from "shiliu";
import { byId } from "./element";
import { type Fragment, readFragment, writeFragment } from "./fragment";
import { htmlLang, pageLocale } from "./page-locale";
import { applyWords, navigationWords, say, type Words } from "./words";

/** A page's hooks into the frame. */
export interface PageFrameOptions {
  /** The page's interface words (the navigation's are added). */
  readonly words: Words;
  /** Whether the page holds input worth keeping in the address. */
  readonly hasInput: () => boolean;
  /** Called with the fragment when the page opens and whenever the address's fragment changes. */
  readonly onFragment: (fragment: Fragment, locale: Locale) => void;
  /** Called after the reader chose another language. */
  readonly onLocale: (locale: Locale) => void;
  /** The current input, to put in a shared link, and any further fields. */
  readonly shareFields: () => Readonly<Record<string, string | undefined>>;
}

/** The running frame: the current locale, and a way to write the current input into the address. */
export interface PageFrame {
  locale(): Locale;
  /** The interface word `key` in the current locale. */
  say(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** Writes the input and the locale into the address's fragment without reloading. */
  remember(): void;
  /** Shows a short notice in the page's status line. */
  notify(text: string): void;
}

/** Starts the frame of a page. */
export function startPageFrame(options: PageFrameOptions): PageFrame {
  const words: Words = { ...navigationWords, ...options.words };
  const menu = byId("locale", HTMLSelectElement);
  const status = byId("status", HTMLElement);
  let locale: Locale = pageLocale(
    readFragment(location.hash).values.get("locale"),
    navigator.languages,
  );

  const show = (next: Locale) => {
    locale = next;
    menu.value = next;
    document.documentElement.lang = htmlLang(next);
    applyWords(document, words, next);
    document.title = `${say(words, "title", next)} · shiliu`;
  };

  const frame: PageFrame = {
    locale: () => locale,
    say: (key, params = {}) => say(words, key, locale, params),
    remember() {
      const hash = writeFragment({ ...options.shareFields(), locale });
      history.replaceState(null, "", hash);
    },
    notify(text) {
      status.textContent = text;
    },
  };

  const open = () => {
    const fragment = readFragment(location.hash);
    show(pageLocale(fragment.values.get("locale"), navigator.languages));
    if (fragment.unreadable.length > 0) {
      frame.notify(frame.say("badLink", { names: fragment.unreadable.join(", ") }));
    }
    options.onFragment(fragment, locale);
  };

  menu.addEventListener("change", () => {
    show(pageLocale(menu.value, []));
    options.onLocale(locale);
    if (options.hasInput()) frame.remember();
  });
  byId("share", HTMLButtonElement).addEventListener("click", async () => {
    frame.remember();
    try {
      await navigator.clipboard.writeText(location.href);
      frame.notify(frame.say("copied"));
    } catch {
      frame.notify(frame.say("shared"));
    }
  });
  window.addEventListener("hashchange", open);
  // After the page holds the frame that its callbacks use.
  queueMicrotask(open);
  return frame;
}
