import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { Locale } from "../../src/core/locale";
import { schemaDiagnostics } from "../../src/report/schema-diagnostics";
import { validateReport } from "../../src/report/validate-report";
import { sampleRegionIndex, sampleReportWith } from "./fixtures";

const regionIndex = sampleRegionIndex();

/** The SCHEMA messages of the sample report changed by `change`, in `locale`. */
function messages(change: Parameters<typeof sampleReportWith>[0], locale: Locale = "zh-CN") {
  return validateReport(sampleReportWith(change), { locale, regionIndex })
    .diagnostics.filter((d) => d.code === "SCHEMA")
    .map((d) => d.message);
}

const activity =
  "活动“壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动”（cloud-exchange）";

// Every kind of issue the report's schemas raise, made once, with the message a clerk reads.
const cases: readonly [string, Parameters<typeof sampleReportWith>[0], string][] = [
  [
    "a value of the wrong type",
    (r) => {
      (r.activities?.[0] as Record<string, unknown>).participants = 5;
    },
    `${activity}的参与人数应为数量，如 {"value": 100, "unit": "人"}，收到的是数字 5`,
  ],
  [
    "a missing field",
    (r) => {
      const first: Record<string, unknown> = r.activities?.[0] ?? {};
      delete first.modality;
    },
    `${activity}的形式未填写，应为以下之一："offline"（线下）、"online"（线上）、"hybrid"（线上线下结合）`,
  ],
  [
    "a number given as text",
    (r) => {
      (r.observations?.[0]?.value as Record<string, unknown>).value = "99";
    },
    "观测值（awareness_rate，地区 150105，2023）的数值应为数字，收到的是文字“99”",
  ],
  [
    "a number that is not finite",
    (r) => {
      (r.observations?.[0]?.value as Record<string, unknown>).value = Number.NaN;
    },
    "观测值（awareness_rate，地区 150105，2023）的数值应为数字，收到的是无法计算的数 NaN",
  ],
  [
    "a list given as one value",
    (r) => {
      (r.activities?.[0] as Record<string, unknown>).regionCodes = "150105";
    },
    `${activity}的举办地区应为列表（用 [ ] 括起，各项以逗号分隔），收到的是文字“150105”`,
  ],
  [
    "a record that is not a group of fields",
    (r) => {
      (r.units as unknown[])[0] = "赛罕区委统战部";
    },
    "第 1 条单位应为组织单位（用 { } 括起的一组字段），收到的是文字“赛罕区委统战部”",
  ],
  [
    "an empty id",
    (r) => {
      (r.units?.[0] as Record<string, unknown>).id = "";
    },
    "单位“赛罕区委统战部”的编号不能为空",
  ],
  [
    "a blank name",
    (r) => {
      (r.units?.[0] as Record<string, unknown>).name = "   ";
    },
    "单位（saihan-united-front）的名称有误：不能为空，也不能只有空格",
  ],
  [
    "a text that is too long",
    (r) => {
      r.title = "长".repeat(501);
    },
    "报告标题最多 500 个字，现有 501 个字",
  ],
  [
    "an empty list",
    (r) => {
      (r.activities?.[0] as Record<string, unknown>).regionCodes = [];
    },
    `${activity}的举办地区至少要有 1 项`,
  ],
  [
    "a number below the minimum",
    (r) => {
      r.designations = [
        {
          id: "d1",
          title: "全国民族团结进步示范区",
          kind: "demonstration_region",
          level: "national",
          recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
          year: 1900,
        },
      ];
    },
    "命名表彰“全国民族团结进步示范区”（d1）的年份不能小于 1949，收到的是 1900",
  ],
  [
    "a fraction where a whole number belongs",
    (r) => {
      r.designations = [
        {
          id: "d1",
          title: "全国民族团结进步示范区",
          kind: "demonstration_region",
          level: "national",
          recipient: { type: "region", name: "赛罕区", regionCode: "150105" },
          year: 2020.5,
        },
      ];
    },
    "命名表彰“全国民族团结进步示范区”（d1）的年份应为整数，收到的是数字 2020.5",
  ],
  [
    "a malformed code",
    (r) => {
      (r.activities?.[0]?.regionCodes as string[])[1] = "45012";
    },
    `${activity}的举办地区第 2 项有误：行政区划代码须为 6、9 或 12 位数字`,
  ],
  [
    "a value outside an enum",
    (r) => {
      (r.activities?.[0] as Record<string, unknown>).modality = "cloud";
    },
    `${activity}的形式应为以下之一："offline"（线下）、"online"（线上）、"hybrid"（线上线下结合），收到的是文字“cloud”`,
  ],
  [
    "a date that is not on the calendar",
    (r) => {
      (r.activities?.[0] as Record<string, unknown>).date = "2023-02-30";
    },
    `${activity}的日期有误：日期 2023-02-30 无效：日历上没有这一天，或年份早于 1000 年`,
  ],
  [
    "a malformed period",
    (r) => {
      r.period = "2023年";
    },
    "报告期有误：统计期须写作 2023、2023-H1、2023-Q3、2023-09 或 2023-09-20，期间段写作 2021/2023、../2023-09-25 或 2021/..",
  ],
  [
    "a refinement across fields",
    (r) => {
      (r.activities?.[0] as Record<string, unknown>).period = "2023";
    },
    `${activity}的统计期有误：日期 date 与统计期 period 只能填一个`,
  ],
  [
    "an unknown key inside a figure",
    (r) => {
      (r.activities?.[0]?.participants as Record<string, unknown>).qualifier = "近";
    },
    `${activity}的参与人数出现未知字段 qualifier`,
  ],
];

