// `npm test -- paths`: the project reads nothing outside the repository. Fails,
// naming file and line, where a source, test, script, config or doc file of
// the repository names a path outside it:
// - a relative path that climbs above the repository, resolved from the
//   file's folder, or from its package's folder (tools run with the package
//   as their working folder) unless it names something in the repository
//   from the file's folder;
// - a path built with join()/resolve() that ends up outside, or that goes
//   up and into a `shared` folder from a base the check cannot see;
// - an absolute path into the machine's work folder or a home folder.
// System paths (/usr/bin/chromium, /usr/lib/postgresql, /tmp, /dev/null,
// /proc…) are fine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCKFILES = new Set(['pnpm-lock.yaml', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock']);
const GENERATED = new Set(['node_modules', 'dist', 'storybook-static', 'coverage']);
// This file's test holds paths outside the repository as data, on purpose.
const EXEMPT = new Set(['scripts/check-paths.test.mjs']);
const OUTSIDE_ROOTS = ['work', 'home', 'root', 'Users'].join('|');
const ABSOLUTE = new RegExp(
  `(?:file://|(?<![\\w.:/\\\\@$~-]))(/(?:${OUTSIDE_ROOTS})(?=[/'"\`\\s)\\]},;]|$)[^\\s'"\`()\\[\\]{},;]*)`,
  'g',
);
const HOME = /(?<![\w.\-/\\])~\/[^\s'"`()[\]{},;]*|\$\{?HOME\b|process\.env\.HOME\b|\bhomedir\(\)/g;
const RELATIVE = /(?<![^\s'"`([{=,>])((?:\.\/)?\.\.(?:\/\.\.)*\/[^\s'"`()[\]{},;|<>*?!#$]*)/g;
const PATH_CALL = /(?<![\w$.\])])(?:(?:path|posix)\.)?(join|resolve)\(|new URL\(/g;
const FILE_DIR =
  /^(?:__dirname|import\.meta\.dirname|dirname\(fileURLToPath\(import\.meta\.url\)\)|fileURLToPath\(new URL\(['"]\.\/?['"], import\.meta\.url\)\))$/;
const ROOT_NAMES = /^(?:root|repo|repoRoot|repositoryRoot|workspaceRoot)$/;
const LITERAL = /^(['"`])([^'"`$\\]*)\1$/;

/** The top-level arguments of the call whose `(` is at `open`, and where the call ends. */
function callArguments(text, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) break;
      i = end;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return { args: args.filter((a) => a !== ''), end: i };
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return { args: [], end: open };
}

/**
 * The paths outside the repository that `text` (the content of `file`, a path
 * relative to `root`) names, with their line numbers. `inRepository(absolute)`
 * says whether a path names something of the repository (tracked or ignored).
 */
export function findOutsidePaths(text, { root, file, packageDir = root, inRepository = () => false }) {
  const fileDir = dirname(join(root, file));
  const outside = (p) => relative(root, p).split(sep)[0] === '..' || isAbsolute(relative(root, p));
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  const findings = [];
  const report = (index, path, reason) => findings.push({ file, line: lineOf(index), path, reason });
  const shown = (p) => relative(root, p).split(sep).join('/');

  for (const m of text.matchAll(ABSOLUTE)) report(m.index, m[1], 'an absolute path outside the repository');
  for (const m of text.matchAll(HOME)) report(m.index, m[0], 'a path into a home folder');

  const fileRelative = (index) =>
    /(?:\bfrom|\bimport|\bimport\(|require\(|import\.meta\.glob\(|new URL\()\s*['"`]$/.test(
      text.slice(Math.max(0, index - 40), index),
    ) || file.endsWith('.md');
  for (const m of text.matchAll(RELATIVE)) {
    const fromFile = resolve(fileDir, m[1]);
    if (outside(fromFile)) report(m.index, m[1], `climbs above the repository from ${shown(fileDir) || '.'}`);
    else if (!fileRelative(m.index) && outside(resolve(packageDir, m[1])) && !inRepository(fromFile))
      report(
        m.index,
        m[1],
        `climbs above the repository from the package folder ${shown(packageDir) || '.'}`,
      );
  }

  // Constants of this file that hold a folder, so that join(here, …) and join(repo, …) can be followed.
  const known = new Map();
  const valueOf = (expr, depth = 0) => {
    if (FILE_DIR.test(expr)) return fileDir;
    if (expr === 'process.cwd()') return packageDir;
    if (known.has(expr)) return known.get(expr);
    if (ROOT_NAMES.test(expr)) return root;
    const literal = LITERAL.exec(expr);
    if (literal) return isAbsolute(literal[2]) ? literal[2] : undefined;
    const call = /^(?:(?:path|posix)\.)?(join|resolve)\(/.exec(expr);
    if (call && depth < 5) {
      const { args } = callArguments(expr, call[0].length - 1);
      return evaluate(call[1], args, depth + 1).path;
    }
    const url = /^fileURLToPath\(new URL\((['"])([^'"]*)\1, import\.meta\.url\)\)$/.exec(expr);
    if (url) return resolve(fileDir, url[2]);
    return undefined;
  };
  const evaluate = (kind, args, depth = 0) => {
    const segments = args.slice(1).map((a) => LITERAL.exec(a)?.[2]);
    const literals = segments.filter((s) => s !== undefined).flatMap((s) => s.split('/'));
    const upIntoShared = literals.some((s, i) => s === '..' && literals[i + 1] === 'shared');
    let path = args[0] === undefined ? undefined : valueOf(args[0], depth);
    for (const s of segments) {
      if (path === undefined || s === undefined) return { path: undefined, partial: path, upIntoShared };
      path = kind === 'resolve' ? resolve(path, s) : join(path, s);
    }
    return { path, partial: path, upIntoShared };
  };
  for (const m of text.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*/g)) {
    const start = m.index + m[0].length;
    const call = /^(?:(?:path|posix)\.)?(?:join|resolve)\(|^fileURLToPath\(|^dirname\(|^['"]/.exec(
      text.slice(start),
    );
    if (!call) continue;
    const open = text.indexOf('(', start);
    const end =
      call[0].startsWith("'") || call[0].startsWith('"')
        ? text.indexOf(call[0], start + 1)
        : callArguments(text, open).end;
    const value = valueOf(text.slice(start, end + 1).trim());
    if (value !== undefined) known.set(m[1], value);
  }

  for (const m of text.matchAll(PATH_CALL)) {
    const open = m.index + m[0].length - 1;
    const { args } = callArguments(text, open);
    if (m[0] === 'new URL(') {
      const target = LITERAL.exec(args[0] ?? '')?.[2];
      if (target !== undefined && args[1] === 'import.meta.url' && outside(resolve(fileDir, target)))
        report(m.index, target, `climbs above the repository from ${shown(fileDir) || '.'}`);
      continue;
    }
    const { partial, upIntoShared } = evaluate(m[1], args);
    if (partial !== undefined && outside(partial))
      report(m.index, shown(partial), 'a path built outside the repository');
    else if (upIntoShared) report(m.index, args.join(', '), 'goes up into a "shared" folder beside it');
  }
  const seen = new Set();
  return findings
    .filter((f) => !seen.has(`${f.line} ${f.path}`) && seen.add(`${f.line} ${f.path}`))
    .sort((a, b) => a.line - b.line);
}

function git(root, args, input) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

/** Checks every file of the repository at `root` that git knows of (tracked, or new and not ignored). */
export function checkRepository(root) {
  const listed = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (listed === undefined) throw new Error(`${root} is not a git repository: cannot list its files`);
  const files = [...new Set(listed.split('\0').filter(Boolean))];
  const tracked = new Set(files);
  const folders = new Set(
    files.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, a) => a.slice(0, i + 1).join('/')),
    ),
  );
  const inRepository = (absolute) => {
    const rel = relative(root, absolute).split(sep).join('/');
    if (rel === '' || tracked.has(rel) || folders.has(rel.replace(/\/$/, ''))) return true;
    return git(root, ['check-ignore', '-q', '--no-index', rel]) !== undefined;
  };
  const packageDirOf = (file) => {
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      if (dir === '.' || tracked.has(`${dir}/package.json`)) return join(root, dir);
    }
  };
  const findings = [];
  for (const file of files) {
    const parts = file.split('/');
    if (EXEMPT.has(file) || LOCKFILES.has(parts.at(-1)) || parts.some((p) => GENERATED.has(p))) continue;
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    if (bytes.subarray(0, 8000).includes(0)) continue;
    findings.push(
      ...findOutsidePaths(bytes.toString('utf8'), {
        root,
        file,
        packageDir: packageDirOf(file),
        inRepository,
      }),
    );
  }
  return { files: files.length, findings };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const { files, findings } = checkRepository(root);
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.path} (${f.reason})`);
  console.log(
    findings.length === 0
      ? `paths: ${files} files name no path outside the repository`
      : `paths: ${findings.length} path(s) outside the repository; the project must read nothing outside it`,
  );
  process.exit(findings.length === 0 ? 0 : 1);
}
