/**
 * Hostile inputs: values no caller should pass and every caller eventually does. Each one is
 * built fresh on demand, so a function that mutates its input cannot poison the next case.
 */
import fc from "fast-check";
import { ShiliuError } from "../../src/core/shiliu-error";

/** What a hostile getter or Proxy trap throws; the only foreign error allowed out is this one. */
export class HostileInputError extends Error {
  override readonly name = "HostileInputError";
}

/** Keys the library reads from its inputs; hostile objects booby-trap each of them. */
const trappedKeys = [
  "value",
  "unit",
  "comparator",
  "code",
  "name",
  "level",
  "parentCode",
  "aliases",
  "id",
  "indicatorId",
  "regionCode",
  "period",
  "numerator",
  "denominator",
  "status",
  "aggregation",
  "temporal",
  "kind",
  "locale",
  "confidence",
  "decimals",
  "per",
  "year",
  "within",
  "normalizeName",
  "length",
  "0",
  "then",
  "toString",
  "valueOf",
  "toJSON",
  Symbol.iterator,
  Symbol.toPrimitive,
] as const;

function throwingGetters(): object {
  const target: Record<PropertyKey, unknown> = {};
  for (const key of trappedKeys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new HostileInputError(`getter ${String(key)}`);
      },
    });
  }
  return target;
}

function throwingProxy(target: object): object {
  // Every trap throws: the handler itself is a Proxy whose `get` hands back a throwing trap.
  const handler = new Proxy(
    {},
    {
      get: (_, trap) => () => {
        throw new HostileInputError(`trap ${String(trap)}`);
      },
    },
  );
  return new Proxy(target, handler);
}

function cyclicObject(): object {
  const node: Record<string, unknown> = { value: 1, unit: "人", comparator: "eq", code: "150105" };
  node.self = node;
  node.children = [node];
  node.parent = node;
  return node;
}

function sparseArray(): unknown[] {
  const array: unknown[] = new Array(4);
  array[2] = { value: 1 };
  return array;
}

function cyclicArray(): unknown[] {
  const array: unknown[] = [];
  array.push(array, { value: 1, comparator: "eq" }, array);
  return array;
}

function deepObject(depth: number): object {
  let node: Record<string, unknown> = { value: 1, comparator: "eq" };
  for (let i = 0; i < depth; i++) node = { value: node, unit: node, regions: [node], code: node };
  return node;
}

function deepArray(depth: number): unknown[] {
  let node: unknown[] = [];
  for (let i = 0; i < depth; i++) node = [node];
  return node;
}

/** `__proto__`, `constructor` and `prototype` as own keys, the way JSON.parse makes them. */
function prototypeKeys(): object {
  return JSON.parse(
    '{"__proto__":{"polluted":true,"value":1},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"value":{"__proto__":{"polluted":true}},"comparator":"eq"}',
  ) as object;
}

/** About 2 MB of text that looks like figures, so text functions read all of it. */
function hugeFigureText(): string {
  return "近4000人，5万余人，增速6.7%，一亿二千万".repeat(80_000);
}

/** The JavaScript type of a hostile value, to match it with the parameters declared to take it. */
export type HostileType =
  | "undefined"
  | "null"
  | "number"
  | "bigint"
  | "symbol"
  | "function"
  | "string"
  | "object"
  | "array"
  /** An object shaped like a Quantity (or one that throws as soon as it is read). */
  | "quantity";

/** One hostile case: a label for the report and a factory for a fresh value. */
export interface HostileCase {
  readonly label: string;
  readonly type: HostileType;
  readonly make: () => unknown;
}

