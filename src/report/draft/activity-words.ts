/**
 * Words of activities, simplified (text is folded first with `foldVariants`): the verbs that hold
 * an event (《现代汉语词典》: 举办, 举行, 召开, 开展, 组织) and the words that make it online or both
 * (DESIGN.md: 云交流 = online; 线上, 网上, 直播, 线上线下).
 *
 * @internal
 */
export const holdingVerbs: readonly string[] = ["举办", "举行", "召开", "开展", "组织"];

/** Words that make an activity online. @internal */
export const onlineWords: readonly string[] = [
  "云交流",
  "云上",
  "云端",
  "云签",
  "线上",
  "网上",
  "直播",
  "视频连线",
];

/** Words that make an activity both online and offline. @internal */
export const hybridWords: readonly string[] = ["线上线下", "线下线上"];
