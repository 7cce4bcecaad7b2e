// Every message validateReport writes in zh-TW is in traditional characters, save the user's own
// text it quotes: every field of every schema given each kind of wrong value, every key removed
// and an unknown key added, every built-in rule broken, every option wrong.
import { describe, expect, it } from "vitest";
import { createCnRegionIndex } from "../../src/cn-regions/create-cn-region-index";
import { cnRegionHistory } from "../../src/cn-regions/history/cn-region-history";
import { ShiliuError } from "../../src/core/shiliu-error";
import { builtInReportRules } from "../../src/report/built-in-report-rules";
import { fieldsAlong, schemaType, shapeOf } from "../../src/report/schema-field";
import { validateReport } from "../../src/report/validate-report";
import type { ValidateReportOptions } from "../../src/report/validate-report-options";
import { ReportSchema } from "../../src/schemas/report";
import { sampleReport } from "./fixtures";
import { notTraditional, stringsIn } from "./traditional-text";
import { ruleTriggers } from "./zh-tw-rule-triggers";

const today = "2026-12-01";
const regionIndex = createCnRegionIndex();

// One value of each kind a field can wrongly hold.
const wrongValues: readonly unknown[] = [null, -1.5, "x", "", [], {}, true, "x".repeat(2001)];

type Node = Record<string, unknown> | unknown[];

const removed = Symbol("removed");

/** The sample report with a record in every collection and a component with a target. */
function fullReport(): unknown {
  const report = structuredClone(sampleReport()) as unknown as Record<string, unknown> & {
    campaigns: Record<string, unknown>[];
  };
  report.publishedOn = "2023-12-20";
  report.indicators = [
    {
      id: "sites",
      name: { "zh-CN": "阵地数", "zh-TW": "陣地數", en: "sites" },
      kind: "count",
      unit: "个",
      aggregation: "sum",
    },
  ];
  report.designations = [
    {
      id: "d1",
      title: "全国民族团结进步示范单位",
      kind: "demonstration_unit",
      level: "national",
      recipient: {
        type: "unit",
        id: "saihan-united-front",
        name: "赛罕区委统战部",
        regionCode: "150105",
      },
      year: 2023,
    },
  ];
  const campaign = report.campaigns[1];
  if (campaign !== undefined) {
    campaign.components = [
      {
        id: "c1",
        name: "宣讲",
        targets: [
          {
            indicatorId: "sites",
            description: "阵地",
            target: { value: 10, unit: "个" },
            actual: { value: 9, unit: "个" },
          },
        ],
      },
    ];
  }
  return report;
}

/** Every report the sample becomes with one field wrong, one key removed or one key added. */
function brokenReports(): unknown[] {
  const root = fullReport() as unknown as Node;
  const reports: unknown[] = [];
  // A copy of the report with `key` of the node at `path` set to `value`, or removed.
  const edit = (path: readonly (string | number)[], key: string | number, value: unknown) => {
    const copy = structuredClone(root);
    let node: Node = copy;
    for (const step of path) node = (node as Record<string | number, unknown>)[step] as Node;
    const target = node as Record<string | number, unknown>;
    if (value === removed) delete target[key];
    else target[key] = value;
    reports.push(copy);
  };
  const visit = (node: unknown, path: readonly (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        for (const value of wrongValues) edit(path, index, value);
        visit(item, [...path, index]);
      });
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    // The schema's own keys as well as the sample's: a field the sample leaves out is tried too.
    const steps = fieldsAlong(ReportSchema, path, () => undefined);
    const schema = steps.length === path.length + 1 ? steps.at(-1)?.schema : undefined;
    const own = schema !== undefined && schemaType(schema) === "object" ? shapeOf(schema) : {};
    const keys = new Set([...Object.keys(own), ...Object.keys(record)]);
    for (const key of keys) {
      for (const value of wrongValues) edit(path, key, value);
      if (Object.hasOwn(record, key)) edit(path, key, removed);
    }
    edit(path, "unknownField", 1);
    for (const [key, value] of Object.entries(record)) visit(value, [...path, key]);
  };
  visit(root, []);
  return reports;
}

