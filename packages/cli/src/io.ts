/**
 * Reading and writing files for the commands, turning every way a file can
 * be unusable into a {@link CliError} (exit 2) that names the file and says
 * what to do.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.js';
import { readJsonText } from '@careway/core';

function describeFsError(file: string, e: unknown): CliError {
  const code = (e as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : (e as Error).message;
  return new CliError('unreadable_file', `Cannot read ${file}: ${why}.`);
}

/** Reads a UTF-8 text file; a missing or unreadable file becomes a {@link CliError}. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(resolve(file), 'utf8');
  } catch (e) {
    throw describeFsError(file, e);
  }
}

/** Reads the bytes of a file; a missing or unreadable file becomes a {@link CliError}. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(file)));
  } catch (e) {
    throw describeFsError(file, e);
  }
}

/** Reads and parses a JSON file with core's reader; malformed JSON is a {@link CliError} giving the line and column. */
export async function readJson(file: string): Promise<unknown> {
  const read = await readJsonText(await readBytes(file));
  if (!read.ok) throw new CliError(read.issue.code, `${file}: ${read.issue.message}`);
  return read.value;
}

/** Reads a JSON file that must hold an object (answers, context). */
export async function readJsonObject(file: string, what: string): Promise<Record<string, unknown>> {
  const value = await readJson(file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('not_an_object', `${file} must hold a JSON object of ${what}, keyed by id.`);
  }
  return value as Record<string, unknown>;
}

/** Writes `bytes` to `file`, creating its folder; failures become a {@link CliError}. */
export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(resolve(file)), { recursive: true });
    await writeFile(resolve(file), bytes);
  } catch (e) {
    throw new CliError('unwritable_file', `Cannot write ${file}: ${(e as Error).message}.`);
  }
}
