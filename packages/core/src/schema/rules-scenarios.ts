/**
 * Scenario rules: each test case names a real outcome and route, answers
 * real fields with answers of the right type, and gives real context facts.
 */
import type { RuleIssue } from './codes.js';
import { isIsoDate } from './common.js';
import { shown } from './describe.js';
import type { Field, Option } from './fields.js';
import { issue } from '../issues/issue.js';
import type { PathwayIndex } from './pathway-index.js';
import type { ContextField, Pathway } from './pathway.js';
import { nameAt } from './rules-ids.js';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Why `value` cannot be an answer to a field or context fact of this type; undefined when it can. */
function answerProblem(
  type: Field['type'] | ContextField['type'],
  options: readonly Option[] | undefined,
  value: unknown,
): string | undefined {
  const values = options?.map((o) => o.value);
  const optionList = values ? `: one of ${values.join(', ')}` : '';
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? undefined : 'must be a whole number';
    case 'decimal':
      return typeof value === 'number' ? undefined : 'must be a number';
    case 'date':
      return typeof value === 'string' && isIsoDate(value)
        ? undefined
        : 'must be a real date written YYYY-MM-DD';
    case 'text':
    case 'long-text':
    case 'string':
      return typeof value === 'string' ? undefined : 'must be text';
    case 'choice':
      if (typeof value !== 'string') return `must be one option value${optionList}`;
      return values === undefined || values.includes(value)
        ? undefined
        : `must be one option value${optionList}`;
    case 'multi-choice':
      if (!isStrings(value)) return `must be a list of option values${optionList}`;
      if (new Set(value).size !== value.length) return 'must not list an option twice';
      return values === undefined || value.every((v) => values.includes(v))
        ? undefined
        : `must list only option values${optionList}`;
    case 'attachment':
      return Array.isArray(value) && value.every((v) => typeof v === 'object')
        ? undefined
        : 'must be a list of attachments';
    case 'display':
      return 'is a display field, which takes no answer';
  }
}

/** Scenario rules. */
export function checkScenarios(pathway: Pathway, index: PathwayIndex, out: RuleIssue[]): void {
  pathway.scenarios.forEach((scenario, s) => {
    const name = nameAt(pathway, ['scenarios', s]);
    const at = ['scenarios', s];
    const expected = index.nodes.get(scenario.expect.outcome);
    if (expected === undefined) {
      out.push(
        issue(
          'unknown_reference',
          [...at, 'expect', 'outcome'],
          `${name} expects outcome "${scenario.expect.outcome}", which does not exist.`,
        ),
      );
    } else if (expected.node.kind !== 'outcome') {
      out.push(
        issue(
          'invalid_reference',
          [...at, 'expect', 'outcome'],
          `${name} expects outcome "${scenario.expect.outcome}", but that node is a ${expected.node.kind}, not an outcome.`,
        ),
      );
    }
    const route = scenario.expect.path;
    if (route) {
      route.forEach((id, r) => {
        if (!index.nodes.has(id)) {
          out.push(
            issue(
              'unknown_reference',
              [...at, 'expect', 'path', r],
              `${name}: the expected route passes node "${id}", which does not exist.`,
            ),
          );
        }
      });
      if (route[0] !== pathway.start) {
        out.push(
          issue(
            'invalid_value',
            [...at, 'expect', 'path', 0],
            `${name}: the expected route must begin at the start node "${pathway.start}".`,
          ),
        );
      }
      if (route[route.length - 1] !== scenario.expect.outcome) {
        out.push(
          issue(
            'invalid_value',
            [...at, 'expect', 'path', route.length - 1],
            `${name}: the expected route must end at the expected outcome "${scenario.expect.outcome}".`,
          ),
        );
      }
    }
    for (const [id, value] of Object.entries(scenario.answers)) {
      const path = [...at, 'answers', id];
      const field = index.fields.get(id);
      if (field === undefined) {
        const what = index.variables.has(id)
          ? 'a variable, which is computed and cannot be answered'
          : 'not a field of this pathway';
        out.push(
          issue(
            index.variables.has(id) ? 'invalid_reference' : 'unknown_reference',
            path,
            `${name} answers "${id}", which is ${what}.`,
          ),
        );
        continue;
      }
      const problem = answerProblem(
        field.field.type,
        'options' in field.field ? field.field.options : undefined,
        value,
      );
      if (problem !== undefined) {
        out.push(
          issue('invalid_answer', path, `${name}: the answer to "${id}" ${problem} (found ${shown(value)}).`),
        );
      }
    }
    for (const [id, value] of Object.entries(scenario.context ?? {})) {
      const path = [...at, 'context', id];
      const fact = index.context.get(id);
      if (fact === undefined) {
        out.push(
          issue(
            'unknown_reference',
            path,
            `${name} gives context "${id}", which is not among the pathway's context facts.`,
          ),
        );
        continue;
      }
      const problem = answerProblem(fact.field.type, fact.field.options, value);
      if (problem !== undefined) {
        out.push(
          issue(
            'invalid_answer',
            path,
            `${name}: the context fact "${id}" ${problem} (found ${shown(value)}).`,
          ),
        );
      }
    }
  });
}
