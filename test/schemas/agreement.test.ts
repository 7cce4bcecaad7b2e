import { describe, expect, it } from "vitest";
import { AgreementPartySchema, AgreementSchema } from "../../src/schemas/agreement";

const parties = [
  { name: "赛罕区委统战部", regionCode: "150105" },
  { name: "宾阳县委统战部", regionCode: "450126" },
];

describe("AgreementSchema", () => {
  it("parses parties and agreements as the doc examples show", () => {
    expect(AgreementPartySchema.parse({ name: "宾阳县委统战部", regionCode: "450126" })).toEqual({
      name: "宾阳县委统战部",
      regionCode: "450126",
    });
    const agreement = AgreementSchema.parse({
      id: "binsai",
      title: "宾赛同心民族团结进步创建共建协议",
      kind: "co_construction",
      parties: [
        { name: "赛罕区委统战部", regionCode: "150105" },
        { name: "宾阳县委统战部", regionCode: "450126" },
      ],
      signedOn: "2023-04-26",
      signing: "online",
    });
    expect(agreement.commitments).toEqual([]);
  });

  const base = {
    id: "a",
    title: "结对子协议",
    kind: "pairing",
    parties,
    signedOn: "2023-04-26",
    signing: "in_person",
  };

  it("wants at least two parties", () => {
    const result = AgreementSchema.safeParse({ ...base, parties: parties.slice(0, 1) });
    expect(result.error?.issues[0]?.path).toEqual(["parties"]);
  });

  it("keeps a term and refuses one that ends before it starts", () => {
    const term = { start: "2023-04-26", end: "2026-04-25" };
    expect(AgreementSchema.parse({ ...base, term }).term).toEqual(term);
    const backwards = AgreementSchema.safeParse({
      ...base,
      term: { start: "2023-04-26", end: "2023-01-01" },
    });
    expect(backwards.error?.issues).toMatchObject([
      {
        path: ["term", "end"],
        message: "期限的结束日期 2023-01-01 早于开始日期 2023-04-26",
        params: { reason: "term_end_before_start" },
      },
    ]);
  });

  it("refuses an unknown signing mode", () => {
    expect(AgreementSchema.safeParse({ ...base, signing: "fax" }).success).toBe(false);
  });

  it("leaves out the day and manner of signing when the source gives neither", () => {
    const { signedOn: _day, signing: _manner, ...undated } = base;
    const agreement = AgreementSchema.parse(undated);
    expect("signedOn" in agreement).toBe(false);
    expect("signing" in agreement).toBe(false);
    expect(AgreementSchema.safeParse({ ...undated, signedOn: undefined }).success).toBe(false);
  });
});