/** The fixed catalogue tried at every argument position of every function and every schema. */
export const hostileCases: readonly HostileCase[] = [
  { label: "undefined", type: "undefined", make: () => undefined },
  { label: "null", type: "null", make: () => null },
  { label: "NaN", type: "number", make: () => Number.NaN },
  { label: "Infinity", type: "number", make: () => Number.POSITIVE_INFINITY },
  { label: "-Infinity", type: "number", make: () => Number.NEGATIVE_INFINITY },
  { label: "-0", type: "number", make: () => -0 },
  { label: "Number.MAX_VALUE", type: "number", make: () => Number.MAX_VALUE },
  { label: "Number.MIN_VALUE", type: "number", make: () => Number.MIN_VALUE },
  { label: "-Number.MAX_VALUE", type: "number", make: () => -Number.MAX_VALUE },
  { label: "2^53 + 2", type: "number", make: () => 2 ** 53 + 2 },
  { label: "bigint", type: "bigint", make: () => 10n ** 30n },
  { label: "symbol", type: "symbol", make: () => Symbol("hostile") },
  { label: "function", type: "function", make: () => () => 1 },
  { label: "boxed number", type: "object", make: () => Object(5) },
  { label: "boxed string", type: "object", make: () => Object("5万余人") },
  { label: "Date", type: "object", make: () => new Date(Number.NaN) },
  { label: "Map", type: "object", make: () => new Map([["value", 1]]) },
  { label: "empty string", type: "string", make: () => "" },
  { label: "lone surrogates", type: "string", make: () => "\uD800近\uDFFF4000\uD83D人\uDC00" },
  {
    label: "NUL and controls",
    type: "string",
    make: () => "\u0000\u0001\u001f\u007f\u2028\u2029\uFEFF",
  },
  { label: "huge string (2 MB)", type: "string", make: () => "9".repeat(2_000_000) },
  { label: "huge figure text (~2 MB)", type: "string", make: hugeFigureText },
  { label: "empty object", type: "object", make: () => ({}) },
  { label: "null-prototype object", type: "object", make: () => Object.create(null) as object },
  { label: "empty array", type: "array", make: () => [] },
  { label: "sparse array", type: "array", make: () => sparseArray() },
  { label: "array of 1e5 holes", type: "array", make: () => new Array(100_000) },
  {
    label: "frozen quantity-like",
    type: "quantity",
    make: () => Object.freeze({ value: 1, comparator: "eq" }),
  },
  {
    label: "quantity-like with NaN",
    type: "quantity",
    make: () => ({ value: Number.NaN, comparator: "eq" }),
  },
  {
    label: "quantity-like with strings",
    type: "object",
    make: () => ({ value: "1", unit: 5, comparator: "x" }),
  },
  { label: "getters that throw", type: "quantity", make: throwingGetters },
  { label: "Proxy throwing on every trap", type: "quantity", make: () => throwingProxy({}) },
  { label: "array Proxy throwing on every trap", type: "array", make: () => throwingProxy([]) },
  { label: "cyclic object", type: "quantity", make: cyclicObject },
  { label: "cyclic array", type: "array", make: cyclicArray },
  { label: "deep object (10,000 levels)", type: "object", make: () => deepObject(10_000) },
  { label: "deep array (100,000 levels)", type: "array", make: () => deepArray(100_000) },
  { label: "__proto__/constructor/prototype keys", type: "object", make: prototypeKeys },
];

// Heavy cases run once each from the catalogue; Proxies too, as fast-check itself probes every
// generated value (`in` checks) and would trip their traps before the library sees them.
const lightCases = hostileCases.filter((c) => !/huge|deep|1e5|Proxy/.test(c.label));

/** Light hostile values of the given types, for generated arguments declared to take them. */
export function hostileOf(...types: readonly HostileType[]): fc.Arbitrary<unknown> {
  return fc.constantFrom(...lightCases.filter((c) => types.includes(c.type))).map((c) => c.make());
}

/** Light hostile values fast-check may mix into generated arguments declared `unknown`. */
export const hostileArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...lightCases).map((c) => c.make()),
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withUnicodeString: true,
  }),
);

/** Why an outcome broke the contract, or undefined when it kept it. */
export type Escape = string | undefined;

/** Every non-finite number reachable in a value (plain objects, arrays, Maps), as paths. */
export function nonFiniteNumbers(value: unknown, path = "$", seen = new Set<object>()): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) {
    return [...value.entries()].flatMap(([key, entry]) =>
      nonFiniteNumbers(entry, `${path}.get(${String(key)})`, seen),
    );
  }
  if (Array.isArray(value)) {
    return value.flatMap((entry, index) => nonFiniteNumbers(entry, `${path}[${index}]`, seen));
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    nonFiniteNumbers(entry, `${path}.${key}`, seen),
  );
}

/**
 * A failure must say why in words: a `Result` has a non-empty `reason` and `message`, a report
 * validation at least one diagnostic.
 */
function failureShapeEscape(value: unknown): Escape {
  if (typeof value !== "object" || value === null || !("ok" in value) || value.ok !== false) {
    return undefined;
  }
  const { reason, message, diagnostics } = value as {
    reason?: unknown;
    message?: unknown;
    diagnostics?: unknown;
  };
  // validateReport's answer: a refusal must carry at least one diagnostic.
  if (Array.isArray(diagnostics)) {
    return diagnostics.length > 0 ? undefined : "a refusal without diagnostics";
  }
  if (typeof reason !== "string" || reason === "") return "a failure without a reason";
  if (typeof message !== "string" || message === "") return "a failure without a message";
  return undefined;
}

/** Whether an error is one a hostile input threw itself (so propagating it is the caller's own). */
export function isHostileError(error: unknown): boolean {
  return error instanceof HostileInputError;
}

/** Words that betray a number or value printed without a thought for what it was. */
const tellTales = ["NaN", "Infinity", "undefined", "[object"] as const;

/**
 * Every string reachable in a value (plain objects and their keys, arrays, Maps, errors and their issues),
 * walked with a stack of its own so a value 100,000 levels deep cannot overflow the call stack.
 */
