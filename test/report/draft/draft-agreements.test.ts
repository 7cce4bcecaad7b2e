import { describe, expect, it } from "vitest";
import { createRegionIndex } from "../../../src/region/create-region-index";
import { draftReport } from "../../../src/report/draft/draft-report";

const regionIndex = createRegionIndex([
  { code: "150000", name: "内蒙古自治区", level: "province" },
  { code: "150100", name: "呼和浩特市", level: "prefecture" },
  { code: "150105", name: "赛罕区", level: "county" },
  { code: "450000", name: "广西壮族自治区", level: "province" },
  { code: "450100", name: "南宁市", level: "prefecture" },
  { code: "450107", name: "西乡塘区", level: "county" },
]);

describe("agreements of a draft", () => {
  it("reads the title, kind, parties, day and online signing", () => {
    const text =
      "赛罕区2023年交流\n二是9月27日，举办云交流活动。赛罕区、西乡塘区云签署“赛西同心 民族团结进步联创共建协议”。";
    expect(draftReport(text, { regionIndex }).report.agreements).toEqual([
      {
        id: "agreement_1",
        title: "赛西同心 民族团结进步联创共建协议",
        kind: "joint_creation",
        parties: [
          { name: "赛罕区", regionCode: "150105" },
          { name: "西乡塘区", regionCode: "450107" },
        ],
        signedOn: "2023-09-27",
        signing: "online",
        commitments: [],
      },
    ]);
  });

  it("reads every title signed together, and notes parties without a region", () => {
    const text =
      "赛罕区2023年\n一是4月26日举办活动。两地统战部、学校共同签订了《宾赛同心共建协议》《“手拉手”结对子交流合作协议》。";
    const { report, notes } = draftReport(text, { regionIndex });
    expect(
      report.agreements?.map((a) => [a.title, a.kind, a.signedOn, a.parties.map((p) => p.name)]),
    ).toEqual([
      ["宾赛同心共建协议", "co_construction", "2023-04-26", ["两地统战部", "学校"]],
      ["“手拉手”结对子交流合作协议", "pairing", "2023-04-26", ["两地统战部", "学校"]],
    ]);
    expect(notes.filter((n) => n.code === "party_region_assumed").map((n) => n.quote)).toEqual([
      "两地统战部",
      "学校",
    ]);
  });

  it("leaves out a day of another item and a manner not stated", () => {
    const text = "赛罕区2023年\n二是9月27日举办活动。三是赛罕区与西乡塘区签署《合作框架协议书》。";
    const [agreement] = draftReport(text, { regionIndex }).report.agreements ?? [];
    expect(agreement?.signedOn).toBeUndefined();
    expect(agreement?.signing).toBeUndefined();
    expect(agreement?.parties.map((p) => p.name)).toEqual(["赛罕区", "西乡塘区"]);
    expect(agreement?.kind).toBe("cooperation");
  });

  it("notes a kind the title does not name, and skips a signing with one party", () => {
    const { report, notes } = draftReport(
      "赛罕区\n赛罕区与西乡塘区签订《友好协议》。赛罕区签订了协议。",
      {
        regionIndex,
      },
    );
    expect(report.agreements?.map((a) => a.title)).toEqual(["友好协议"]);
    expect(notes.map((n) => n.code)).toContain("agreement_kind_assumed");
  });
});
