/**
 * The words that end, open and trim a figure's label, as data with their sources. Each list is
 * space-separated; simplified and traditional forms are both written where they differ.
 *
 * @internal
 */

/**
 * Metric terms a label is cut down to when it ends with one (中心城区绿化率 → 绿化率): the
 * indicator names of the creation work's evaluation (知晓率, 参与度, 支持率, 覆盖率 — 国家民委
 * 《全国民族团结进步示范测评指标》) and of the statistical communiqués (国家统计局《国民经济和社会
 * 发展统计公报》: 地区生产总值, 固定资产投资, 社会消费品零售总额, 城镇化率, 增速, 增幅, 增长率).
 */
export const METRIC_TERMS =
  "社会消费品零售总额 社會消費品零售總額 地区生产总值 地區生產總值 固定资产投资 固定資產投資 " +
  "森林覆盖率 森林覆蓋率 城镇化率 城鎮化率 知晓率 知曉率 知晓度 知曉度 参与度 參與度 参与率 參與率 " +
  "支持率 覆盖率 覆蓋率 绿化率 綠化率 满意度 滿意度 完成率 达标率 達標率 普及率 增长率 增長率 " +
  "增速 增幅";

/**
 * Words after which a label starts: the structural particle 的, the aspect particles 着/过, the
 * list closer 等, the conjunctions 以及/并/并且 and the prepositions that introduce a beneficiary
 * (对, 向) or a part (除, 含, 其中) — function words of 吕叔湘《现代汉语八百词》 — and the verbs of report prose that take the counted thing as their object
 * (开展 …活动, 发放 …资料, 打造 …阵地, 带动 …就业): verbs tagged `v` in the jieba dictionary
 * (cppjieba `jieba.dict.utf8`, MIT) that the examined articles use before a figure's noun.
 */
export const LABEL_OPENERS =
  "的 着 著 过 過 等 对 對 向 以及 并且 並且 并 並 除 含 时隔 時隔 经过 經過 过去 過去 " +
  "打造 建立 建成 创建 創建 开展 開展 举办 舉辦 组织 組織 发布 發布 发挥 發揮 征集 徵集 组建 組建 " +
  "收集整理 收集 细化 細化 健全 协助 協助 帮助 幫助 带动 帶動 研发 研發 包括 发放 發放 印发 印發 " +
  "制作 製作 张贴 張貼 悬挂 懸挂 懸掛 投放 刊载 刊載 创作 創作 开辟 開闢 开设 開設 设立 設立 " +
  "实施 實施 推出 设置 設置 选树 選樹 培育 争取 爭取 整合 改造 修缮 修繕 建设 建設 新建 " +
  "接待 吸引 惠及 入选 入選 荣获 榮獲 获得 獲得 评选 評選 " +
  "命名 表彰 授牌 签订 簽訂 召开 召開 举行 舉行 出售 育肥 居住 下设 下設 实现 實現 接受 " +
  "争取到 爭取到 选择 選擇 布置 佈置 " +
  "带领 帶領 动员 動員 培训 培訓 走访 走訪 慰问 慰問 捐赠 捐贈 筹集 籌集 投入 擔任 担任";

/**
 * The verb between a label and its figure, dropped at either end (人口共有1.3万人, 共有人口
 * 1.3万人): 有 and its compounds, the copulas 为/是, 完成 and the aspect particle 了, and the
 * adverbs of scope 均/都/每 before the figure (收入均超20万元). Only the words of two or more
 * characters are dropped at the start, so 有效期 keeps its 有.
 */
export const CONNECTORS = "一共有 共有 现有 現有 拥有 擁有 有 为 為 是 了 完成 均 都 每 一共 共";

/**
 * Period words and sentence openers dropped from the start of a label, with the enumerators of
 * official documents (一是, 二是 … 十是).
 */
export const LEADING_WORDS =
  "截至目前 前三季度 上半年 下半年 全年 今年 去年 当前 當前 目前 其中 此次 本次 " +
  "一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 年 月 日 已";

/** A preposition alone is not a label (在17个街道). */
export const NOT_LABELS = "在 向 于 於 对 對 从 從 为 為";
