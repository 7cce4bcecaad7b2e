// What belongs in a field, said the way a clerk filling in a report reads it: 数量，如
// {"value": 100, "unit": "人"}, 日期，如 "2023-04-26", never a type name of JavaScript.
import type { z } from "zod";
import { formatMessage, type LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { patternMessages, patterns } from "../schemas/messages";
import { keysOf, patternsOf, schemaType } from "./schema-field";

const words = {
  quantity: {
    "zh-CN": '数量，如 {"value": 100, "unit": "人"}',
    "zh-TW": '數量，如 {"value": 100, "unit": "人"}',
    en: 'a figure, such as {"value": 100, "unit": "人"}',
  },
  region_code: {
    "zh-CN": '行政区划代码，如 "150105"',
    "zh-TW": '行政區劃代碼，如 "150105"',
    en: 'a region code, such as "150105"',
  },
  iso_date: {
    "zh-CN": '日期，如 "2023-04-26"',
    "zh-TW": '日期，如 "2023-04-26"',
    en: 'a date, such as "2023-04-26"',
  },
  period_key: {
    "zh-CN": '统计期，如 "2023"、"2023-H1"、"2023-09" 或 "2021/2023"',
    "zh-TW": '統計期，如 "2023"、"2023-H1"、"2023-09" 或 "2021/2023"',
    en: 'a period, such as "2023", "2023-H1", "2023-09" or "2021/2023"',
  },
  credit_code: {
    "zh-CN": '统一社会信用代码，如 "91350100M000100Y43"',
    "zh-TW": '統一社會信用代碼，如 "91350100M000100Y43"',
    en: 'a unified social credit code, such as "91350100M000100Y43"',
  },
  url: {
    "zh-CN": '网址，如 "https://example.org/"',
    "zh-TW": '網址，如 "https://example.org/"',
    en: 'a web address, such as "https://example.org/"',
  },
  text: { "zh-CN": "文字（用引号括起）", "zh-TW": "文字（用引號括起）", en: "text in quotes" },
  integer: { "zh-CN": "整数", "zh-TW": "整數", en: "a whole number" },
  number: { "zh-CN": "数字", "zh-TW": "數字", en: "a number" },
  yesNo: { "zh-CN": "true 或 false", "zh-TW": "true 或 false", en: "true or false" },
  list: {
    "zh-CN": "列表（用 [ ] 括起，各项以逗号分隔）",
    "zh-TW": "列表（用 [ ] 括起，各項以逗號分隔）",
    en: "a list in [ ]",
  },
  record: {
    "zh-CN": "{title}（用 { } 括起的一组字段）",
    "zh-TW": "{title}（用 { } 括起的一組欄位）",
    en: "{title} (a group of fields in { })",
  },
  fields: {
    "zh-CN": "一组字段（用 { } 括起）",
    "zh-TW": "一組欄位（用 { } 括起）",
    en: "a group of fields in { }",
  },
  oneOf: { "zh-CN": "以下之一：{values}", "zh-TW": "以下之一：{values}", en: "one of {values}" },
  allowed: {
    "zh-CN": "允许的写法之一",
    "zh-TW": "允許的寫法之一",
    en: "one of the allowed forms",
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

type PatternName = keyof typeof patterns;

/**
 * Which of the schemas' shared patterns a string schema checks, if any.
 *
 * @internal
 */
export function patternNameOf(schema: z.core.$ZodType): PatternName | undefined {
  for (const pattern of patternsOf(schema)) {
    for (const [name, known] of Object.entries(patterns)) {
      if (known.source === pattern.source) return name as PatternName;
    }
  }
  return undefined;
}

/**
 * The message of a shared pattern, in a locale.
 *
 * @internal
 */
export function patternMessage(source: string, locale: Locale): string | undefined {
  for (const [name, known] of Object.entries(patterns)) {
    if (known.source === source || String(known) === source) {
      return patternMessages[name as PatternName][locale];
    }
  }
  return undefined;
}

function isInteger(schema: z.core.$ZodType): boolean {
  const checks = (schema._zod.def as { readonly checks?: readonly z.core.$ZodCheck[] }).checks;
  const formatOf = (check: z.core.$ZodCheck) => (check._zod.def as { format?: unknown }).format;
  const own = (schema._zod.def as { readonly format?: unknown }).format;
  const formats = [own, ...(checks ?? []).map(formatOf)];
  return formats.some((format) => typeof format === "string" && format.includes("int"));
}

/**
 * Words for the values a schema accepts: `values` is shown as given (enum members with labels
 * are worded by the caller).
 *
 * @internal
 */
export function expectedValue(
  schema: z.core.$ZodType,
  title: string | undefined,
  locale: Locale,
  values?: string,
): string {
  switch (schemaType(schema)) {
    case "string": {
      const name = patternNameOf(schema);
      return name === undefined || name === "non_blank" ? words.text[locale] : words[name][locale];
    }
    case "number":
      return isInteger(schema) ? words.integer[locale] : words.number[locale];
    case "int":
      return words.integer[locale];
    case "boolean":
      return words.yesNo[locale];
    case "array":
      return words.list[locale];
    case "object": {
      const keys = keysOf(schema);
      if (keys.includes("value") && keys.includes("comparator")) return words.quantity[locale];
      if (title === undefined) return words.fields[locale];
      return formatMessage(words.record, locale, { title });
    }
    case "enum":
    case "literal":
      return values === undefined
        ? words.allowed[locale]
        : formatMessage(words.oneOf, locale, { values });
    default:
      return words.allowed[locale];
  }
}
