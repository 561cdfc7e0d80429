/**
 * A deliberately small subset of FHIRPath → Careway expressions, for SDC
 * `calculatedExpression`s that are plain arithmetic over answers (BMI, sums):
 * numbers, `+ - * /`, parentheses, `%variables` defined by the `variable`
 * extension, answer paths such as
 * `%resource.item.where(linkId='x').answer.valueDecimal`, and `.round(n)`.
 * Anything else is reported item by item and not imported — never guessed.
 */
import type { Field, Variable } from '../careway-types.js';
import { extensionsOf, FHIR_URL } from '../extensions.js';
import { type IdAllocator } from '../ids.js';
import type { FhirExtension, FhirQuestionnaire } from '../types.js';
import type { ItemInfo } from './enable-when.js';
import type { IssueLog } from './issues.js';

type Token = { t: 'num' | 'str' | 'id' | 'var' | 'op'; v: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|'((?:[^'\\]|\\.)*)'|%([A-Za-z_][\w]*)|([A-Za-z_][\w]*)|(<=|>=|!=|[-+*/().,=<>]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return undefined;
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: 'num', v: m[1] });
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replace(/\\(.)/g, '$1') });
    else if (m[3] !== undefined) tokens.push({ t: 'var', v: m[3] });
    else if (m[4] !== undefined) tokens.push({ t: 'id', v: m[4] });
    else if (m[5] !== undefined) tokens.push({ t: 'op', v: m[5] });
  }
  return tokens;
}

class Unsupported extends Error {}

/** A translated expression and its precedence, to bracket it only where needed. */
interface Term {
  text: string;
  prec: number;
}

/** Translates one FHIRPath expression; throws {@link Unsupported} with the reason. */
class Translator {
  #tokens: Token[] = [];
  #at = 0;

  constructor(
    private readonly linkToField: (linkId: string) => string | undefined,
    private readonly variable: (name: string) => Term,
  ) {}

  translate(text: string): string {
    return this.translateTerm(text).text;
  }

  /** Like {@link translate}, with the precedence of the result (3 atom, 2 product, 1 sum). */
  translateTerm(text: string): Term {
    const tokens = tokenize(text);
    if (!tokens) throw new Unsupported('it uses syntax outside the supported subset');
    this.#tokens = tokens;
    this.#at = 0;
    const out = this.#additive();
    if (this.#at < this.#tokens.length) throw new Unsupported(`unexpected "${this.#tokens[this.#at]?.v}"`);
    return out;
  }

  #peek(v?: string): Token | undefined {
    const t = this.#tokens[this.#at];
    return v === undefined || t?.v === v ? t : undefined;
  }

