// `npm test`: every check, the independent ones side by side. Lint, the type check, the unit tests
// and the build need nothing from each other; the package tests and the docs site need the build;
// the performance gate runs alone, so that its timings share the machine with nothing of ours;
// the browser tests need the site. A step's output is printed whole when it ends, with its time;
// a failed step stops the run after its stage, and the exit code is non-zero.
import { spawn } from "node:child_process";

const stages: readonly (readonly string[])[] = [
  ["lint", "typecheck", "test:unit", "build"],
  ["test:package", "docs"],
  ["bench:check"],
  ["test:site"],
];

interface Outcome {
  readonly step: string;
  readonly code: number;
  readonly seconds: number;
}

function run(step: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn("npm", ["run", step], {
      shell: process.platform === "win32",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    const finish = (code: number) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(Buffer.concat(output));
      console.log(`\n${code === 0 ? "✓" : "✗"} ${step}: ${seconds.toFixed(1)} s\n`);
      resolvePromise({ step, code, seconds });
    };
    child.on("error", (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(1);
    });
    child.on("close", (code) => finish(code ?? 1));
  });
}

const started = performance.now();
const outcomes: Outcome[] = [];
for (const stage of stages) {
  console.log(`▶ ${stage.join(", ")}`);
  const ended = await Promise.all(stage.map(run));
  outcomes.push(...ended);
  if (ended.some((outcome) => outcome.code !== 0)) break;
}
const failed = outcomes.filter((outcome) => outcome.code !== 0);
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(outcomes.map(({ step, seconds }) => `${step} ${seconds.toFixed(1)} s`).join(", "));
if (failed.length > 0) {
  console.error(
    `npm test failed in ${total} s: ${failed.map((outcome) => outcome.step).join(", ")}`,
  );
  process.exitCode = 1;
} else {
  console.log(`npm test passed in ${total} s`);
}
