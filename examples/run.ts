// Runs every case study: each seed article written as a shiliu report, validated, its quotes
// checked against the article and its metrics computed. Exits non-zero if any case fails.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCnRegionIndex } from "../src/cn-regions/index";
import { toSimplified } from "../src/script/index";
import { cases } from "./cases/index";
import { type CaseResult, checkCase } from "./check-case";
import { type ComparedKind, compareDraft, type DraftComparison, shareOf } from "./compare-draft";

const root = join(import.meta.dirname, "..");

// Columns line up in a terminal: CJK characters take two cells.
function width(text: string): number {
  let cells = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    cells += wide ? 2 : 1;
  }
  return cells;
}

function shorten(text: string, cells: number): string {
  if (width(text) <= cells) return text;
  let kept = "";
  for (const char of text) {
    if (width(`${kept}${char}…`) > cells) break;
    kept += char;
  }
  return `${kept}…`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ""))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell + " ".repeat((widths[column] ?? 0) - width(cell)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function print(result: CaseResult): void {
  const verdict = result.failures.length === 0 ? "通过" : "未通过";
  console.log(`\n== ${result.name} · ${verdict}`);
  console.log(`   ${result.summary}\n`);
  console.log(
    table(
      ["数字", "报告中的值", "原文", "核对"],
      result.figures.map((row) => [
        shorten(row.label, 40),
        row.figure,
        row.quote,
        row.problem === "" ? "✓" : `✗ ${row.problem}`,
      ]),
    ),
  );
  console.log("");
  console.log(
    table(
      ["指标", "结果", "计算"],
      result.metrics.map((row) => [row.label, row.ok ? row.value : `✗ ${row.value}`, row.how]),
    ),
  );
  // Errors are among the failures; warnings are printed for what they are.
  for (const warning of result.warnings) console.log(`  ! ${warning}`);
  for (const failure of result.failures) console.log(`  ✗ ${failure}`);
}

const results = cases.map((study) =>
  checkCase(study, readFileSync(join(root, study.article), "utf8")),
);
results.forEach(print);

// Each seed article drafted by draftReport, beside the case written by hand from it.
const kindNames: Readonly<Record<ComparedKind, string>> = {
  figures: "数字",
  indicators: "标准指标",
  brands: "品牌",
  campaigns: "行动",
  activities: "活动",
  agreements: "协议",
  designations: "命名表彰",
};
const kinds = Object.keys(kindNames) as ComparedKind[];

function printDraft(comparison: DraftComparison): void {
  console.log(`\n== 草稿对照 ${comparison.slug}\n`);
  console.log(
    table(
      ["类别", "一致", "遗漏", "多出", "遗漏的", "多出的"],
      kinds.map((kind) => {
        const { right, missed, added } = comparison.kinds[kind];
        return [
          kindNames[kind],
          String(right.length),
          String(missed.length),
          String(added.length),
          shorten(missed.join("；"), 48),
          shorten(added.join("；"), 48),
        ];
      }),
    ),
  );
}

const regionIndex = createCnRegionIndex({ normalizeName: toSimplified });
const comparisons = cases.map((study) =>
  compareDraft(study, readFileSync(join(root, study.article), "utf8"), regionIndex),
);
comparisons.forEach(printDraft);
const share = (kind: ComparedKind, of: readonly DraftComparison[]) => {
  const [right, total] = shareOf(of, kind);
  return total === 0 ? "—" : `${right}/${total} = ${(right / total).toFixed(2)}`;
};
console.log("\n== 草稿一致率（案例中的数字与记录，草稿中有几成）\n");
console.log(
  table(
    ["案例", ...kinds.map((kind) => kindNames[kind])],
    [
      ...comparisons.map((c) => [c.slug, ...kinds.map((kind) => share(kind, [c]))]),
      ["合计", ...kinds.map((kind) => share(kind, comparisons))],
    ],
  ),
);

const failed = results.filter((result) => result.failures.length > 0);
const figures = results.reduce((sum, result) => sum + result.figures.length, 0);
console.log(
  `\n${results.length} 个案例，${figures} 个数字：${results.length - failed.length} 个通过，${failed.length} 个未通过`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
