import { describe, expect, it } from "vitest";
import { ActivitySchema } from "../../src/schemas/activity";

const base = {
  id: "cloud-exchange",
  name: "少年儿童云交流",
  regionCodes: ["150105", "450126"],
  modality: "online",
};

describe("ActivitySchema", () => {
  it("parses an activity as the doc example shows", () => {
    const activity = ActivitySchema.parse({
      id: "cloud-exchange",
      name: "少年儿童云交流",
      date: "2023-04-26",
      regionCodes: ["150105", "450126"],
      modality: "online",
      participants: { value: 4000, unit: "人", comparator: "nearly" },
    });
    expect(activity.participants).toEqual({ value: 4000, unit: "人", comparator: "nearly" });
  });

  it("takes a period instead of a date", () => {
    expect(ActivitySchema.parse({ ...base, period: "2023" }).period).toBe("2023");
  });

  it("takes at most one of date and period, and neither for an undated activity", () => {
    const both = ActivitySchema.safeParse({ ...base, date: "2023-04-26", period: "2023" });
    expect(both.error?.issues).toMatchObject([
      { code: "custom", path: ["period"], params: { reason: "date_and_period" } },
    ]);
    expect(both.error?.issues[0]?.message).toBe("日期 date 与统计期 period 只能填一个");
    const undated = ActivitySchema.parse(base);
    expect([undated.date, undated.period]).toEqual([undefined, undefined]);
  });

  it("keeps the words each figure was read from", () => {
    const activity = ActivitySchema.parse({
      ...base,
      participants: { value: 4000, unit: "人", comparator: "nearly", quote: "近4000人" },
      pageViews: { value: 625000, unit: "人次", comparator: "gt", quote: "全网浏览量超62.5万人次" },
    });
    expect([activity.participants?.quote, activity.pageViews?.quote]).toEqual([
      "近4000人",
      "全网浏览量超62.5万人次",
    ]);
    const empty = ActivitySchema.safeParse({ ...base, participants: { value: 1, quote: "" } });
    expect(empty.error?.issues[0]?.path).toEqual(["participants", "quote"]);
  });

  it("wants at least one region", () => {
    const result = ActivitySchema.safeParse({ ...base, date: "2023-04-26", regionCodes: [] });
    expect(result.error?.issues[0]?.path).toEqual(["regionCodes"]);
  });

  it("names an unknown key such as partcipants", () => {
    const result = ActivitySchema.safeParse({
      ...base,
      date: "2023-04-26",
      partcipants: { value: 4000 },
    });
    expect(result.error?.issues).toMatchObject([
      { code: "unrecognized_keys", keys: ["partcipants"] },
    ]);
  });
});
