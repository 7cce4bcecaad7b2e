import { ethnicGroupNames } from "./ethnic-group-names";

/** The level words of autonomous areas and what their short names end with. */
const AUTONOMOUS_SUFFIXES: readonly (readonly [string, string])[] = [
  ["自治区", ""],
  ["自治州", "州"],
  ["自治县", "县"],
  ["自治旗", "旗"],
];

/**
 * The ethnic names an autonomous area's name may end with before 自治…, longest first so that
 * 土家族 is taken whole rather than as 家族. 各族 (龙胜各族自治县) names every group at once.
 * A bare name (no 族) must have two characters or more: single-character names are always
 * written with 族 (回族, 藏族), and the 藏 of 西藏 is part of the place name.
 */
let ethnicForms: readonly string[] | undefined;

/** Built on first use, so that importing the module does no work a bundler cannot drop. */
function ethnicFormsOf(): readonly string[] {
  ethnicForms ??= [
    "各族",
    ...ethnicGroupNames.map((name) => `${name}族`),
    ...ethnicGroupNames.filter((name) => name.length >= 2),
  ].sort((a, b) => b.length - a.length);
  return ethnicForms;
}

/**
 * The official short name (简称) of an autonomous area (民族自治地方): the name without its
 * ethnic names and without 自治 — 肃南裕固族自治县 → 肃南县, 黄南藏族自治州 → 黄南州,
 * 新疆维吾尔自治区 → 新疆. When the place name is the ethnic name itself, it stays:
 * 鄂伦春自治旗 → 鄂伦春旗, 东乡族自治县 → 东乡县. A place name is never cut to one
 * character (内蒙古自治区 → 内蒙古, not 内).
 *
 * Abbreviations that are not this rule (莫旗 for 莫力达瓦达斡尔族自治旗, 博州 for
 * 博尔塔拉蒙古自治州) are not produced; give them as aliases.
 *
 * @param name - An official region name.
 * @returns The short name, or `undefined` when the name is not that of an autonomous area.
 * @category region
 * @example
 * ```ts
 * officialShortName("肃南裕固族自治县") //=> "肃南县"
 * officialShortName("积石山保安族东乡族撒拉族自治县") //=> "积石山县"
 * officialShortName("鄂伦春自治旗") //=> "鄂伦春旗"
 * officialShortName("广西壮族自治区") //=> "广西"
 * officialShortName("赛罕区") //=> undefined
 * ```
 */
export function officialShortName(name: string): string | undefined {
  if (typeof name !== "string") return undefined;
  const suffix = AUTONOMOUS_SUFFIXES.find(([word]) => name.endsWith(word));
  if (suffix === undefined) return undefined;
  const [word, short] = suffix;
  let place = name.slice(0, name.length - word.length);
  let lastEthnic = "";
  const forms = ethnicFormsOf();
  for (;;) {
    const form = forms.find((candidate) => place.endsWith(candidate));
    if (form === undefined) break;
    const rest = place.slice(0, place.length - form.length);
    if (rest.length === 1) break;
    lastEthnic = form.endsWith("族") && form !== "各族" ? form.slice(0, -1) : form;
    place = rest;
  }
  if (place === "") place = lastEthnic;
  if (place === "" || place === "各族") return undefined;
  const shortName = place + short;
  return shortName === name ? undefined : shortName;
}
