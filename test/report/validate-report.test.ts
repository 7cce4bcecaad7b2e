import { describe, expect, it } from "vitest";
import type { ReportRule } from "../../src/report/report-rule";
import { validateReport } from "../../src/report/validate-report";
import { ReportSchema } from "../../src/schemas/report";
import { sampleRegionIndex, sampleReport, sampleReportWith } from "./fixtures";

function snapshotPrototypes() {
  return [Object.prototype, Array.prototype, Function.prototype].map((prototype) =>
    Object.getOwnPropertyNames(prototype).sort(),
  );
}

describe("validateReport", () => {
  it("points at a misspelt key as the doc example shows", () => {
    const result = validateReport({
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      activities: [
        {
          id: "a",
          name: "云交流",
          date: "2023-04-26",
          regionCodes: ["150105"],
          modality: "online",
          partcipants: { value: 4000 },
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.path).toEqual(["activities", 0, "partcipants"]);
    expect(result.diagnostics[0]?.message).toBe("活动“云交流”（a）出现未知字段 partcipants");
  });

  it("accepts the sample report and returns it parsed, with defaults filled in", () => {
    const result = validateReport(sampleReport(), { regionIndex: sampleRegionIndex() });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.report?.designations).toEqual([]);
    expect(result.report?.observations[0]?.status).toBe("A");
    expect(result.report?.activities[0]?.participants).toEqual({
      value: 4000,
      unit: "人",
      comparator: "nearly",
    });
  });

  it("reports schema issues with their paths in the requested locale", () => {
    const input = sampleReportWith((report) => {
      report.regionCode = "15010";
      report.period = "2023-Q5";
      const activity = report.activities?.[0];
      if (activity !== undefined) activity.modality = "cloud" as never;
    });
    const zhCN = validateReport(input);
    expect(zhCN.ok).toBe(false);
    expect(zhCN.report).toBeUndefined();
    expect(zhCN.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["SCHEMA", "error", ["regionCode"]],
      ["SCHEMA", "error", ["period"]],
      ["SCHEMA", "error", ["activities", 0, "modality"]],
      ["NOT_CHECKED", "warning", ["activities", 0]],
      ["NOT_CHECKED", "warning", []],
    ]);
    expect(zhCN.diagnostics[0]?.message).toBe("报告地区有误：行政区划代码须为 6、9 或 12 位数字");
    expect(validateReport(input, { locale: "zh-TW" }).diagnostics[1]?.message).toBe(
      "報告期有誤：統計期須寫作 2023、2023-H1、2023-Q3、2023-09 或 2023-09-20，期間段寫作 2021/2023、../2023-09-25 或 2021/..",
    );
    expect(validateReport(input, { locale: "en" }).diagnostics[2]?.message).toBe(
      'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange), field modality should be one of "offline", "online" or "hybrid", not the text "cloud"',
    );
    expect(zhCN.diagnostics[4]?.message).toBe("报告的报告地区、报告期有误，跨记录规则均未运行");
  });

  it("names a field of the report by its title, and a blank one as blank", () => {
    const input = sampleReportWith((report) => {
      report.title = "  ";
    });
    expect(validateReport(input).diagnostics[0]?.message).toBe(
      "报告标题有误：不能为空，也不能只有空格",
    );
    expect(validateReport(input, { locale: "zh-TW" }).diagnostics[0]?.message).toBe(
      "報告標題有誤：不能為空，也不能只有空格",
    );
    expect(validateReport(input, { locale: "en" }).diagnostics[0]?.message).toBe(
      "title: must not be empty or only spaces",
    );
  });

  it("words refinement issues in the requested locale", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0];
      if (activity !== undefined) activity.period = "2023";
    });
    const regionIndex = sampleRegionIndex();
    expect(validateReport(input, { locale: "en", regionIndex }).diagnostics).toEqual([
      {
        code: "SCHEMA",
        severity: "error",
        path: ["activities", 0, "period"],
        message:
          'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange), field period: give at most one of date and period',
      },
      {
        code: "NOT_CHECKED",
        severity: "warning",
        path: ["activities", 0],
        message:
          'activity "壮族三月三宾阳·赛罕心连心少年儿童云交流暨民族政策宣传月活动" (cloud-exchange) failed its schema, so no cross-record rule checked it',
      },
      {
        code: "NOT_CHECKED",
        severity: "warning",
        path: ["agreements", 0, "activityId"],
        message:
          'agreement "宾赛同心民族团结进步创建共建协议" (binsai) refers to activity cloud-exchange, which failed its schema, so the reference was not checked',
      },
    ]);
  });

  it("asks the domain functions again for their messages in the requested locale", () => {
    const input = sampleReportWith((report) => {
      report.regionCode = "990105";
      report.publishedOn = "2023-02-29";
      const unit = report.units?.[0];
      if (unit !== undefined) unit.creditCode = "91350100M000100Y44";
    });
    const schema = (locale: "zh-CN" | "en") =>
      validateReport(input, { locale })
        .diagnostics.filter((d) => d.code === "SCHEMA")
        .map((d) => d.message);
    expect(schema("zh-CN")).toEqual([
      "报告地区有误：区划代码 990105 的省级代码 99 不在 GB/T 2260 的省级代码中",
      "发布日期有误：日期 2023-02-29 无效：日历上没有这一天，或年份早于 1000 年",
      "单位“赛罕区委统战部”（saihan-united-front）的统一社会信用代码有误：校验码错误：第 18 位应为 3，收到 4",
    ]);
    expect(schema("en")).toEqual([
      "regionCode: region code 990105 starts with 99, which is not a GB/T 2260 province prefix",
      "publishedOn: the date 2023-02-29 is not valid: no such day on the calendar, or a year before 1000",
      expect.stringMatching(
        /^unit "赛罕区委统战部" \(saihan-united-front\), field creditCode: .*check character/,
      ),
    ]);
  });

  it("gives one diagnostic per unknown key, the key last in its path", () => {
    const input = { ...sampleReport(), authr: "x", edition: 2 };
    const regionIndex = sampleRegionIndex();
    expect(validateReport(input, { regionIndex }).diagnostics.map((d) => d.path)).toEqual([
      ["authr"],
      ["edition"],
    ]);
    expect(validateReport(input).diagnostics[0]?.message).toBe("提交的报告出现未知字段 authr");
  });

  it("does not let the language of the messages change zod's global configuration", () => {
    const input = sampleReportWith((report) => {
      report.title = "";
    });
    validateReport(input, { locale: "en" });
    expect(validateReport(input).diagnostics[0]?.message).toMatch(/不能为空/);
    expect(ReportSchema.safeParse({}).error?.issues[0]?.message).toMatch(/^Invalid input/);
  });

  it("falls back to zh-CN for a locale it does not speak", () => {
    const input = sampleReportWith((report) => {
      report.regionCode = "1";
    });
    const result = validateReport(input, { locale: "fr" as never });
    expect(result.diagnostics[0]?.message).toBe("报告地区有误：行政区划代码须为 6、9 或 12 位数字");
  });

  it("runs the rules it is given, in order, and an app's own rules too", () => {
    const titleRule: ReportRule = {
      code: "TITLE_NAMES_REGION",
      description: {
        "zh-CN": "标题须含地区名",
        "zh-TW": "標題須含地區名",
        en: "title names region",
      },
      check: (report, context) =>
        report.title.includes("新城区")
          ? []
          : [
              {
                code: "TITLE_NAMES_REGION",
                severity: "warning",
                path: ["title"],
                message: context.locale === "en" ? "no region" : "标题未含地区名",
              },
            ],
    };
    const result = validateReport(sampleReport(), { rules: [titleRule], locale: "en" });
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      { code: "TITLE_NAMES_REGION", severity: "warning", path: ["title"], message: "no region" },
    ]);
    expect(validateReport(sampleReport(), { rules: [] }).diagnostics).toEqual([]);
  });

  it("is ok exactly when no diagnostic is an error", () => {
    const failing: ReportRule = {
      code: "ALWAYS",
      description: { "zh-CN": "总是报错", "zh-TW": "總是報錯", en: "always fails" },
      check: () => [{ code: "ALWAYS", severity: "error", path: [], message: "错" }],
    };
    const result = validateReport(sampleReport(), { rules: [failing] });
    expect(result.ok).toBe(false);
    expect(result.report).toBeUndefined();
  });

  it("turns a rule that throws into an error diagnostic naming the rule", () => {
    const broken: ReportRule = {
      code: "BROKEN",
      description: { "zh-CN": "坏规则", "zh-TW": "壞規則", en: "broken" },
      check: () => {
        throw new Error("boom");
      },
    };
    expect(validateReport(sampleReport(), { rules: [broken] }).diagnostics).toEqual([
      {
        code: "BROKEN",
        severity: "error",
        path: [],
        message: "规则 BROKEN 执行出错，未能完成检查：boom",
      },
    ]);
  });

  it("does not mutate its input", () => {
    const input = sampleReport();
    const copy = structuredClone(input);
    validateReport(input);
    expect(input).toEqual(copy);
  });
});

