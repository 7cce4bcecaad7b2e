// `npm run bench:check`, part of `npm test`: every ratio target of every suite (linear growth,
// a subject against its baseline), judged at reduced size and strictly. It exits non-zero when a
// target is missed or a suite fails. Absolute times (milliseconds, MB/s) are `npm run bench`'s
// alone: on a shared machine they say more about the neighbours than about the code, while a
// ratio of two things timed back to back does not (see gate.ts). `--only=<part of a suite name>`
// runs the matching suites.
import { type GateVerdict, gateComparison, gateGrowth } from "./gate";
import type { BenchSetup } from "./harness";
import { suites } from "./suites";

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const selected = suites.filter((suite) => only === undefined || suite.name.includes(only));
const started = performance.now();

interface Row {
  readonly suite: string;
  readonly label: string;
  readonly verdict?: GateVerdict;
  readonly error?: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const rows: Row[] = [];
if (selected.length === 0) {
  rows.push({ suite: "", label: `--only=${only} matches no suite`, error: "no suite" });
}

for (const suite of selected) {
  let setup: BenchSetup;
  try {
    setup = await suite.setup({ scale: "check", quick: false });
  } catch (error) {
    rows.push({ suite: suite.name, label: "setup", error: messageOf(error) });
    continue;
  }
  // Every task runs once, so a task that throws fails the gate even without a target of its own.
  for (const task of setup.tasks) {
    try {
      task.fn();
    } catch (error) {
      rows.push({ suite: suite.name, label: task.name, error: messageOf(error) });
    }
  }
  for (const check of setup.growth ?? []) {
    try {
      rows.push({ suite: suite.name, label: check.label, verdict: await gateGrowth(check) });
    } catch (error) {
      rows.push({ suite: suite.name, label: check.label, error: messageOf(error) });
    }
  }
  for (const comparison of setup.comparisons ?? []) {
    if (comparison.maxRatio === undefined || comparison.show === "difference") continue;
    const subject = setup.tasks.find((task) => task.name === comparison.subject);
    const baseline = setup.tasks.find((task) => task.name === comparison.baseline);
    if (subject === undefined || baseline === undefined) {
      rows.push({
        suite: suite.name,
        label: comparison.label,
        error: "no such subject or baseline",
      });
      continue;
    }
    try {
      const verdict = await gateComparison(subject.fn, baseline.fn, comparison.maxRatio);
      rows.push({ suite: suite.name, label: comparison.label, verdict });
    } catch (error) {
      rows.push({ suite: suite.name, label: comparison.label, error: messageOf(error) });
    }
  }
}

function describe(verdict: GateVerdict): string {
  const { ratio, limit, pairs, attempts, detail } = verdict;
  const shown = (value: number) =>
    value >= 1 ? `${value.toFixed(2)}x` : `1/${(1 / value).toFixed(2)}x`;
  return `${shown(ratio)} (limit ${shown(limit)}; median of ${pairs} pairs${detail === undefined ? "" : `, ${detail}`}; attempt ${attempts})`;
}

const failures = rows.filter((row) => row.error !== undefined || row.verdict?.met === false);
for (const row of rows) {
  const mark = row.error !== undefined ? "ERROR" : row.verdict?.met ? "ok   " : "MISS ";
  const what = row.error ?? (row.verdict === undefined ? "" : describe(row.verdict));
  console.log(`${mark} ${row.suite} / ${row.label}: ${what}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const judged = rows.filter((row) => row.verdict !== undefined).length;
if (failures.length > 0) {
  console.error(
    `\nbench:check: ${failures.length} of ${rows.length} target(s) missed or failed, in ${seconds} s`,
  );
  process.exitCode = 1;
} else {
  console.log(`\nbench:check: ${judged} ratio targets met, in ${seconds} s`);
}
