/**
 * Parameters of the public functions: what each is declared to accept and a generator of such
 * values. A parameter declared `unknown` (or `number | Quantity`, which untyped data reaches)
 * accepts anything, so every hostile value is tried there; a parameter declared `string` is
 * tried with every hostile string, one declared as an options object with every hostile object.
 */
import fc from "fast-check";
import { locales } from "../../src/core/locale";
import { standardIndicators } from "../../src/metric/standard-indicators";
import { comparatorValues } from "../../src/quantity/types";
import { extremeNumbers, extremeQuantities, extremesOfTypes } from "./extremes";
import { type HostileType, hostileArbitrary, hostileOf } from "./hostile";

/** One parameter: the hostile types it must withstand ("any" for all) and generated values. */
export interface Param {
  readonly accepts: "any" | readonly HostileType[];
  readonly arbitrary: fc.Arbitrary<unknown>;
  /**
   * Valid but extreme values (MAX_VALUE, −0, Infinity- and NaN-valued quantities of every
   * comparator, huge and tiny bounds), tried against the extremes of every other parameter.
   */
  readonly extremes: () => readonly unknown[];
  /** An options object: a programmer's argument, whose invalid values may throw INVALID_ARGUMENT. */
  readonly options?: true;
}

/** A parameter declared `unknown`: typed values mostly, anything at all sometimes. */
export function anything(typed: fc.Arbitrary<unknown>): Param {
  return {
    accepts: "any",
    arbitrary: fc.oneof(
      { arbitrary: typed, weight: 4 },
      { arbitrary: hostileArbitrary, weight: 1 },
    ),
    extremes: () => [...extremeNumbers(), ...extremeQuantities()],
  };
}

/** A typed parameter: typed values mostly, hostile values of the declared types sometimes. */
export function typed(
  types: readonly HostileType[],
  arbitrary: fc.Arbitrary<unknown>,
  extremes: () => readonly unknown[] = () => extremesOfTypes(types),
): Param {
  return {
    accepts: types,
    arbitrary: fc.oneof({ arbitrary, weight: 4 }, { arbitrary: hostileOf(...types), weight: 1 }),
    extremes,
  };
}

/** A parameter only ever given well-formed values (a region index built by the library). */
export function wellFormed(
  arbitrary: fc.Arbitrary<unknown>,
  extremes: () => readonly unknown[] = () => [],
): Param {
  return { accepts: [], arbitrary, extremes };
}

const comparators = comparatorValues;

export const localeValue = fc.constantFrom(...locales);
export const locale = typed(["undefined"], localeValue);

export const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.constantFrom(0, -0, 1, 100, 1e21, 1e-7, 0.1 + 0.2, 2 ** 53),
);
export const number = typed(["number"], anyNumber);

const quantityValue = fc.record(
  {
    value: fc.oneof(anyNumber, hostileArbitrary),
    unit: fc.oneof(fc.constantFrom("%", "人", "元", "人次"), fc.string()),
    comparator: fc.oneof(fc.constantFrom(...comparators), fc.string()),
    upper: fc.oneof(anyNumber, hostileArbitrary),
    precision: fc.oneof(anyNumber, hostileArbitrary),
  },
  { requiredKeys: [] },
);
export const quantityLike = anything(quantityValue);
/** A parameter typed `Quantity`: quantity-shaped objects, hostile objects among them. */
export const quantityParam = typed(
  ["quantity"],
  fc.record(
    {
      value: anyNumber,
      unit: fc.oneof(fc.constantFrom("%", "人", "元", "人次"), fc.string()),
      comparator: fc.constantFrom(...comparators),
      upper: anyNumber,
      precision: anyNumber,
    },
    { requiredKeys: ["value", "comparator"] },
  ),
);

/** `number | Quantity`: what formulas take, reached by untyped data, so anything goes. */
const metricValue = fc.oneof(anyNumber, quantityValue);
export const metricInput = anything(metricValue);

/** An options object: absent, typed fields, or a hostile object; each field set to each extreme number. */
export function options(fields: Record<string, fc.Arbitrary<unknown>>): Param {
  return {
    ...typed(
      ["undefined", "object", "quantity"],
      fc.oneof(fc.constant(undefined), fc.record(fields, { requiredKeys: [] })),
      () =>
        Object.keys(fields).flatMap((field) =>
          extremeNumbers().map((extreme) => ({ [field]: extreme })),
        ),
    ),
    options: true,
  };
}

export const metricOptions = options({ locale: localeValue });

const figureCharacters = [
  ..."0123456789０１２３.,，%％万萬亿億千百十一二两兩三四五六七八九〇零壹贰叁余餘多近约超过不足以上下内左右达共计人次元个场年月日号第版《》“”（）()-— \n",
  "\uD800",
  "\uDFFF",
  "\uD83D\uDE00",
  "(jié)",
];

/** Any string, including lone surrogates, or one built from the characters figures are made of. */
const textValue = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(...figureCharacters), maxLength: 60 }),
);
export const text = typed(["string"], textValue);

