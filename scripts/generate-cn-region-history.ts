// Writes src/cn-regions/history/data.generated.ts from the areacodes dataset (yescallop/areacodes,
// CC0): every county-level-and-above code from 1981 with its years in use, its successors and
// the approvals of each change. Run with
// `npx tsx scripts/generate-cn-region-history.ts <folder of the dataset>`.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const folder = process.argv[2];
if (folder === undefined)
  throw new Error("usage: generate-cn-region-history.ts <areacodes folder>");
const text = (file: string): string => readFileSync(join(folder, file), "utf8");

interface SourceSuccessor {
  readonly code: number;
  readonly time?: number;
  readonly desc?: number;
}
interface SourceRecord {
  readonly code: number;
  readonly name: string;
  readonly start: number;
  readonly end?: number;
  readonly succ?: readonly SourceSuccessor[];
  readonly children?: readonly SourceRecord[];
}
const dataset = JSON.parse(text("codes.json")) as {
  items: readonly SourceRecord[];
  descriptions: Readonly<Record<string, readonly string[]>>;
};

// SOURCE.md names the repository and commit the folder was copied from.
const sourceNote = text("SOURCE.md");
const origin = /repository (\S+) \(GitHub\), commit ([0-9a-f]{40}) \((\d{4}-\d{2}-\d{2})\)/.exec(
  sourceNote,
);
if (origin === null) throw new Error("SOURCE.md no longer names the repository and commit");
const [, repository, commit, committedOn] = origin as unknown as [string, string, string, string];
const licence = text("LICENSE").includes("CC0 1.0 Universal") ? "CC0-1.0" : "see LICENSE";

