import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import {
  agreementKindLabels,
  agreementKinds,
  signingModeLabels,
  signingModes,
} from "../../../src/schemas/labels/agreement";
import { expectCompleteTable } from "./label-table-checks";

describe("agreement kinds and signing modes", () => {
  it("read as the doc examples show", () => {
    expect(agreementKinds.includes("pairing")).toBe(true);
    expect(labelOf(agreementKindLabels, "pairing")).toBe("结对子");
    expect(signingModes).toEqual(["in_person", "online"]);
    expect(labelOf(signingModeLabels, "online")).toBe("云签署");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(agreementKinds, agreementKindLabels);
    expectCompleteTable(signingModes, signingModeLabels);
  });
});
