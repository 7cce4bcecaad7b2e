// The JSON Schemas shiliu ships as `shiliu/schemas/<name>.schema.json`, generated from the zod
// schemas so the two cannot drift apart. They describe what may be submitted (zod's input side:
// fields with defaults may be left out).
//
// What JSON Schema cannot say, and so only the zod schemas and validateReport check:
// - region codes against the province prefixes of GB/T 2260 (the JSON Schema checks 6/9/12 digits);
// - period keys and dates against the calendar (the JSON Schema accepts 2023-02-30);
// - the checksum of a unified social credit code (the JSON Schema checks its alphabet and length);
// - that an agreement's term does not end before it starts;
// - that a range's upper end is above its lower end;
// - every cross-record rule of validateReport (ids, references, dates in the period, figures).
import * as z from "zod";
import { ActivitySchema } from "../src/schemas/activity";
import { AgreementSchema } from "../src/schemas/agreement";
import { BrandSchema, CarrierSchema } from "../src/schemas/brand";
import { CampaignSchema, TargetSchema } from "../src/schemas/campaign";
import { DesignationSchema } from "../src/schemas/designation";
import { IndicatorSchema } from "../src/schemas/indicator";
import { ObservationSchema } from "../src/schemas/observation";
import { QuantitySchema, ReportedQuantitySchema } from "../src/schemas/quantity";
import { RegionSchema } from "../src/schemas/region";
import { ReportSchema } from "../src/schemas/report";
import { UnitSchema } from "../src/schemas/unit";

/** Every schema that gets a file, by file name (without `.schema.json`). */
export const schemasByName = {
  report: ReportSchema,
  unit: UnitSchema,
  brand: BrandSchema,
  carrier: CarrierSchema,
  campaign: CampaignSchema,
  target: TargetSchema,
  activity: ActivitySchema,
  agreement: AgreementSchema,
  designation: DesignationSchema,
  indicator: IndicatorSchema,
  observation: ObservationSchema,
  region: RegionSchema,
  quantity: QuantitySchema,
  "reported-quantity": ReportedQuantitySchema,
} as const;

/** The JSON Schema (draft 2020-12) of each schema, by file name. */
export function jsonSchemas(): Record<keyof typeof schemasByName, Record<string, unknown>> {
  const entries = Object.entries(schemasByName).map(([name, schema]) => [
    name,
    z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }),
  ]);
  return Object.fromEntries(entries) as Record<keyof typeof schemasByName, Record<string, unknown>>;
}
