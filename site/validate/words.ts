// The words of the "Validate a report" page.
import type { Words } from "../shared/words";

/** Interface words of validate.html. */
export const validateWords = {
  title: { "zh-CN": "校验一份报告", "zh-TW": "校驗一份報告", en: "Validate a report" },
  intro: {
    "zh-CN":
      "粘贴或拖入一份 JSON 格式的创建工作报告，或从菜单中选一个案例。每个问题都列出代码、严重程度、说明和位置；点位置可在报告原文中找到它。",
    "zh-TW":
      "貼上或拖入一份 JSON 格式的創建工作報告，或從選單中選一個案例。每個問題都列出代碼、嚴重程度、說明和位置；點位置可在報告原文中找到它。",
    en: "Paste or drop a report as JSON, or pick a case study from the menu. Every problem is listed with its code, severity, message and place; follow the place to see it in the report.",
  },
  caseLabel: { "zh-CN": "案例", "zh-TW": "案例", en: "Case study" },
  chooseCase: { "zh-CN": "选一个案例…", "zh-TW": "選一個案例…", en: "Choose a case study…" },
  chooseFile: { "zh-CN": "打开文件…", "zh-TW": "開啟檔案…", en: "Open a file…" },
  inputLabel: { "zh-CN": "报告（JSON）", "zh-TW": "報告（JSON）", en: "Report (JSON)" },
  placeholder: {
    "zh-CN": "在此粘贴报告，或把 .json 文件拖到这里",
    "zh-TW": "在此貼上報告，或把 .json 檔案拖到這裡",
    en: "Paste a report here, or drop a .json file on it",
  },
  run: { "zh-CN": "校验", "zh-TW": "校驗", en: "Validate" },
  loadCatalogue: {
    "zh-CN": "加载全国区划目录",
    "zh-TW": "載入全國區劃目錄",
    en: "Load the national catalogue",
  },
  catalogueLoading: {
    "zh-CN": "正在加载目录…",
    "zh-TW": "正在載入目錄…",
    en: "Loading the catalogue…",
  },
  catalogueLoaded: {
    "zh-CN": "已加载全国区划目录：{count} 个区划（{list}，截至 {asOf}）",
    "zh-TW": "已載入全國區劃目錄：{count} 個區劃（{list}，截至 {asOf}）",
    en: "National catalogue loaded: {count} regions ({list}, as of {asOf})",
  },
  catalogueFailed: {
    "zh-CN": "目录加载失败：{reason}",
    "zh-TW": "目錄載入失敗：{reason}",
    en: "The catalogue could not be loaded: {reason}",
  },
  catalogueAbsent: {
    "zh-CN": "未加载全国区划目录：只认报告自己列出的区划",
    "zh-TW": "未載入全國區劃目錄：只認報告自己列出的區劃",
    en: "National catalogue not loaded: only the report's own regions are known",
  },
  resultHeading: { "zh-CN": "校验结果", "zh-TW": "校驗結果", en: "Findings" },
  jsonHeading: { "zh-CN": "报告原文", "zh-TW": "報告原文", en: "The report" },
  empty: {
    "zh-CN": "粘贴、拖入或选择一份报告后，结果显示在这里。",
    "zh-TW": "貼上、拖入或選擇一份報告後，結果顯示在這裡。",
    en: "Paste, drop or choose a report and the findings appear here.",
  },
  valid: { "zh-CN": "报告有效", "zh-TW": "報告有效", en: "The report is valid" },
  invalid: { "zh-CN": "报告无效", "zh-TW": "報告無效", en: "The report is not valid" },
  counts: {
    "zh-CN": "{errors} 个错误，{warnings} 个警告",
    "zh-TW": "{errors} 個錯誤，{warnings} 個警告",
    en: "Errors: {errors} · warnings: {warnings}",
  },
  checkedRecords: { "zh-CN": "检查的记录：", "zh-TW": "檢查的記錄：", en: "Records checked: " },
  checkedRules: { "zh-CN": "运行的规则：", "zh-TW": "執行的規則：", en: "Rules run: " },
  noRecords: { "zh-CN": "（无）", "zh-TW": "（無）", en: "(none)" },
  error: { "zh-CN": "错误", "zh-TW": "錯誤", en: "Error" },
  warning: { "zh-CN": "警告", "zh-TW": "警告", en: "Warning" },
  root: { "zh-CN": "（整份报告）", "zh-TW": "（整份報告）", en: "(the whole report)" },
  notJson: {
    "zh-CN": "这不是有效的 JSON：{reason}",
    "zh-TW": "這不是有效的 JSON：{reason}",
    en: "This is not valid JSON: {reason}",
  },
  fileFailed: {
    "zh-CN": "无法读取文件 {name}",
    "zh-TW": "無法讀取檔案 {name}",
    en: "The file {name} could not be read",
  },
} as const satisfies Words;
