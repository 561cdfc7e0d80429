/**
 * The parser's position in the token list, the ranges of the nodes built so
 * far, and the ways it reports a problem. Problems are thrown as
 * {@link ParseFailure}, which only `parseExpression` catches.
 */
import { isKeyword, isReservedWord } from './words.js';
import { isValidName, type ExprNode } from './ast.js';
import { exprError, type ExprError, type ExprErrorCode } from './errors.js';
import type { SourceRange } from '../issues/issue.js';
import type { NameToken, Token } from './lexer.js';
import { MAX_DEPTH } from './limits.js';

/** A parse problem on its way to `parseExpression`. */
export class ParseFailure {
  constructor(readonly error: ExprError) {}
}

type SymbolToken = Token & { kind: 'symbol' };

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the expression';
    case 'number':
      return `the number ${token.value}`;
    case 'string':
      return 'a text value';
    default:
      return `“${token.text}”`;
  }
}

/** Walks a token list that ends with an `end` token. */
export class Cursor {
  readonly ranges = new Map<ExprNode, SourceRange>();
  #pos = 0;
  #nesting = 0;

  constructor(readonly tokens: readonly Token[]) {}

  /** The token `ahead` places on (the `end` token once past the end). */
  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.#pos + ahead, this.tokens.length - 1)] as Token;
  }

  /** Moves past `count` tokens and returns the last one passed. */
  advance(count = 1): Token {
    this.#pos += count;
    return this.tokens[this.#pos - 1] as Token;
  }

  isWord(token: Token, word: string): token is NameToken {
    return token.kind === 'name' && token.text === word;
  }

  isSymbol(token: Token, symbol: string): token is SymbolToken {
    return token.kind === 'symbol' && token.text === symbol;
  }

  /** Records where `node` sits and returns it. */
  at<T extends ExprNode>(node: T, from: number, to: number): T {
    this.ranges.set(node, { from, to });
    return node;
  }

  rangeOf(node: ExprNode): SourceRange {
    return this.ranges.get(node) ?? { from: 0, to: 0 };
  }

  fail(code: ExprErrorCode, message: string, range: SourceRange): never {
    throw new ParseFailure(exprError(code, message, { from: range.from, to: range.to }));
  }

  /** Parses one nested part (brackets, arguments, `not`, unary minus), refusing nesting beyond {@link MAX_DEPTH}. */
  nested<T>(token: Token, parse: () => T): T {
    this.#nesting += 1;
    if (this.#nesting > MAX_DEPTH) {
      const message = `This expression is nested more than ${MAX_DEPTH} levels deep; split it into variables.`;
      this.fail('expression_too_deep', message, token);
    }
    const result = parse();
    this.#nesting -= 1;
    return result;
  }

  /** Refuses `token` where `expected` should be, with the most helpful message for it. */
  unexpected(token: Token, expected: string): never {
    if (token.kind === 'end')
      this.fail('unexpected_end', `The expression stops too early: ${expected} is missing.`, token);
    if (token.kind === 'name' && token.text !== token.text.toLowerCase()) this.checkName(token);
    if (this.isWord(token, 'is')) {
      this.fail(
        'unexpected_token',
        'To test whether a question has been answered, write answered(question_id).',
        token,
      );
    }
    return this.fail('unexpected_token', `Expected ${expected} but found ${describe(token)}.`, token);
  }

  /** Moves past the `symbol` that closes the bracket `open`, or refuses what is there instead. */
  expectClosing(symbol: ')' | ']', open: Token): Token {
    const token = this.peek();
    if (this.isSymbol(token, symbol)) return this.advance();
    if (token.kind === 'end') {
      const opened = symbol === ')' ? '(' : '[';
      this.fail(
        'missing_closing_bracket',
        `The bracket “${opened}” opened here is never closed: add “${symbol}”.`,
        open,
      );
    }
    return this.unexpected(token, `“${symbol}” or “,”`);
  }

  /** Refuses a name that is not snake_case, or that is a keyword in capitals. */
  checkName(token: NameToken): void {
    if (isValidName(token.text)) return;
    const lower = token.text.toLowerCase();
    const hint =
      lower === token.text && isReservedWord(lower)
        ? 'it is a word of the expression language, kept back so that it never names a question'
        : isKeyword(lower)
          ? `write “${lower}” in small letters`
          : 'names are written in small letters, digits and _, starting with a letter';
    this.fail('invalid_name', `“${token.text}” is not a valid name: ${hint}.`, token);
  }
}
