/**
 * The engine's messages in Welsh. The question is quoted by its (translated)
 * label, as Welsh does not take the English noun-phrase wording.
 */
import { bareLabel, type EngineMessages, type MessageParams } from './types.js';

const LIMIT_WORDS: Readonly<Record<string, string>> = { characters: 'nod', choices: 'dewis', files: 'ffeil' };

/** "atebion hyd at 100000 nod": what Careway keeps of an answer (Welsh numbers take the singular). */
function limit({ max = 0, of = '' }: MessageParams): string {
  const words = `hyd at ${max} ${LIMIT_WORDS[of] ?? ''}`.trim();
  return of === 'characters' ? `atebion ${words}` : words;
}

/** The engine's messages in Welsh. */
export const CY: EngineMessages = {
  required: (f) => `Atebwch “${bareLabel(f)}”`,
  invalid_type: (f) => `Rhowch ateb yn y ffurf gywir i “${bareLabel(f)}”`,
  invalid_option: (f) => `Dewiswch un o’r atebion a roddir i “${bareLabel(f)}”`,
  not_integer: (f) => `Rhaid i’r ateb i “${bareLabel(f)}” fod yn rhif cyfan`,
  out_of_range: (f, { min, max, unit: u }) => {
    const q = bareLabel(f);
    const unit = u ? ` ${u}` : '';
    if (min !== undefined && max !== undefined)
      return `Rhaid i’r ateb i “${q}” fod rhwng ${min}${unit} a ${max}${unit}`;
    if (min !== undefined) return `Rhaid i’r ateb i “${q}” fod yn ${min}${unit} neu’n fwy`;
    if (max !== undefined) return `Rhaid i’r ateb i “${q}” fod yn ${max}${unit} neu’n llai`;
    return `Mae’r ateb i “${q}” y tu allan i’r ystod a ganiateir`;
  },
  too_long: (f) => `Mae’r ateb i “${bareLabel(f)}” yn rhy hir`,
  exclusive_option: (f) => `Ni allwch ddewis yr ateb hwn gydag atebion eraill i “${bareLabel(f)}”`,
  invalid_date: (f) => `Rhowch ddyddiad go iawn i “${bareLabel(f)}”`,
  date_in_future: (f) => `Rhaid i’r dyddiad i “${bareLabel(f)}” fod heddiw neu yn y gorffennol`,
  too_few_files: (f) => `Atodwch ragor o ffeiliau i “${bareLabel(f)}”`,
  too_many_files: (f) => `Rydych wedi atodi gormod o ffeiliau i “${bareLabel(f)}”`,
  file_type: (f) => `Nid yw’r math hwn o ffeil yn cael ei ganiatáu i “${bareLabel(f)}”`,
  file_too_large: (f) => `Mae’r ffeil yn rhy fawr i “${bareLabel(f)}”`,
  answer_too_large: (f, p) =>
    `Mae’r ateb i “${bareLabel(f)}” yn rhy fawr: mae Careway yn cadw ${limit(p)}. Byrhewch yr ateb, neu atodwch ddogfen yn lle hynny.`,
  not_answerable: (f) => `Nid cwestiwn yw “${bareLabel(f)}”.`,
  session_complete: () => 'Mae’r llwybr hwn wedi’i gwblhau a’i gadarnhau. Dechreuwch eto i wneud newidiadau.',
  unknown_field: (_f, { id }) => `Nid oes gan y llwybr hwn faes “${id}”.`,
  not_on_current_step: (f, { page }) =>
    `Mae “${bareLabel(f)}” yn cael ei ofyn ar “${page}”, nid ar y dudalen hon. Defnyddiwch change() i fynd yn ôl ato.`,
  no_previous_page: () => 'Nid oes tudalen gynharach i fynd yn ôl iddi.',
  unknown_node: (_f, { id }) => `Nid oes gan y llwybr hwn nod “${id}”.`,
  not_on_route: (_f, { page }) => `Nid yw “${page}” yn dudalen ar y llwybr a gymerwyd hyd yma.`,
  context_invalid: (_f, { id, type }) =>
    id
      ? `Nid yw’r cyd-destun “${id}” yn ${type} dilys, ac fe’i hanwybyddwyd.`
      : 'Nid oedd modd darllen y cyd-destun, ac fe’i hanwybyddwyd.',
  context_ignored: (_f, { id }) =>
    `Nid yw’r llwybr hwn yn datgan y cyd-destun “${id}”, ac fe’i hanwybyddwyd.`,
  invalid_today: (_f, { today }) => `Nid yw “${today}” yn ddyddiad (BBBB-MM-DD); defnyddir y cloc.`,
  internal_error: (_f, { detail }) =>
    `Nid oedd modd i Careway gwblhau’r cam hwn oherwydd gwall mewnol; rhowch wybod amdano (${detail}).`,
};
