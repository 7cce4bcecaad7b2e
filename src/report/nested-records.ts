import type { Report } from "../schemas/report";

/**
 * A record that sits inside another and has an id of its own: a carrier (under a brand or a
 * campaign component) or a campaign component.
 *
 * @internal
 */
export interface NestedRecord {
  readonly kind: "carrier" | "component";
  readonly id: string;
  readonly name: string;
  /** Where its `id` is. */
  readonly path: readonly (string | number)[];
}

/**
 * Every carrier and component of a report that has an id, in report order: the carriers of
 * brands, then each campaign's components and their carriers.
 *
 * @internal
 */
export function nestedRecordsOf(report: Report): NestedRecord[] {
  const records: NestedRecord[] = [];
  report.brands.forEach((brand, b) => {
    brand.carriers.forEach((carrier, c) => {
      if (carrier.id === undefined) return;
      const path = ["brands", b, "carriers", c, "id"];
      records.push({ kind: "carrier", id: carrier.id, name: carrier.name, path });
    });
  });
  report.campaigns.forEach((campaign, index) => {
    campaign.components.forEach((component, c) => {
      const at = ["campaigns", index, "components", c];
      if (component.id !== undefined) {
        records.push({
          kind: "component",
          id: component.id,
          name: component.name,
          path: [...at, "id"],
        });
      }
      component.carriers.forEach((carrier, k) => {
        if (carrier.id === undefined) return;
        const path = [...at, "carriers", k, "id"];
        records.push({ kind: "carrier", id: carrier.id, name: carrier.name, path });
      });
    });
  });
  return records;
}
