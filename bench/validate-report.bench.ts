// Validating a large report end to end, and what shiliu's own checks (region-code structure,
// calendar dates, date-or-period) cost over a zod object of the same fields without them.
import * as z from "zod";
import { validateReport } from "../src/report/validate-report";
import { ActivitySchema } from "../src/schemas/activity";
import { patterns } from "../src/schemas/messages";
import type { ReportInput } from "../src/schemas/report";
import type { BenchSuite } from "./harness";

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Township codes under two counties of 呼和浩特, enough for `count` distinct regions. */
function townshipCodes(count: number): string[] {
  const codes: string[] = [];
  for (const county of ["150105", "150102", "150103", "150104"]) {
    for (let t = 1; t <= 599 && codes.length < count; t++) codes.push(`${county}${pad(t, 3)}`);
  }
  return codes;
}

const indicatorCount = 10;

/** A report with `size` activities and `size` observations, valid under every rule. */
function largeReport(size: number): ReportInput {
  const regionsPerIndicator = Math.ceil(size / indicatorCount);
  const townships = townshipCodes(regionsPerIndicator);
  const activities = Array.from({ length: size }, (_, i) => ({
    id: `activity-${i}`,
    name: `民族团结进步主题活动第${i + 1}场`,
    date: `2023-${pad((i % 12) + 1, 2)}-${pad((i % 28) + 1, 2)}`,
    regionCodes: [townships[i % townships.length] ?? "150105"],
    modality: (["offline", "online", "hybrid"] as const)[i % 3] ?? "offline",
    participants: { value: 100 + (i % 400), unit: "人", comparator: "gt" as const },
  }));
  const observations = Array.from({ length: size }, (_, i) => ({
    indicatorId: `activities_held_${i % indicatorCount}`,
    regionCode: townships[Math.floor(i / indicatorCount) % townships.length] ?? "150105",
    // Past one observation per indicator and township, earlier years keep every one distinct.
    period: String(2023 - Math.floor(i / indicatorCount / townships.length)),
    value: { value: 1 + (i % 50), unit: "场次" },
  }));
  return {
    id: "bench",
    title: "呼和浩特市民族团结进步创建工作报告",
    regionCode: "150100",
    period: "2023",
    regions: [
      { code: "150000", name: "内蒙古自治区", level: "province" },
      { code: "150100", name: "呼和浩特市", level: "prefecture", parentCode: "150000" },
      ...["150102", "150103", "150104", "150105"].map((code) => ({
        code,
        name: `区${code}`,
        level: "county" as const,
        parentCode: "150100",
      })),
      ...townships.map((code) => ({
        code,
        name: `街道${code}`,
        level: "township" as const,
        parentCode: code.slice(0, 6),
      })),
    ],
    indicators: Array.from({ length: indicatorCount }, (_, i) => ({
      id: `activities_held_${i}`,
      name: { "zh-CN": `活动场次${i}` },
      kind: "count" as const,
      unit: "场次",
      aggregation: "sum" as const,
    })),
    activities,
    observations,
  };
}

const comparators = ["eq", "approx", "nearly", "gt", "gte", "lt", "lte"] as const;
const id = z.string().min(1).max(200);

/**
 * The fields of ActivitySchema as zod declares them (lengths, patterns, enums, a default, exact
 * optional keys, read-only output) with none of shiliu's refinements: no region-code structure,
 * no calendar check, no date-or-period rule. (Brands exist only in types.)
 */
const sameFields = (() => {
  // A figure as a report holds it: the fields of ReportedQuantitySchema, without its range rule.
  const quantity = z
    .strictObject({
      value: z.number(),
      upper: z.number().exactOptional(),
      unit: z.string().min(1).max(20).exactOptional(),
      comparator: z.enum(comparators).default("eq"),
      precision: z.number().positive().exactOptional(),
      quote: z.string().regex(patterns.non_blank).max(2000).exactOptional(),
    })
    .readonly();
  return z
    .strictObject({
      id,
      name: z.string().min(1).max(500),
      campaignId: id.exactOptional(),
      date: z.string().regex(patterns.iso_date).exactOptional(),
      period: z.string().regex(patterns.period_key).exactOptional(),
      regionCodes: z.array(z.string().regex(patterns.region_code)).min(1).readonly(),
      modality: z.enum(["offline", "online", "hybrid"]),
      participants: quantity.exactOptional(),
      onlineViewers: quantity.exactOptional(),
      pageViews: quantity.exactOptional(),
    })
    .readonly();
})();

