import { afterEach, describe, expect, it, vi } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { loadOpenCC } from "../../src/script/load-opencc";

describe("loadOpenCC", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("loads the installed opencc-js", () => {
    const opencc = loadOpenCC();
    expect(opencc.Converter({ from: "t", to: "cn" })("區")).toBe("区");
  });

  it("throws MISSING_PEER_DEPENDENCY, pointing to createScriptConverter, where Node built-ins are out of reach", () => {
    vi.stubGlobal("process", { ...process, getBuiltinModule: undefined });
    try {
      loadOpenCC();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ShiliuError);
      expect((error as ShiliuError).code).toBe("MISSING_PEER_DEPENDENCY");
      expect((error as ShiliuError).message).toContain("createScriptConverter");
    }
  });
});
