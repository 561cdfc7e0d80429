import { describe, expect, it } from 'vitest';
import { fieldIdBase } from '../fhir/ids.js';
import { RESERVED_FIELD_IDS, RESERVED_IDS } from '../schema/common.js';
import { FieldIdSchema } from '../schema/common.js';
import { isValidName } from './ast.js';
import { parseExpression } from './parser.js';
import { RESERVED_WORDS } from './words.js';

describe('the words of the expression language', () => {
  it('are one list, read by the schema, the name check and the FHIR importer alike', () => {
    expect(RESERVED_FIELD_IDS).toEqual([...RESERVED_IDS, ...RESERVED_WORDS]);
    for (const word of RESERVED_WORDS) {
      expect(isValidName(word), word).toBe(false);
      expect(FieldIdSchema.safeParse(word).success, word).toBe(false);
      expect(fieldIdBase(word), word).toBe(`q_${word}`);
    }
  });

  it('keeps the importer from making ids that Object.prototype owns', () => {
    for (const id of RESERVED_IDS.filter((r) => /^[a-z]+$/.test(r))) expect(fieldIdBase(id)).toBe(`q_${id}`);
    expect(fieldIdBase('toString')).toBe('tostring');
  });

  it('says why a reserved word cannot name a question', () => {
    expect(parseExpression('null = 1').errors.map((e) => [e.code, e.message])).toEqual([
      [
        'invalid_name',
        '“null” is not a valid name: it is a word of the expression language, kept back so that it never names a question.',
      ],
    ]);
    expect(parseExpression('a AND b').errors[0]?.message).toContain('write “and” in small letters');
  });
});
