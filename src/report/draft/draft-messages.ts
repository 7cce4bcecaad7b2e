import type { LocalizedText } from "../../core/labels";
import type { DraftNoteCode } from "./types";

/**
 * The message of each review note; `{name}`, `{candidates}`, `{chosen}`, `{year}`, `{label}` are
 * filled in.
 *
 * @internal
 */
export const draftMessages: { readonly [code in DraftNoteCode]: LocalizedText } = {
  region_missing: {
    "zh-CN": "未能从标题和正文中识别报告地区，请填写报告地区代码。",
    "zh-TW": "未能從標題和正文中識別報告地區，請填寫報告地區代碼。",
    en: "No reporting region could be read from the headline or the text; fill in its code.",
  },
  region_ambiguous: {
    "zh-CN": "“{name}”对应多个地区（{candidates}），草稿暂取 {chosen}，请确认。",
    "zh-TW": "「{name}」對應多個地區（{candidates}），草稿暫取 {chosen}，請確認。",
    en: "“{name}” names several regions ({candidates}); the draft takes {chosen}: confirm it.",
  },
  period_missing: {
    "zh-CN": "未能从标题和正文中识别报告期，请填写报告期。",
    "zh-TW": "未能從標題和正文中識別報告期，請填寫報告期。",
    en: "No period could be read from the headline or the text; fill it in.",
  },
  period_from_publication: {
    "zh-CN": "正文未写明年份，报告期暂取发布年份 {year}，请确认。",
    "zh-TW": "正文未寫明年份，報告期暫取發佈年份 {year}，請確認。",
    en: "The text names no year; the period is the publication year {year}: confirm it.",
  },
  period_ambiguous: {
    "zh-CN": "正文提到多个年份（{candidates}），报告期暂取 {chosen}，请确认。",
    "zh-TW": "正文提到多個年份（{candidates}），報告期暫取 {chosen}，請確認。",
    en: "The text names several years ({candidates}); the period is {chosen}: confirm it.",
  },
  indicator_proposed: {
    "zh-CN": "“{label}”不是标准指标，草稿新设自定义指标，请确认或改用标准指标。",
    "zh-TW": "「{label}」不是標準指標，草稿新設自訂指標，請確認或改用標準指標。",
    en: "“{label}” is not a standard indicator; the draft proposes a custom one: confirm it or pick a standard one.",
  },
  recipient_assumed: {
    "zh-CN": "原文未写明“{title}”的获得者，草稿暂取报告地区{name}，请确认。",
    "zh-TW": "原文未寫明「{title}」的獲得者，草稿暫取報告地區{name}，請確認。",
    en: "The text does not say who received “{title}”; the draft takes the reporting region {name}: confirm it.",
  },
  party_region_assumed: {
    "zh-CN": "协议方“{name}”的所在地区原文未写明，草稿暂取报告地区，请确认。",
    "zh-TW": "協議方「{name}」的所在地區原文未寫明，草稿暫取報告地區，請確認。",
    en: "The text does not say where the party “{name}” is; the draft takes the reporting region: confirm it.",
  },
  agreement_kind_assumed: {
    "zh-CN": "“{title}”的类型（共建、联创共建、结对子、合作）原文未写明，草稿暂取“合作”，请确认。",
    "zh-TW":
      "「{title}」的類型（共建、聯創共建、結對子、合作）原文未寫明，草稿暫取「合作」，請確認。",
    en: "The text does not say what kind of agreement “{title}” is; the draft takes cooperation: confirm it.",
  },
  modality_assumed: {
    "zh-CN": "原文未写明“{name}”是线上还是线下举办，草稿暂取线下，请确认。",
    "zh-TW": "原文未寫明「{name}」是線上還是線下舉辦，草稿暫取線下，請確認。",
    en: "The text does not say whether “{name}” was held online; the draft takes offline: confirm it.",
  },
  figure_repeated: {
    "zh-CN": "“{quote}”在原文中重复出现，草稿只记一次，请确认是否为同一数据。",
    "zh-TW": "「{quote}」在原文中重複出現，草稿只記一次，請確認是否為同一數據。",
    en: "“{quote}” appears again in the text; the draft records it once: confirm it is the same figure.",
  },
};
