/**
 * Shows a Markdown guide from docs/ (imported with `?raw`) on a Storybook
 * docs page, whole or one section of it, so that each guide is written once,
 * next to the code it describes, and Storybook includes it rather than
 * copying it. Links between guides become links between Storybook pages.
 */
import type { AnchorHTMLAttributes } from 'react';
import { AnchorMdx, CodeOrSourceMdx, HeadersMdx, Markdown } from '@storybook/addon-docs/blocks';

/** The Storybook page of each guide in docs/, by its path under docs/. */
export const guidePages: Readonly<Record<string, string>> = {
  'embedding/README.md': 'embedding-getting-started--docs',
  'embedding/react.md': 'embedding-react--docs',
  'embedding/angular.md': 'embedding-angular--docs',
  'embedding/vue.md': 'embedding-vue--docs',
  'embedding/patient-context.md': 'embedding-patient-context--docs',
  'embedding/careway-complete.md': 'embedding-handling-careway-complete--docs',
  'format/pathway.md': 'reference-pathway-format--docs',
  'format/expressions.md': 'reference-expression-language--docs',
  'format/engine.md': 'reference-engine--docs',
  'format/fhir.md': 'reference-fhir--docs',
  'authoring/designer.md': 'authoring-designer-guide--docs',
  'authoring/analysis.md': 'authoring-what-the-analysis-checks--docs',
  'authoring/accessibility.md': 'authoring-accessibility-statement--docs',
  'authoring/clinical-safety.md': 'authoring-clinical-safety--docs',
  'pathways/README.md': 'reference-example-pathways--docs',
};

/** Sections of the embedding guide that have a page of their own, by heading anchor. */
const embeddingSections: Readonly<Record<string, string>> = {
  '#adding-the-element': 'embedding-getting-started--docs',
  '#script-tag-no-build-step': 'embedding-plain-html--docs',
  '#react': 'embedding-react--docs',
  '#reference': 'reference-events-and-properties--docs',
  '#events': 'reference-events-and-properties--docs',
  '#errors': 'reference-events-and-properties--docs',
  '#results-forms-and-attachments': 'embedding-handling-careway-complete--docs',
  '#drafts': 'embedding-drafts--docs',
  '#theming': 'embedding-theming--docs',
  '#languages': 'embedding-getting-started--docs',
  '#two-versions-on-one-page': 'embedding-versions-side-by-side--docs',
  '#content-security-policy': 'embedding-plain-html--docs',
  '#accessibility': 'authoring-accessibility-statement--docs',
};

function resolve(from: string, href: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of href.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Where a link in the guide at `from` (a path under docs/) goes in Storybook, if anywhere. */
export function storybookHref(from: string, href: string): string | undefined {
  if (/^[a-z]+:/i.test(href)) return href;
  const [path = '', hash = ''] = href.split('#');
  const anchor = hash ? `#${hash}` : '';
  const target = path ? resolve(from, path) : from;
  if (target === 'embedding/README.md' && anchor && embeddingSections[anchor]) {
    return `?path=/docs/${embeddingSections[anchor]}`;
  }
  if (!path) return anchor || undefined;
  const page = guidePages[target];
  return page ? `?path=/docs/${page}` : undefined;
}

/** The part of a Markdown text under a heading, up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  let inFence = false;
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) inFence = !inFence;
    const match = inFence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (!match) continue;
    const depth = match[1]?.length ?? 0;
    if (start < 0 && match[2]?.trim() === heading) {
      start = i;
      level = depth;
    } else if (start >= 0 && depth <= level) {
      return lines.slice(start, i).join('\n');
    }
  }
  if (start < 0) throw new Error(`No section "${heading}" in the guide`);
  return lines.slice(start).join('\n');
}

/** The text of a guide before its first `##` heading (its title and introduction). */
export function introduction(markdown: string): string {
  const at = markdown.search(/^## /m);
  return at < 0 ? markdown : markdown.slice(0, at);
}

/** Props of {@link Guide}. */
export interface GuideProps {
  /** The guide's Markdown, imported with `?raw`. */
  readonly source: string;
  /** Its path under docs/, e.g. `embedding/README.md`, to resolve its links. */
  readonly path: string;
  /** Only these sections (by heading text), in this order. */
  readonly sections?: readonly string[];
  /** Leave out the guide's own `#` title (when the page has its own). */
  readonly withoutTitle?: boolean;
}

/** A guide from docs/, rendered with Storybook's docs styles and code blocks. */
export function Guide({ source, path, sections, withoutTitle = false }: GuideProps) {
  let text = sections ? sections.map((heading) => section(source, heading)).join('\n\n') : source;
  if (withoutTitle) text = text.replace(/^# .*\n/, '');
  const Link = ({ href = '', children }: AnchorHTMLAttributes<HTMLAnchorElement>) => {
    const to = storybookHref(path, href);
    if (to === undefined) return <code title="A file in the Careway repository">{children}</code>;
    const external = /^https?:/.test(to);
    return (
      <AnchorMdx
        href={to}
        target={external ? '_blank' : '_self'}
        {...(external ? { rel: 'noopener noreferrer' } : {})}
      >
        {children}
      </AnchorMdx>
    );
  };
  return (
    <Markdown options={{ forceBlock: true, overrides: { code: CodeOrSourceMdx, ...HeadersMdx, a: Link } }}>
      {text}
    </Markdown>
  );
}
