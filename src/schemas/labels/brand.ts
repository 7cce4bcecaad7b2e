// Enum values and labels of work brands. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

/**
 * Every kind of 阵地 (carrier) a work brand builds, in the order reports list them.
 *
 * @category schemas
 * @example
 * ```ts
 * carrierKinds.includes("station") //=> true
 * ```
 */
export const carrierKinds = [
  "home",
  "station",
  "lecture_hall",
  "volunteer_team",
  "council_hall",
  "education_base",
  "study_base",
  "landscape",
  "theme_park",
  "signboard",
  "exhibition_hall",
  "heritage_training_site",
  "media_column",
  "other",
] as const;

/**
 * A kind of 阵地 (carrier): 家园, 驿站, 讲堂, 志愿服务队, 议事厅, 教育实践基地, 研学基地, 景观小品 or other.
 *
 * @category schemas
 */
export type CarrierKind = (typeof carrierKinds)[number];

/**
 * Labels of {@link CarrierKind} in zh-CN, zh-TW and en.
 *
 * @category schemas
 * @example
 * ```ts
 * labelOf(carrierKindLabels, "station") //=> "驿站"
 * labelOf(carrierKindLabels, "station", "zh-TW") //=> "驛站"
 * ```
 */
export const carrierKindLabels: LabelTable<CarrierKind> = {
  home: { "zh-CN": "家园", "zh-TW": "家園", en: "home" },
  station: { "zh-CN": "驿站", "zh-TW": "驛站", en: "station" },
  lecture_hall: { "zh-CN": "讲堂", "zh-TW": "講堂", en: "lecture hall" },
  volunteer_team: { "zh-CN": "志愿服务队", "zh-TW": "志願服務隊", en: "volunteer team" },
  council_hall: { "zh-CN": "议事厅", "zh-TW": "議事廳", en: "council hall" },
  education_base: { "zh-CN": "教育实践基地", "zh-TW": "教育實踐基地", en: "education base" },
  study_base: { "zh-CN": "研学基地", "zh-TW": "研學基地", en: "study base" },
  landscape: { "zh-CN": "景观小品", "zh-TW": "景觀小品", en: "landscape feature" },
  theme_park: { "zh-CN": "主题公园", "zh-TW": "主題公園", en: "theme park" },
  signboard: { "zh-CN": "宣传牌", "zh-TW": "宣傳牌", en: "signboard" },
  exhibition_hall: { "zh-CN": "陈列馆", "zh-TW": "陳列館", en: "exhibition hall" },
  heritage_training_site: {
    "zh-CN": "非遗传承培训点",
    "zh-TW": "非遺傳承培訓點",
    en: "intangible heritage training site",
  },
  media_column: { "zh-CN": "专栏", "zh-TW": "專欄", en: "media column" },
  other: { "zh-CN": "其他阵地", "zh-TW": "其他陣地", en: "other carrier" },
};
