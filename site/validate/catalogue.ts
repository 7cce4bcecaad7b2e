// Loads the national catalogue script on demand and indexes it with the library.
import { createRegionIndex, type RegionIndex } from "shiliu";
import type { cnRegions, cnRegionsSource } from "shiliu/cn-regions";

/** The catalogue, indexed, with where it comes from. */
export interface LoadedCatalogue {
  readonly index: RegionIndex;
  readonly count: number;
  readonly source: typeof cnRegionsSource;
}

interface CatalogueGlobal {
  readonly cnRegions: typeof cnRegions;
  readonly cnRegionsSource: typeof cnRegionsSource;
}

let loading: Promise<LoadedCatalogue> | undefined;

/** Adds the catalogue's <script> once and indexes what it defines. */
export function loadCatalogue(src: string): Promise<LoadedCatalogue> {
  loading ??= new Promise<LoadedCatalogue>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => {
      const loaded = (globalThis as { shiliuCnRegions?: CatalogueGlobal }).shiliuCnRegions;
      if (loaded === undefined) {
        reject(new Error(`${src} did not define the catalogue`));
        return;
      }
      resolve({
        index: createRegionIndex(loaded.cnRegions),
        count: loaded.cnRegions.length,
        source: loaded.cnRegionsSource,
      });
    };
    script.onerror = () => reject(new Error(src));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
