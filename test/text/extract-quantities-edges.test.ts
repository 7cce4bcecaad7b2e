// The edges of extractQuantities: the span of a figure holds the qualifier written before it,
// a range's included (its label never does), and figures in scopes, codes and ordinals.
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/text/extract-quantities";

const spans = (text: string) =>
  extractQuantities(text).map((figure) => [figure.text, figure.start, figure.end, figure.label]);

describe("extractQuantities at its edges", () => {
  it("spans the qualifier before a range, which stays a range and out of the label", () => {
    expect(spans("参加人数约三四十人")).toEqual([["约三四十人", 4, 9, "参加人数"]]);
    expect(spans("参加人数约30至40人")).toEqual([["约30至40人", 4, 11, "参加人数"]]);
    expect(spans("志愿者近30-40人")).toEqual([["近30-40人", 3, 10, "志愿者"]]);
    expect(extractQuantities("参加人数约三四十人")[0]?.quantity).toEqual({
      value: 30,
      upper: 40,
      unit: "人",
      comparator: "range",
      precision: 10,
    });
  });
});
