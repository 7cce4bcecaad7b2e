// Loads the draft script (assets/draft.js, global `shiliuDraft`) on demand, once.
import type { showDraft } from "../draft/main";

/** What the draft script defines. */
export interface DraftScript {
  readonly showDraft: typeof showDraft;
}

let loading: Promise<DraftScript> | undefined;

/** Adds the draft script's <script> once and returns what it defines. */
export function loadDraft(src: string): Promise<DraftScript> {
  loading ??= new Promise<DraftScript>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => {
      const loaded = (globalThis as { shiliuDraft?: DraftScript }).shiliuDraft;
      if (loaded === undefined) reject(new Error(`${src} did not define the draft`));
      else resolve(loaded);
    };
    script.onerror = () => reject(new Error(src));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
