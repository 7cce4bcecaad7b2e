// The words of the draft shown on the "Read an article" page.
import type { Words } from "../shared/words";

/** Interface words of the draft. */
export const draftWords = {
  noNotes: {
    "zh-CN": "没有需要核对的事项。",
    "zh-TW": "沒有需要核對的事項。",
    en: "Nothing for a reviewer to decide.",
  },
  catalogue: {
    "zh-CN": "地区按全国区划目录（{count} 个地区，截至 {asOf}）识别和校验。",
    "zh-TW": "地區按全國區劃目錄（{count} 個地區，截至 {asOf}）識別和校驗。",
    en: "Regions read and checked against the national catalogue ({count} regions, as of {asOf}).",
  },
  noCatalogue: {
    "zh-CN": "全国区划目录未能加载：地区未识别，代码只按结构校验。",
    "zh-TW": "全國區劃目錄未能載入：地區未識別，代碼只按結構校驗。",
    en: "The national catalogue could not be loaded: no region is read, and codes are checked for their structure only.",
  },
} as const satisfies Words;
