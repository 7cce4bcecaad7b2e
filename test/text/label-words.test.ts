import { describe, expect, it } from "vitest";
import {
  CONNECTORS,
  LABEL_OPENERS,
  LEADING_WORDS,
  METRIC_TERMS,
  NOT_LABELS,
} from "../../src/text/label-words";

describe("label words", () => {
  it.each([
    ["METRIC_TERMS", METRIC_TERMS],
    ["LABEL_OPENERS", LABEL_OPENERS],
    ["CONNECTORS", CONNECTORS],
    ["LEADING_WORDS", LEADING_WORDS],
    ["NOT_LABELS", NOT_LABELS],
  ])("lists %s as distinct CJK words", (_, list) => {
    const words = list.split(" ");
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toMatch(/^[\u3400-\u9fff]+$/);
  });
});