export function stringsIn(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0 && seen.size < 20_000) {
    const value = pending.pop();
    if (typeof value === "string") {
      found.push(value);
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, entry] of value) pending.push(key, entry);
    } else if (Array.isArray(value)) {
      pending.push(...value.slice(0, 10_000));
    } else if (value instanceof Error) {
      found.push(value.message);
      pending.push((value as { issues?: unknown }).issues);
    } else {
      const prototype = Object.getPrototypeOf(value);
      // Keys too: a message may name an unknown key, and the key is the caller's own text.
      if (prototype === Object.prototype || prototype === null)
        pending.push(...Object.keys(value), ...Object.values(value));
    }
  }
  return found;
}

/** The tell-tale words in what came out that did not come in (an echoed input may hold them). */
function tellTaleEscape(output: unknown, input: string): Escape {
  for (const text of stringsIn(output)) {
    for (const word of tellTales) {
      if (text.includes(word) && !input.includes(word)) {
        return `wrote "${word}": ${JSON.stringify(text.slice(0, 120))}`;
      }
    }
  }
  return undefined;
}

/** The text of every string in the arguments, read defensively (they may be hostile). */
export function inputText(args: readonly unknown[]): string {
  try {
    return stringsIn(args).join("\u0000");
  } catch {
    return tellTales.join(" ");
  }
}

/**
 * What a family may do with hostile input:
 * - `text` (readers of strings) and `safe` (functions that answer a Result, `safe*` among them)
 *   never throw; the one exception is a `ShiliuError` `INVALID_ARGUMENT` for an options object
 *   that is not one (a programmer's error, DESIGN: "invalid options throw");
 * - `formula`: the same, and the answer is a Result with finite numbers whatever came in;
 * - `constructor` and `function`: a value, a Result or a `ShiliuError`, never another error.
 * Every family: no string that comes out (a value, a message, an error's issues) contains
 * NaN, Infinity, undefined or "[object" unless an input string did; and a non-finite number
 * comes out only of a non-formula given one. The hostile input's own error may pass through.
 */
export type JudgedFamily = "formula" | "constructor" | "text" | "safe" | "function";

export interface JudgeRules {
  readonly family: JudgedFamily;
  /** Whether an options argument of this call is something other than absent. */
  readonly optionsGiven?: boolean;
  readonly allowNonFinite?: boolean;
  /** The strings the call was given, which an answer may repeat. */
  readonly input?: string;
}

function mayThrow(error: ShiliuError, rules: JudgeRules): boolean {
  if (rules.family === "constructor" || rules.family === "function") return true;
  return error.code === "INVALID_ARGUMENT" && rules.optionsGiven === true;
}

function isResult(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && "ok" in value && typeof value.ok === "boolean"
  );
}

/**
 * Runs one call and judges it by its family's rules (see {@link JudgeRules}); the hostile input's
 * own error is always fine.
 */
export function judge(
  call: () => unknown,
  rules: JudgeRules = { family: "function" },
): { readonly escape: Escape; readonly value?: unknown } {
  const input = rules.input ?? "";
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    if (isHostileError(error)) return { escape: undefined };
    if (error instanceof ShiliuError) {
      if (typeof error.code !== "string" || !Array.isArray(error.issues)) {
        return { escape: "a ShiliuError without code or issues" };
      }
      if (!mayThrow(error, rules)) {
        return {
          escape: `a ${rules.family} threw ShiliuError ${error.code}: ${error.message.slice(0, 160)}`,
        };
      }
      return { escape: tellTaleEscape(error, input) };
    }
    const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { escape: `threw ${name.slice(0, 200)}` };
  }
  try {
    if ((rules.family === "formula" || rules.family === "safe") && !isResult(value)) {
      return { escape: `a ${rules.family} answered something other than a Result`, value };
    }
    const shape = failureShapeEscape(value);
    if (shape !== undefined) return { escape: shape, value };
    if (rules.family === "formula" || rules.allowNonFinite !== true) {
      const found = nonFiniteNumbers(value);
      if (found.length > 0) return { escape: `returned ${found.slice(0, 3).join(", ")}`, value };
    }
    const words = tellTaleEscape(value, input);
    if (words !== undefined) return { escape: words, value };
  } catch (error) {
    // The value handed back a hostile input (a Proxy, a getter) the caller passed in.
    if (!isHostileError(error)) throw error;
  }
  return { escape: undefined, value };
}

/** Whether any non-finite number is reachable in the arguments (garbage in may come back out). */
export function argumentsHoldNonFinite(args: readonly unknown[]): boolean {
  try {
    return nonFiniteNumbers(args).length > 0;
  } catch {
    return true;
  }
}

/** Own property names and descriptors of the built-in prototypes, to prove nothing polluted them. */
export function prototypeSnapshot(): string {
  const describe = (target: object) =>
    Reflect.ownKeys(target)
      .map((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(target, key);
        const kind =
          descriptor === undefined
            ? "missing"
            : "value" in descriptor
              ? `value:${typeof descriptor.value}:${descriptor.writable}`
              : `accessor:${typeof descriptor.get}:${typeof descriptor.set}`;
        return `${String(key)}=${kind}:${descriptor?.enumerable}:${descriptor?.configurable}`;
      })
      .sort()
      .join("|");
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map(describe)
    .join("\n");
}
