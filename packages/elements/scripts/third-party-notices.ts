/**
 * The third-party notices of a single-file build. Lit (BSD-3-Clause) and zod (MIT) ask that their
 * copyright notice travel with every copy, and a minified bundle keeps no comments; so each bundle
 * opens with one legal comment naming every package inside it, its licence and its copyright line,
 * and a text file beside it (`<bundle>.LICENSES.txt`) carries their licences in full.
 *
 * The packages are read from the modules that went into the chunk, so a new dependency is listed
 * the day it is bundled, with no list to keep by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Notice {
  name: string;
  version: string;
  license: string;
  copyright: string;
  text: string;
}

/** The folder of the package a module belongs to: the last `node_modules/<name>` in its path. */
function packageDirOf(id: string): string | undefined {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/\\/g, '/'));
  return match?.[1];
}

const noticeCache = new Map<string, Notice>();

function noticeOf(dir: string): Notice {
  const cached = noticeCache.get(dir);
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  const file = readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  if (!file) throw new Error(`${manifest.name} has no licence file in ${dir}; its notice cannot be bundled.`);
  const text = readFileSync(join(dir, file), 'utf8').trim();
  const copyright = /^.*copyright.*$/im.exec(text)?.[0].trim();
  if (!copyright) throw new Error(`${manifest.name}'s licence file names no copyright holder.`);
  const notice = {
    name: manifest.name,
    version: manifest.version,
    license: manifest.license ?? 'see licence file',
    copyright: copyright.replace(/\.?\s*All rights reserved\.?$/i, ''),
    text,
  };
  noticeCache.set(dir, notice);
  return notice;
}

/** Every third-party package among a chunk's modules, by name. */
export function noticesOf(moduleIds: Iterable<string>): Notice[] {
  const dirs = new Set<string>();
  for (const id of moduleIds) {
    const dir = packageDirOf(id);
    if (dir) dirs.add(dir);
  }
  return [...dirs].map(noticeOf).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The bundle's opening comment, packages with the same licence and holder named together; `/*!` keeps it
 * through any later minifier. None for a chunk with no third-party code in it.
 */
export function bannerOf(fileName: string, notices: Notice[]): string {
  if (notices.length === 0) return '';
  const groups = new Map<string, string[]>();
  for (const n of notices) {
    const holder = `${n.license}, ${n.copyright.replace(/^Copyright\s*/i, '').replace(/\.$/, '')}`;
    groups.set(holder, [...(groups.get(holder) ?? []), `${n.name} ${n.version}`]);
  }
  const parts = [...groups].map(([holder, names]) => `${names.join(', ')} (${holder})`);
  const text = `${fileName} includes ${parts.join('; ')}. Licences in full: ${fileName}.LICENSES.txt`;
  return `/*! ${text.replace(/\*\//g, '* /')} */`;
}

function licencesText(fileName: string, notices: Notice[]): string {
  const sections = notices.map((n) => `${n.name} ${n.version} — ${n.license}\n\n${n.text}`);
  return `Third-party software included in ${fileName}\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`;
}

/** Adds the opening comment (after minification, so it is kept) and emits the licences file. */
export function thirdPartyNotices(): Plugin {
  return {
    name: 'careway-third-party-notices',
    apply: 'build',
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => bannerOf(chunk.fileName, noticesOf(chunk.moduleIds)),
      };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const notices = noticesOf(chunk.moduleIds);
        if (notices.length === 0) continue;
        this.emitFile({
          type: 'asset',
          fileName: `${chunk.fileName}.LICENSES.txt`,
          source: licencesText(chunk.fileName, notices),
        });
      }
    },
  };
}
