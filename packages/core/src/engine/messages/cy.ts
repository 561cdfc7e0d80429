/**
 * The engine's messages for the clinician in Welsh: every answer check. The
 * question is quoted by its (translated) label, as Welsh does not take the
 * English noun-phrase wording. The developer's notices stay in English.
 */
import { bareLabel, type AnswerMessages, type MessageParams } from './types.js';

const LIMIT_WORDS: Readonly<Record<string, string>> = { characters: 'nod', choices: 'dewis', files: 'ffeil' };

/** "atebion hyd at 100000 nod": what Careway keeps of an answer (Welsh numbers take the singular). */
function limit({ max = 0, of = '' }: MessageParams): string {
  const words = `hyd at ${max} ${LIMIT_WORDS[of] ?? ''}`.trim();
  return of === 'characters' ? `atebion ${words}` : words;
}

/** The answers' checks in Welsh. */
export const CY: AnswerMessages = {
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
};
