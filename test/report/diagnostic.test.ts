import { describe, expect, it } from "vitest";
import { createDiagnostic } from "../../src/report/diagnostic";

describe("createDiagnostic", () => {
  it("fills the template of the requested locale", () => {
    const template = { "zh-CN": "{n} 条", "zh-TW": "{n} 條", en: "{n} records" };
    expect(createDiagnostic("SCHEMA", "warning", ["units"], template, "zh-TW", { n: 3 })).toEqual({
      code: "SCHEMA",
      severity: "warning",
      path: ["units"],
      message: "3 條",
    });
  });
});
