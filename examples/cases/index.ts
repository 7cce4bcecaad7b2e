// The case studies `npm run examples` runs: one per seed article, and one of an article the
// library was not built from.
import type { CaseStudy } from "./case-study";
import { jinanShizhong2023 } from "./jinan-shizhong-2023";
import { kundulun2024 } from "./kundulun-2024";
import { saihan2023 } from "./saihan-2023";
import { suijiang } from "./suijiang";
import { tongxin2024 } from "./tongxin-2024";
import { xincheng2023 } from "./xincheng-2023";

/** Every case study, in the order the articles are listed in `examples/articles/README.md`. */
export const cases: readonly CaseStudy[] = [
  saihan2023,
  suijiang,
  kundulun2024,
  jinanShizhong2023,
  xincheng2023,
  tongxin2024,
];
