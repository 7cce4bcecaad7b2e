import type { CampaignInput, TargetInput } from "../../schemas/campaign";
import { reported } from "./reported";
import type { TextView } from "./text-view";

type Component = NonNullable<CampaignInput["components"]>[number];

/** What a target counts with: the measure words of the unit table that count people, teams and things. */
const MEASURES = "人支场名家个期项所处户件篇条本次批位座";
/** Where a component's words end: a sentence end, a line, or the space after a run-in heading. */
const SEGMENT_END = /[。！？!?；;\n]|\s/;
/** A named campaign of N times one round number (九个一百, 十个一千): its round number. */
const N_OF_M = /^[一二三四五六七八九十两]+个一?([百千万])$/;
const ROUND: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10000 };

/**
 * The components and targets of a campaign named N times one round number (九个一百: nine
 * hundreds): each is a round number of something (百人宣讲团 — a lecture team of a hundred, 百场文艺汇演
 * — a hundred performances), the numeral word standing as the figure. Read from `from` (the
 * name) to `to` in the view's text: every run of words (to a sentence end or a run-in heading's space) that names
 * new ones is a component with them as its targets; a later mention of the same target is its
 * actual figure. Other names give none.
 *
 * @internal
 */
export function roundTargets(
  name: string,
  view: TextView,
  folded: string,
  from: number,
  to: number,
): Component[] {
  const { text } = view;
  const round = N_OF_M.exec(name)?.[1];
  if (round === undefined) return [];
  const value = ROUND[round] as number;
  const target = new RegExp(
    `(?<![${"零一二三四五六七八九十两百千万"}0-9])一?${round}([${MEASURES}])([^，,。、；;：:！？!?\\s“”「」和及与]{1,12})`,
    "g",
  );
  const components: { name: string; targets: TargetInput[] }[] = [];
  const seen = new Map<string, { component: number; target: number }>();
  let start = from;
  while (start < to) {
    let end = start;
    while (end < to && !SEGMENT_END.test(folded.charAt(end))) end++;
    const segment = folded.slice(start, end);
    const targets: TargetInput[] = [];
    for (const match of segment.matchAll(target)) {
      const at = start + match.index;
      const unit = match[1] as string;
      // The figure is part of the name (百人宣讲团): its quote is the figure alone, in the input's
      // own characters (百個), and the description carries the name.
      const figureEnd = at + match[0].length - (match[2] as string).length;
      const quote = view.input.slice(view.origin(at), view.origin(figureEnd));
      const figure = reported({ value, unit, comparator: "eq", precision: value }, quote);
      const description = text.slice(at, at + match[0].length).replace(/^一/, "");
      const key = `${unit}${match[2]}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const component = components[earlier.component];
        const old = component?.targets[earlier.target];
        if (component !== undefined && old !== undefined && old.actual === undefined)
          component.targets[earlier.target] = { ...old, actual: figure };
        continue;
      }
      seen.set(key, { component: components.length, target: targets.length });
      targets.push({ description, target: figure });
    }
    if (targets.length > 0)
      components.push({ name: text.slice(start, end).trim().slice(0, 200), targets });
    start = end + 1;
  }
  return components;
}