// ── Approvals ───────────────────────────────────────────────────────────────────────────────
// A description is one or more documents, each "# title" then "键：值" lines, a blank line and
// the body. Titles, numbers, dates and sources are kept; bodies (about 1 MB) are left out, except
// for the notes that have no title, which are short and are all there is.

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 12, 一九八五 (digit by digit) or 二十三 (with 十) as a number. */
function readNumber(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  if (written.includes("十")) {
    const [tens, units] = written.split("十") as [string, string];
    const high = tens === "" ? 1 : CHINESE_DIGITS[tens];
    const low = units === "" ? 0 : CHINESE_DIGITS[units];
    return high === undefined || low === undefined ? undefined : high * 10 + low;
  }
  let value = 0;
  for (const character of written) {
    const digit = CHINESE_DIGITS[character];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** 2020年6月12日 or 一九八五年四月十五日 as `YYYY-MM-DD`; undefined when it does not read. */
function readDate(written: string): string | undefined {
  const parts = /^(\S{4})年(\S{1,3})月(\S{1,3}?)日?$/.exec(written.trim());
  if (parts === null) return undefined;
  const [year, month, day] = [parts[1], parts[2], parts[3]].map((part) => readNumber(part ?? ""));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The percent-encoded parts of the links in a source line, decoded where they decode. */
function readableLinks(source: string): string {
  return source.replace(/https?:\/\/[^\s)]+/g, (link) => {
    try {
      return decodeURI(link);
    } catch {
      return link;
    }
  });
}

interface Approval {
  readonly title?: string;
  readonly number?: string;
  readonly date?: string;
  readonly writtenDate?: string;
  readonly source?: string;
  readonly text?: string;
}

function readDocuments(description: string): Approval[] {
  const documents = description.startsWith("# ") ? description.split(/\n(?=# )/) : [description];
  return documents.map((document): Approval => {
    if (!document.startsWith("# ")) return { text: document.trim() };
    const [head = ""] = document.split(/\n\s*\n/);
    const [titleLine = "", ...fields] = head.split("\n");
    const field = (key: string): string | undefined =>
      fields
        .find((line) => line.startsWith(`${key}：`))
        ?.slice(key.length + 1)
        .trim() || undefined;
    const writtenDate = field("日期");
    const date = writtenDate === undefined ? undefined : readDate(writtenDate);
    const number = field("文号");
    // Links are kept readable: a percent-encoded title (维基文库 links) decoded is shorter.
    const written = field("来源");
    const source = written === undefined ? undefined : readableLinks(written);
    return {
      title: titleLine.slice(2).trim(),
      ...(number === undefined ? {} : { number }),
      ...(date === undefined ? {} : { date }),
      ...(writtenDate !== undefined && date === undefined ? { writtenDate } : {}),
      ...(source === undefined ? {} : { source }),
    };
  });
}

/** The documents of each description, by year and then by the description's index. */
const documentsByYear: Record<string, Approval[][]> = {};
let documentCount = 0;
for (const [year, descriptions] of Object.entries(dataset.descriptions)) {
  documentsByYear[year] = descriptions.map((description) => {
    const documents = readDocuments(description);
    documentCount += documents.length;
    return documents;
  });
}
const hasDescription = (year: number, desc: number): boolean =>
  documentsByYear[String(year)]?.[desc] !== undefined;

// ── Records ─────────────────────────────────────────────────────────────────────────────────

interface Link {
  readonly code: string;
  readonly year: number;
  readonly approvals: readonly number[];
}
interface Row {
  readonly code: string;
  readonly name: string;
  readonly start: number;
  readonly end: number | undefined;
  /** Successors at retirement (the year `end`); approvals are description indexes of that year. */
  successors: Link[];
  /** Parts of the area that went to another code while the record was in use. */
  readonly transfers: Link[];
  /** Successors read from the children, for a record whose children carry the correspondences. */
  inferred: boolean;
  readonly children: readonly SourceRecord[];
}

const code6 = (code: number): string => String(code).padStart(6, "0");
const rows: Row[] = [];
const walk = (records: readonly SourceRecord[]): void => {
  for (const record of records) {
    const successors: Link[] = [];
    const transfers: Link[] = [];
    for (const successor of record.succ ?? []) {
      const year = successor.time ?? record.end;
      if (year === undefined) throw new Error(`${record.code}: a successor without a year`);
      const link = {
        code: code6(successor.code),
        year,
        approvals: successor.desc === undefined ? [] : [successor.desc],
      };
      if (successor.desc !== undefined && !hasDescription(year, successor.desc)) {
        throw new Error(`${record.code}: no description ${year}/${successor.desc}`);
      }
      (record.end !== undefined && year === record.end ? successors : transfers).push(link);
    }
    rows.push({
      code: code6(record.code),
      name: record.name,
      start: record.start,
      end: record.end,
      successors: mergeLinks(successors),
      transfers: mergeLinks(transfers),
      inferred: false,
      children: record.children ?? [],
    });
    walk(record.children ?? []);
  }
};

/** One link per code and year, with the approvals of every link it merges (唐海县 → 130209 twice). */
function mergeLinks(links: readonly Link[]): Link[] {
  const merged = new Map<string, Link>();
  for (const link of links) {
    const key = `${link.code}/${link.year}`;
    const before = merged.get(key);
    merged.set(
      key,
      before === undefined
        ? link
        : { ...before, approvals: [...new Set([...before.approvals, ...link.approvals])] },
    );
  }
  return [...merged.values()];
}

walk(dataset.items);
rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.start - b.start));

const byCode = new Map<string, Row[]>();
for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
const rowAt = (code: string, year: number): Row | undefined =>
  byCode.get(code)?.find((row) => row.start <= year && (row.end === undefined || year < row.end));

// Every successor names a record in use in the year of the change.
for (const row of rows) {
  for (const link of [...row.successors, ...row.transfers]) {
    if (rowAt(link.code, link.year) === undefined) {
      throw new Error(`${row.code} ${row.name}: successor ${link.code} not in use in ${link.year}`);
    }
  }
}

// A retired prefecture or province with children has no successors of its own: the dataset
// gives the correspondences of its counties. Its successors are the regions of its own level
// that took them: 邯郸地区 (132100, to 1993) → 邯郸市 (130400).
const levelOf = (code: string): "province" | "prefecture" | "county" =>
  code.endsWith("0000") ? "province" : code.endsWith("00") ? "prefecture" : "county";
const ancestorAt = (code: string, level: "province" | "prefecture", year: number): string => {
  const ancestor = level === "province" ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
  return rowAt(ancestor, year) === undefined ? code : ancestor;
};
let inferred = 0;
for (const row of rows) {
  if (row.end === undefined || row.successors.length > 0) continue;
  const level = levelOf(row.code);
  if (level === "county")
    throw new Error(`${row.code} ${row.name}: a county retired without successor`);
  const end = row.end;
  const taken = new Set<string>();
  const approvalsOf = new Map<string, Set<number>>();
  for (const child of row.children) {
    const childRow = rowAt(code6(child.code), end - 1);
    if (childRow === undefined) continue;
    // A county that stays in use, under a prefecture renamed in place (忻县地区 → 忻州地区).
    const links =
      childRow.end === end
        ? childRow.successors
        : [{ code: childRow.code, year: end, approvals: [] }];
    for (const link of links) {
      const code = ancestorAt(link.code, level, end);
      taken.add(code);
      const set = approvalsOf.get(code) ?? new Set<number>();
      for (const approval of link.approvals) set.add(approval);
      approvalsOf.set(code, set);
    }
  }
  if (taken.size === 0)
    throw new Error(`${row.code} ${row.name}: no successor through its children`);
  row.successors = [...taken].sort().map((code) => ({
    code,
    year: end,
    approvals: [...(approvalsOf.get(code) ?? [])],
  }));
  row.inferred = true;
  inferred++;
}

// ── Packing ─────────────────────────────────────────────────────────────────────────────────
// One line per record, in code order: the code digits that differ from the previous record's
// code (the last 2, the last 4 or all 6), the name, the first year in use; when retired, `-`, the
// year it left use (`~` when its successors are read from its counties) and its successors;
// after `>`, the parts of its area that went to other codes while in use. Years are written
// with two digits (81–99 are 19xx, the rest 20xx). A link is the digits of its code that differ
// from the record's, `@year` when it is not the record's last year, and `#n` for each
// description n of its year.

const shortYear = (year: number): string => String(year % 100).padStart(2, "0");
const digitsFrom = (code: string, base: string): string =>
  code.slice(0, 4) === base.slice(0, 4)
    ? code.slice(4)
    : code.slice(0, 2) === base.slice(0, 2)
      ? code.slice(2)
      : code;
const link = (entry: Link, row: Row, sameYear: number | undefined): string =>
  digitsFrom(entry.code, row.code) +
  (entry.year === sameYear ? "" : `@${shortYear(entry.year)}`) +
  entry.approvals.map((index) => `#${index}`).join("");
let previousCode = "000000";
const packed = rows
  .map((row) => {
    if (/[\d\s@#~>|-]/.test(row.name)) throw new Error(`cannot pack the name ${row.name}`);
    if (row.start < 1981 || (row.end ?? 2000) > 2080)
      throw new Error(`${row.code}: a year out of range`);
    const retired =
      row.end === undefined
        ? ""
        : `-${shortYear(row.end)}${row.inferred ? "~" : ""}${row.successors.map((entry) => ` ${link(entry, row, row.end)}`).join("")}`;
    const transfers =
      row.transfers.length === 0
        ? ""
        : `>${row.transfers.map((entry) => ` ${link(entry, row, undefined)}`).join("")}`;
    const line = `${digitsFrom(row.code, previousCode)}${row.name}${shortYear(row.start)}${retired}${transfers}`;
    previousCode = row.code;
    return line;
  })
  .join("\n");

const years = rows.flatMap((row) => [row.start, ...(row.end === undefined ? [] : [row.end - 1])]);
const source = {
  dataset: "areacodes",
  repository,
  commit,
  committedOn,
  licence,
  firstYear: Math.min(...years),
  lastYear: Math.max(...years),
  records: rows.length,
  codes: byCode.size,
  approvals: documentCount,
};

/** Each document as a tuple, without its trailing empty fields. */
const tuple = (approval: Approval): string[] => {
  const fields = [
    approval.title ?? "",
    approval.number ?? "",
    approval.date ?? approval.writtenDate ?? "",
    approval.source ?? "",
    approval.text ?? "",
  ];
  while (fields.length > 1 && fields[fields.length - 1] === "") fields.pop();
  return fields;
};
const approvalTuples = Object.fromEntries(
  Object.entries(documentsByYear).map(([year, descriptions]) => [
    year,
    descriptions.map((documents) => documents.map(tuple)),
  ]),
);

const output = `// Generated by scripts/generate-cn-region-history.ts — do not edit.
// Source: ${repository} at ${commit} (${committedOn}), licence ${licence}.
// ${source.records} records of ${source.codes} codes, ${source.firstYear}–${source.lastYear}; ${documentCount} approval documents (titles, numbers, dates and sources; bodies left out).
// ${inferred} retired prefectures and provinces whose successors are read from their counties.

import type { CnRegionHistorySource } from "./cn-region-history-source";

/**
 * Every record, one a line, in code order, as \`scripts/generate-cn-region-history.ts\` packs it:
 * code digits, name, first year; \`-\`, last year and successors for a retired record (\`~\` when
 * read from its counties); \`>\` and the transfers of part of its area. Years have two digits.
 *
 * @internal
 */
export const packedRegionHistory =
  ${JSON.stringify(packed)};

/**
 * The approval documents of each year's descriptions, each as \`[title, number, date, source,
 * text]\` without trailing empty fields (a date as \`YYYY-MM-DD\` when it reads as one).
 *
 * @internal
 */
export const packedApprovals: Readonly<Record<string, readonly (readonly (readonly string[])[])[]>> = ${JSON.stringify(approvalTuples)};

/**
 * Where {@link cnRegionHistory} comes from: the dataset, its repository and commit, the licence,
 * the years it covers and how many records, codes and approvals it holds.
 *
 * @category region
 * @example
 * \`\`\`ts
 * cnRegionHistorySource.licence //=> "${licence}"
 * cnRegionHistorySource.lastYear //=> ${source.lastYear}
 * \`\`\`
 */
export const cnRegionHistorySource: CnRegionHistorySource = ${JSON.stringify(source, null, 2)};
`;

const target = resolve(import.meta.dirname, "../src/cn-regions/history/data.generated.ts");
writeFileSync(target, output);
console.log(`wrote ${target}:`, source, `${inferred} inferred`);
