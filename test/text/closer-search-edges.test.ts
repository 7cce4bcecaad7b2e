// The edges of CloserSearch: how long a name may be, every mark that makes a quotation a
// statement, how far a closer is looked for, and the reuse of one scan by the openers inside it,
// which must answer exactly as a fresh search would.
import { describe, expect, it } from "vitest";
import { CloserSearch } from "../../src/text/closer-search";

const skip = (text: string, open = 0) => new CloserSearch(text).skip(open);

describe("CloserSearch at its edges", () => {
  it("takes a quotation of at most 20 characters without a sentence mark for a name", () => {
    const name = `“${"五".repeat(20)}”后`;
    expect(skip(name)).toBe(name.indexOf("后"));
    expect(skip(`“${"五".repeat(21)}”后`)).toBe(1);
  });

  it("reads a quotation holding any sentence mark or formula mark, full-width or ASCII", () => {
    for (const mark of ["。", "！", "？", "；", "!", "?", ";", "+", "＋"]) {
      expect(skip(`“共3人${mark}”后`), mark).toBe(1);
    }
    for (const mark of ["，", "、", "：", "-"]) {
      const text = `“共3人${mark}”后`;
      expect(skip(text), mark).toBe(text.indexOf("后"));
    }
  });

  it("skips every kind of title and quotation it knows, each closed by its own mark", () => {
    const pairs = [
      ["《", "》"],
      ["〈", "〉"],
      ["“", "”"],
      ["‘", "’"],
      ["「", "」"],
      ["『", "』"],
    ] as const;
    for (const [open, close] of pairs) {
      const text = `${open}五个认同${close}后`;
      expect(skip(text), open).toBe(text.indexOf("后"));
      // The other closers before its own do not close it.
      const others = `${open}五个认同”》」』〉’`;
      expect(skip(others), open).toBe(others.indexOf(close) + 1);
    }
  });

  it("looks for the closer at most 120 characters after the opener", () => {
    const near = `《${"文".repeat(119)}》后`;
    expect(skip(near)).toBe(near.indexOf("后"));
    expect(skip(`《${"文".repeat(120)}》后`)).toBe(1);
  });

  it("takes a carriage return for a line break as well as a line feed", () => {
    expect(skip("《第一行\r第二行》")).toBe(1);
    expect(skip("《第一行\n第二行》")).toBe(1);
  });

  it("answers an opener inside a scanned stretch as a fresh search would", () => {
    // Closed: both openers find the same closer.
    const closed = "《一《二》后";
    const search = new CloserSearch(closed);
    expect(search.skip(0)).toBe(closed.indexOf("后"));
    expect(search.skip(2)).toBe(closed.indexOf("后"));
    // Broken by a line: neither closes.
    const broken = "《一《二\n》后";
    const lines = new CloserSearch(broken);
    expect(lines.skip(0)).toBe(1);
    expect(lines.skip(2)).toBe(3);
    // Past the first opener's reach, a later opener still finds its closer.
    const far = `《${"文".repeat(60)}《${"文".repeat(80)}》后`;
    const reach = new CloserSearch(far);
    const inner = far.indexOf("《", 1);
    expect(reach.skip(0)).toBe(1);
    expect(reach.skip(inner)).toBe(far.indexOf("后"));
    expect(new CloserSearch(far).skip(inner)).toBe(far.indexOf("后"));
  });

  it("keeps what it learned about one kind of bracket apart from the others", () => {
    const text = "《一“二》三”后";
    const search = new CloserSearch(text);
    expect(search.skip(0)).toBe(text.indexOf("三"));
    expect(search.skip(2)).toBe(text.indexOf("后"));
  });

  it("finds each of two titles of one kind in a row", () => {
    const text = "《一》《二》后";
    const search = new CloserSearch(text);
    expect(search.skip(0)).toBe(3);
    expect(search.skip(3)).toBe(text.indexOf("后"));
  });

  it("answers an index that is no opener with the next index, whatever closer follows", () => {
    expect(skip("人〉后")).toBe(1);
    expect(skip("人》后")).toBe(1);
  });
});
