/**
 * Everything the element needs to speak Welsh: its own words, the engine's
 * answer checks worded in Welsh (core's table), and the pathway's Welsh
 * translation. Loaded on demand by `language.ts`, so that a page in English
 * never downloads it.
 */
import { ENGINE_MESSAGES_CY, translate, type Pathway, type ScoreResult } from './core.js';
import type { UiStrings } from './i18n.js';
import type { LanguagePack } from './language.js';

/** The element's words in Welsh. */
const cy: UiStrings = {
  back: 'Yn ôl',
  continue: 'Parhau',
  optional: '(dewisol)',
  errorSummaryTitle: 'Mae problem',
  errorPrefix: 'Gwall:',
  yes: 'Ie',
  no: 'Na',
  or: 'neu',
  day: 'Diwrnod',
  month: 'Mis',
  year: 'Blwyddyn',
  dateHint: 'Er enghraifft, 27 3 2007',
  fromRecord: 'O’r cofnod',
  fromRecordHint: 'Wedi’i lenwi o’r cofnod. Gallwch ei newid.',
  changedFromRecord: (was) => `Wedi’i newid o’r cofnod (roedd yn dweud ${was})`,
  earlierAnswer: (value) => `Eich ateb blaenorol oedd: ${value}`,
  notAnswered: 'Heb ei ateb',
  whyWeAsk: 'Pam rydym yn gofyn',
  checkAnswersTitle: 'Gwiriwch eich atebion',
  checkAnswersLead: 'Gwiriwch yr atebion cyn i chi eu cadarnhau.',
  change: 'Newid',
  confirm: 'Cadarnhau a pharhau',
  startAgain: 'Dechrau eto',
  loading: 'Wrthi’n llwytho’r llwybr',
  errorTitle: 'Mae’n ddrwg gennym, ni ellir dangos y llwybr hwn',
  errorCode: 'Cod gwall',
  tryAgain: 'Rhoi cynnig arall arni',
  nonUrgent: 'Cyngor nad yw’n frys:',
  urgent: 'Cyngor brys:',
  emergency: 'Mae angen gweithredu ar unwaith:',
  service: 'Gwasanaeth',
  timeframe: 'Pryd',
  actor: 'Pwy sy’n gweithredu',
  nextSteps: 'Beth sy’n digwydd nesaf',
  safetyNetting: 'Os yw pethau’n gwaethygu',
  summaryForRecord: 'Crynodeb ar gyfer y cofnod',
  copySummary: 'Copïo’r crynodeb',
  summaryCopied: 'Crynodeb wedi’i gopïo',
  scores: 'Sgorau',
  redFlags: 'Baneri coch',
  points: (n) => `${n} pwynt`,
  scoreExplanation: 'Sut y cyfrifwyd y sgôr hon',
  stalledTitle: 'Ni all y llwybr hwn benderfynu beth sy’n dod nesaf',
  stalledLead: 'Mae angen atebion i:',
  remove: 'Tynnu',
  previewOf: (name) => `Rhagolwg o ${name}`,
  filesAllowed: (types, size, count) =>
    `${types}; hyd at ${size} yr un; ${count === 1 ? 'un ffeil' : `hyd at ${count} ffeil`}`,
  fileMissing: 'Cafodd y ffeil hon ei hatodi cyn i’r dudalen ail-lwytho. Tynnwch hi a’i hatodi eto.',
  fileAdded: (name) => `${name} wedi’i atodi`,
  fileRemoved: (name) => `${name} wedi’i dynnu`,
  draftRestored: 'Mae’r cynnydd a gadwyd wedi’i adfer.',
  draftSetAside: (reason) =>
    `Nid oedd modd defnyddio’r cynnydd a gadwyd oherwydd ${reason}. Mae wedi’i gadw o’r neilltu ac rydych yn dechrau eto.`,
  draftReasons: {
    corrupt: 'ei fod wedi’i ddifrodi',
    outdated: 'bod y llwybr wedi newid ers ei gadw',
    other_pathway: 'ei fod yn perthyn i lwybr gwahanol',
  },
  formIncomplete: 'Cwblhewch y llwybr cyn i chi gyflwyno’r ffurflen hon.',
  fatal: {
    fetch_failed: 'Nid oedd modd lawrlwytho’r llwybr. Gwiriwch y cysylltiad a rhowch gynnig arall arni.',
    http_error: 'Nid oedd modd lawrlwytho’r llwybr o’r gweinydd.',
    invalid_json: 'Mae ffeil y llwybr wedi’i difrodi: nid yw’n JSON dilys.',
    wrong_content_type:
      'Nid ffeil llwybr a anfonodd y gweinydd. Gwiriwch gyfeiriad y llwybr, yna rhowch gynnig arall arni.',
    invalid_pathway: 'Nid yw ffeil y llwybr yn llwybr Careway dilys.',
    unreadable_expression: 'Mae gan y llwybr reol na ellir ei darllen, felly nid yw wedi’i redeg.',
    integrity_mismatch:
      'Nid yw ffeil y llwybr yn cyfateb i’r olion bysedd y’i cyhoeddwyd gyda nhw, felly nid yw wedi’i rhedeg.',
    integrity_invalid: 'Nid oes modd gwirio gwerth cywirdeb y llwybr, felly nid yw wedi’i redeg.',
    invalid_context: 'Nid yw manylion y claf a roddwyd i’r llwybr yn y ffurf ddisgwyliedig.',
    engine_error: 'Daeth y llwybr i ben yn annisgwyl.',
    render_failed: 'Nid oedd modd dangos y llwybr.',
  },
  fatalFallback: 'Aeth rhywbeth o’i le.',
};

/**
 * Score results with their item and band labels from the translation: each English label the
 * engine gave is found in the source variable, and the translation's label at the same place shown.
 */
export function translateScores(source: Pathway, shown: Pathway, scores: ScoreResult[]): ScoreResult[] {
  return scores.map((score) => {
    const at = source.variables.findIndex((v) => v.id === score.id);
    const from = source.variables[at];
    const to = shown.variables[at];
    if (from?.kind !== 'score' || to?.kind !== 'score') return score;
    const label = (english: { label: string }[] = [], local: { label: string }[] = [], text: string) =>
      local[english.findIndex((e) => e.label === text)]?.label ?? text;
    return {
      ...score,
      ...(score.band ? { band: label(from.bands, to.bands, score.band) } : {}),
      explanation: score.explanation.map((e) => ({ ...e, label: label(from.items, to.items, e.label) })),
    };
  });
}

/** The Welsh pack. */
export const welsh: LanguagePack = {
  strings: cy,
  messages: ENGINE_MESSAGES_CY,
  translate: (pathway) => translate(pathway, 'cy'),
  scores: translateScores,
};
