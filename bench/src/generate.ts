/**
 * The work every runtime is given: a generated FHIR R4 Questionnaire of `n`
 * flat items with enableWhen chains, and the same form as SurveyJS JSON.
 * The same seed always gives the same forms.
 */
import type { FhirQuestionnaire, FhirQuestionnaireItem } from '@careway/core';

/** A boolean gate and the items that its "Yes" enables. */
export interface Chain {
  gate: string;
  items: string[];
}

/** A generated Questionnaire and what the driver needs to know of it. */
export interface GeneratedForm {
  questionnaire: FhirQuestionnaire;
  chains: Chain[];
  /** The chain the benchmark toggles: the one whose gate is nearest the middle of the form. */
  toggled: Chain;
  /** linkId of the last item, which is always shown: the form is rendered when it is in the DOM. */
  last: string;
}

/** Options of {@link generateQuestionnaire}. */
export interface GenerateOptions {
  /** Number of items, gates included (at least 10). */
  items: number;
  /** Seed of the pseudo-random generator (default 1). */
  seed?: number;
}

const CODE_SYSTEM = 'http://example.org/careway-bench/codes';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const WORDS = [
  'pain',
  'swelling',
  'fever',
  'duration',
  'history',
  'family',
  'medication',
  'allergy',
  'weight',
  'breathless',
  'night',
  'sweats',
  'cough',
  'rash',
  'vision',
  'bleeding',
] as const;
const PLAIN_TYPES = ['choice', 'integer', 'decimal', 'string', 'date', 'boolean'] as const;

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function plainItem(linkId: string, type: (typeof PLAIN_TYPES)[number], random: () => number) {
  const word = (offset: number) => WORDS[Math.floor(random() * WORDS.length + offset) % WORDS.length];
  const text = `${linkId.toUpperCase()}: ${word(0)} and ${word(3)}?`;
  const item: FhirQuestionnaireItem = { linkId, text, type };
  if (type === 'choice') {
    const count = 3 + Math.floor(random() * 3);
    item.answerOption = Array.from({ length: count }, (_, i) => ({
      valueCoding: { system: CODE_SYSTEM, code: `${linkId}-${i + 1}`, display: `Option ${i + 1}` },
    }));
    item.extension = [
      {
        url: ITEM_CONTROL,
        valueCodeableConcept: {
          coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }],
        },
      },
    ];
  }
  return item;
}

/**
 * A flat Questionnaire of `items` items: about a fifth of them are boolean
 * gates, each followed by a chain of 2–6 items with `enableWhen` gate = true;
 * the rest are plain questions of every type. The last item is always shown.
 *
 * @example
 * const { questionnaire, toggled } = generateQuestionnaire({ items: 200, seed: 7 });
 */
export function generateQuestionnaire({ items, seed = 1 }: GenerateOptions): GeneratedForm {
  if (items < 10) throw new Error('generateQuestionnaire needs at least 10 items');
  const random = prng(seed);
  const list: FhirQuestionnaireItem[] = [];
  const chains: Chain[] = [];
  const nextId = () => `q${list.length + 1}`;
  // The last item is added after the loop, so stop one short.
  while (list.length < items - 1) {
    const room = items - 1 - list.length;
    if (room >= 3 && random() < 0.35) {
      const gate = nextId();
      list.push({
        linkId: gate,
        text: `${gate.toUpperCase()}: does the patient report ${WORDS[list.length % WORDS.length]}?`,
        type: 'boolean',
      });
      const length = Math.min(room - 1, 2 + Math.floor(random() * 5));
      const chain: Chain = { gate, items: [] };
      for (let i = 0; i < length; i++) {
        const type = PLAIN_TYPES[Math.floor(random() * (PLAIN_TYPES.length - 1))] ?? 'string';
        const item = plainItem(nextId(), type, random);
        item.enableWhen = [{ question: gate, operator: '=', answerBoolean: true }];
        list.push(item);
        chain.items.push(item.linkId);
      }
      chains.push(chain);
    } else {
      const type = PLAIN_TYPES[Math.floor(random() * PLAIN_TYPES.length)] ?? 'string';
      list.push(plainItem(nextId(), type, random));
    }
  }
  const last = nextId();
  list.push({
    linkId: last,
    text: `${last.toUpperCase()}: anything else the receiving clinician should know?`,
    type: 'string',
  });
  const middle = items / 2;
  const position = (c: Chain) => Math.abs(Number(c.gate.slice(1)) - middle);
  const toggled = chains.reduce((best, c) => (position(c) < position(best) ? c : best));
  return {
    questionnaire: {
      resourceType: 'Questionnaire',
      id: `bench-${items}`,
      url: `http://example.org/careway-bench/Questionnaire/bench-${items}`,
      version: '1.0.0',
      name: `Bench${items}`,
      title: `Benchmark questionnaire (${items} items)`,
      status: 'draft',
      item: list,
    },
    chains,
    toggled,
    last,
  };
}
