import { describe, expect, it } from "vitest";
import { quoteNotInSourceRule } from "../../../src/report/rules/quote-not-in-source";
import { unquotedFigureRule } from "../../../src/report/rules/unquoted-figure";
import { diagnosticsOf, observationOf, reportWith } from "./rule-fixtures";

// A report without its source text, whose figure's quote no text could be searched for.
const report = reportWith({
  observations: [observationOf("participants", { value: 5, unit: "人次", quote: "参与群众5人次" })],
});

describe("the rules of the source text, without one", () => {
  it("check nothing when the report carries no source text", () => {
    expect(diagnosticsOf([quoteNotInSourceRule], report)).toEqual([]);
    expect(diagnosticsOf([unquotedFigureRule], report)).toEqual([]);
  });
});
