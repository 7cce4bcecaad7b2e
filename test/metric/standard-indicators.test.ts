import { describe, expect, it } from "vitest";
import { standardIndicators } from "../../src/metric/standard-indicators";

describe("standardIndicators", () => {
  it("describes indicators as the doc example shows", () => {
    expect(standardIndicators.awareness_rate.name["zh-CN"]).toBe("知晓率");
    expect(standardIndicators.activity_sessions.aggregation).toBe("sum");
  });

  it("keys every indicator by its own snake_case id, names it in three languages", () => {
    for (const [key, indicator] of Object.entries(standardIndicators)) {
      expect(indicator.id).toBe(key);
      expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(indicator.name["zh-CN"]).not.toBe("");
      expect(indicator.name.en).toBeTruthy();
      expect(indicator.name["zh-TW"]).toBeTruthy();
    }
  });

  it("covers the metrics the seed articles report", () => {
    const names = new Set(Object.values(standardIndicators).map((i) => i.name["zh-CN"]));
    for (const name of [
      "知晓率",
      "参与度",
      "支持率",
      "覆盖率",
      "示范单位数",
      "活动场次",
      "参与人次",
      "地区生产总值",
      "固定资产投资",
      "社会消费品零售总额",
      "增速",
      "森林覆盖率",
      "绿化率",
      "参与人数",
      "志愿服务队数",
      "教育实践基地数",
      "互嵌式示范社区数",
      "新闻稿件数",
      "文创产品数",
    ]) {
      expect(names.has(name)).toBe(true);
    }
  });

  it("rolls ratios up from parts and never rolls growth rates up", () => {
    for (const indicator of Object.values(standardIndicators)) {
      if (indicator.kind === "ratio") expect(indicator.aggregation).toBe("ratio");
      if (indicator.kind === "growth") expect(indicator.aggregation).toBe("none");
      if (indicator.kind === "count" || indicator.kind === "amount")
        expect(indicator.aggregation).toBe("sum");
    }
  });
});
