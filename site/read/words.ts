// The words of the "Read an article" page.
import type { Words } from "../shared/words";

/** Interface words of read.html. */
export const readWords = {
  title: { "zh-CN": "读一篇文章", "zh-TW": "讀一篇文章", en: "Read an article" },
  intro: {
    "zh-CN":
      "粘贴一段创建工作报道（简体、繁体或带拼音注音均可），文中的每个数字都会被标出，并列出它的数值、单位、限定词、范围和指标名。",
    "zh-TW":
      "貼上一段創建工作報導（簡體、繁體或帶拼音注音均可），文中的每個數字都會被標出，並列出它的數值、單位、限定詞、範圍和指標名。",
    en: "Paste a report of the creation work (simplified, traditional or with pinyin glosses): every figure in it is marked, with its value, unit, qualifier, bounds and label.",
  },
  inputLabel: { "zh-CN": "文章", "zh-TW": "文章", en: "Article" },
  placeholder: {
    "zh-CN": "例如：全年累计开展活动120余场次，参与群众5万余人，知晓率达99%。",
    "zh-TW": "例如：全年累計開展活動120餘場次，參與群眾5萬餘人，知曉率達99%。",
    en: "For example: 全年累计开展活动120余场次，参与群众5万余人，知晓率达99%。",
  },
  markFigures: { "zh-CN": "标出数字", "zh-TW": "標出數字", en: "Mark the figures" },
  clear: { "zh-CN": "清空", "zh-TW": "清空", en: "Clear" },
  textHeading: { "zh-CN": "标出的文章", "zh-TW": "標出的文章", en: "The article, figures marked" },
  tableHeading: { "zh-CN": "数字一览", "zh-TW": "數字一覽", en: "The figures" },
  found: {
    "zh-CN": "找到 {count} 个数字",
    "zh-TW": "找到 {count} 個數字",
    en: "{count} figures found",
  },
  none: {
    "zh-CN": "这段文字里没有找到数字。",
    "zh-TW": "這段文字裡沒有找到數字。",
    en: "No figure was found in this text.",
  },
  empty: {
    "zh-CN": "粘贴文章后，数字会在这里标出。",
    "zh-TW": "貼上文章後，數字會在這裡標出。",
    en: "Paste an article and its figures are marked here.",
  },
  columnIndex: { "zh-CN": "序号", "zh-TW": "序號", en: "#" },
  columnText: { "zh-CN": "原文", "zh-TW": "原文", en: "As written" },
  columnReads: { "zh-CN": "读作", "zh-TW": "讀作", en: "Reads as" },
  columnValue: { "zh-CN": "数值", "zh-TW": "數值", en: "Value" },
  columnUnit: { "zh-CN": "单位", "zh-TW": "單位", en: "Unit" },
  columnQualifier: { "zh-CN": "限定词", "zh-TW": "限定詞", en: "Qualifier" },
  columnBounds: { "zh-CN": "范围", "zh-TW": "範圍", en: "Bounds" },
  columnWrittenTo: { "zh-CN": "精确到", "zh-TW": "精確到", en: "Written to" },
  columnLabel: { "zh-CN": "指标", "zh-TW": "指標", en: "Label" },
  unbounded: {
    "zh-CN": "无确定范围（估计值）",
    "zh-TW": "無確定範圍（估計值）",
    en: "no bounds (an estimate)",
  },
  noUnit: { "zh-CN": "（无）", "zh-TW": "（無）", en: "(none)" },
  noLabel: { "zh-CN": "—", "zh-TW": "—", en: "—" },
  draftReport: { "zh-CN": "起草报告", "zh-TW": "起草報告", en: "Draft a report" },
  draftHeading: { "zh-CN": "报告草稿", "zh-TW": "報告草稿", en: "The draft report" },
  draftIntro: {
    "zh-CN":
      "draftReport 从文章起草的报告：品牌、行动、活动、协议、命名表彰和每个数字，各带原文；下面是 validateReport 对草稿的校验和需要人工核对的事项。",
    "zh-TW":
      "draftReport 從文章起草的報告：品牌、行動、活動、協議、命名表彰和每個數字，各帶原文；下面是 validateReport 對草稿的校驗和需要人工核對的事項。",
    en: "The report draftReport drafts from the article: brands, campaigns, activities, agreements, honours and every figure, each with its words; below, validateReport's findings on the draft and what a reviewer must decide.",
  },
  notesHeading: { "zh-CN": "待核对事项", "zh-TW": "待核對事項", en: "For the reviewer" },
  draftFindingsHeading: {
    "zh-CN": "草稿校验结果",
    "zh-TW": "草稿校驗結果",
    en: "The draft validated",
  },
  draftJsonHeading: { "zh-CN": "草稿（JSON）", "zh-TW": "草稿（JSON）", en: "The draft (JSON)" },
  draftEmpty: {
    "zh-CN": "请先粘贴一篇文章。",
    "zh-TW": "請先貼上一篇文章。",
    en: "Paste an article first.",
  },
  draftLoading: {
    "zh-CN": "正在加载起草程序和全国区划目录…",
    "zh-TW": "正在載入起草程式和全國區劃目錄…",
    en: "Loading the drafter and the national catalogue…",
  },
  drafted: {
    "zh-CN": "草稿已生成：{notes} 项待核对，{diagnostics} 条校验结果。",
    "zh-TW": "草稿已生成：{notes} 項待核對，{diagnostics} 條校驗結果。",
    en: "Drafted: {notes} points for the reviewer, {diagnostics} findings.",
  },
  draftFailed: {
    "zh-CN": "起草失败：{reason}",
    "zh-TW": "起草失敗：{reason}",
    en: "The draft failed: {reason}",
  },
} as const satisfies Words;
