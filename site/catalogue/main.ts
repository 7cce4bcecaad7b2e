// The national catalogue as a classic script (global `shiliuCnRegions`), which validate.html
// loads only when the reader asks for it: a classic script loads from file:// where a module
// would not, and the pages stay small for everyone who does not need it.
export { cnRegions, cnRegionsSource } from "shiliu/cn-regions";