/**
 * The text of the input and of the catalogues it points at: the input's strings, and the
 * catalogue's name of each region code among them (目錄中 150000 是「内蒙古自治区」). Place names
 * are proper names of the national catalogue, quoted in its own script.
 */
function dataStrings(input: unknown): string[] {
  const strings = stringsIn(input);
  const names = strings.flatMap((text) => regionIndex.get(text)?.name ?? []);
  return [...new Set([...strings, ...names])].sort((a, b) => b.length - a.length);
}

function messagesOf(input: unknown, options: ValidateReportOptions = {}): string[] {
  const result = validateReport(input, { locale: "zh-TW", today, regionIndex, ...options });
  return result.diagnostics.map((d) => d.message);
}

describe("validateReport in zh-TW", () => {
  it("names every field of every record in traditional characters", () => {
    const reports = brokenReports();
    // Every report breaks the same sample, so one set of its strings serves them all.
    const data = dataStrings([fullReport(), wrongValues]);
    const messages = new Set<string>();
    for (const input of reports) for (const message of messagesOf(input)) messages.add(message);
    expect(notTraditional([...messages], data)).toEqual([]);
    expect(reports.length).toBeGreaterThan(1000);
    expect(messages.size).toBeGreaterThan(1000);
    // Some two thousand reports, each validated in full: a sweep, not a unit.
  }, 60_000);

  it("words every built-in rule's message in traditional characters", () => {
    const codes = new Set<string>();
    const simplified: string[] = [];
    for (const [, input] of ruleTriggers) {
      // With the national catalogue, and without it (NO_REGION_INDEX).
      for (const options of [{ regionIndex }, {}]) {
        const result = validateReport(input, { locale: "zh-TW", today, ...options });
        for (const d of result.diagnostics) codes.add(d.code);
        const messages = result.diagnostics.map((d) => d.message);
        simplified.push(...notTraditional(messages, dataStrings(input)));
      }
    }
    expect(simplified).toEqual([]);
    // Each trigger still breaks its rule, and every built-in rule has a trigger.
    for (const [code] of ruleTriggers) expect(codes).toContain(code);
    for (const rule of builtInReportRules) expect(codes).toContain(rule.code);
  });

  it("words the retired region code warning in traditional characters", () => {
    const designations = [
      {
        id: "d1",
        title: "全国民族团结进步示范单位",
        kind: "demonstration_unit",
        level: "national",
        year: 2021,
        recipient: { type: "unit", name: "某社区", regionCode: "632321" },
      },
    ];
    const input = { id: "r", title: "报告", regionCode: "632301", period: "2021", designations };
    const messages = messagesOf(input, { regionHistory: cnRegionHistory });
    expect(messages.length).toBeGreaterThan(0);
    // The warning cites the catalogue: the region's names then and now and the approving
    // document's number (民函〔2020〕63号), as the record gives them.
    const cited = cnRegionHistory.records.filter((r) => ["632321", "632301"].includes(r.code));
    const data = stringsIn(cited).filter((text) => text.length > 1);
    expect(notTraditional(messages, stringsIn(input), data)).toEqual([]);
  });

  it("says what is wrong with the options in traditional characters", () => {
    const bad = {
      locale: "zh-TW",
      rules: [{ code: "X" }],
      knownIndicators: 5,
      regionIndex: {},
      today: "2026-02-30",
      zodIssues: "yes",
      regionHistory: 1,
      strict: true,
    };
    const messages: string[] = [];
    // Options that are not an object carry no locale: that message is zh-CN, tested elsewhere.
    for (const options of [bad, { locale: "zh-TW", today: 5 }]) {
      try {
        validateReport(sampleReport(), options as never);
      } catch (error) {
        if (!(error instanceof ShiliuError)) throw error;
        messages.push(error.message, ...error.issues.map((issue) => issue.message));
      }
    }
    expect(messages.length).toBeGreaterThan(9);
    expect(notTraditional(messages, [])).toEqual([]);
  });
});
