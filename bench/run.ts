// `npm run bench` times every suite and writes BENCHMARKS.md; `--quick` runs each task once
// as a smoke check and writes nothing.
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { type DerivedFigure, formatMs, type TaskResult, timeTask } from "./harness";
import { suites } from "./suites";

const quick = process.argv.includes("--quick");
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const timing = quick
  ? { minTimeMs: 0, minSamples: 1, maxSamples: 1 }
  : { minTimeMs: 1500, minSamples: 5, maxSamples: 200 };

const sections: string[] = [];
let failedTargets = 0;

for (const suite of suites) {
  if (only !== undefined && !suite.name.includes(only)) continue;
  const setup = await suite.setup({ quick });
  const results = new Map<string, TaskResult>();
  for (const task of setup.tasks) results.set(task.name, timeTask(task, timing));

  const lines = [`## ${suite.name}`, ""];
  for (const note of setup.notes ?? []) lines.push(note, "");
  lines.push("| task | median | min | samples | throughput |", "|---|---:|---:|---:|---:|");
  for (const result of results.values()) {
    const throughput =
      result.mbPerSecond === undefined ? "" : `${result.mbPerSecond.toFixed(1)} MB/s`;
    lines.push(
      `| ${result.name} | ${formatMs(result.medianMs)} | ${formatMs(result.minMs)} | ${result.samples} | ${throughput} |`,
    );
  }
  const figures: DerivedFigure[] = [];
  for (const comparison of setup.comparisons ?? []) {
    const subject = results.get(comparison.subject);
    const baseline = results.get(comparison.baseline);
    if (subject === undefined || baseline === undefined || baseline.medianMs === 0) continue;
    const ratio = subject.medianMs / baseline.medianMs;
    const figure: DerivedFigure = {
      label: comparison.label,
      value: ratio >= 1 ? `${ratio.toFixed(2)}x the time` : `${(1 / ratio).toFixed(2)}x faster`,
    };
    figures.push(
      comparison.maxRatio === undefined
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
  figures.push(...(setup.derive?.(results) ?? []));
  if (figures.length > 0) {
    lines.push("", "| figure | value | target | met |", "|---|---:|---|---|");
    for (const figure of figures) {
      const met = figure.met === undefined ? "" : figure.met ? "yes" : "**no**";
      if (figure.met === false) failedTargets++;
      lines.push(`| ${figure.label} | ${figure.value} | ${figure.target ?? ""} | ${met} |`);
    }
  }
  const section = lines.join("\n");
  sections.push(section);
  console.log(`${section}\n`);
}

if (!quick && only === undefined) {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench`; each ratio compares two tasks timed in the same run.",
    "",
    `- machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- runtime: Node ${process.version} on ${process.platform}-${process.arch}`,
    `- date: ${new Date().toISOString().slice(0, 10)}`,
    "",
  ];
  writeFileSync(
    resolve(import.meta.dirname, "../BENCHMARKS.md"),
    `${[...header, ...sections].join("\n")}\n`,
  );
}
if (quick) console.log(`bench --quick: ${suites.length} suites ran once each`);
if (failedTargets > 0) console.log(`${failedTargets} target(s) not met`);
