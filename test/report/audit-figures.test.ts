import { describe, expect, it } from "vitest";
import { ShiliuError } from "../../src/core/shiliu-error";
import { auditFigures } from "../../src/report/audit-figures";

describe("auditFigures", () => {
  it("finds a missing quote and an unquoted figure as the doc example shows", () => {
    const audit = auditFigures("知晓率达９９％，参与人数近4000人。", [
      "知晓率达99%",
      "参与率达80%",
    ]);
    expect(audit.missingQuotes).toEqual([1]);
    expect(audit.unquotedFigures.map((figure) => figure.text)).toEqual(["近4000人"]);
  });

  it("gives figures at their places in the text as written, before normalisation", () => {
    const text = "團結(jié)進步：建成１１０个驿站，近4000人参加。";
    const audit = auditFigures(text, ["１１０个驿站"]);
    expect(audit.missingQuotes).toEqual([]);
    expect(audit.unquotedFigures).toHaveLength(1);
    const [figure] = audit.unquotedFigures;
    expect(figure && text.slice(figure.start, figure.end)).toBe("近4000人");
  });

  it("covers a figure only when a quote holds all of it", () => {
    const text = "参与群众5万余人。";
    expect(auditFigures(text, ["5万"]).unquotedFigures.map((f) => f.text)).toEqual(["5万余人"]);
    expect(auditFigures(text, ["群众5万余人"]).unquotedFigures).toEqual([]);
  });

  it("finds a quote at every place it occurs, covering each figure there", () => {
    const text = "一期9个，二期9个。";
    expect(auditFigures(text, ["9个"]).unquotedFigures).toEqual([]);
  });

  it("finds nothing missing and every figure unquoted without quotes", () => {
    const audit = auditFigures("建成9个家园", []);
    expect(audit.missingQuotes).toEqual([]);
    expect(audit.unquotedFigures.map((f) => f.text)).toEqual(["9个"]);
    expect(auditFigures("", ["x"]).missingQuotes).toEqual([0]);
  });

  it("refuses arguments of the wrong type with INVALID_ARGUMENT", () => {
    expect(() => auditFigures(5 as never, [])).toThrow(ShiliuError);
    expect(() => auditFigures("x", "x" as never)).toThrow(/quotes/);
    expect(() => auditFigures("x", [1] as never)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});
