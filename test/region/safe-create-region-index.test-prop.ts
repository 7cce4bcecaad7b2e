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

  it("builds the same index from the regions in any order", () => {
    fc.assert(
      fc.property(
        regionList.chain((regions) =>
          fc.tuple(
            fc.constant(regions),
            fc.shuffledSubarray(regions, { minLength: regions.length }),
          ),
        ),
        ([regions, shuffled]) => {
          const sorted = safeCreateRegionIndex(regions);
          const mixed = safeCreateRegionIndex(shuffled);
          if (!sorted.ok || !mixed.ok) return;
          expect(mixed.value.regions()).toEqual(sorted.value.regions());
          for (const region of sorted.value.regions()) {
            expect(mixed.value.children(region.code)).toEqual(sorted.value.children(region.code));
            expect(mixed.value.descendants(region.code)).toEqual(
              sorted.value.descendants(region.code),
            );
            expect(mixed.value.ancestors(region.code)).toEqual(sorted.value.ancestors(region.code));
          }
        },
      ),
    );
  });

  it("lists regions in pre-order, each subtree one run right after its root", () => {
    fc.assert(
      fc.property(regionList, (regions) => {
        const result = safeCreateRegionIndex(regions);
        if (!result.ok) return;
        const index = result.value;
        const all = index.regions();
        all.forEach((region, at) => {
          const below = index.descendants(region.code);
          expect(all.slice(at + 1, at + 1 + below.length)).toEqual(below);
          expect(below.every((other) => isWithin(other.code, region.code))).toBe(true);
          const next = all[at + 1 + below.length];
          if (next !== undefined) expect(isWithin(next.code, region.code)).toBe(false);
        });
      }),
    );
  });

  it("answers level, count and within queries as filters of the whole would", () => {
    const levels = ["province", "prefecture", "county", "township", "village"] as const;
    fc.assert(
      fc.property(regionList, fc.constantFrom(...levels), (regions, level) => {
        const result = safeCreateRegionIndex(regions);
        if (!result.ok) return;
        const index = result.value;
        for (const region of index.regions()) {
          const below = index.descendants(region.code);
          const atLevel = below.filter((other) => other.level === level);
          expect(index.descendants(region.code, { level })).toEqual(atLevel);
          expect(index.count(region.code, { level })).toBe(atLevel.length);
          expect(index.count(region.code)).toBe(below.length);
          for (const name of ["市中区", "城关镇"]) {
            expect(index.findByName(name, { within: region.code })).toEqual(
              index.findByName(name).filter((other) => other === region || below.includes(other)),
            );
          }
        }
      }),
    );
  });
});
