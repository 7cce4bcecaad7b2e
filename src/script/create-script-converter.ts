/**
 * The part of the `opencc-js` module shiliu uses: its `Converter` factory. Typed here rather
 * than imported, so that shiliu's types do not require opencc-js to be installed.
 *
 * @category script
 */
export interface OpenCCModule {
  /** Builds a converter between two OpenCC locales (`cn`, `t`, `tw`, `hk`, `twp`, `jp`). */
  Converter(options: { readonly from: string; readonly to: string }): (text: string) => string;
}

/**
 * Converters between simplified and traditional characters.
 *
 * @category script
 */
export interface ScriptConverter {
  /** Converts traditional characters to simplified ones (綏江縣 → 绥江县). */
  readonly toSimplified: (text: string) => string;
  /** Converts simplified characters to traditional ones, Taiwan standard (绥江县 → 綏江縣). */
  readonly toTraditional: (text: string) => string;
}

/**
 * Builds simplified/traditional converters (简繁转换) on an `opencc-js` module you pass in.
 *
 * Use this where `toSimplified` from `shiliu/script` cannot load opencc-js by itself, such as in
 * a browser bundle: `import * as OpenCC from "opencc-js"` and pass it here. Each converter is
 * built on its first call, so creating the pair costs nothing.
 *
 * @param opencc - The `opencc-js` module (or anything with its `Converter` factory).
 * @returns `toSimplified` (OpenCC `t` → `cn`) and `toTraditional` (`cn` → `tw`).
 * @category script
 * @example
 * ```ts
 * import * as OpenCC from "opencc-js";
 * const { toSimplified } = createScriptConverter(OpenCC);
 * toSimplified("昆都侖區") //=> "昆都仑区"
 * ```
 */
export function createScriptConverter(opencc: OpenCCModule): ScriptConverter {
  let simplify: ((text: string) => string) | undefined;
  let traditionalize: ((text: string) => string) | undefined;
  return {
    toSimplified: (text) => {
      simplify ??= opencc.Converter({ from: "t", to: "cn" });
      return simplify(text);
    },
    toTraditional: (text) => {
      traditionalize ??= opencc.Converter({ from: "cn", to: "tw" });
      return traditionalize(text);
    },
  };
}