describe("validateReport on hostile input", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "report"],
    ["a number", 42],
    ["a function", () => 1],
    ["a symbol", Symbol("r")],
    ["an array", [sampleReport()]],
  ])("refuses %s with a SCHEMA error at the root", (_name, input) => {
    const result = validateReport(input);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "SCHEMA", severity: "error", path: [] });
  });

  it("reports a cyclic object without looping", () => {
    const input: Record<string, unknown> = { ...sampleReport() };
    input.source = input;
    const result = validateReport(input, { regionIndex: sampleRegionIndex() });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.every((d) => d.path[0] === "source")).toBe(true);
  });

  it("reports a cyclic array without looping", () => {
    const activities: unknown[] = [];
    activities.push(activities);
    const result = validateReport({ ...sampleReport(), activities });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.path).toEqual(["activities", 0]);
  });

  it("refuses a 50 MB array in a collection before parsing it", () => {
    const activities = new Array(6_600_000).fill(0);
    const result = validateReport({ ...sampleReport(), activities });
    expect(result.diagnostics).toEqual([
      {
        code: "SCHEMA",
        severity: "error",
        path: ["activities"],
        message: "activities 有 6600000 条记录，超过上限 1000000 条",
      },
    ]);
  });

  it("refuses a 50 MB array given as the report", () => {
    const result = validateReport(new Array(6_600_000).fill(0));
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
  });

  it("reports an object whose getter throws instead of throwing", () => {
    const input = {
      ...sampleReport(),
      get title(): string {
        throw new Error("boom");
      },
    };
    expect(validateReport(input)).toEqual({
      ok: false,
      diagnostics: [
        {
          code: "SCHEMA",
          severity: "error",
          path: [],
          message: "无法读取提交的数据（读取时出错）",
        },
      ],
    });
  });

  it("reports a proxy whose traps throw instead of throwing", () => {
    const input = new Proxy(sampleReport(), {
      ownKeys() {
        throw new Error("boom");
      },
      get() {
        throw new Error("boom");
      },
    });
    expect(validateReport(input, { locale: "en" }).diagnostics[0]?.message).toBe(
      "the submitted data could not be read (reading it failed)",
    );
  });

  it("rejects __proto__ and constructor keys and leaves prototypes untouched", () => {
    const before = snapshotPrototypes();
    const input: unknown = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(sampleReport()).slice(1)}`,
    );
    const result = validateReport(input, { regionIndex: sampleRegionIndex() });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.path)).toEqual([["__proto__"], ["constructor"]]);
    expect(snapshotPrototypes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects __proto__ keys inside records too", () => {
    const text = JSON.stringify(sampleReport()).replace(
      '"name":"赛出石榴红"',
      '"name":"赛出石榴红","__proto__":{"polluted":true}',
    );
    const result = validateReport(JSON.parse(text), { regionIndex: sampleRegionIndex() });
    expect(result.diagnostics.map((d) => d.path)).toEqual([
      ["brands", 0, "__proto__"],
      ["brands", 0],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
