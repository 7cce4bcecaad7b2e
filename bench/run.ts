// `npm run bench` times every suite and writes BENCHMARKS.md; `--quick` runs each task once
// as a smoke check and writes nothing; `--only=<part of a suite name>` runs the matching suites
// and writes nothing. A suite or task that throws fails the run (exit code 1) in every mode;
// a missed target is listed at the end and in BENCHMARKS.md, and fails the run only with
// `--strict`. Quick mode judges no target: one sample is not a measurement. The verdict on the
// ratio targets is `npm run bench:check` (check.ts), which `npm test` runs.
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import {
  type DerivedFigure,
  formatMs,
  type GrowthResult,
  type PairResult,
  type TaskResult,
  timeGrowth,
  timePairs,
  timeTask,
} from "./harness";
import { suites } from "./suites";

const quick = process.argv.includes("--quick");
const strict = process.argv.includes("--strict");
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const timing = quick
  ? { minTimeMs: 0, minSamples: 1, maxSamples: 1, warmUp: false }
  : { minTimeMs: 1500, minSamples: 5, maxSamples: 200 };

const sections: string[] = [];
const missedTargets: string[] = [];
const errors: string[] = [];
const selected = suites.filter((suite) => only === undefined || suite.name.includes(only));
if (selected.length === 0) {
  errors.push(`--only=${only} matches no suite (${suites.map((suite) => suite.name).join(", ")})`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

for (const suite of selected) {
  const lines = [`## ${suite.name}`, ""];
  let setup: Awaited<ReturnType<typeof suite.setup>>;
  try {
    setup = await suite.setup({ quick, scale: quick ? "quick" : "full" });
  } catch (error) {
    errors.push(`${suite.name}: setup failed: ${messageOf(error)}`);
    lines.push(`**Setup failed**: ${messageOf(error)}`);
    sections.push(lines.join("\n"));
    console.log(`${lines.join("\n")}\n`);
    continue;
  }
  const results = new Map<string, TaskResult>();
  const failedTasks: string[] = [];
  for (const task of setup.tasks) {
    try {
      results.set(task.name, timeTask(task, timing));
    } catch (error) {
      failedTasks.push(`| ${task.name} | **failed**: ${messageOf(error)} | | | |`);
      errors.push(`${suite.name} / ${task.name}: ${messageOf(error)}`);
    }
  }
  for (const note of setup.notes ?? []) lines.push(note, "");
  lines.push("| task | median | min | samples | throughput |", "|---|---:|---:|---:|---:|");
  for (const result of results.values()) {
    const throughput =
      result.mbPerSecond === undefined ? "" : `${result.mbPerSecond.toFixed(1)} MB/s`;
    lines.push(
      `| ${result.name} | ${formatMs(result.medianMs)} | ${formatMs(result.minMs)} | ${result.samples} | ${throughput} |`,
    );
  }
  lines.push(...failedTasks);
  const figures: DerivedFigure[] = [];
  for (const check of setup.growth ?? []) {
    let growth: GrowthResult;
    try {
      growth = timeGrowth(check, timing);
    } catch (error) {
      errors.push(`${suite.name} / ${check.label}: ${messageOf(error)}`);
      continue;
    }
    // What `factor` times more work costs this machine with no algorithm at all scales the
    // target; never below it, so a noisy fast reference cannot tighten it past the plain limit.
    const limit = check.maxRatio * Math.max(1, growth.referenceRatio / check.factor);
    const figure: DerivedFigure = {
      label: `${check.label}: time(${check.factor}n) / time(n), median of ${growth.pairs} pairs (reference: ${growth.referenceRatio.toFixed(2)}x)`,
      value: `${growth.ratio.toFixed(2)}x`,
    };
    figures.push(
      quick ? figure : { ...figure, target: `≤ ${limit.toFixed(2)}x`, met: growth.ratio <= limit },
    );
  }
  for (const comparison of setup.comparisons ?? []) {
    const subject = setup.tasks.find((task) => task.name === comparison.subject);
    const baseline = setup.tasks.find((task) => task.name === comparison.baseline);
    if (subject === undefined || baseline === undefined) {
      errors.push(`${suite.name} / ${comparison.label}: no task named as subject or baseline`);
      continue;
    }
    let measured: PairResult;
    try {
      measured = timePairs(subject.fn, baseline.fn, timing);
    } catch (error) {
      errors.push(`${suite.name} / ${comparison.label}: ${messageOf(error)}`);
      continue;
    }
    const { ratio, pairs, differenceMs } = measured;
    if (comparison.show === "difference") {
      figures.push({
        label: `${comparison.label} (median of ${pairs} alternating pairs)`,
        value: `${differenceMs.toFixed(1)} ms`,
      });
      continue;
    }
    const figure: DerivedFigure = {
      label: `${comparison.label} (median of ${pairs} alternating pairs)`,
      value: ratio >= 1 ? `${ratio.toFixed(2)}x the time` : `${(1 / ratio).toFixed(2)}x faster`,
    };
    figures.push(
      comparison.maxRatio === undefined || quick
        ? figure
        : {
            ...figure,
            target:
              comparison.maxRatio >= 1
                ? `within ${comparison.maxRatio}x`
                : `at least ${(1 / comparison.maxRatio).toFixed(0)}x faster`,
            met: ratio <= comparison.maxRatio,
          },
    );
  }
  for (const figure of setup.derive?.(results) ?? []) {
    figures.push(quick ? { label: figure.label, value: figure.value } : figure);
  }
  if (figures.length > 0) {
    lines.push("", "| figure | value | target | met |", "|---|---:|---|---|");
    for (const figure of figures) {
      const met = figure.met === undefined ? "" : figure.met ? "yes" : "**no**";
      if (figure.met === false) {
        missedTargets.push(`${suite.name} / ${figure.label}: ${figure.value}, ${figure.target}`);
      }
      lines.push(`| ${figure.label} | ${figure.value} | ${figure.target ?? ""} | ${met} |`);
    }
  }
  const section = lines.join("\n");
  sections.push(section);
  console.log(`${section}\n`);
}

if (!quick && only === undefined && errors.length === 0) {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench`; each ratio is the median of alternating pairs of two tasks timed in the same run.",
    "",
    `- machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- runtime: Node ${process.version} on ${process.platform}-${process.arch}`,
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    missedTargets.length === 0
      ? "- targets: all met"
      : `- targets missed (${missedTargets.length}): ${missedTargets.join("; ")}`,
    "",
  ];
  writeFileSync(
    resolve(import.meta.dirname, "../BENCHMARKS.md"),
    `${[...header, ...sections].join("\n")}\n`,
  );
}
if (quick) console.log(`bench --quick: ${selected.length} suites ran once each`);
if (missedTargets.length > 0) {
  console.error(`\n${missedTargets.length} target(s) missed:\n- ${missedTargets.join("\n- ")}`);
  if (strict) process.exitCode = 1;
}
if (errors.length > 0) {
  console.error(`\n${errors.length} benchmark error(s):\n- ${errors.join("\n- ")}`);
  if (!quick && only === undefined) console.error("BENCHMARKS.md was not written.");
  process.exitCode = 1;
}
