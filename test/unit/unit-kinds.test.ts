import { describe, expect, it } from "vitest";
import { unitKinds } from "../../src/unit/unit-kinds";

describe("unitKinds", () => {
  it("lists the kinds as the doc example shows", () => {
    expect(unitKinds.length).toBe(14);
    expect(unitKinds[0]).toBe("agency");
  });

  it("holds each kind once", () => {
    expect(new Set(unitKinds).size).toBe(unitKinds.length);
    expect(unitKinds).toContain("social_organization");
  });
});