// What no Chinese message may contain: the names zod and JavaScript give to types and issues.
const englishTypeNames =
  /\b(string|number|object|array|boolean|undefined|bigint|int|symbol|expected|received|invalid|input|option|characters?|items?)\b/i;

describe("schema diagnostics", () => {
  it.each(cases)("words %s in the domain's words", (_name, change, expected) => {
    expect(messages(change)).toEqual([expected]);
  });

  it.each(["zh-CN", "zh-TW"] as const)("never shows a type name of code in %s", (locale) => {
    for (const [, change] of cases) {
      for (const message of messages(change, locale)) expect(message).not.toMatch(englishTypeNames);
    }
  });

  it("speaks each locale for each kind of issue", () => {
    for (const [, change] of cases) {
      const [zhCN] = messages(change, "zh-CN");
      const [zhTW] = messages(change, "zh-TW");
      const [en] = messages(change, "en");
      expect(zhTW).not.toBe(zhCN);
      expect(en).toMatch(/^[\x20-\x7e“”\u3000-\u9fff（）·]+$/u);
    }
  });

  it("names the field by its key path in English", () => {
    expect(
      messages((r) => {
        (r.activities?.[0] as Record<string, unknown>).participants = 5;
      }, "en"),
    ).toEqual([
      'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange), field participants should be a figure, such as {"value": 100, "unit": "人"}, not the number 5',
    ]);
  });

  it("words a report that is not a group of fields", () => {
    expect(validateReport([1]).diagnostics[0]?.message).toBe(
      "提交的报告应为创建工作报告（用 { } 括起的一组字段），收到的是一个列表",
    );
    expect(validateReport(null, { locale: "en" }).diagnostics[0]?.message).toBe(
      "the report should be a group of fields in { }, not null",
    );
  });

  it("keeps an issue of an app's own refinement in its own words", () => {
    const schema = z.string().refine(() => false, { message: "须含“石榴”二字" });
    const issues = schema.safeParse("x").error?.issues ?? [];
    const scope = { schema, basePath: ["slogan"], input: "x", locale: "zh-CN", keepIssue: false };
    expect(schemaDiagnostics(issues, scope as never).map((d) => d.message)).toEqual([
      "slogan有误：须含“石榴”二字",
    ]);
  });

  it("hands over zod's own issue, located from the root, when asked", () => {
    const input = sampleReportWith((r) => {
      (r.activities?.[0] as Record<string, unknown>).modality = "cloud";
    });
    const [diagnostic] = validateReport(input, { zodIssues: true }).diagnostics;
    expect(diagnostic?.issue).toMatchObject({
      code: "invalid_value",
      path: ["activities", 0, "modality"],
      values: ["offline", "online", "hybrid"],
    });
    expect(validateReport(input).diagnostics[0]?.issue).toBeUndefined();
  });

  it("says where an observation's retired source.quote went, in each locale", () => {
    const retire = (r: Parameters<Parameters<typeof sampleReportWith>[0]>[0]) => {
      const observation = r.observations?.[0] as Record<string, unknown>;
      observation.source = { quote: "知晓率达99%" };
    };
    const observation = "观测值（awareness_rate，地区 150105，2023）";
    expect(messages(retire)).toEqual([
      `${observation}出现已取消的字段 source：原文已移至数值的 quote（value.quote，或 numerator.quote、denominator.quote）`,
    ]);
    expect(messages(retire, "zh-TW")).toEqual([
      "觀測值（awareness_rate，地區 150105，2023）出現已取消的欄位 source：原文已移至數值的 quote（value.quote，或 numerator.quote、denominator.quote）",
    ]);
    expect(messages(retire, "en")).toEqual([
      "observation of awareness_rate for 150105, 2023 has the retired key source: the quote has moved onto the figure (value.quote, or numerator.quote and denominator.quote)",
    ]);
    const paths = validateReport(sampleReportWith(retire), { regionIndex })
      .diagnostics.filter((d) => d.code === "SCHEMA")
      .map((d) => d.path);
    expect(paths).toEqual([["observations", 0, "source"]]);
  });

  it("calls a source key anywhere but on an observation unknown", () => {
    const elsewhere = (r: Parameters<Parameters<typeof sampleReportWith>[0]>[0]) => {
      (r.activities?.[0] as Record<string, unknown>).source = { quote: "近4000人" };
    };
    expect(messages(elsewhere)).toEqual([`${activity}出现未知字段 source`]);
  });

  it("words the new shapes' issues in each locale: an about of no kind, a blank statement, an empty quote", () => {
    const change = (r: Parameters<Parameters<typeof sampleReportWith>[0]>[0]) => {
      const observation = r.observations?.[0] as Record<string, unknown>;
      observation.about = { kind: "region", id: "150105" };
      r.campaigns?.push({
        id: "fronts",
        name: "三大宣传阵地",
        kind: "framework",
        issuer: { level: "county" },
        components: [{ name: "流动阵地", statements: [" "] }],
      });
      const carrier = r.brands?.[0]?.carriers?.[0] as Record<string, unknown>;
      carrier.count = { value: 9, unit: "个", quote: "" };
    };
    const zhCN = messages(change);
    expect(zhCN).toHaveLength(3);
    expect(zhCN.find((m) => m.includes("记录类型"))).toContain('"carrier"（阵地）');
    expect(zhCN.find((m) => m.includes("表述"))).toContain("不能为空，也不能只有空格");
    expect(zhCN.find((m) => m.includes("原文"))).toContain("不能为空，也不能只有空格");
    const zhTW = messages(change, "zh-TW");
    expect(zhTW.find((m) => m.includes("記錄類型") || m.includes("记录类型"))).toContain(
      '"component"（行動分項）',
    );
    const en = messages(change, "en");
    expect(en).toHaveLength(3);
    expect(en.find((m) => m.includes("about.kind"))).toContain('"designation"');
    expect(en.find((m) => m.includes("statements"))).toContain("must not be empty or only spaces");
    expect(en.find((m) => m.includes("count.quote"))).toContain("must not be empty or only spaces");
  });
});
