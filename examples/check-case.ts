// Checks one case study against its article and computes its metrics, through the library's
// public API only. Pure: the caller reads the article and prints the result.

import { cnRegions } from "../src/cn-regions/index";
import { cnTownships } from "../src/cn-regions/townships/index";
import {
  addQuantities,
  auditFigures,
  completionRate,
  coverage,
  createRegionIndex,
  extractQuantities,
  formatPercent,
  formatQuantity,
  type MetricResult,
  parseQuantity,
  previousFromGrowth,
  type Quantity,
  type Region,
  type RegionIndex,
  type ReportInput,
  roundHalfUp,
  standardIndicators,
  validateReport,
} from "../src/index";
import type { CaseMetric, CaseStudy, Operand } from "./cases/case-study";

/** One figure of the report, where it sits and whether its quote holds. */
export interface FigureRow {
  /** What the figure counts, in Chinese: the indicator, carrier, target or activity. */
  readonly label: string;
  /** The figure as the library formats it, qualifier included (5万余人). */
  readonly figure: string;
  /** The words of the article it was read from. */
  readonly quote: string;
  /** Empty when the quote is in the article and reads as the figure; otherwise why not. */
  readonly problem: string;
}

/** One computed metric. */
export interface MetricRow {
  readonly label: string;
  /** The result as a person reads it, or the failure message. */
  readonly value: string;
  /** How it was computed. */
  readonly how: string;
  readonly ok: boolean;
}

/** Everything `npm run examples` prints for one case, and whether it passed. */
export interface CaseResult {
  readonly name: string;
  /** How many records of each kind the report holds, in Chinese. */
  readonly summary: string;
  readonly figures: readonly FigureRow[];
  readonly metrics: readonly MetricRow[];
  /** The warnings of validateReport, as `code path: message` (its errors are failures). */
  readonly warnings: readonly string[];
  /** Every reason the case fails; empty when it passes. */
  readonly failures: readonly string[];
}

// The parts of a report input the checks read; the full shape is the schema's.
interface ObservationLike {
  readonly indicatorId: string;
  readonly growthOf?: string;
  readonly regionCode: string;
  readonly value?: Quantity;
}
interface ReportLike {
  readonly regions?: readonly Region[];
  readonly indicators?: readonly {
    readonly id: string;
    readonly name: { readonly "zh-CN": string };
  }[];
  readonly observations?: readonly ObservationLike[];
  readonly campaigns?: readonly {
    readonly id: string;
    readonly components?: readonly {
      readonly statements?: readonly string[];
      readonly targets?: readonly {
        readonly description: string;
        readonly target: Quantity;
        readonly actual?: Quantity;
      }[];
    }[];
  }[];
}

/**
 * The region index a case is validated against: the national catalog and its townships, with
 * the report's own regions in place of the rows they repeat.
 */
export function regionIndexFor(report: ReportLike): RegionIndex {
  const own = report.regions ?? [];
  const ownCodes = new Set(own.map((region) => region.code));
  const national = [...cnRegions, ...cnTownships];
  return createRegionIndex([...national.filter((region) => !ownCodes.has(region.code)), ...own]);
}

/** Checks a case study against the text of its article. */
export function checkCase(study: CaseStudy, article: string): CaseResult {
  const failures: string[] = [];
  const report = study.report as ReportLike;
  const body = bodyOf(study, article, failures);
  const index = regionIndexFor(report);

  // With the article body as its source text, validateReport also checks that every quote occurs
  // in the article (QUOTE_NOT_IN_SOURCE) and that every figure of it is quoted (UNQUOTED_FIGURE).
  const validation = validateReport(withSourceText(study.report, body), { regionIndex: index });
  const warnings: string[] = [];
  for (const d of validation.diagnostics) {
    const line = `${d.code} ${d.path.join(".")}: ${d.message}`;
    if (d.severity === "error") failures.push(`validateReport ${line}`);
    else warnings.push(line);
  }

  const figures = figureRows(study, report, body, failures);
  const metrics = study.metrics.flatMap((metric) => computeMetric(metric, report, index));
  for (const row of metrics) if (!row.ok) failures.push(`指标 ${row.label}: ${row.value}`);

  return {
    name: study.name,
    summary: summaryOf(study.report),
    figures,
    metrics,
    warnings,
    failures,
  };
}

