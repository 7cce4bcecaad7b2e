/**
 * The lines that open a page's furniture after an article (related reading, latest articles, a
 * snapshot's notice, the original address), as news pages print them: what follows is other
 * articles' teasers, not this article's work.
 */
const FURNITURE =
  /^(?:相关阅读|相关文章|相关新闻|相关推荐|延伸阅读|推荐阅读|热门文章|热门推荐|最新文章|最新资讯|猜你喜欢|更多关于|以上内容为|信息原文地址|相關閱讀|相關文章|相關新聞|延伸閱讀|推薦閱讀|熱門文章|最新文章|猜你喜歡|更多關於)/;

/**
 * Where the article's own words end: the start of the first line after its first line that opens
 * page furniture (相关阅读, 推荐阅读, 最新文章, 以上内容为…), else the text's end. Records (brands,
 * campaigns, activities, honours) are read before it; figures are read everywhere.
 *
 * @internal
 */
export function bodyEnd(text: string): number {
  let start = text.indexOf("\n") + 1;
  while (start > 0 && start < text.length) {
    const next = text.indexOf("\n", start);
    const line = text.slice(start, next === -1 ? text.length : next).trim();
    if (FURNITURE.test(line)) return start;
    if (next === -1) break;
    start = next + 1;
  }
  return text.length;
}
