import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cnRegionHistory } from "../../../src/cn-regions/history/cn-region-history";
import { regionNameAt } from "../../../src/cn-regions/history/region-name-at";
import { resolveRegionCode } from "../../../src/cn-regions/history/resolve-region-code";

const record = fc.constantFrom(...cnRegionHistory.records);

describe("resolveRegionCode properties", () => {
  it("never throws, whatever the code and year", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{6}$/)),
        fc.anything(),
        (code, year) => {
          const result = resolveRegionCode(code, { year: year as number });
          if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("resolves every record, as written in its first year, to codes in use now", () => {
    fc.assert(
      fc.property(record, (written) => {
        const result = resolveRegionCode(written.code, { year: written.start });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.name).toBe(written.name);
        expect(result.value.current.length).toBeGreaterThan(0);
        for (const current of result.value.current) {
          expect(regionNameAt(current.code, cnRegionHistory.lastYear)).toMatchObject({
            ok: true,
            value: { name: current.name, inUseNow: true },
          });
        }
        expect(result.value.inUse).toBe(written.end === undefined);
        if (written.end === undefined) expect(result.value.changes).toEqual([]);
        else
          expect(result.value.changes[0]?.from).toEqual({ code: written.code, name: written.name });
        // One-to-one exactly when no change split or merged.
        expect(result.value.oneToOne).toBe(
          result.value.current.length === 1 &&
            result.value.changes.every(
              (change) => change.kind === "renamed" || change.kind === "recoded",
            ),
        );
        for (const change of result.value.changes) {
          expect(change.kind === "split").toBe(change.to.length > 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
