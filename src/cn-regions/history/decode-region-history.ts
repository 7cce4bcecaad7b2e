import type {
  RegionApproval,
  RegionHistory,
  RegionHistoryRecord,
  RegionSuccession,
} from "../../region/region-history";

type Level = RegionHistoryRecord["level"];
type PackedApprovals = Readonly<Record<string, readonly (readonly (readonly string[])[])[]>>;

const NONE: readonly never[] = Object.freeze([]);

/** A two-digit year of the packed history: 81–99 are 19xx, the rest 20xx. */
const fullYear = (digits: string): number => {
  const short = Number(digits);
  return short >= 81 ? 1900 + short : 2000 + short;
};

/** A code written as the digits that differ from `base` (the last 2, the last 4, or all 6). */
const codeFrom = (digits: string, base: string): string =>
  digits.length === 2
    ? base.slice(0, 4) + digits
    : digits.length === 4
      ? base.slice(0, 2) + digits
      : digits;

const levelOf = (code: string): Level =>
  code.endsWith("0000") ? "province" : code.endsWith("00") ? "prefecture" : "county";

function decodeApprovals(packed: PackedApprovals): ReadonlyMap<string, readonly RegionApproval[]> {
  const byDescription = new Map<string, readonly RegionApproval[]>();
  for (const [year, descriptions] of Object.entries(packed)) {
    descriptions.forEach((documents, desc) => {
      const approvals = documents.map((fields) => {
        const [title, number, date, source, text] = fields;
        const approval: { -readonly [K in keyof RegionApproval]: RegionApproval[K] } = {};
        if (title) approval.title = title;
        if (number) approval.number = number;
        if (date) approval.date = date;
        if (source) approval.source = source;
        if (text) approval.text = text;
        return Object.freeze(approval);
      });
      byDescription.set(`${year}/${desc}`, Object.freeze(approvals));
    });
  }
  return byDescription;
}

/**
 * Unpacks the history written by `scripts/generate-cn-region-history.ts`.
 *
 * @internal
 */
export function decodeRegionHistory(
  packed: string,
  packedApprovals: PackedApprovals,
  firstYear: number,
  lastYear: number,
): RegionHistory {
  const approvals = decodeApprovals(packedApprovals);
  const links = (text: string, base: string, sameYear: number | undefined): RegionSuccession[] =>
    text
      .split(" ")
      .filter((token) => token !== "")
      .map((token) => {
        const [head = "", ...descs] = token.split("#");
        const [digits = "", year] = head.split("@");
        const linkYear = year === undefined ? (sameYear as number) : fullYear(year);
        return Object.freeze({
          code: codeFrom(digits, base),
          year: linkYear,
          approvals: Object.freeze(
            descs.flatMap((desc) => approvals.get(`${linkYear}/${desc}`) ?? NONE),
          ),
        });
      });
  const records: RegionHistoryRecord[] = [];
  const line = /^(\d+)(\D+?)(\d\d)(?:-(\d\d)(~?)([^>]*))?(?:>(.*))?$/;
  let previous = "000000";
  for (const text of packed.split("\n")) {
    const match = line.exec(text);
    if (match === null) continue;
    const [, digits = "", name = "", start = "", end, fromCounties, successors, transfers] = match;
    const code = codeFrom(digits, previous);
    previous = code;
    const endYear = end === undefined ? undefined : fullYear(end);
    records.push(
      Object.freeze({
        code,
        name,
        level: levelOf(code),
        start: fullYear(start),
        ...(endYear === undefined ? {} : { end: endYear }),
        successors: Object.freeze(links(successors ?? "", code, endYear)),
        successorsFromCounties: fromCounties === "~",
        transfers:
          transfers === undefined ? NONE : Object.freeze(links(transfers, code, undefined)),
      }),
    );
  }
  return Object.freeze({ firstYear, lastYear, records: Object.freeze(records) });
}
