// Enum values and labels of work brands. Zod-free, so an app can show labels without zod.
import type { LabelTable } from "../../core/labels";

// The kinds after `landscape` are those real articles name again and again (one source each is
// cited; each kind was found in at least two independent articles):
// - theme_park 主题公园: 肃南县 “石榴籽”主题公园 (http://www.neonhurray.com/mzw/dzdt/gzdt/202309/t20230925_1117988.html),
//   谢岗镇 民族团结进步主题公园 (http://m.transformerscustomtoys.com/plus/view-76562-1.html), 黔南州 中华民族主题公园
//   (https://www.qnz.com.cn/news/sfzcj/107664.html), 常州 新北区民族文化公园
//   (http://wm.jschina.com.cn/9656/202406/t20240614_8311160.shtml).
// - signboard 宣传牌/标语牌/宣传栏: 肃南县 标语展示牌、宣传牌300多处 (as above), 淤溪镇 宣传栏
//   (http://www.7890279.cn/folder79/folder674/folder773/2023-08-23/650668.html), 秦安县 宣传栏
//   (http://m.nibeiya.com/news/qa/2020052210025288089.htm).
// - exhibition_hall 陈列馆/展馆/展示馆/纪念馆: 肃南县 民俗陈列馆 (as above), 桃源县 “中华民族一家亲”展示馆
//   (https://cd.rednet.cn/m/content/2022/01/11/10730313.html), 西宁市城东区 主题教育展馆
//   (https://cbgc.scol.com.cn/news/5813122), 新和县 展馆 (http://xj.news.cn/20240807/531cebcf36db4f7b82420cb76e974e16/c.html),
//   凉州会盟纪念馆 (https://szb.gansudaily.com.cn/gsrb/pc/con/202411/01/c190621.html).
// - heritage_training_site 非遗传承培训点/传承培训基地: 肃南县 乡镇非遗传承培训点8个 (as above).
// - media_column 专栏: 肃南县 “最美石榴籽”等专栏 (as above).
// - culture_corridor 文化长廊: 北方民族大学 民族团结进步文化长廊
//   (http://big5.news.cn/gate/big5/www.nx.news.cn/20241002/e014e785824b4bf1a5615f826899c10f/c.html),
//   枣庄 “百米民族团结文化长廊” (http://www.net178.cn/dy/article/K1UUI21D0514CFC7.html), 常州 宣传长廊 (as above).
// - culture_wall 文化墙: 锦江社区 民族团结文化墙 (http://www.chby120.com/content/show?catid=330246&newsid=1016169),
//   巨轮街道 文化墙 (http://m.brucepepe.com/wmty/system/2024/01/03/030701629.shtml).
// - lecture_team 宣讲团: 中南民族大学 “同心石榴籽”宣讲团 (http://www.scuec.edu.cn/xww/info/1004/14238.htm),
//   昆都仑区 九个一百's 百人宣讲团 (examples/articles/kundulun-2024.txt).
// - service_center 党群服务中心/服务站: 西北街社区 多民族党群服务站
//   (http://www.hlb518.com/shehui/20230328/2886072.html), 锦江社区 党群服务中心 (as above), 丹青社区 党群服务中心
//   (https://jl.cri.cn/n/20250303/db69c319-ae98-a85e-292c-1f0f60f8311d.html).

/**
 * Every kind of 阵地 (carrier) a work brand or a campaign component builds, in the order reports
 * list them.
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
  "culture_corridor",
  "culture_wall",
  "lecture_team",
  "service_center",
  "other",
] as const;

/**
 * A kind of 阵地 (carrier): 家园, 驿站, 讲堂, 志愿服务队, 议事厅, 教育实践基地, 研学基地, 景观小品, 主题公园,
 * 宣传牌/标语牌/宣传栏, 陈列馆/展馆, 非遗传承培训点, 专栏, 文化长廊, 文化墙, 宣讲团, 党群服务中心/服务站 or other.
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
 * labelOf(carrierKindLabels, "heritage_training_site", "en") //=> "intangible heritage training site"
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
  culture_corridor: { "zh-CN": "文化长廊", "zh-TW": "文化長廊", en: "culture corridor" },
  culture_wall: { "zh-CN": "文化墙", "zh-TW": "文化牆", en: "culture wall" },
  lecture_team: { "zh-CN": "宣讲团", "zh-TW": "宣講團", en: "lecture team" },
  service_center: { "zh-CN": "服务中心", "zh-TW": "服務中心", en: "service centre" },
  other: { "zh-CN": "其他阵地", "zh-TW": "其他陣地", en: "other carrier" },
};
