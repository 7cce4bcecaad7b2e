import { describe, expectTypeOf, it } from "vitest";
import type { Unit, UnitKind } from "../../src/unit/types";
import { validateCreditCode } from "../../src/unit/validate-credit-code";

describe("unit types", () => {
  it("types a unit with a closed set of kinds and readonly fields", () => {
    const unit: Unit = {
      id: "u1",
      name: "赛罕区大学路街道",
      kind: "township",
      regionCode: "150105",
    };
    expectTypeOf(unit.kind).toEqualTypeOf<UnitKind>();
    // @ts-expect-error 学校 is a label, not a kind
    const wrong: Unit = { id: "u2", name: "一中", kind: "学校", regionCode: "150105" };
    // @ts-expect-error units are immutable
    unit.name = "其他";
    expectTypeOf(wrong).toEqualTypeOf<Unit>();
  });

  it("narrows a credit-code result on ok", () => {
    const result = validateCreditCode("914403001922038216");
    if (result.ok) expectTypeOf(result.value.regionCode).toEqualTypeOf<string>();
    else expectTypeOf(result.expected).toEqualTypeOf<string | undefined>();
  });
});
