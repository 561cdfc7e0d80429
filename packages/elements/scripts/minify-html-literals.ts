// A build plugin for the single-file bundles: drops the indentation inside the elements' Lit
// `html` template literals. Every run of whitespace that holds a line break keeps only its line
// breaks, which renders the same wherever whitespace collapses (everywhere in the elements'
// markup but the content of <pre> and <textarea>, which is left as written). Nothing else changes:
// no run is removed outright (a space between two inline elements is visible), the `${}`
// expressions are never touched, only the literal text between them, and every line stays
// where it was, so the source map (lines) stays true.
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Shrinks each whitespace run with a line break in one piece of template text to its line breaks. */
export function collapseTemplateText(text: string): string {
  return text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, (run) => run.replace(/[^\n]/g, ''));
}

/** The elements whose content keeps its whitespace as written. */
const PRESERVES_WHITESPACE = /<(pre|textarea)\b/i;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The literal pieces (between the backticks, `${` and `}`) of one `html` template. */
function pieces(template: ts.TemplateLiteral, source: ts.SourceFile): { start: number; end: number }[] {
  const spans: ts.TemplateLiteralLikeNode[] = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((s) => s.literal)];
  return spans.map((node) => {
    const start = node.getStart(source) + 1; // after ` or }
    const closing = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1; // before ${ or `
    return { start, end: node.end - closing };
  });
}

/**
 * Collapses the literal pieces of one template, in order, except the content of a <pre> or a
 * <textarea> (from the `>` of its opening tag to its closing tag), which may run across pieces.
 */
export function collapseTemplate(pieceTexts: readonly string[]): string[] {
  let kept: string | undefined; // the <pre> or <textarea> being read
  let inContent = false; // past its opening tag
  return pieceTexts.map((text) => {
    let out = '';
    let at = 0;
    const collapseTo = (end: number) => {
      out += collapseTemplateText(text.slice(at, end));
      at = end;
    };
    while (at < text.length) {
      if (!kept) {
        const open = PRESERVES_WHITESPACE.exec(text.slice(at));
        if (!open) break;
        kept = (open[1] ?? '').toLowerCase();
        collapseTo(at + open.index + open[0].length);
      } else if (!inContent) {
        const close = text.indexOf('>', at);
        if (close < 0) break;
        collapseTo(close + 1);
        inContent = true;
      } else {
        const end = text.toLowerCase().indexOf(`</${kept}`, at);
        if (end < 0) return out + text.slice(at);
        out += text.slice(at, end);
        at = end;
        kept = undefined;
        inContent = false;
      }
    }
    collapseTo(text.length);
    return out;
  });
}

/** Rewrites the `html` templates of one module's source; returns undefined when nothing changes. */
export function minifyHtmlTemplates(code: string, fileName: string): string | undefined {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const texts = pieces(node.template, source).map((p) => ({ ...p, text: code.slice(p.start, p.end) }));
      collapseTemplate(texts.map((p) => p.text)).forEach((text, i) => {
        const p = texts[i];
        if (p && text !== p.text) edits.push({ start: p.start, end: p.end, text });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite (rolldown) plugin: applies to the elements' own TypeScript modules. */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'careway-minify-html-literals',
    enforce: 'pre',
    transform(code: string, id: string) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const out = minifyHtmlTemplates(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
