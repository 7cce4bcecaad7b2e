import type { CarrierKind } from "../../schemas/labels/brand";

/**
 * The words that end a carrier's name (阵地), simplified (text is folded first with
 * `foldVariants`), with the carrier kind each stands for: the kinds of `carrierKinds`
 * (schemas/labels/brand: 家园, 驿站, 讲堂, 志愿服务队, 议事厅, 教育实践基地, 研学基地, 景观小品), and the
 * general words for a place of the work (阵地, 基地, 示范社区, 示范点, 工作站, 服务站, 之家, 活动室,
 * 展厅, 展馆, 展示馆, 广场, 长廊) as 《现代汉语词典》 (7th ed.) defines 阵地 and 基地. Longer words are
 * listed first: the longest ending wins (研学基地 before 基地).
 *
 * @internal
 */
export const carrierWords: readonly (readonly [word: string, kind: CarrierKind])[] = [
  ["教育实践基地", "education_base"],
  ["志愿服务队", "volunteer_team"],
  ["研学基地", "study_base"],
  ["景观小品", "landscape"],
  ["实践基地", "education_base"],
  ["教育基地", "education_base"],
  ["体验基地", "education_base"],
  ["示范社区", "other"],
  ["服务队", "volunteer_team"],
  ["志愿队", "volunteer_team"],
  ["议事厅", "council_hall"],
  ["议事会", "council_hall"],
  ["工作站", "station"],
  ["服务站", "station"],
  ["展示馆", "other"],
  ["活动室", "other"],
  ["示范点", "other"],
  ["家园", "home"],
  ["驿站", "station"],
  ["讲堂", "lecture_hall"],
  ["学堂", "lecture_hall"],
  ["基地", "education_base"],
  ["阵地", "other"],
  ["之家", "home"],
  ["展厅", "other"],
  ["展馆", "other"],
  ["广场", "other"],
  ["长廊", "other"],
];

/**
 * Verbs that build a brand or a carrier (《现代汉语词典》: 打造, 建成, 建立, 建设, 创建, 设立, 培育,
 * 擦亮, 打响, 形成): a count of carriers is one only in a sentence that builds them, and a quoted
 * name ending in a carrier word after one of them is a brand (建立“红石榴驿站”).
 *
 * @internal
 */
export const buildingVerbs: readonly string[] = [
  "打造",
  "建成",
  "建立",
  "建设",
  "创建",
  "设立",
  "培育",
  "擦亮",
  "打响",
  "形成",
];

/** The kind of carrier a name ends with, or `undefined`. @internal */
export function carrierKindOf(name: string): CarrierKind | undefined {
  for (const [word, kind] of carrierWords) if (name.endsWith(word)) return kind;
  return undefined;
}
