import type { DesignationKind, DesignationLevel } from "../../schemas/labels/designation";

/**
 * The words that end the title of an honour, longest first within a kind, simplified and
 * traditional, with the kind each names. Simplified only: text is folded first (`foldVariants`).
 *
 * @internal
 */
export interface DesignationWord {
  readonly word: string;
  readonly kind: DesignationKind;
  /** Whether the title must be followed by a person's name (模范李翠兰) to be an honour. */
  readonly person?: true;
}

const ORDINANCE =
  "国家民委《全国民族团结进步示范区示范单位命名办法》(2020), 示范区 and 示范单位 categories";
const AWARDS = "国务院 全国民族团结进步表彰大会: 模范集体, 模范个人; 各级 先进集体/先进个人 表彰";

/** Sources of {@link designationWords}, for the reader. @internal */
export const designationWordSources: readonly string[] = [ORDINANCE, AWARDS];

/**
 * Title endings: a 示范区 is a region (州、市、县、区、旗); a 示范单位 is a unit, a township, a community,
 * a village, a school or an enterprise; 模范集体/先进集体 and 模范个人/先进个人 are the two classes of
 * the 表彰; a bare 模范 is an honour only before a person's name.
 *
 * @internal
 */
export const designationWords: readonly DesignationWord[] = /* @__PURE__ */ (() => [
  ...["示范区", "示范县", "示范市", "示范州", "示范旗", "示范盟"].map((word) => ({
    word,
    kind: "demonstration_region" as const,
  })),
  ...["示范单位", "示范社区", "示范村", "示范乡镇", "示范街道", "示范学校", "示范企业"].map(
    (word) => ({ word, kind: "demonstration_unit" as const }),
  ),
  ...["模范集体", "先进集体"].map((word) => ({
    word,
    kind: "model_collective" as const,
  })),
  ...["模范个人", "先进个人"].map((word) => ({
    word,
    kind: "model_individual" as const,
  })),
  ...["模范"].map((word) => ({ word, kind: "model_individual" as const, person: true as const })),
  ...["教育基地"].map((word) => ({ word, kind: "education_base" as const })),
])();

/**
 * The words that open a title and the level they give: 全国/国家 national, 省/自治区 provincial,
 * 市/州/盟 prefectural, 县/区/旗 county, with the 级 forms (省级, 市级 …). A title opening with a
 * region's name takes that region's level instead.
 *
 * @internal
 */
export const levelWords: readonly (readonly [string, DesignationLevel])[] = [
  ["全国", "national"],
  ["国家", "national"],
  ["自治区级", "provincial"],
  ["自治区", "provincial"],
  ["省级", "provincial"],
  ["省", "provincial"],
  ["市级", "prefectural"],
  ["州级", "prefectural"],
  ["盟级", "prefectural"],
  ["市", "prefectural"],
  ["县级", "county"],
  ["区级", "county"],
  ["旗级", "county"],
  ["县", "county"],
];

/**
 * Verbs that confer an honour on the subject before them (被评为, 命名为, 获评 …), simplified and
 * traditional, longest first (《现代汉语词典》 senses of 评/命名/授予).
 *
 * @internal
 */
export const conferringVerbs: readonly string[] = [
  "被命名为",
  "被评为",
  "被授予",
  "命名为",
  "荣获",
  "获评",
  "评为",
  "获得",
  "授予",
];
