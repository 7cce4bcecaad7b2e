/**
 * The kind of an organisational unit (组织单位): agency 机关, enterprise 企业, school 学校,
 * community 社区, village 村, township 乡镇/街道, religious_venue 宗教活动场所, military 连队,
 * social_organization 社会组织, hospital 医院, volunteer_team 志愿服务队, studio 工作室,
 * lecture_team 宣讲团, other 其他.
 *
 * @category unit
 */
export type UnitKind =
  | "agency"
  | "enterprise"
  | "school"
  | "community"
  | "village"
  | "township"
  | "religious_venue"
  | "military"
  | "social_organization"
  | "hospital"
  | "volunteer_team"
  | "studio"
  | "lecture_team"
  | "other";

/**
 * An organisational unit (组织单位) that takes part in creation work: a 机关, 企业, 学校, 社区…
 *
 * @category unit
 */
export interface Unit {
  /** A stable identifier chosen by the data's author. */
  readonly id: string;
  /** The name, such as 赛罕区大学路街道. */
  readonly name: string;
  /** What kind of unit it is. */
  readonly kind: UnitKind;
  /** The region code (区划代码) of where the unit is. */
  readonly regionCode: string;
  /** The 18-character 统一社会信用代码, when known. */
  readonly creditCode?: string;
}
