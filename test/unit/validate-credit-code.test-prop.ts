import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateCreditCode } from "../../src/unit/validate-credit-code";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const codeCharacter = fc.constantFrom(...CHARSET);

// An independent implementation of the GB 32100-2015 check character, for comparison.
function checkCharacter(first17: string): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce(
    (total, weight, i) => total + CHARSET.indexOf(first17.charAt(i)) * weight,
    0,
  );
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

const prefix = fc.constantFrom("11", "12", "51", "52", "53", "71", "91", "92", "93", "N2", "Y1");
const region = fc.constantFrom(
  "150105",
  "370103",
  "429004",
  "110101",
  "530626",
  "100000",
  "440300",
);
const body = fc.array(codeCharacter, { minLength: 9, maxLength: 9 }).map((chars) => chars.join(""));
const validCode = fc.tuple(prefix, region, body).map(([p, r, b]) => {
  const first17 = `${p}${r}${b}`;
  return first17 + checkCharacter(first17);
});

describe("validateCreditCode properties", () => {
  it("accepts every code built with the right check character", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateCreditCode(code).ok).toBe(true);
      }),
    );
  });

  it("names the right check character when only the 18th is changed", () => {
    fc.assert(
      fc.property(validCode, codeCharacter, (code, replacement) => {
        fc.pre(replacement !== code.charAt(17));
        const result = validateCreditCode(code.slice(0, 17) + replacement);
        expect(result).toMatchObject({
          ok: false,
          reason: "wrong_check_character",
          expected: code.charAt(17),
        });
      }),
    );
  });

  it("catches any single changed character in positions 9–17", () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 8, max: 16 }),
        codeCharacter,
        (code, at, replacement) => {
          fc.pre(replacement !== code.charAt(at));
          const changed = code.slice(0, at) + replacement + code.slice(at + 1);
          expect(validateCreditCode(changed).ok).toBe(false);
        },
      ),
    );
  });

  it("never throws on any input and always explains a failure", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ minLength: 18, maxLength: 18 }), fc.anything()),
        (input) => {
          const result = validateCreditCode(input as string);
          if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
