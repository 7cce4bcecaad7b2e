import type { CarrierKind } from "../../schemas/labels/brand";

/**
 * The words that end a carrier's name (阵地), simplified (text is folded first with
 * `foldVariants`), with the carrier kind each stands for: the kinds of `carrierKinds`
 * (schemas/labels/brand: 家园, 驿站, 讲堂, 志愿服务队, 议事厅, 教育实践基地, 研学基地, 景观小品,
 * 主题公园, 宣传栏/宣传牌/标语牌, 陈列馆/展馆/纪念馆, 非遗传承培训点, 专栏, 文化长廊, 文化墙, 宣讲团,
 * 党群服务中心/服务站, with the words and sources listed there), and the
 * general words for a place of the work (阵地, 基地, 示范社区, 示范点, 工作站, 服务站, 之家, 活动室,
 * 展厅, 展馆, 展示馆, 广场, 长廊) as 《现代汉语词典》 (7th ed.) defines 阵地 and 基地. Longer words are
 * listed first: the longest ending wins (研学基地 before 基地).
 *
 * @internal
 */
export const carrierWords: readonly (readonly [word: string, kind: CarrierKind])[] = [
  ["非遗传承培训点", "heritage_training_site"],
  ["教育实践基地", "education_base"],
  ["传承培训基地", "heritage_training_site"],
  ["党群服务中心", "service_center"],
  ["志愿服务队", "volunteer_team"],
  ["研学基地", "study_base"],
  ["景观小品", "landscape"],
  ["实践基地", "education_base"],
  ["教育基地", "education_base"],
  ["体验基地", "education_base"],
  ["示范社区", "other"],
  ["主题公园", "theme_park"],
  ["服务队", "volunteer_team"],
  ["志愿队", "volunteer_team"],
  ["议事厅", "council_hall"],
  ["议事会", "council_hall"],
  ["工作站", "station"],
  ["服务站", "service_center"],
  ["展示馆", "exhibition_hall"],
  ["陈列馆", "exhibition_hall"],
  ["纪念馆", "exhibition_hall"],
  ["活动室", "other"],
  ["示范点", "other"],
  ["宣传栏", "signboard"],
  ["宣传牌", "signboard"],
  ["标语牌", "signboard"],
  ["文化墙", "culture_wall"],
  ["宣讲团", "lecture_team"],
  ["家园", "home"],
  ["驿站", "station"],
  ["讲堂", "lecture_hall"],
  ["学堂", "lecture_hall"],
  ["基地", "education_base"],
  ["阵地", "other"],
  ["之家", "home"],
  ["展厅", "exhibition_hall"],
  ["展馆", "exhibition_hall"],
  ["广场", "other"],
  ["长廊", "culture_corridor"],
  ["专栏", "media_column"],
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
