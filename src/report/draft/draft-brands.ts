import type { Quantity } from "../../quantity/types";
import type { BrandInput, CarrierInput } from "../../schemas/brand";
import type { ExtractedQuantity } from "../../text/extract-quantities";
import { buildingVerbs, carrierKindOf } from "./brand-words";
import { foldVariants } from "./fold-variants";
import { lastSpanBefore, type QuotedSpan } from "./quoted-spans";
import type { RegionMention } from "./region-mentions";
import { reported } from "./reported";
import type { TextView } from "./text-view";

/** What stands between a quoted name and 品牌: a few words, no punctuation (“赛出石榴红”民族团结进步创建品牌). */
const BRAND_GAP = /^[^，。、；：！？,;:!?\s“”「」]{0,14}$/;
/** What joins two quoted names of one list, with an optional place before the second (、舜耕街道“乐和聚能”). */
const LIST_GAP = /^[、和及与]?[^，。、；：！？,;:!?\s“”「」]{0,10}$/;
/** What a place ends with when it opens a sub-brand (泺源街道“…”). */
const PLACE_END = /(?:街道|社区|镇|乡|村|区|县|旗|市)$/;
/** What ends a sentence; a count of carriers is one when its sentence builds them. */
const SENTENCE_END = /[。！？!?\n]/;
/** What ends the name of a carrier that follows its count (10处铸牢…教育实践基地). */
const NOUN_END = /[，。、；：！？,;:!?\n（(]/;
const LONGEST_NOUN = 40;
/** A list of brands holds at most this many names: each 品牌 costs a bounded read. */
const LONGEST_LIST = 20;
/** A sentence is read back at most this far for its building verb: bounded work per figure. */
const SENTENCE_REACH = 200;

/**
 * The brands of a draft, and the figures taken as their carriers' counts.
 *
 * @internal
 */
export interface DraftBrands {
  readonly brands: readonly BrandInput[];
  readonly taken: ReadonlySet<ExtractedQuantity>;
}

interface Found {
  readonly name: string;
  readonly at: number;
  readonly regionCode: string;
  readonly sub: boolean;
}

/**
 * The work brands (工作品牌) an article names and their carriers (阵地):
 * - a quoted name before 品牌, a few words apart (“赛出石榴红”品牌, “圆聚市中石榴红”民族工作品牌), and each
 *   quoted name of a list before it (泺源街道“榴花灿灿，和合乐园”、舜耕街道“乐和聚能”等…工作品牌) — a name
 *   that a place opens is a sub-brand of the reporting region's brand, in that place when the index
 *   knows it;
 * - a quoted name ending in a carrier word after a building verb (建立“红石榴驿站”).
 * Only the article's own words are read (up to `bodyEnd`, not the page furniture after it).
 * A figure counts a brand's carriers when the words it counts end in a carrier word (家园, 驿站,
 * 讲堂, 基地 …, before or after the figure) and its sentence builds them (打造, 建成, 建立 …); it goes to
 * the brand named last before it, else the first.
 *
 * @internal
 */
export function draftBrands(
  view: TextView,
  spans: readonly QuotedSpan[],
  mentions: readonly RegionMention[],
  figures: readonly ExtractedQuantity[],
  reportCode: string,
  bodyEnd: number,
): DraftBrands {
  const text = foldVariants(view.text.slice(0, bodyEnd));
  const found = new Map<string, Found>();
  const byEnd = new Map(mentions.map((m) => [m.end, m]));
  const add = (span: QuotedSpan, sub: boolean, place: string) => {
    const name = span.inner.trim();
    if (name.length === 0 || found.has(name)) return;
    const mention = byEnd.get(span.start);
    const regionCode =
      mention?.regions.length === 1 ? (mention.regions[0]?.code ?? reportCode) : reportCode;
    found.set(name, { name, at: span.start, regionCode, sub: sub && place.length > 0 });
  };
  for (let at = text.indexOf("品牌"); at !== -1; at = text.indexOf("品牌", at + 2)) {
    let i = lastSpanBefore(spans, at);
    const last = spans[i];
    if (last === undefined || !BRAND_GAP.test(text.slice(last.end, at))) continue;
    const list: { span: QuotedSpan; place: string }[] = [];
    for (; i >= 0 && list.length < LONGEST_LIST; i--) {
      const span = spans[i] as QuotedSpan;
      const next = list[0]?.span;
      const gap = next === undefined ? "" : text.slice(span.end, next.start);
      if (next !== undefined && !LIST_GAP.test(gap)) break;
      const before = text.slice(Math.max(0, span.start - 8), span.start);
      const place = placeBefore(before);
      list.unshift({ span, place });
    }
    const sub = list.length > 1 && list.some((item) => item.place.length > 0);
    for (const item of list) add(item.span, sub, item.place);
  }
  for (const span of spans) {
    if (span.end > bodyEnd) break;
    const before = text.slice(Math.max(0, span.start - 4), span.start).replace(/了$/, "");
    if (!buildingVerbs.some((verb) => before.endsWith(verb))) continue;
    if (carrierKindOf(foldVariants(span.inner)) !== undefined) add(span, false, "");
  }
  const ordered = [...found.values()].sort((a, b) => a.at - b.at);
  const main = ordered.find((brand) => !brand.sub);
  const brands: { record: BrandInput; at: number; carriers: CarrierInput[] }[] = ordered.map(
    (brand, i) => ({
      at: view.origin(brand.at),
      carriers: [],
      record: {
        id: `brand_${i + 1}`,
        name: brand.name,
        regionCode: brand.regionCode,
        ...(brand.sub && main !== undefined && main !== brand
          ? { parentBrandId: `brand_${ordered.indexOf(main) + 1}` }
          : {}),
      },
    }),
  );
  const taken = new Set<ExtractedQuantity>();
  if (brands.length > 0) {
    // Figures and brands are both in text order: the owner only moves forward.
    let owner = 0;
    const end = view.origin(bodyEnd);
    for (const figure of figures) {
      if (figure.end > end) break;
      const carrier = carrierOf(view.input, figure);
      if (carrier === undefined) continue;
      while (owner + 1 < brands.length && (brands[owner + 1]?.at ?? 0) < figure.start) owner++;
      brands[owner]?.carriers.push(carrier);
      taken.add(figure);
    }
  }
  return {
    brands: brands.map(({ record, carriers }) =>
      carriers.length === 0 ? record : { ...record, carriers },
    ),
    taken,
  };
}

/** The place that opens a quoted name (泺源街道“…”), or "". */
function placeBefore(before: string): string {
  const words = before.split(/[，。、；：！？,;:!?\s“”「」以如和及与]/);
  const last = words[words.length - 1] ?? "";
  return PLACE_END.test(last) && last.length >= 2 ? last : "";
}

/** The carrier a figure counts, when the words it counts end in a carrier word and its sentence builds. */
function carrierOf(input: string, figure: ExtractedQuantity): CarrierInput | undefined {
  const { quantity } = figure;
  if (quantity.unit === undefined || quantity.unit === "%") return undefined;
  let sentenceStart = figure.start;
  const reach = Math.max(0, figure.start - SENTENCE_REACH);
  while (sentenceStart > reach && !SENTENCE_END.test(input.charAt(sentenceStart - 1)))
    sentenceStart--;
  const before = foldVariants(input.slice(sentenceStart, figure.start));
  if (!buildingVerbs.some((verb) => before.includes(verb))) return undefined;
  const label = figure.label;
  if (label !== undefined) {
    const kind = carrierKindOf(foldVariants(label));
    const at = input.lastIndexOf(label, figure.start);
    if (kind !== undefined && at !== -1 && at + label.length === figure.start) {
      return carrier(kind, label, quantity, input.slice(at, figure.end));
    }
  }
  let end = figure.end;
  const limit = Math.min(input.length, figure.end + LONGEST_NOUN);
  while (end < limit && !NOUN_END.test(input.charAt(end))) end++;
  const noun = input.slice(figure.end, end).trim();
  const kind = carrierKindOf(foldVariants(noun));
  if (kind === undefined || noun.length < 2) return undefined;
  return carrier(kind, noun, quantity, input.slice(figure.start, end));
}

function carrier(
  kind: CarrierInput["kind"],
  name: string,
  quantity: Quantity,
  quote: string,
): CarrierInput {
  return { kind, name, count: reported(quantity, quote) };
}
