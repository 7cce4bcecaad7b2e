// The package ships no types; the tests and benchmarks use only this much of it.
declare module "chinese-numbers-converter" {
  class ChineseNumber {
    constructor(text: string);
    toInteger(): number;
  }
  export = ChineseNumber;
}