/**
 * The plainest zod object that accepts the same activities: `.optional()` keys (which also let
 * an explicit `undefined` through) and mutable output. Compared for information, with no target:
 * it shows what exact optional keys and frozen output cost in zod itself.
 */
const plainest = (() => {
  const quantity = z.strictObject({
    value: z.number(),
    upper: z.number().optional(),
    unit: z.string().min(1).max(20).optional(),
    comparator: z.enum(comparators).default("eq"),
    precision: z.number().positive().optional(),
    quote: z.string().regex(patterns.non_blank).max(2000).optional(),
  });
  return z.strictObject({
    id,
    name: z.string().min(1).max(500),
    campaignId: id.optional(),
    date: z.string().regex(patterns.iso_date).optional(),
    period: z.string().regex(patterns.period_key).optional(),
    regionCodes: z.array(z.string().regex(patterns.region_code)).min(1),
    modality: z.enum(["offline", "online", "hybrid"]),
    participants: quantity.optional(),
    onlineViewers: quantity.optional(),
    pageViews: quantity.optional(),
  });
})();

export const validateReportSuite: BenchSuite = {
  name: "validateReport",
  setup({ scale }) {
    const size = { quick: 200, check: 800, full: 10_000 }[scale];
    const report = largeReport(size);
    const eighth = largeReport(size / 8);
    // Eight times the full report, timed against it: whether validation stays linear at scale.
    const eightfold = scale === "full" ? largeReport(size * 8) : undefined;
    const json = JSON.stringify(report);
    const check = validateReport(report);
    if (!check.ok) {
      throw new Error(`the benchmark report is invalid: ${check.diagnostics[0]?.message ?? ""}`);
    }
    const activities = report.activities ?? [];
    return {
      // The least work any validation does is to read every value once and build the output;
      // structuredClone does exactly that, so its growth is what 8x more data costs this machine.
      growth: [
        {
          label: `linear time, validateReport on ${size / 8} and ${size} activities + observations`,
          small: () => validateReport(eighth),
          large: () => validateReport(report),
          referenceSmall: () => structuredClone(eighth),
          referenceLarge: () => structuredClone(report),
          factor: 8,
          maxRatio: 10,
        },
        ...(eightfold === undefined
          ? []
          : [
              {
                label: `linear time, validateReport on ${size} and ${size * 8} activities + observations`,
                small: () => validateReport(report),
                large: () => validateReport(eightfold),
                referenceSmall: () => structuredClone(report),
                referenceLarge: () => structuredClone(eightfold),
                factor: 8,
                maxRatio: 10,
              },
            ]),
      ],
      notes: [
        `A report of ${size} activities and ${size} observations (${(json.length / 1e6).toFixed(1)} MB of JSON) over ${report.regions?.length ?? 0} regions, run through the schema and every built-in rule; then the same ${activities.length} activities parsed one by one with ActivitySchema, with a zod object of the same fields without shiliu's refinements, and with the plainest zod object that accepts them.`,
      ],
      tasks: [
        {
          name: `validateReport: ${size} activities + ${size} observations`,
          fn: () => validateReport(report),
          bytes: json.length,
        },
        {
          name: `ActivitySchema.parse × ${activities.length}`,
          fn: () => {
            for (const activity of activities) ActivitySchema.parse(activity);
          },
        },
        {
          name: `same fields without refinements.parse × ${activities.length}`,
          fn: () => {
            for (const activity of activities) sameFields.parse(activity);
          },
        },
        {
          name: `plainest zod object.parse × ${activities.length}`,
          fn: () => {
            for (const activity of activities) plainest.parse(activity);
          },
        },
      ],
      comparisons: [
        {
          label: "ActivitySchema vs a zod object of the same fields without refinements",
          subject: `ActivitySchema.parse × ${activities.length}`,
          baseline: `same fields without refinements.parse × ${activities.length}`,
          maxRatio: 1.5,
        },
        {
          label: "ActivitySchema vs the plainest zod object (optional keys, mutable output)",
          subject: `ActivitySchema.parse × ${activities.length}`,
          baseline: `plainest zod object.parse × ${activities.length}`,
        },
        {
          label: "exact optional keys and frozen output, in zod alone",
          subject: `same fields without refinements.parse × ${activities.length}`,
          baseline: `plainest zod object.parse × ${activities.length}`,
        },
      ],
    };
  },
};
