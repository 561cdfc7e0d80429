/**
 * A small static server on 127.0.0.1 for the benchmark site and the
 * runtimes as installed. `?csp=1` on a page adds the strict policy
 * `script-src 'self'; style-src 'self'` to its response.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { BENCH_ROOT, CAREWAY_JS, SITE } from './site.js';

/** The policy of the CSP check. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const modules = join(BENCH_ROOT, 'node_modules');
/** URL prefix → folder. Only these folders are served. */
const MOUNTS: [string, string][] = [
  ['/vendor/careway/', join(CAREWAY_JS, '..')],
  ['/vendor/lforms/', join(modules, 'lforms', 'dist', 'lforms')],
  ['/vendor/survey-core/', join(modules, 'survey-core')],
  ['/vendor/survey-js-ui/', join(modules, 'survey-js-ui')],
  ['/', SITE],
];

function fileFor(pathname: string): string | undefined {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(folder, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(folder.endsWith(sep) ? folder : folder + sep) ? file : undefined;
  }
  return undefined;
}

/** A running server and its origin (`http://127.0.0.1:<port>`). */
export interface Site {
  origin: string;
  close(): Promise<void>;
}

/** Serves the site on a free port of 127.0.0.1. */
export async function serveSite(): Promise<Site> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = fileFor(url.pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        };
        if (url.searchParams.get('csp') === '1') headers['content-security-policy'] = STRICT_CSP;
        response.writeHead(200, headers).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
