// The zh-TW form of each measure word of the unit table whose traditional writing differs, so a
// figure in a zh-TW message reads 9個, 5萬人次, 12公頃 rather than 9个.
//
// Provenance: the Taiwan standard characters (教育部《常用國字標準字體表》) of the unit table's
// words, as OpenCC's cn→tw conversion gives them; test/quantity/measure-words-tw.test.ts checks
// that every word of `unitTable` is here or already written the same in both scripts.

/**
 * zh-TW forms of the unit table's measure words, keyed by the simplified word: 个 → 個.
 *
 * @internal
 */
export const measureWordsTW: Readonly<Record<string, string>> = {
  万人: "萬人",
  万人次: "萬人次",
  场: "場",
  场次: "場次",
  万元: "萬元",
  亿元: "億元",
  公顷: "公頃",
  亩: "畝",
  小时: "小時",
  个: "個",
  处: "處",
  项: "項",
  户: "戶",
  条: "條",
  张: "張",
};
