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
} as const satisfies Words;
