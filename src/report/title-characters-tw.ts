// The traditional form of each simplified character the schemas' field titles use, so a message
// in zh-TW names its fields in traditional characters (报告期 → 報告期). The zh-CN titles stay the
// one source in the schemas' `.meta()` (and so in their JSON Schemas); this table only writes
// their script. A field title is a term, not prose: each of its characters has one traditional
// form in every title, so a table of characters serves them all and is far smaller than a table
// of titles.
//
// Provenance: the Taiwan standard characters (教育部《常用國字標準字體表》) as OpenCC's cn→tw
// conversion gives them, save where Taiwan usage and this package's other zh-TW messages write a
// word otherwise: 發布 (not 發佈, as in 報告發布), 匯總 (not 彙總, as in 不可匯總); 表彰 keeps 表
// (OpenCC's 錶彰 is a mistake). test/report/title-characters-tw.test.ts checks every title
// reachable from a public schema against OpenCC, so a title with a character missing here fails.

/**
 * Pairs of a simplified character of a field title and its traditional form, 报報.
 *
 * @internal
 */
export const titleCharactersTW =
  "与與 举舉 会會 体體 关關 内內 划劃 创創 别別 办辦 动動 区區 " +
  "协協 单單 参參 发發 号號 实實 对對 层層 属屬 开開 录錄 态態 " +
  "总總 报報 数數 机機 来來 标標 汇匯 测測 浏瀏 状狀 码碼 称稱 " +
  "签簽 类類 级級 线線 组組 织織 结結 统統 编編 网網 观觀 览覽 " +
  "计計 议議 记記 词詞 诺諾 销銷 阵陣 项項 题題";
