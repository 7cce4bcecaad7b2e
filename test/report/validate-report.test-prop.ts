import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/report/validate-report";
import { sampleReport } from "./fixtures";

const locale = fc.constantFrom("zh-CN" as const, "zh-TW" as const, "en" as const);

function checkEnvelope(result: ReturnType<typeof validateReport>): void {
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === "error"));
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