const collections: readonly (readonly [string, string])[] = [
  ["regions", "区划"],
  ["units", "单位"],
  ["brands", "品牌"],
  ["campaigns", "行动"],
  ["activities", "活动"],
  ["agreements", "协议"],
  ["designations", "命名表彰"],
  ["indicators", "自定指标"],
  ["observations", "观测值"],
];

function summaryOf(report: unknown): string {
  const record = report as Readonly<Record<string, unknown>>;
  return collections
    .map(([key, label]) => {
      const items = record[key];
      return `${label} ${Array.isArray(items) ? items.length : 0}`;
    })
    .join(" · ");
}

function bodyOf(study: CaseStudy, article: string, failures: string[]): string {
  const start = article.indexOf(study.body.start);
  const end = start === -1 ? -1 : article.indexOf(study.body.end, start);
  if (start === -1 || end === -1) {
    failures.push(`正文起止标记不在文章中: ${study.body.start} … ${study.body.end}`);
    return "";
  }
  return article.slice(start, end + study.body.end.length);
}

/** How a quote reads: as one figure on its own, or as the one figure it contains. */
export function readQuote(quote: string): Quantity | undefined {
  const whole = parseQuantity(quote);
  if (whole !== undefined) return whole;
  const found = extractQuantities(quote);
  return found.length === 1 ? found[0]?.quantity : undefined;
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.value === b.value && a.unit === b.unit && a.comparator === b.comparator;
}

function figureRows(
  study: CaseStudy,
  report: ReportLike,
  body: string,
  failures: string[],
): FigureRow[] {
  const names = indicatorNames(report);
  const rows: FigureRow[] = [];

  const check = (label: string, quantity: Quantity, quote: string | undefined) => {
    let problem = "";
    if (quote === undefined) problem = "没有引文";
    else if (!body.includes(quote)) problem = "引文不在文章正文中";
    else {
      const read = readQuote(quote);
      if (read === undefined) problem = "引文读不出一个数字";
      else if (!sameQuantity(read, quantity)) problem = `引文读作 ${formatQuantity(read)}`;
    }
    if (problem !== "") failures.push(`${label} ${formatQuantity(quantity)}: ${problem}`);
    rows.push({ label, figure: formatQuantity(quantity), quote: quote ?? "", problem });
  };

  for (const [path, quantity] of quantitiesOf(study.report)) {
    const observation = observationAt(report, path);
    if (observation !== undefined) {
      const nameOf = (id: string) => names.get(id) ?? id;
      const name =
        observation.growthOf === undefined
          ? nameOf(observation.indicatorId)
          : `${nameOf(observation.indicatorId)} · ${nameOf(observation.growthOf)}`;
      check(name, quantity, quantity.quote);
    } else {
      check(labelOf(study.report, path), quantity, quantity.quote);
    }
  }

  // The library's figure audit: every figure of the body lies inside a figure's quote or a text
  // the case says is not a figure (a statement covers no figure: it holds claims without numbers),
  // and every statement occurs in the body.
  const statements = statementsOf(report);
  for (const notFigure of study.notFigures) {
    if (!body.includes(notFigure.text)) failures.push(`“${notFigure.text}”不在文章正文中`);
  }
  const quotes = [
    ...quantitiesOf(study.report).flatMap(([, quantity]) => quantity.quote ?? []),
    ...study.notFigures.map((notFigure) => notFigure.text),
  ];
  const audit = auditFigures(body, quotes);
  for (const found of audit.unquotedFigures) {
    failures.push(`文章中的数字“${found.text}”不在报告中`);
  }
  for (const statement of statements) {
    if (!body.includes(statement)) failures.push(`表述“${statement}”不在文章正文中`);
  }
  return rows;
}

/** A figure of a report input: a quantity with the words it was read from, when it has them. */
type QuotedQuantity = Quantity & { readonly quote?: string };

function isQuantity(value: unknown): value is QuotedQuantity {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.value === "number" && typeof record.comparator === "string";
}

