// Where a text stops being JSON (RFC 8259), so the page can point at the spot: browsers' own
// JSON.parse messages give a position only for some mistakes.

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const space = /[ \t\n\r]*/y;
// JSON strings may not hold the control characters U+0000–U+001F unescaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding them is the point
const stringBody = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/** The UTF-16 offset of the first character that is not JSON, or undefined for valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const skip = () => {
    space.lastIndex = at;
    space.exec(text);
    at = space.lastIndex;
  };
  const fail = (): never => {
    throw at;
  };
  const expect = (char: string) => {
    if (text.charAt(at) !== char) fail();
    at++;
  };
  const string = () => {
    expect('"');
    stringBody.lastIndex = at;
    stringBody.exec(text);
    at = stringBody.lastIndex;
    expect('"');
  };
  const value = (): void => {
    skip();
    const char = text.charAt(at);
    if (char === "{") {
      at++;
      skip();
      if (text.charAt(at) === "}") {
        at++;
        return;
      }
      for (;;) {
        skip();
        string();
        skip();
        expect(":");
        value();
        skip();
        if (text.charAt(at) === "}") {
          at++;
          return;
        }
        expect(",");
      }
    }
    if (char === "[") {
      at++;
      skip();
      if (text.charAt(at) === "]") {
        at++;
        return;
      }
      for (;;) {
        value();
        skip();
        if (text.charAt(at) === "]") {
          at++;
          return;
        }
        expect(",");
      }
    }
    if (char === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    number.lastIndex = at;
    if (number.exec(text) === null) fail();
    at = number.lastIndex;
  };
  try {
    value();
    skip();
    return at === text.length ? undefined : at;
  } catch (offset) {
    return typeof offset === "number" ? offset : at;
  }
}
