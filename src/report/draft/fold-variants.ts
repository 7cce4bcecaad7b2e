/**
 * Traditional forms and their simplified forms (《简化字总表》, 1986) for the characters of the
 * draft's word lists (honours, agreements, activities), so one simplified list matches text in
 * either script, and in both at once (民族團結進步模范集體 mixes them).
 */
const PAIRS =
  "範范體体單单區区縣县團团結结進进個个鎮镇鄉乡學学業业國国級级獲获評评為为榮荣號号議议書书簽签訂订協协聯联創创發发動动線线網网雲云觀观覽览參参與与會会場场區区黨党員员縣县設设驛驿園园講讲廳厅隊队實实踐践陣阵類类項项計计劃划開开舉举辦办組组織织賽赛節节儀仪藝艺術术歡欢採采訪访課课訓训練练論论壇坛劇剧遊游製制頒颁佈布臺台導导態态戶户廣广長长館馆禮礼誼谊傳传統统專专題题餘余";

let table: Map<string, string> | undefined;

function variants(): Map<string, string> {
  if (table === undefined) {
    table = new Map();
    for (let i = 0; i + 1 < PAIRS.length; i += 2) table.set(PAIRS.charAt(i), PAIRS.charAt(i + 1));
  }
  return table;
}

/**
 * `text` with the traditional characters of the table written simplified. Length-preserving (each
 * pair is one UTF-16 unit to one), so an index into the result is an index into `text`.
 *
 * @internal
 */
export function foldVariants(text: string): string {
  // Each reader of a draft folds the whole text: the last long text folded is kept, so it is
  // folded once per draft.
  if (text === lastText) return lastFolded;
  const folded = fold(text);
  if (text.length >= REMEMBERED) {
    lastText = text;
    lastFolded = folded;
  }
  return folded;
}

/** Texts at least this long are remembered (short words are folded afresh: cheaper than comparing). */
const REMEMBERED = 256;
let lastText: string | undefined;
let lastFolded = "";

function fold(text: string): string {
  const map = variants();
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const simplified = map.get(text.charAt(i));
    if (simplified === undefined) continue;
    out += text.slice(from, i) + simplified;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