/** Every quantity in a report input with its path, in document order. */
export function quantitiesOf(report: unknown): [readonly (string | number)[], QuotedQuantity][] {
  const found: [readonly (string | number)[], QuotedQuantity][] = [];
  const walk = (value: unknown, path: readonly (string | number)[]) => {
    if (isQuantity(value)) found.push([path, value]);
    else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(report, []);
  return found;
}

/** The claims without numbers of a report input: every campaign component's statements. */
function statementsOf(report: ReportLike): string[] {
  return (report.campaigns ?? []).flatMap((campaign) =>
    (campaign.components ?? []).flatMap((component) => component.statements ?? []),
  );
}

/** The report input with the article body as its source text. */
function withSourceText(report: ReportInput, text: string): ReportInput {
  return { ...report, source: { ...report.source, text } };
}

function observationAt(report: ReportLike, path: readonly (string | number)[]) {
  if (path[0] !== "observations" || typeof path[1] !== "number") return undefined;
  return report.observations?.[path[1]];
}

function at(root: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  let node: unknown = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string, unknown>;
}

const activityFields: Readonly<Record<string, string>> = {
  participants: "参与人数",
  onlineViewers: "在线观看人数",
  pageViews: "浏览量",
};

/** A Chinese label for a quantity outside observations, from the entity that holds it. */
function labelOf(report: unknown, path: readonly (string | number)[]): string {
  const [collection] = path;
  const last = String(path[path.length - 1]);
  if (path.at(-3) === "carriers") {
    return `阵地 · ${String(at(report, path.slice(0, -1)).name)}`;
  }
  if (collection === "activities") {
    return `${activityFields[last] ?? last} · ${String(at(report, path.slice(0, 2)).name)}`;
  }
  if (collection === "campaigns") {
    const target = at(report, path.slice(0, -1));
    return `${last === "actual" ? "完成" : "目标"} · ${String(target.description)}`;
  }
  return path.join(".");
}

function indicatorNames(report: ReportLike): Map<string, string> {
  const names = new Map<string, string>();
  for (const indicator of Object.values(standardIndicators)) {
    names.set(indicator.id, indicator.name["zh-CN"]);
  }
  for (const indicator of report.indicators ?? []) names.set(indicator.id, indicator.name["zh-CN"]);
  return names;
}

/** The value of the report's one observation of an indicator (of the growth of one, with `growthOf`). */
function reportedValue(
  report: ReportLike,
  indicatorId: string,
  growthOf?: string,
): Quantity | undefined {
  const matches = (report.observations ?? []).filter(
    (o) => o.indicatorId === indicatorId && o.growthOf === growthOf,
  );
  return matches.length === 1 ? matches[0]?.value : undefined;
}

function operandOf(report: ReportLike, index: RegionIndex, operand: Operand): Quantity | undefined {
  if ("indicatorId" in operand) return reportedValue(report, operand.indicatorId);
  const count = index
    .descendants(operand.regionsUnder)
    .filter((region) => region.level === operand.level).length;
  return { value: count, unit: "个", comparator: "eq" };
}

function describe(operand: Operand, value: Quantity | undefined): string {
  const shown = value === undefined ? "?" : formatQuantity(value);
  return "indicatorId" in operand
    ? `${operand.indicatorId} ${shown}`
    : `${operand.regionsUnder} 下属${operand.level === "township" ? "乡级" : "村级"}区划 ${shown}`;
}

/** A rate as a person reads it, with the bounds a qualified input leaves. */
function percentOf(result: MetricResult & { ok: true }): string {
  const value = formatPercent(result.value);
  const { lower, upper } = result;
  if (lower !== undefined && upper !== undefined && lower !== upper) {
    return `${value}（${formatPercent(lower)}–${formatPercent(upper)}）`;
  }
  if (lower !== undefined && upper === undefined) return `${value}（下限${formatPercent(lower)}）`;
  if (upper !== undefined && lower === undefined) return `${value}（上限${formatPercent(upper)}）`;
  return value;
}

function missing(label: string, what: string): MetricRow {
  return { label, value: `缺少 ${what}`, how: "", ok: false };
}

function computeMetric(
  metric: CaseMetric,
  report: ReportLike,
  index: RegionIndex,
): readonly MetricRow[] {
  if (metric.kind === "completion") return completionOf(metric, report);
  return [computeSingle(metric, report, index)];
}

function computeSingle(
  metric: Exclude<CaseMetric, { kind: "completion" }>,
  report: ReportLike,
  index: RegionIndex,
): MetricRow {
  switch (metric.kind) {
    case "rate": {
      const rate = reportedValue(report, metric.indicatorId);
      if (rate === undefined || rate.unit !== "%") return missing(metric.label, metric.indicatorId);
      const fraction = roundHalfUp(rate.value / 100, 12);
      return {
        label: metric.label,
        value: formatPercent(fraction, { decimals: 1 }),
        how: `${formatQuantity(rate)} → 比率 ${fraction}`,
        ok: true,
      };
    }
    case "previous": {
      const current = reportedValue(report, metric.indicatorId);
      const growth = reportedValue(report, "growth_rate", metric.indicatorId);
      if (current === undefined || growth === undefined) {
        return missing(metric.label, `${metric.indicatorId} 及其增速`);
      }
      const result = previousFromGrowth(current, growth);
      if (!result.ok) return { label: metric.label, value: result.message, how: "", ok: false };
      const previous: Quantity = {
        value: result.value,
        comparator: "approx",
        unit: current.unit ?? "",
      };
      return {
        label: metric.label,
        value: formatQuantity(previous),
        how: `previousFromGrowth(${formatQuantity(current)}, ${formatQuantity(growth)})`,
        ok: true,
      };
    }
    case "total": {
      const parts = metric.indicatorIds.map((id) => reportedValue(report, id));
      const present = parts.filter((part): part is Quantity => part !== undefined);
      const [first, ...rest] = present;
      if (first === undefined || present.length !== parts.length) {
        return missing(metric.label, metric.indicatorIds.join(", "));
      }
      const total = addQuantities(first, ...rest);
      return {
        label: metric.label,
        value: formatQuantity(total),
        how: `addQuantities(${present.map((q) => formatQuantity(q)).join(", ")})`,
        ok: true,
      };
    }
    case "coverage": {
      const covered = operandOf(report, index, metric.covered);
      const total = operandOf(report, index, metric.total);
      if (covered === undefined || total === undefined)
        return missing(metric.label, "覆盖的部分或总数");
      const result = coverage(covered, total);
      return {
        label: metric.label,
        value: result.ok ? percentOf(result) : result.message,
        how: `coverage(${describe(metric.covered, covered)}, ${describe(metric.total, total)})`,
        ok: result.ok,
      };
    }
    case "agrees": {
      const left = operandOf(report, index, metric.left);
      const right = operandOf(report, index, metric.right);
      const ok = left !== undefined && right !== undefined && left.value === right.value;
      return {
        label: metric.label,
        value: ok ? "一致" : "不一致",
        how: `${describe(metric.left, left)} = ${describe(metric.right, right)}`,
        ok,
      };
    }
  }
}

function completionOf(
  metric: Extract<CaseMetric, { kind: "completion" }>,
  report: ReportLike,
): readonly MetricRow[] {
  const campaign = report.campaigns?.find((c) => c.id === metric.campaignId);
  if (campaign === undefined) return [missing(metric.label, metric.campaignId)];
  const targets = (campaign.components ?? []).flatMap((component) => component.targets ?? []);
  const rows = targets.map((target): MetricRow => {
    const label = `${metric.label} ${target.description}`;
    if (target.actual === undefined) {
      return {
        label,
        value: "文章未报完成值",
        how: `目标 ${formatQuantity(target.target)}`,
        ok: true,
      };
    }
    const actual = sameCount(target.actual, target.target, metric.sameCount ?? []);
    const result = completionRate(actual, target.target);
    return {
      label,
      value: result.ok ? percentOf(result) : result.message,
      how: `completionRate(${formatQuantity(target.actual)}, ${formatQuantity(target.target)})`,
      ok: result.ok,
    };
  });
  return rows.length > 0 ? rows : [missing(metric.label, "目标")];
}

/** The actual in the target's unit when the case says the two units count the same thing. */
function sameCount(
  actual: Quantity,
  target: Quantity,
  pairs: readonly (readonly [string, string])[],
): Quantity {
  const same = pairs.some(
    ([a, b]) =>
      (actual.unit === a && target.unit === b) || (actual.unit === b && target.unit === a),
  );
  return same && target.unit !== undefined ? { ...actual, unit: target.unit } : actual;
}
