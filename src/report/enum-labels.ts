// The label tables of the schemas' enums, so a message can list the allowed values with the
// words a clerk knows: offline（线下）、online（线上）.
import type { LabelTable, LocalizedText } from "../core/labels";
import type { Locale } from "../core/locale";
import { regionLevelLabels } from "../region/region-level-labels";
import { activityModalityLabels } from "../schemas/labels/activity";
import { agreementKindLabels, signingModeLabels } from "../schemas/labels/agreement";
import { carrierKindLabels } from "../schemas/labels/brand";
import { campaignKindLabels, issuerLevelLabels } from "../schemas/labels/campaign";
import {
  designationKindLabels,
  designationLevelLabels,
  designationStatusLabels,
  recipientTypeLabels,
} from "../schemas/labels/designation";
import {
  aggregationLabels,
  indicatorKindLabels,
  temporalAggregationLabels,
} from "../schemas/labels/indicator";
import { aboutKindLabels, observationStatusLabels } from "../schemas/labels/observation";
import { unitKindLabels } from "../unit/unit-kind-labels";

const tables: readonly LabelTable<string>[] = [
  activityModalityLabels,
  agreementKindLabels,
  signingModeLabels,
  carrierKindLabels,
  campaignKindLabels,
  issuerLevelLabels,
  designationKindLabels,
  designationLevelLabels,
  designationStatusLabels,
  recipientTypeLabels,
  indicatorKindLabels,
  aggregationLabels,
  temporalAggregationLabels,
  observationStatusLabels,
  aboutKindLabels,
  regionLevelLabels,
  unitKindLabels,
];

/** The table whose keys are exactly `values`, if one is. */
function tableOf(values: readonly unknown[]): LabelTable<string> | undefined {
  return tables.find((table) => {
    const keys = Object.keys(table);
    return (
      keys.length === values.length &&
      values.every((value) => typeof value === "string" && Object.hasOwn(table, value))
    );
  });
}

/**
 * The allowed values of an enum as a message lists them: with their labels in Chinese
 * (`offline（线下）、online（线上）`), quoted in English.
 *
 * @internal
 */
export function listAllowedValues(values: readonly unknown[], locale: Locale): string {
  const table = tableOf(values);
  const shown = values.map((value) => {
    const text = JSON.stringify(value) ?? String(value);
    const label: LocalizedText | undefined =
      table !== undefined && typeof value === "string" ? table[value] : undefined;
    if (locale === "en" || label === undefined) return text;
    return `${text}（${label[locale]}）`;
  });
  if (locale === "en") {
    return shown.length < 2
      ? shown.join("")
      : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
  }
  return shown.join("、");
}
