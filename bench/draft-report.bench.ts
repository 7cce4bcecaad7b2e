import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createCnRegionIndex } from "../src/cn-regions/create-cn-region-index";
import { draftReport } from "../src/report/draft/draft-report";
import type { BenchSuite, BenchTask, DerivedFigure, GrowthCheck, TaskResult } from "./harness";

const ARTICLES = [
  "saihan-2023.txt",
  "suijiang.txt",
  "kundulun-2024.txt",
  "jinan-shizhong-2023.txt",
  "xincheng-2023.txt",
];

/**
 * Input families for draftReport, each built at size n and 8n: the seeds end to end, and each
 * shape its readers look back or ahead from (a quoted name before 品牌, a list of events before 等,
 * a counted campaign with round-number targets, a mark left open, dated events, honours).
 */
const FAMILIES: Readonly<Record<string, (seeds: string) => (n: number) => string>> = {
  seeds: (seeds) => (n) => seeds.repeat(Math.ceil(n / seeds.length)).slice(0, n),
  brands: () => (n) => "依托“石榴同心”品牌，建成石榴籽驿站35个、议事厅12个。".repeat(n / 28),
  "event lists": () => (n) =>
    "组织开展民族团结知识竞赛、“石榴籽”故事会及“同心”等主题宣传活动。".repeat(n / 36),
  campaigns: () => (n) =>
    "开展“九个一百”创建活动。 组建百人宣讲团、百支志愿服务队 深入实施青少年“筑基”工程，".repeat(
      n / 48,
    ),
  "unclosed “": () => (n) => "“打造品牌，".repeat(n / 6),
  "dated events": () => (n) =>
    "4月26日，举办了两地少年儿童云交流活动，近4000人参加。".repeat(n / 29),
  honours: () => (n) => "昆区教育局被评为全国民族团结进步模范集体，".repeat(n / 21),
};

/** The families `npm run bench:check` judges (the others only in `npm run bench`, to keep the gate short). */
const CHECKED: ReadonlySet<string> = new Set([
  "seeds",
  "brands",
  "event lists",
  "campaigns",
  "unclosed “",
]);

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Drafting a report: throughput on each seed article, linear time on long inputs. */
export const draftReportSuite: BenchSuite = {
  name: "draftReport: drafting a report",
  setup: ({ scale }) => {
    const regionIndex = createCnRegionIndex();
    const articles = ARTICLES.map((name) => ({
      name,
      text: readFileSync(resolve(import.meta.dirname, "../examples/articles", name), "utf8"),
    }));
    const seeds = articles.map((article) => article.text).join("\n");
    const tasks: BenchTask[] = articles.map(({ name, text }) => ({
      name: `draftReport on ${name}`,
      fn: () => draftReport(text, { regionIndex }),
      bytes: utf8Bytes(text),
    }));
    tasks.push({
      name: "draftReport on the five seeds end to end",
      fn: () => draftReport(seeds, { regionIndex }),
      bytes: utf8Bytes(seeds),
    });
    const size = { quick: 2_000, check: 4_000, full: 40_000 }[scale];
    const families = Object.entries(FAMILIES).filter(
      ([family]) => scale !== "check" || CHECKED.has(family),
    );
    const growth: GrowthCheck[] = families.map(([family, make]) => {
      const build = make(seeds);
      const small = build(size);
      const large = build(size * 8);
      return {
        label: `linear time, draftReport on ${family}`,
        small: () => draftReport(small, { regionIndex }),
        large: () => draftReport(large, { regionIndex }),
        referenceSmall: readOnce(small),
        referenceLarge: readOnce(large),
        factor: 8,
        maxRatio: 10,
      };
    });
    return {
      tasks,
      growth,
      derive: (results) => [throughput(results)],
      notes: [
        `Linear time: each family is drafted at n = ${size.toLocaleString("en")} and 8n characters (4,000 and 32,000 in \`npm run bench:check\`, which judges the seeds, brands, event lists, campaigns and unclosed “ families) in back-to-back pairs, and the median ratio must stay within 10x; the reference reads every character once. draftReport runs with the national catalogue (createCnRegionIndex()), built once before timing.`,
      ],
    };
  },
};

function throughput(results: ReadonlyMap<string, TaskResult>): DerivedFigure {
  const mbPerSecond = results.get("draftReport on the five seeds end to end")?.mbPerSecond ?? 0;
  return {
    label: "draftReport throughput on the seed texts",
    value: `${mbPerSecond.toFixed(2)} MB/s`,
  };
}

/** The least work any reader of `input` does: read every UTF-16 unit once. */
function readOnce(input: string): () => unknown {
  return () => {
    let sum = 0;
    for (let index = 0; index < input.length; index++) sum = (sum + input.charCodeAt(index)) | 0;
    return sum;
  };
}
