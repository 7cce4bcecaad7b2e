// The sentences of SCHEMA diagnostics in every locale. {subject} names the field
// (活动“云交流”的参与人数), {expected} says what belongs there (数量，如 {"value": 100, "unit": "人"}).
import type { LocalizedText } from "../core/labels";

/**
 * Message templates of schema issues, one per kind of issue zod reports.
 *
 * @internal
 */
export const schemaMessages = {
  theReport: { "zh-CN": "提交的报告", "zh-TW": "提交的報告", en: "the report" },
  item: { "zh-CN": "第 {n} 项", "zh-TW": "第 {n} 項", en: "item {n}" },
  missing: {
    "zh-CN": "{subject}未填写，应为{expected}",
    "zh-TW": "{subject}未填寫，應為{expected}",
    en: "{subject} is missing: give {expected}",
  },
  wrongType: {
    "zh-CN": "{subject}应为{expected}，收到的是{received}",
    "zh-TW": "{subject}應為{expected}，收到的是{received}",
    en: "{subject} should be {expected}, not {received}",
  },
  receivedNumber: { "zh-CN": "数字 {value}", "zh-TW": "數字 {value}", en: "the number {value}" },
  receivedText: { "zh-CN": "文字“{value}”", "zh-TW": "文字「{value}」", en: 'the text "{value}"' },
  receivedList: { "zh-CN": "一个列表", "zh-TW": "一個列表", en: "a list" },
  receivedFields: { "zh-CN": "一组字段", "zh-TW": "一組欄位", en: "a group of fields" },
  receivedNull: { "zh-CN": "空值 null", "zh-TW": "空值 null", en: "null" },
  receivedNotFinite: {
    "zh-CN": "无法计算的数 {value}",
    "zh-TW": "無法計算的數 {value}",
    en: "the non-finite number {value}",
  },
  receivedOther: {
    "zh-CN": "无法识别的内容",
    "zh-TW": "無法識別的內容",
    en: "something that is not data",
  },
  emptyText: {
    "zh-CN": "{subject}不能为空",
    "zh-TW": "{subject}不能為空",
    en: "{subject} is empty",
  },
  tooShortText: {
    "zh-CN": "{subject}至少 {n} 个字，现有 {count} 个字",
    "zh-TW": "{subject}至少 {n} 個字，現有 {count} 個字",
    en: "{subject} needs at least {n} characters, not {count}",
  },
  tooLongText: {
    "zh-CN": "{subject}最多 {n} 个字，现有 {count} 个字",
    "zh-TW": "{subject}最多 {n} 個字，現有 {count} 個字",
    en: "{subject} has {count} characters, more than {n}",
  },
  emptyList: {
    "zh-CN": "{subject}至少要有 1 项",
    "zh-TW": "{subject}至少要有 1 項",
    en: "{subject} needs at least one item",
  },
  tooFewItems: {
    "zh-CN": "{subject}至少要有 {n} 项，现有 {count} 项",
    "zh-TW": "{subject}至少要有 {n} 項，現有 {count} 項",
    en: "{subject} needs at least {n} items, not {count}",
  },
  tooManyItems: {
    "zh-CN": "{subject}最多 {n} 项，现有 {count} 项",
    "zh-TW": "{subject}最多 {n} 項，現有 {count} 項",
    en: "{subject} has {count} items, more than {n}",
  },
  belowMinimum: {
    "zh-CN": "{subject}不能小于 {n}，收到的是 {value}",
    "zh-TW": "{subject}不能小於 {n}，收到的是 {value}",
    en: "{subject} must be at least {n}, not {value}",
  },
  aboveMaximum: {
    "zh-CN": "{subject}不能大于 {n}，收到的是 {value}",
    "zh-TW": "{subject}不能大於 {n}，收到的是 {value}",
    en: "{subject} must be at most {n}, not {value}",
  },
  notAbove: {
    "zh-CN": "{subject}应大于 {n}，收到的是 {value}",
    "zh-TW": "{subject}應大於 {n}，收到的是 {value}",
    en: "{subject} must be more than {n}, not {value}",
  },
  notBelow: {
    "zh-CN": "{subject}应小于 {n}，收到的是 {value}",
    "zh-TW": "{subject}應小於 {n}，收到的是 {value}",
    en: "{subject} must be less than {n}, not {value}",
  },
  detail: {
    "zh-CN": "{subject}有误：{detail}",
    "zh-TW": "{subject}有誤：{detail}",
    en: "{subject}: {detail}",
  },
  badForm: {
    "zh-CN": "{subject}的写法不符合要求",
    "zh-TW": "{subject}的寫法不符合要求",
    en: "{subject} is not written in an allowed form",
  },
  allowedForm: { "zh-CN": "允许的写法之一", "zh-TW": "允許的寫法之一", en: "an allowed form" },
  notAllowed: {
    "zh-CN": "{subject}应为以下之一：{values}，收到的是{received}",
    "zh-TW": "{subject}應為以下之一：{values}，收到的是{received}",
    en: "{subject} should be one of {values}, not {received}",
  },
  notMultiple: {
    "zh-CN": "{subject}应为 {divisor} 的整数倍",
    "zh-TW": "{subject}應為 {divisor} 的整數倍",
    en: "{subject} must be a multiple of {divisor}",
  },
  badKey: {
    "zh-CN": "{subject}中有不允许的键",
    "zh-TW": "{subject}中有不允許的鍵",
    en: "{subject} has a key that is not allowed",
  },
  movedQuote: {
    "zh-CN":
      "{subject}出现已取消的字段 source：原文已移至数值的 quote（value.quote，或 numerator.quote、denominator.quote）",
    "zh-TW":
      "{subject}出現已取消的欄位 source：原文已移至數值的 quote（value.quote，或 numerator.quote、denominator.quote）",
    en: "{subject} has the retired key source: the quote has moved onto the figure (value.quote, or numerator.quote and denominator.quote)",
  },
  unknownKey: {
    "zh-CN": "{subject}出现未知字段 {key}",
    "zh-TW": "{subject}出現未知欄位 {key}",
    en: "{subject} has an unknown key {key}",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;
