// The case studies `npm run examples` runs, one per seed article.
export const cases: readonly unknown[] = [];
