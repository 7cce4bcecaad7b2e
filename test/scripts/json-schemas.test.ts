import { Ajv2020 } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { jsonSchemas, schemasByName } from "../../scripts/json-schemas";
import { QuantitySchema, ReportedQuantitySchema } from "../../src/schemas/quantity";
import { ReportSchema } from "../../src/schemas/report";
import { sampleReport, sampleReportWith } from "../report/fixtures";

const ajv = new Ajv2020({ allErrors: true });
const schemas = jsonSchemas();
const validateJson = ajv.compile(schemas.report);

/** The first record of a collection of a cloned report, for a test to change. */
function first(report: Record<string, unknown>, key: string): Record<string, unknown> {
  const record = (report[key] as Record<string, unknown>[] | undefined)?.[0];
  if (record === undefined) throw new Error(`the sample report has no ${key}`);
  return record;
}

function verdicts(input: unknown): [boolean, boolean] {
  return [ReportSchema.safeParse(input).success, validateJson(input)];
}

describe("the generated JSON Schemas", () => {
  it("are one strict draft 2020-12 schema per entity", () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(schemasByName).sort());
    for (const schema of Object.values(schemas)) {
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(ajv.validateSchema(schema)).toBe(true);
      expect(schema.additionalProperties).toBe(false);
    }
  });

  it("accept the sample report, as zod does", () => {
    expect(verdicts(sampleReport())).toEqual([true, true]);
    expect(validateJson.errors ?? []).toEqual([]);
  });

  it("accept a report that leaves out the collections with defaults, as zod does", () => {
    const report = { id: "r", title: "报告", regionCode: "150105", period: "2023" };
    expect(verdicts(report)).toEqual([true, true]);
  });

  it("reject an unknown key in an activity, as zod does, naming the key", () => {
    const input = sampleReportWith((report) => {
      const activity = report.activities?.[0] as Record<string, unknown> | undefined;
      if (activity !== undefined) activity.partcipants = { value: 4000 };
    });
    expect(verdicts(input)).toEqual([false, false]);
    expect(validateJson.errors?.[0]).toMatchObject({
      instancePath: "/activities/0",
      keyword: "additionalProperties",
      params: { additionalProperty: "partcipants" },
    });
  });

  it.each([
    [
      "a wrong enum value",
      (report: Record<string, unknown>) => {
        first(report, "activities").modality = "cloud";
      },
    ],
    [
      "both a date and a period",
      (report: Record<string, unknown>) => {
        first(report, "activities").period = "2023";
      },
    ],
    [
      "both a date and a period",
      (report: Record<string, unknown>) => {
        first(report, "activities").period = "2023";
      },
    ],
    [
      "an observation with a value and a numerator",
      (report: Record<string, unknown>) => {
        first(report, "observations").numerator = { value: 1 };
      },
    ],
    [
      "an observation with a numerator but no denominator",
      (report: Record<string, unknown>) => {
        const observation = first(report, "observations");
        observation.numerator = observation.value;
        delete observation.value;
      },
    ],
    [
      "a missing title",
      (report: Record<string, unknown>) => {
        delete report.title;
      },
    ],
    [
      "a five-digit region code",
      (report: Record<string, unknown>) => {
        report.regionCode = "15010";
      },
    ],
    [
      "a single agreement party",
      (report: Record<string, unknown>) => {
        const agreement = first(report, "agreements");
        agreement.parties = (agreement.parties as unknown[]).slice(0, 1);
      },
    ],
    [
      "a fractional year",
      (report: Record<string, unknown>) => {
        report.designations = [
          {
            id: "d",
            title: "示范单位",
            kind: "demonstration_unit",
            level: "county",
            recipient: { type: "unit", name: "某单位", regionCode: "150105" },
            year: 2023.5,
          },
        ];
      },
    ],
    [
      "a revocation date on a title in force",
      (report: Record<string, unknown>) => {
        report.designations = [
          {
            id: "d",
            title: "全国民族团结进步示范单位",
            kind: "demonstration_unit",
            level: "national",
            recipient: { type: "unit", name: "某单位", regionCode: "150105" },
            namedOn: "2024-01-16",
            status: "in_force",
            revokedOn: "2025-06-30",
          },
        ];
      },
    ],
    [
      "a blank quote",
      (report: Record<string, unknown>) => {
        const observation = first(report, "observations");
        observation.value = { ...(observation.value as object), quote: "   " };
      },
    ],
  ])("reject %s, as zod does", (_name, change) => {
    const report = structuredClone(sampleReport()) as Record<string, unknown>;
    change(report);
    expect(verdicts(report)).toEqual([false, false]);
  });

  it("accept an undated activity and the report shapes of figures as reported, as zod does", () => {
    const report = sampleReportWith((r) => {
      const activity = r.activities?.[0];
      if (activity !== undefined) delete (activity as { date?: string }).date;
      r.campaigns?.push({
        id: "fronts",
        name: "三大宣传阵地",
        kind: "framework",
        issuer: { level: "county" },
        components: [
          {
            id: "mobile",
            name: "流动阵地",
            carriers: [{ id: "boards", kind: "signboard", name: "宣传牌" }],
            statements: ["覆盖县、乡、村三级"],
          },
        ],
      });
      const observation = r.observations?.[0];
      if (observation !== undefined) {
        r.observations = [{ ...observation, about: { kind: "component", id: "mobile" } }];
      }
    });
    expect(verdicts(report)).toEqual([true, true]);
    const retired = sampleReportWith((r) => {
      (r.observations?.[0] as Record<string, unknown>).source = { quote: "知晓率达99%" };
    });
    expect(verdicts(retired)).toEqual([false, false]);
  });

  it("say of a reported figure what its zod schema says of its quote", () => {
    const validateFigure = ajv.compile(schemas["reported-quantity"]);
    const cases: readonly [unknown, boolean][] = [
      [{ value: 110, unit: "个", quote: "石榴红赛罕驿站110个" }, true],
      [{ value: 110, unit: "个", quote: "" }, false],
      [{ value: 30, comparator: "range", quote: "三四十人" }, false],
      [{ value: 1, source: { quote: "1个" } }, false],
    ];
    for (const [input, valid] of cases) {
      expect([validateFigure(input), ReportedQuantitySchema.safeParse(input).success]).toEqual([
        valid,
        valid,
      ]);
    }
  });

  it("say of a quantity what its zod schema says of upper and precision", () => {
    const validateQuantity = ajv.compile(schemas.quantity);
    const cases: readonly [unknown, boolean][] = [
      [{ value: 30, upper: 40, unit: "人", comparator: "range" }, true],
      [{ value: 30, comparator: "range" }, false],
      [{ value: 30, upper: 40, comparator: "gt" }, false],
      [{ value: 30, upper: 40 }, false],
      [{ value: 2e10, unit: "元", precision: 1e8 }, true],
      [{ value: 1, precision: 0 }, false],
      [{ value: 1, precision: -1 }, false],
    ];
    for (const [input, valid] of cases) {
      expect([validateQuantity(input), QuantitySchema.safeParse(input).success]).toEqual([
        valid,
        valid,
      ]);
    }
  });
});
