import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithin } from "../../src/region/is-within";
import { parseRegionCode } from "../../src/region/parse-region-code";
import { regionLevelOf } from "../../src/region/region-level-of";
import { safeCreateRegionIndex } from "../../src/region/safe-create-region-index";
import type { Region } from "../../src/region/types";
import { validRegionCode } from "./region-code-arbitraries";

const canonical = (code: string): string => {
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code;
};
const regionList = fc
  .uniqueArray(validRegionCode, { maxLength: 40, selector: canonical })
  .chain((codes) =>
    fc.tuple(
      fc.constant(codes),
      fc.array(fc.constantFrom("市中区", "鼓楼区", "新城区", "赛罕区", "城关镇"), {
        minLength: codes.length,
        maxLength: codes.length,
      }),
    ),
  )
  .map(([codes, names]) =>
    codes.map(
      (code, at): Region => ({
        code,
        name: names[at] ?? "",
        level: regionLevelOf(code) ?? "county",
      }),
    ),
  );

describe("safeCreateRegionIndex properties", () => {
  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeCreateRegionIndex(input as readonly Region[]);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it("indexes any set of valid regions into a consistent tree", () => {
    fc.assert(
      fc.property(regionList, (regions) => {
        const result = safeCreateRegionIndex(regions);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const index = result.value;
        expect(index.size).toBe(regions.length);
        for (const region of index.regions()) {
          for (const ancestor of index.ancestors(region.code)) {
            expect(isWithin(region.code, ancestor.code)).toBe(true);
            expect(index.descendants(ancestor.code)).toContain(region);
          }
          expect(index.findByName(region.name)).toContain(region);
          for (const child of index.children(region.code))
            expect(index.parent(child.code)).toBe(region);
        }
      }),
    );
  });

  it("reports a duplicate code wherever it appears", () => {
    fc.assert(
      fc.property(
        regionList.filter((regions) => regions.length > 0),
        fc.nat(),
        (regions, pick) => {
          const copied = regions[pick % regions.length] as Region;
          const result = safeCreateRegionIndex([...regions, copied]);
          expect(result).toMatchObject({ ok: false });
          if (!result.ok) {
            expect(result.issues.at(-1)).toMatchObject({
              path: ["regions", regions.length, "code"],
              reason: "duplicate_code",
            });
          }
        },
      ),
    );
  });
});
