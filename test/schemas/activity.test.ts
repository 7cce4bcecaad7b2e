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

  it("wants exactly one of date and period", () => {
    const both = ActivitySchema.safeParse({ ...base, date: "2023-04-26", period: "2023" });
    expect(both.error?.issues).toMatchObject([
      { code: "custom", path: ["period"], params: { reason: "date_xor_period" } },
    ]);
    const neither = ActivitySchema.safeParse(base);
    expect(neither.error?.issues).toMatchObject([{ path: ["date"] }]);
    expect(neither.error?.issues[0]?.message).toBe(
      "须填写日期 date 或统计期 period 之一，且只能填一个",
    );
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
