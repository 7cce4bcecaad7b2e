import { describe, expect, it } from "vitest";
import { labelBefore } from "../../src/text/labels";

const label = (text: string, figure: string, floor = 0) =>
  labelBefore(text, text.indexOf(figure), floor);

describe("labelBefore", () => {
  it("cuts a label down to the metric term it ends with", () => {
    expect(label("中心城区绿化率达39.2%", "39.2%")).toBe("绿化率");
    expect(label("全区干部群众的知晓率达99%", "99%")).toBe("知晓率");
    expect(label("地区生产总值363.1亿元", "363.1亿元")).toBe("地区生产总值");
  });

  it("starts the label after the rightmost opener word", () => {
    expect(label("共发放宣传资料1000份", "1000份")).toBe("宣传资料");
    expect(label("协助就业600人", "600人")).toBe("就业");
    expect(label("带动就业600人", "600人")).toBe("就业");
    expect(label("张贴关于宣传月活动的标语500多条", "500多条")).toBe("标语");
  });

  it("drops connectors and period words at either end", () => {
    expect(label("共有人口1.3万人", "1.3万人")).toBe("人口");
    expect(label("人口共有1.3万人", "1.3万人")).toBe("人口");
    expect(label("参加人数达1500余人", "1500余人")).toBe("参加人数");
    expect(label("2023年上半年增速6.7%", "6.7%")).toBe("增速");
  });

  it("gives no label when nothing but a verb, a preposition or punctuation stands before", () => {
    expect(label("惠及1000人次", "1000人次")).toBeUndefined();
    expect(label("在17个街道", "17个")).toBeUndefined();
    expect(label("，100人", "100人")).toBeUndefined();
  });

  it("keeps a short bracketed part the label ends with", () => {
    expect(label("其中市(地、州、盟)24个", "24个")).toBe("市(地、州、盟)");
    expect(label("社区(村)71个", "71个")).toBe("社区(村)");
    expect(label("，(村)71个", "71个")).toBeUndefined();
  });

  it("stops at aspect particles, conjunctions and enumerators, and keeps the 有 of a word", () => {
    expect(label("居住着177户", "177户")).toBeUndefined();
    expect(label("以及其他单位81个", "81个")).toBe("其他单位");
    expect(label("四是学校精心布置墙报板报1处", "1处")).toBe("墙报板报");
    expect(label("命名有效期为5年", "5年")).toBe("有效期");
    expect(label("时隔2年", "2年")).toBeUndefined();
    expect(label("收入均超20万元", "超20万元")).toBe("收入");
  });

  it("never reaches back past the floor", () => {
    const text = "志愿者两千人";
    expect(labelBefore(text, 3, 3)).toBeUndefined();
    expect(labelBefore(text, 3, 0)).toBe("志愿者");
  });
});
