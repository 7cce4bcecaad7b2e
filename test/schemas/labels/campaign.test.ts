import { describe, expect, it } from "vitest";
import { labelOf } from "../../../src/core/labels";
import {
  campaignKindLabels,
  campaignKinds,
  issuerLevelLabels,
  issuerLevels,
} from "../../../src/schemas/labels/campaign";
import { expectCompleteTable } from "./label-table-checks";

describe("campaign kinds and issuer levels", () => {
  it("read as the doc examples show", () => {
    expect(campaignKinds[0]).toBe("plan");
    expect(labelOf(campaignKindLabels, "action")).toBe("行动");
    expect(issuerLevels.at(-1)).toBe("township");
    expect(labelOf(issuerLevelLabels, "county", "en")).toBe("county");
  });

  it("have a label in every locale", () => {
    expectCompleteTable(campaignKinds, campaignKindLabels);
    expectCompleteTable(issuerLevels, issuerLevelLabels);
  });
});
