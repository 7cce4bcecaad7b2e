import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/report/validate-report";
import { sampleReport } from "./fixtures";

const locale = fc.constantFrom("zh-CN" as const, "zh-TW" as const, "en" as const);

function checkEnvelope(result: ReturnType<typeof validateReport>): void {
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === "error"));
  expect(result.report !== undefined).toBe(result.ok);
  for (const diagnostic of result.diagnostics) {
    expect(typeof diagnostic.code).toBe("string");
    expect(typeof diagnostic.message).toBe("string");
    expect(diagnostic.message.length).toBeGreaterThan(0);
    expect(Array.isArray(diagnostic.path)).toBe(true);
  }
}

describe("validateReport properties", () => {
  it("never throws on anything, and ok is false exactly when an error is present", () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true }),
        locale,
        (input, l) => {
          checkEnvelope(validateReport(input, { locale: l }));
        },
      ),
    );
  });

  it("never throws when any field of a valid report is replaced by anything", () => {
    const base = sampleReport() as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), locale, (key, value, l) => {
        const result = validateReport({ ...base, [key]: value }, { locale: l });
        checkEnvelope(result);
      }),
    );
  });

  it("never throws when a record of a valid report gets an arbitrary field", () => {
    const collections = [
      "units",
      "brands",
      "campaigns",
      "activities",
      "agreements",
      "observations",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.string(),
        fc.anything(),
        (collection, key, value) => {
          const report = structuredClone(sampleReport()) as Record<string, unknown>;
          const records = report[collection] as Record<string, unknown>[];
          const first = records[0];
          if (first !== undefined) first[key] = value;
          checkEnvelope(validateReport(report));
        },
      ),
    );
  });
});

describe("the built-in rules on arbitrary valid figures", () => {
  const indicatorIds = [
    "awareness_rate",
    "coverage_rate",
    "growth_rate",
    "gross_domestic_product",
    "demonstration_units",
    "participants",
  ];
  const figure = fc.record(
    {
      value: fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -1000, max: 1_000_000 }),
        fc.constantFrom(0, 0.5, 99, 100, 1e-300, 5e-324, Number.MAX_VALUE),
      ),
      unit: fc.constantFrom("%", "人", "个", "元"),
      comparator: fc.constantFrom("eq", "approx", "nearly", "gt", "gte", "lt", "lte"),
      quote: fc.string({ minLength: 1, maxLength: 20 }).filter((quote) => /\S/.test(quote)),
    },
    { requiredKeys: ["value", "comparator"] },
  );
  const observation = fc.record(
    {
      indicatorId: fc.constantFrom(...indicatorIds),
      growthOf: fc.constantFrom(...indicatorIds),
      regionCode: fc.constantFrom("150000", "150100", "150105", "150105001", "150102"),
      period: fc.constantFrom("2023", "2022", "2023-H1", "2022-H1", "2023-02-28"),
      value: figure,
    },
    { requiredKeys: ["indicatorId", "regionCode", "period", "value"] },
  );

  it("never fail while checking, whatever the figures", () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 12 }), locale, (observations, l) => {
        const input = { ...sampleReport(), observations };
        const result = validateReport(input, { locale: l });
        checkEnvelope(result);
        expect(result.diagnostics.filter((d) => d.code === "SCHEMA")).toEqual([]);
        expect(result.diagnostics.filter((d) => d.path.length === 0)).toEqual([]);
      }),
    );
  });
});