const periodKeyValue = fc.oneof(
  fc.constantFrom("2023", "2023-H1", "2023-H2", "2023-Q3", "2023-09", "2023-09-20", "2024-02-29"),
  fc.constantFrom("0999", "10000", "2023-H3", "2023-Q0", "2023-13", "2023-02-30", "2023-9-1"),
  fc.constantFrom("2021/2023", "2023-H1/2024-Q2", "../2023-09-25", "2021/..", "1000/1000-06"),
  fc.constantFrom("2023/2021", "../..", "2021/", "/2023", "2021/2022/2023", "0999/.."),
  fc
    .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 40 }))
    .map(([year, part]) => `${year}-${String(part).padStart(2, "0")}`),
  fc.string(),
);
export const periodKey = typed(["string"], periodKeyValue);
export const anyPeriodKey = anything(periodKeyValue);

const regionCodeValue = fc.oneof(
  fc.constantFrom("150000", "150100", "150105", "150105001", "150105001001", "429004", "710000"),
  fc.stringMatching(/^\d{0,13}$/),
  fc.string(),
);
export const regionCode = typed(["string"], regionCodeValue);
export const anyRegionCode = anything(regionCodeValue);

const regionValue = fc.record(
  {
    code: fc.oneof(regionCodeValue, hostileArbitrary),
    name: fc.oneof(fc.constantFrom("赛罕区", "市中区", "綏江縣"), fc.string(), hostileArbitrary),
    level: fc.oneof(
      fc.constantFrom("province", "prefecture", "county", "township", "village"),
      fc.string(),
    ),
    parentCode: regionCodeValue,
    aliases: fc.array(fc.string(), { maxLength: 3 }),
  },
  { requiredKeys: ["code", "name", "level"] },
);

/** Region lists reach validating constructors from data, so anything goes. */
export const regions = anything(
  fc.array(fc.oneof({ arbitrary: regionValue, weight: 5 }, hostileArbitrary), { maxLength: 12 }),
);

const indicators = Object.values(standardIndicators);
export const indicator = typed(
  ["object"],
  fc.oneof(
    fc.constantFrom(...indicators),
    fc.record({
      id: fc.string(),
      name: fc.record({ "zh-CN": fc.string() }),
      kind: fc.constantFrom("count", "amount", "ratio", "growth", "other"),
      aggregation: fc.constantFrom("sum", "ratio", "max", "min", "none", "avg"),
      temporal: fc.constantFrom("sum", "last", "none", "first"),
    }),
  ),
);

const observationValue = fc.record(
  {
    indicatorId: fc.oneof(fc.constantFrom(...indicators.map((i) => i.id)), fc.string()),
    regionCode: regionCodeValue,
    period: periodKeyValue,
    // The figures themselves are data: anything may sit where a number belongs.
    value: metricInput.arbitrary,
    numerator: metricInput.arbitrary,
    denominator: metricInput.arbitrary,
    status: fc.constantFrom("A", "E", "P", "F", "U", "X"),
  },
  { requiredKeys: ["indicatorId", "regionCode", "period"] },
);
export const observation = typed(["object"], observationValue);
/** Observation lists: typed arrays whose figures are data, so anything sits in the figures. */
export const observations = wellFormed(fc.array(observationValue, { maxLength: 12 }), () => {
  // Two figures that meet: siblings summed at their parent (150105 and 150102 under 150100),
  // and this year against last year, each pair of extremes (a spread of them) on both sides.
  const values = [...extremeNumbers(), ...extremeQuantities()];
  const lists: unknown[] = [];
  for (const [i, a] of values.entries()) {
    for (const b of [
      values[i],
      values[(i * 7 + 3) % values.length],
      values[(i * 13 + 5) % values.length],
    ]) {
      lists.push([
        { indicatorId: "participants", regionCode: "150105", period: "2023", value: a },
        { indicatorId: "participants", regionCode: "150102", period: "2023", value: b },
        { indicatorId: "gdp", regionCode: "150105", period: "2023", value: a },
        { indicatorId: "gdp", regionCode: "150105", period: "2022", value: b },
      ]);
    }
  }
  return lists;
});

/**
 * Observations over time: any list, plus extremes that meet in one aggregate — the three months
 * of a quarter of one region, each pair of extremes (a spread of them) in two of them.
 */
export const periodObservations = wellFormed(fc.array(observationValue, { maxLength: 12 }), () => {
  const values = [...extremeNumbers(), ...extremeQuantities()];
  const month = (period: string, value: unknown) => ({
    indicatorId: "participants",
    regionCode: "150105",
    period,
    value,
  });
  return values.flatMap((a, i) =>
    [values[(i * 7 + 3) % values.length], values[(i * 13 + 5) % values.length]].map((b) => [
      month("2023-01", a),
      month("2023-02", b),
      month("2023-03", 1),
    ]),
  );
});
