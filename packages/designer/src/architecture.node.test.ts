/**
 * The shape of the designer's source: the editor core (`src/editor`) stays
 * framework-free, the lint rule that guards it fires, and no module or
 * folder imports itself round a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const repo = resolve(src, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative(src, path)] : [];
  });
}

const files = sourceFiles(src);
const known = new Set(files);

/** Every import of each module (static, dynamic and type-only): packages by name, modules of `src/` by path. */
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(src, file), 'utf8'), true, true);
    const found = importedFiles.map(({ fileName }) => {
      if (!fileName.startsWith('.')) return { pkg: fileName };
      const bare = join(dirname(file), fileName.split('?')[0] as string);
      const module = [bare.replace(/\.js$/, '.ts'), bare.replace(/\.js$/, '.tsx'), bare].find((f) =>
        known.has(f),
      );
      return module ? { module } : { other: bare };
    });
    return [file, found] as const;
  }),
);

/** The cycles of a graph: its strongly connected parts of more than one node (Tarjan's algorithm). */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop() as string;
      part.push(w);
    } while (w !== v);
    if (part.length > 1) out.push(part.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Tests and stories: nothing imports them, but they reach across folders as they please. */
const isSpec = (file: string) => /\.(test|stories)\.tsx?$/.test(file);

/** The graph of the product's modules (not tests or stories), or of the folders (`unit`) holding them. */
function graphOf(unit: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, found] of imports) {
    if (isSpec(file)) continue;
    const from = unit(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const i of found) if ('module' in i && unit(i.module) !== from) edges.add(unit(i.module));
  }
  return graph;
}

/** A module's folder: `canvas`, `editor/commands`, or the file itself at the top. */
const folder = (file: string) => {
  const parts = file.split('/');
  return parts[0] === 'editor' && parts.length > 2 ? `editor/${parts[1]}` : (parts[0] as string);
};

const inEditor = (file: string) => file.startsWith('editor/');

describe('the designer’s source', () => {
  it('has no import cycle between modules', () => {
    expect(cycles(graphOf((f) => f))).toEqual([]);
  });

  it('has no import cycle between folders, nor between the editor core’s areas', () => {
    expect(cycles(graphOf(folder))).toEqual([]);
  });

  it('keeps the editor core framework-free: only its own modules and the gateway to core', () => {
    const editor = files.filter(inEditor);
    expect(editor.length).toBeGreaterThan(30);
    expect(editor.filter((f) => f.endsWith('.tsx'))).toEqual([]);
    const leaks = editor.flatMap((file) =>
      (imports.get(file) ?? [])
        .filter((i) =>
          'module' in i
            ? !inEditor(i.module) && i.module !== 'core.ts'
            : 'pkg' in i
              ? !(file.endsWith('.test.ts') && i.pkg === 'vitest')
              : true,
        )
        .map((i) => `${file} → ${Object.values(i)[0]}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe('the lint rule that guards the editor core', () => {
  const eslint = new ESLint({ cwd: repo });
  /** The messages of `no-restricted-*` rules for `code` placed at `path` in the designer's `src/`. */
  const lint = async (path: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(src, path) });
    return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.ruleId);
  };
  const importing = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

  it.each([
    ['react', 'react'],
    ['React Flow', '@xyflow/react'],
    ['CodeMirror', '@codemirror/view'],
    ['the element package', '@careway/elements'],
    ['core, past its gateway', '@careway/core'],
    ['a view, from an area of the core', '../../kinds/registry.js'],
  ])('refuses %s in the core', async (_what, from) => {
    expect(await lint('editor/commands/probe.ts', importing(from))).toEqual(['no-restricted-imports']);
  });

  it('refuses a view from the top of the core, and the DOM', async () => {
    expect(await lint('editor/probe.ts', importing('../state/context.js'))).toEqual([
      'no-restricted-imports',
    ]);
    expect(await lint('editor/probe.ts', 'export const y = document.title;\n')).toEqual([
      'no-restricted-globals',
    ]);
  });

  it('lets the core use itself and the gateway, and the views use React', async () => {
    expect(await lint('editor/commands/probe.ts', importing('../../core.js'))).toEqual([]);
    expect(await lint('editor/commands/probe.ts', importing('../kinds/registry.js'))).toEqual([]);
    expect(await lint('editor/probe.ts', importing('../core.js'))).toEqual([]);
    expect(await lint('canvas/probe.ts', importing('react'))).toEqual([]);
  });
});
