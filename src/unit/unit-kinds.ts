import type { UnitKind } from "./types";

/**
 * Every {@link UnitKind}, in the order forms list them.
 *
 * @category unit
 * @example
 * ```ts
 * unitKinds.length //=> 14
 * unitKinds[0] //=> "agency"
 * ```
 */
export const unitKinds: readonly UnitKind[] = [
  "agency",
  "enterprise",
  "school",
  "community",
  "village",
  "township",
  "religious_venue",
  "military",
  "social_organization",
  "hospital",
  // Teams and studios that articles name as the ones doing the work, each found in several:
  // 志愿服务队 — 祥云县石榴红志愿服务队 (http://www.dali.gov.cn/dlrmzf/c101533/202209/1ad4a5add2dd42ad8779d92acfb497b8.shtml),
  //   红谷滩区“红石榴”志愿服务队 (http://www.pengda168.net/content.php?id=12749), 黄石街石榴籽志愿服务队
  //   (http://mzzjj.gz.gov.cn/xwdt/gqdt/content/post_9770480.html), 肃南县“赛罕梅朵”志愿服务队
  //   (http://www.neonhurray.com/mzw/dzdt/gzdt/202309/t20230925_1117988.html);
  // 工作室 — 肃南县“窦兰英工作室” (as above), 黄石街“羊城石榴籽工作室” (as above);
  // 宣讲团 — 中南民族大学“同心石榴籽”宣讲团 (http://www.scuec.edu.cn/xww/info/1004/14238.htm), 昆都仑区
  //   九个一百's 百人宣讲团 (examples/articles/kundulun-2024.txt).
  "volunteer_team",
  "studio",
  "lecture_team",
  "other",
];
