import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parse-period";
import { periodContains } from "../../src/period/period-contains";
import { periodLabel } from "../../src/period/period-label";
import { periodRange } from "../../src/period/period-range";
import { samePeriodLastYear } from "../../src/period/same-period-last-year";
import { PeriodKeySchema } from "../../src/schemas/period";

const pad = (n: number) => String(n).padStart(2, "0");

/** Any calendar key of a year from 1000 to 9999 that exists. */
const calendarKey = fc.oneof(
  fc.integer({ min: 1000, max: 9999 }).map(String),
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 2 }))
    .map(([y, h]) => `${y}-H${h}`),
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${pad(m)}`),
  fc
    .date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true })
    .map((d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`),
);

const spanOf = (key: string) => {
  const range = periodRange(key);
  return range.ok ? { start: range.value.start ?? "", end: range.value.end ?? "" } : undefined;
};

/** Two calendar keys that do not overlap, the first ending before the second begins. */
const ordered = fc
  .tuple(calendarKey, calendarKey)
  .map(([a, b]): readonly [string, string] =>
    (spanOf(a)?.start ?? "") <= (spanOf(b)?.start ?? "") ? [a, b] : [b, a],
  )
  .filter(([a, b]) => (spanOf(a)?.end ?? "") < (spanOf(b)?.start ?? ""));

/** Two calendar keys that share at least one day. */
const overlapping = fc.tuple(calendarKey, calendarKey).filter(([a, b]) => {
  const [sa, sb] = [spanOf(a), spanOf(b)];
  return sa !== undefined && sb !== undefined && sa.start <= sb.end && sb.start <= sa.end;
});

/** Every interval form: closed, open at the start, open at the end. */
const intervalKey = fc.oneof(
  ordered.map(([a, b]) => ({ key: `${a}/${b}`, parts: [a, b] })),
  calendarKey.map((b) => ({ key: `../${b}`, parts: [b] })),
  calendarKey.map((a) => ({ key: `${a}/..`, parts: [a] })),
);

describe("interval period keys, properties", () => {
  it("parses every generated interval key and its range contains its parts", () => {
    fc.assert(
      fc.property(intervalKey, ({ key, parts }) => {
        expect(parsePeriod(key).ok).toBe(true);
        expect(PeriodKeySchema.safeParse(key).success).toBe(true);
        for (const part of parts) {
          expect(periodContains(key, part)).toEqual({ ok: true, value: true });
        }
        expect(periodContains(key, key)).toEqual({ ok: true, value: true });
        const range = periodRange(key);
        expect(range.ok).toBe(true);
        if (range.ok && range.value.start !== undefined && range.value.end !== undefined) {
          expect(range.value.start <= range.value.end).toBe(true);
        }
      }),
    );
  });

  it("labels every interval in every locale without NaN or undefined", () => {
    fc.assert(
      fc.property(
        intervalKey,
        fc.constantFrom("zh-CN", "zh-TW", "en" as const),
        ({ key }, locale) => {
          const label = periodLabel(key, locale);
          expect(label.ok).toBe(true);
          if (!label.ok) return;
          expect(label.value).not.toMatch(/NaN|undefined|null/);
          expect(label.value.length).toBeGreaterThan(4);
        },
      ),
    );
  });

  it("refuses every reversed interval with reversed_interval", () => {
    fc.assert(
      fc.property(ordered, ([a, b]) => {
        expect(parsePeriod(`${b}/${a}`)).toMatchObject({ ok: false, reason: "reversed_interval" });
      }),
    );
  });

  it("refuses every interval whose two keys share a day", () => {
    fc.assert(
      fc.property(overlapping, ([a, b]) => {
        const parsed = parsePeriod(`${a}/${b}`);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok)
          expect(["overlapping_interval", "reversed_interval"]).toContain(parsed.reason);
      }),
    );
  });

  it("gives a same period last year that is a key, a year earlier, or a typed failure", () => {
    fc.assert(
      fc.property(intervalKey, ({ key }) => {
        const earlier = samePeriodLastYear(key);
        if (!earlier.ok) {
          expect(["no_same_period", "year_out_of_range"]).toContain(earlier.reason);
          return;
        }
        const [now, then] = [periodRange(key), periodRange(earlier.value)];
        expect(now.ok && then.ok).toBe(true);
        if (!now.ok || !then.ok) return;
        // The year before never shares a day with the period itself.
        expect((then.value.end ?? "") < (now.value.start ?? "")).toBe(true);
        expect(Number(then.value.start?.slice(0, 4))).toBe(
          Number(now.value.start?.slice(0, 4)) - 1,
        );
      }),
    );
  });
});
