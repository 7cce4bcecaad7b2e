import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { createScriptConverter } from "../../src/script/create-script-converter";

describe("createScriptConverter", () => {
  it("converts as the doc example shows", () => {
    const { toSimplified } = createScriptConverter(OpenCC);
    expect(toSimplified("昆都侖區")).toBe("昆都仑区");
  });

  it("builds each converter once, on its first call, with the OpenCC locales it documents", () => {
    const built: string[] = [];
    const fake = {
      Converter: ({ from, to }: { readonly from: string; readonly to: string }) => {
        built.push(`${from}->${to}`);
        return (text: string) => `${to}:${text}`;
      },
    };
    const converter = createScriptConverter(fake);
    expect(built).toEqual([]);
    expect(converter.toSimplified("a")).toBe("cn:a");
    expect(converter.toSimplified("b")).toBe("cn:b");
    expect(converter.toTraditional("c")).toBe("tw:c");
    expect(built).toEqual(["t->cn", "cn->tw"]);
  });
});
