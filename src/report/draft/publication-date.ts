import { parseChineseDate } from "../../text/parse-chinese-date";

/**
 * The date line news pages print under a headline (发布时间：2023-09-20 11:50:00, 日期：2023年9月20日),
 * simplified and traditional.
 */
const DATE_LINE =
  /(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|日期|时间|時間)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}[日号號]?)/;

/**
 * The publication day a page prints in its date line, or `undefined` when it prints none.
 *
 * @internal
 */
export function publicationDate(text: string): string | undefined {
  const match = DATE_LINE.exec(text);
  return match?.[1] === undefined ? undefined : parseChineseDate(match[1]);
}
