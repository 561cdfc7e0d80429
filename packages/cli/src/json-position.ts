/**
 * Where a JSON text first goes wrong. `JSON.parse` only sometimes says (and
 * the wording changes between Node versions), so a small scanner walks the
 * text and reports the exact position, line and column of the first error.
 */

/** The first syntax error in a JSON text. */
export interface JsonSyntaxError {
  /** Zero-based offset into the text. */
  readonly position: number;
  /** One-based line. */
  readonly line: number;
  /** One-based column. */
  readonly column: number;
  /** What the scanner expected or found there. */
  readonly reason: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function scan(text: string): void {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describe = (): string => (i >= text.length ? 'the end of the file' : `"${text[i]}"`);
  const fail = (expected: string): never => {
    throw new Stop(i, `expected ${expected} but found ${describe()}`);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            throw new Stop(i, 'invalid \\u escape in a string');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else throw new Stop(i, 'invalid escape in a string');
      } else if (c < ' ') throw new Stop(i, 'control character inside a string');
      else i++;
    }
    throw new Stop(i, 'unterminated string');
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('a value');
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail('a value');
  };
  const object = (): void => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail('a property name in double quotes');
      string();
      ws();
      if (text[i] !== ':') fail('":"');
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('"," or "}"');
    }
  };
  const array = (): void => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('"," or "]"');
    }
  };
  value();
  ws();
  if (i < text.length) throw new Stop(i, `unexpected ${describe()} after the end of the JSON value`);
}

/**
 * Finds the first syntax error in `text`, or `undefined` when it is valid JSON.
 *
 * @example
 * locateJsonError('{"a": }'); // { position: 6, line: 1, column: 7, reason: 'expected a value but found "}"' }
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split('\n').length;
    const column = e.at - before.lastIndexOf('\n');
    return { position: e.at, line, column, reason: e.reason };
  }
}
