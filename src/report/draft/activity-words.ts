/**
 * Words of activities, simplified (text is folded first with `foldVariants`): the verbs that hold
 * an event (《现代汉语词典》: 举办, 举行, 召开, 开展, 组织, 承办, 主办; 组织开展 read as one), and the
 * words that make it online or both (DESIGN.md: 云交流 = online; 线上, 网上, 网络, 直播, 线上线下).
 * Longest first: the longest verb at a place is read.
 *
 * @internal
 */
export const holdingVerbs: readonly string[] = [
  "组织开展",
  "举办",
  "举行",
  "召开",
  "开展",
  "承办",
  "主办",
  "组织",
];

/**
 * The nouns an event's name ends with (《现代汉语词典》 senses of 活动, 会, 节, 赛, 演出 …): what is
 * held, not the work it serves (创建, 工作). 节 and 赛 only in their compounds (艺术节, 比赛): 环节 and
 * 季节 are no events. Longest first.
 *
 * @internal
 */
export const eventNouns: readonly string[] = [
  "嘉年华",
  "徒步游",
  "第一课",
  "启动仪式",
  "口述史采访",
  "活动",
  "仪式",
  "笔会",
  "晚会",
  "村晚",
  "演出",
  "汇演",
  "展演",
  "展览",
  "比赛",
  "大赛",
  "竞赛",
  "答题赛",
  "挑战赛",
  "讲座",
  "论坛",
  "采访",
  "培训会",
  "座谈会",
  "茶话会",
  "交流会",
  "分享会",
  "报告会",
  "联谊会",
  "运动会",
  "推进会",
  "现场会",
  "大会",
  "艺术节",
  "文化节",
  "旅游节",
  "音乐节",
  "美食节",
  "宣讲会",
  "故事会",
  "读书会",
  "音乐会",
  "演唱会",
  "联欢会",
  "表彰会",
  "发布会",
  "研学",
  "联赛",
  "邻居节",
  "读书节",
  "体育节",
  "丰收节",
  "民族节",
  "文艺节",
];

/**
 * Event nouns that a following 活动 only repeats (艺术节活动 is the 艺术节, 集中展演活动 the 展演):
 * the name is read without it.
 *
 * @internal
 */
export const eventsBeforeActivity: readonly string[] = [
  "节",
  "会",
  "赛",
  "演出",
  "展演",
  "汇演",
  "仪式",
  "晚会",
];

/**
 * Words a name of a class of events is made of (相关活动, 各类宣传活动, 形式多样的主题活动): a name
 * with nothing else in it names no one event.
 *
 * @internal
 */
export const genericEventWords: readonly string[] = [
  "形式多样的",
  "丰富多彩的",
  "多种形式的",
  "一系列",
  "系列",
  "各类",
  "各种",
  "相关",
  "多种",
  "主题",
  "专题",
  "宣传",
  "教育",
  "文化",
  "志愿服务",
  "普法",
  "交流",
  "实践",
  "的",
  "了",
];

/** Words that make an activity online. @internal */
export const onlineWords: readonly string[] = [
  "云交流",
  "云上",
  "云端",
  "云签",
  "线上",
  "网上",
  "网络",
  "直播",
  "视频连线",
];

/** Words that make an activity both online and offline. @internal */
export const hybridWords: readonly string[] = ["线上线下", "线下线上"];

/** The event noun a name ends with, or `undefined`. @internal */
export function eventNounOf(name: string): string | undefined {
  return eventNouns.find((noun) => name.endsWith(noun));
}