  #next(): Token {
    const t = this.#tokens[this.#at++];
    if (!t) throw new Unsupported('it ends too early');
    return t;
  }

  #expect(v: string): void {
    if (this.#next().v !== v) throw new Unsupported(`"${v}" expected`);
  }

  #binary(level: 1 | 2, operand: () => Term): Term {
    const ops = level === 1 ? ['+', '-'] : ['*', '/'];
    let left = operand();
    while (ops.some((o) => this.#peek(o))) {
      const op = this.#next().v;
      const right = operand();
      // The right operand of - and / needs brackets even at the same level: a - (b - c).
      const rightText =
        right.prec > level || (right.prec === level && (op === '+' || op === '*'))
          ? right.text
          : `(${right.text})`;
      const leftText = left.prec >= level ? left.text : `(${left.text})`;
      left = { text: `${leftText} ${op} ${rightText}`, prec: level };
    }
    return left;
  }

  #additive(): Term {
    return this.#binary(1, () => this.#multiplicative());
  }

  #multiplicative(): Term {
    return this.#binary(2, () => this.#unary());
  }

  #unary(): Term {
    if (this.#peek('-')) {
      this.#next();
      const inner = this.#unary();
      return { text: `-${inner.prec === 3 ? inner.text : `(${inner.text})`}`, prec: 3 };
    }
    return this.#postfix();
  }

  #postfix(): Term {
    const t = this.#next();
    let value: Term;
    if (t.t === 'num') value = { text: t.v, prec: 3 };
    else if (t.v === '(') {
      value = this.#additive();
      this.#expect(')');
    } else if (t.t === 'var' && t.v !== 'resource' && t.v !== 'context') value = this.variable(t.v);
    else if (
      (t.t === 'var' && (t.v === 'resource' || t.v === 'context')) ||
      (t.t === 'id' && (t.v === 'item' || t.v === 'repeat'))
    ) {
      if (t.t === 'id') this.#at--;
      value = { text: this.#answerPath(), prec: 3 };
    } else throw new Unsupported(`"${t.v}" is not supported`);
    while (this.#peek('.')) {
      this.#next();
      const fn = this.#next();
      if (fn.v !== 'round') throw new Unsupported(`the function ${fn.v}() is not supported`);
      this.#expect('(');
      const digits = this.#peek(')') ? '0' : this.#next().v;
      this.#expect(')');
      value = { text: `round(${value.text}, ${digits})`, prec: 3 };
    }
    return value;
  }

  /** `item.where(linkId='a').item.where(linkId='b').answer.value…` → the field of the last linkId. */
  #answerPath(): string {
    let linkId: string | undefined;
    for (;;) {
      if (this.#peek('.')) this.#next();
      const step = this.#peek();
      if (!step || step.t !== 'id') break;
      this.#next();
      if (step.v === 'item') continue;
      if (step.v === 'repeat') {
        this.#expect('(');
        if (this.#next().v !== 'item') throw new Unsupported('only repeat(item) is supported');
        this.#expect(')');
      } else if (step.v === 'where') {
        this.#expect('(');
        if (this.#next().v !== 'linkId') throw new Unsupported('only where(linkId = …) is supported');
        this.#expect('=');
        const id = this.#next();
        if (id.t !== 'str') throw new Unsupported('linkId must be compared with a string');
        linkId = id.v;
        this.#expect(')');
      } else if (step.v === 'answer') {
        this.#expect('.');
        const value = this.#next();
        if (!/^value(Decimal|Integer|Quantity)?$/.test(value.v))
          throw new Unsupported(`${value.v} is not a numeric answer`);
        if (this.#peek('.') && this.#tokens[this.#at + 1]?.v === 'value') {
          this.#next();
          this.#next();
        }
        break;
      } else throw new Unsupported(`"${step.v}" is not supported in an answer path`);
    }
    const field = linkId === undefined ? undefined : this.linkToField(linkId);
    if (!field)
      throw new Unsupported(`it refers to an item ("${linkId ?? '?'}") that is not a question of this form`);
    return field;
  }
}

function fhirpathVariables(list: readonly FhirExtension[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of extensionsOf(list, FHIR_URL.variable)) {
    const x = e.valueExpression;
    if (x?.name && x.expression && (x.language === 'text/fhirpath' || x.language === undefined))
      out.set(x.name, x.expression);
  }
  return out;
}

/**
 * Calculated items (`sdc-questionnaire-calculatedExpression`) → Careway
 * variables of kind `expression` (shown), replacing the field of the same id.
 * Items whose expression is outside the subset keep their field and get a
 * warning.
 */
export function translateCalculations(
  q: FhirQuestionnaire,
  order: ItemInfo[],
  fields: Map<ItemInfo, Field>,
  _ids: IdAllocator,
  log: IssueLog,
): Variable[] {
  const variables: Variable[] = [];
  const byLink = new Map(order.filter((i) => i.fieldId).map((i) => [i.linkId, i.fieldId as string]));
  for (const info of order) {
    const field = fields.get(info);
    const calc = (info.item.extension ?? []).findIndex((e) => e.url === FHIR_URL.calculatedExpression);
    if (!field || calc < 0) continue;
    const expr = info.item.extension?.[calc]?.valueExpression;
    const scopes: Map<string, string>[] = [fhirpathVariables(q.extension)];
    for (let p: ItemInfo | undefined = info; p; p = p.parent)
      scopes.push(fhirpathVariables(p.item.extension));
    const resolving = new Set<string>();
    const linkToField = (linkId: string): string | undefined => byLink.get(linkId);
    const resolveVariable = (name: string): Term => {
      const text = [...scopes]
        .reverse()
        .find((s) => s.has(name))
        ?.get(name);
      if (text === undefined) throw new Unsupported(`%${name} is not defined by a variable extension`);
      if (resolving.has(name)) throw new Unsupported(`%${name} is defined in terms of itself`);
      resolving.add(name);
      const inner = new Translator(linkToField, resolveVariable).translateTerm(text);
      resolving.delete(name);
      return inner;
    };
    const translator = new Translator(linkToField, resolveVariable);
    try {
      if (expr?.language !== 'text/fhirpath' || !expr.expression)
        throw new Unsupported(`the language ${expr?.language ?? '(none)'} is not FHIRPath`);
      const text = translator.translate(expr.expression);
      fields.delete(info);
      info.fieldId = field.id;
      const unit = 'unit' in field ? field.unit : undefined;
      variables.push({
        id: field.id,
        label: field.label,
        kind: 'expression',
        expr: text,
        show: true,
        ...(unit ? { unit } : {}),
      });
      log.info(
        'fhir_calculated_as_variable',
        [...info.path, 'extension', calc],
        `The calculation ${expr.expression} became the Careway variable ${field.id} = ${text}.`,
        info.linkId,
      );
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      log.warn(
        'fhir_unsupported_expression',
        [...info.path, 'extension', calc],
        `calculatedExpression (${expr?.expression ?? '?'}) cannot be translated: ${e.message}. The item is asked as a question instead; write the calculation as a Careway variable.`,
        info.linkId,
      );
    }
  }
  return variables;
}
