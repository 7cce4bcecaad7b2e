// measureWordEntries read afresh in each test: a classifier list is split into characters, each
// variant reads as its simplified form, and the unit lists are split at their slashes.
import { describe, expect, it } from "vitest";
import { measureWordEntries } from "../../src/text/measure-words";

describe("measureWordEntries", () => {
  it("splits the classifier lists into characters, each reading as the first", () => {
    const entries = measureWordEntries();
    expect(entries).toContainEqual(["個", "个"]);
    expect(entries).toContainEqual(["个", "个"]);
    expect(entries).toContainEqual(["屆", "届"]);
    expect(entries).toContainEqual(["歲", "岁"]);
    expect(entries.some(([written]) => written === "个個")).toBe(false);
  });

  it("splits the unit lists at their slashes, each form reading as the first", () => {
    const entries = measureWordEntries();
    expect(entries).toContainEqual(["公頃", "公顷"]);
    expect(entries).toContainEqual(["公顷", "公顷"]);
    expect(entries.some(([written]) => written.includes("/"))).toBe(false);
  });
});
