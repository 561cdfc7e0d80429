/**
 * Where a command writes, and how: colour only on a terminal (never when
 * `NO_COLOR` is set, always when `FORCE_COLOR` asks for it, never with
 * `--no-color`), and JSON documents for `--json`.
 */

/** A writable text stream, as `process.stdout` is. */
export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** The styles the CLI uses, each a function from text to (maybe) coloured text. */
export interface Styles {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const plain = (s: string): string => s;
const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

/** Styles that print text unchanged. */
export const noStyles: Styles = {
  red: plain,
  yellow: plain,
  green: plain,
  cyan: plain,
  dim: plain,
  bold: plain,
};

const ansiStyles: Styles = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
};

/**
 * Whether to colour output written to `sink`.
 *
 * @param env - the process environment (`NO_COLOR`, `FORCE_COLOR`)
 */
export function wantsColour(sink: TextSink, env: Record<string, string | undefined>): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return sink.isTTY === true;
}

/** What every command writes through. */
export interface Output {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Styles for stdout. */
  readonly style: Styles;
  /** Styles for stderr. */
  readonly errStyle: Styles;
  /** Prints one line to stdout. */
  line(text?: string): void;
  /** Prints one line to stderr. */
  error(text: string): void;
  /** Prints a JSON document to stdout. */
  json(value: unknown): void;
}

/** Builds an {@link Output} over two sinks. */
export function createOutput(
  stdout: TextSink,
  stderr: TextSink,
  env: Record<string, string | undefined>,
  colour: boolean = true,
): Output {
  const style = colour && wantsColour(stdout, env) ? ansiStyles : noStyles;
  const errStyle = colour && wantsColour(stderr, env) ? ansiStyles : noStyles;
  return {
    stdout,
    stderr,
    style,
    errStyle,
    line: (text = '') => void stdout.write(`${text}\n`),
    error: (text) => void stderr.write(`${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}
