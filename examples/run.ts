// Runs every case study: the seed articles written as shiliu reports and checked.
import { cases } from "./cases/index";

if (cases.length === 0) {
  console.log("还没有案例 (no case study exists yet).");
}
