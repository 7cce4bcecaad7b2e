import type { StandardIndicatorId } from "../../metric/standard-indicators";
import { standardIndicators } from "../../metric/standard-indicators";
import { commonUnit } from "../../quantity/common-unit";
import { indicatorWords } from "./indicator-words";

/**
 * The standard indicator a figure's label names, or `undefined`: the indicator whose word ends
 * nearest the label's end (the head of a Chinese noun phrase is its last word: 全网浏览量 is a
 * 浏览量), the longer word on a tie (森林覆盖率 over 覆盖率), and only one whose unit is the
 * figure's quantity.
 *
 * @internal
 */
export function matchIndicator(
  label: string | undefined,
  unit: string | undefined,
): StandardIndicatorId | undefined {
  if (label === undefined || label.length === 0) return undefined;
  let best: StandardIndicatorId | undefined;
  let bestEnd = -1;
  let bestLength = 0;
  for (const entry of indicatorWords) {
    const indicatorUnit = standardIndicators[entry.id].unit;
    if (commonUnit(indicatorUnit, unit) === undefined) continue;
    for (const word of entry.words) {
      const at = label.lastIndexOf(word);
      if (at === -1) continue;
      const end = at + word.length;
      if (end > bestEnd || (end === bestEnd && word.length > bestLength)) {
        best = entry.id;
        bestEnd = end;
        bestLength = word.length;
      }
    }
  }
  return best;
}
