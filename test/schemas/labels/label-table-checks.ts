import { expect } from "vitest";
import type { LabelTable } from "../../../src/core/labels";
import { locales } from "../../../src/core/locale";

/** Asserts a label table names exactly the enum's values, each in every locale. */
export function expectCompleteTable<K extends string>(
  values: readonly K[],
  table: LabelTable<K>,
): void {
  expect(Object.keys(table).sort()).toEqual([...values].sort());
  for (const value of values) {
    for (const locale of locales) expect(table[value][locale].trim()).not.toBe("");
  }
  const english = values.map((value) => table[value].en);
  expect(new Set(english).size).toBe(values.length);
}
