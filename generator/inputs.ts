// Inputs: folders (walked for `.md`) and single pages → a sorted list of pages with their text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface InputPage {
  /** Path as shown in diagnostics: relative to the working directory when inside it. */
  file: string;
  text: string;
}

export class InputError extends Error {}

export function listPages(inputs: readonly string[], cwd = process.cwd()): string[] {
  const files = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.add(p);
    }
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new InputError(`input not found: ${input}`);
    }
    if (st.isDirectory()) walk(abs);
    else if (st.isFile()) files.add(abs);
    else throw new InputError(`input is neither a file nor a folder: ${input}`);
  }
  return [...files]
    .map((f) => {
      const rel = relative(cwd, f);
      return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel : f;
    })
    .map((f) => f.split('\\').join('/'))
    .sort();
}

export function readPages(inputs: readonly string[], cwd = process.cwd()): InputPage[] {
  return listPages(inputs, cwd).map((file) => ({ file, text: readFileSync(resolve(cwd, file), 'utf8') }));
}
