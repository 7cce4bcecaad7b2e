import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import {
  aggregationLabels,
  aggregations,
  indicatorKindLabels,
  indicatorKinds,
  temporalAggregationLabels,
  temporalAggregations,
} from "../../../src/schemas/labels/indicator";
import { expectCompleteTable } from "./label-table-checks";

describe("indicator kinds and aggregations", () => {
  it("read as the doc examples show", () => {
    expect(indicatorKinds).toEqual(["count", "amount", "ratio", "growth"]);
    expect(labelOf(indicatorKindLabels, "growth")).toBe("增速");
    expect(aggregations).toEqual(["sum", "ratio", "max", "min", "none"]);
    expect(labelOf(aggregationLabels, "ratio", "en")).toBe(
      "sum of numerators over sum of denominators",
    );
    expect(temporalAggregations).toEqual(["sum", "last", "none"]);
    expect(labelOf(temporalAggregationLabels, "last")).toBe("取期末值");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(indicatorKinds, indicatorKindLabels);
    expectCompleteTable(aggregations, aggregationLabels);
    expectCompleteTable(temporalAggregations, temporalAggregationLabels);
  });
});
