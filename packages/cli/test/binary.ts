/**
 * Runs the built `careway` binary as a user would: a child process with its
 * own streams (never a terminal, so never coloured unless asked).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repo = join(here, '..', '..', '..');
/** The example pathways. */
export const pathways = join(repo, 'pathways');
/** This suite's own pathway documents. */
export const fixtures = join(here, 'fixtures');
const bin = join(here, '..', 'bin', 'careway.js');

/** What a run of the binary printed and how it exited. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `careway …args` and resolves when it exits. */
export function careway(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  if (!existsSync(join(here, '..', 'dist', 'index.js')))
    throw new Error(
      'Build the CLI first (pnpm --filter @careway/cli build): these tests run the built binary.',
    );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh empty folder. */
export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'careway-cli-'));
}
