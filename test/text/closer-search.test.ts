import { describe, expect, it } from "vitest";
import { CloserSearch } from "../../src/text/closer-search";

function skip(text: string, open = 0): number {
  return new CloserSearch(text).skip(open);
}

describe("CloserSearch", () => {
  it("skips a title whole, however it reads", () => {
    const text = "《关于做好100人以上活动的通知。》后";
    expect(skip(text)).toBe(text.indexOf("后"));
  });

  it("skips a short quoted name, slogan or set phrase whole", () => {
    for (const text of [
      "“五个认同”后",
      "“56个民族一家亲”后",
      "「百場萬人」后",
      "‘十四五’后",
      "『2345』后",
    ]) {
      expect(skip(text)).toBe(text.indexOf("后"));
    }
  });

  it("reads inside quoted speech, a long quotation and a formula", () => {
    expect(skip("“今年全区共有3000人参加活动。”")).toBe(1);
    expect(skip("“我们社区一共有6个少数民族族别，共96名少数民族居民，开展了活动”")).toBe(1);
    expect(skip("“4个主题周+10项专项活动”")).toBe(1);
  });

  it("resumes just after an opener that never closes, or closes past a line break", () => {
    expect(skip("“未闭合的引号")).toBe(1);
    expect(skip("“第一行\n第二行”")).toBe(1);
    expect(skip(`“${"长".repeat(200)}”`)).toBe(1);
  });

  it("finds the closer of nested openers of one kind once", () => {
    const text = "“民族团结一家亲·携手“童”行向未来”";
    const search = new CloserSearch(text);
    expect(search.skip(0)).toBe(text.indexOf("行"));
    expect(search.skip(text.indexOf("“", 1))).toBe(text.indexOf("行"));
  });

  it("answers an index that is no opener with the next index", () => {
    expect(skip("人", 0)).toBe(1);
  });
});
