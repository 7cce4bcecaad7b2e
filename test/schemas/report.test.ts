import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ActivitySchema } from "../../src/schemas/activity";
import { AgreementSchema } from "../../src/schemas/agreement";
import { BrandSchema } from "../../src/schemas/brand";
import { CampaignSchema } from "../../src/schemas/campaign";
import { DesignationSchema } from "../../src/schemas/designation";
import { IndicatorSchema } from "../../src/schemas/indicator";
import { ObservationSchema } from "../../src/schemas/observation";
import { RegionSchema } from "../../src/schemas/region";
import { ReportSchema } from "../../src/schemas/report";
import { UnitSchema } from "../../src/schemas/unit";
import { sampleReport } from "../report/fixtures";

const entities = {
  ReportSchema,
  ActivitySchema,
  AgreementSchema,
  BrandSchema,
  CampaignSchema,
  DesignationSchema,
  IndicatorSchema,
  ObservationSchema,
  RegionSchema,
  UnitSchema,
};

const han = /\p{Script=Han}/u;

/** Every property schema in a JSON Schema, with its path. */
function properties(schema: unknown, path = ""): [string, Record<string, unknown>][] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const found: [string, Record<string, unknown>][] = [];
  const props = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [key, value] of Object.entries(props ?? {})) {
    found.push([`${path}.${key}`, value], ...properties(value, `${path}.${key}`));
  }
  if (node.items !== undefined) found.push(...properties(node.items, `${path}[]`));
  return found;
}

describe("ReportSchema", () => {
  it("parses a report as the doc example shows", () => {
    const report = ReportSchema.parse({
      id: "saihan-2023",
      title: "赛罕区：手抓“民族团结+” 共开区域联动花",
      regionCode: "150105",
      period: "2023",
    });
    expect(report.activities).toEqual([]);
  });

  it("parses the sample report", () => {
    const report = ReportSchema.parse(sampleReport());
    expect(report.brands[0]?.carriers.map((carrier) => carrier.count?.value)).toEqual([
      9, 110, 223,
    ]);
  });

  it("takes a source without a title", () => {
    const report = ReportSchema.parse({
      id: "r",
      title: "报告",
      regionCode: "150105",
      period: "2023",
      source: { text: "全区知晓率达99%。" },
    });
    expect(report.source).toEqual({ text: "全区知晓率达99%。" });
  });

  it("refuses a source URL that is not http(s)", () => {
    const source = { title: "文章", url: "javascript:alert(1)" };
    expect(ReportSchema.safeParse({ ...sampleReport(), source }).success).toBe(false);
    const https = { title: "文章", url: "https://example.org/a" };
    expect(ReportSchema.safeParse({ ...sampleReport(), source: https }).success).toBe(true);
  });

  it.each(Object.entries(entities))(
    "%s titles itself and every field in Chinese, with an English description",
    (_name, schema) => {
      const json = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
      expect(json.title).toMatch(han);
      const fields = properties(json);
      expect(fields.length).toBeGreaterThan(2);
      for (const [path, field] of fields) {
        expect([path, field.title]).toEqual([path, expect.stringMatching(han)]);
        expect([path, typeof field.description]).toEqual([path, "string"]);
      }
    },
  );

  it.each(Object.entries(entities))("%s refuses unknown keys at every depth", (_name, schema) => {
    const json = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
    expect(json.additionalProperties).toBe(false);
  });
});
