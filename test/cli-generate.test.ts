// generate / check / config / watch / fetch-docs as a user runs them: real child processes on
// temporary folders.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree } from '../generator/write.js';
import { cli, FIXTURES, requireShared, ROOT } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ydocgen-gen-'));
const mtimes = (dir: string): Record<string, number> => Object.fromEntries([...readTree(dir).keys()].map((p) => [p, statSync(join(dir, p)).mtimeMs]));

function docsDir(): string {
  const dir = tmp();
  cpSync(`${FIXTURES}/yfm`, join(dir, 'docs'), { recursive: true });
  return dir;
}

describe('generate and check', () => {
  it('generates, reports fresh output as fresh, and stale output as stale with a diff', () => {
    const dir = docsDir();
    const out = join(dir, 'sdk');
    const cache = join(dir, 'cache');
    const g = cli(['generate', 'docs', '-o', out, '--cache-dir', cache], dir);
    expect(g.status).toBe(0);
    expect(g.stderr).toMatch(/written, 0 unchanged, 0 removed; 3 pages, 2 methods, \d+ types, \d+ warnings; \d+ ms/);
    expect(existsSync(join(out, 'dist/index.js'))).toBe(true);
    expect(cli(['check', 'docs', '-o', out, '--no-cache'], dir).status).toBe(0);
    const typesFile = join(out, 'src/widget/types.ts');
    writeFileSync(typesFile, readFileSync(typesFile, 'utf8').replace('export interface Round', 'export interface Rounded'));
    const stale = cli(['check', 'docs', '-o', out, '--cache-dir', cache], dir);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('--- a/src/widget/types.ts');
    expect(stale.stdout).toContain('+++ b/src/widget/types.ts');
    expect(stale.stderr).toContain('is stale: 1 file(s) differ (changed src/widget/types.ts)');
  });

  it('a run with no change rewrites nothing, with or without the cache', async () => {
    const dir = docsDir();
    const out = join(dir, 'sdk');
    expect(cli(['generate', 'docs', '-o', out, '--cache-dir', 'c'], dir).status).toBe(0);
    const before = mtimes(out);
    await new Promise((r) => setTimeout(r, 20));
    const cached = cli(['generate', 'docs', '-o', out, '--cache-dir', 'c'], dir);
    expect(cached.stderr).toContain('is up to date: nothing changed');
    const uncached = cli(['generate', 'docs', '-o', out, '--no-cache'], dir);
    expect(uncached.stderr).toMatch(/: 0 written, \d+ unchanged, 0 removed/);
    expect(mtimes(out)).toEqual(before);
    // A changed page rewrites only what it changes.
    const page = join(dir, 'docs/widget/api-ref/Gadget/list.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Lists gadgets.', 'Lists all gadgets.'));
    const changed = cli(['generate', 'docs', '-o', out, '--cache-dir', 'c'], dir);
    expect(changed.stderr).toMatch(/: [1-9]\d* written, \d+ unchanged/);
    const after = mtimes(out);
    expect(Object.keys(after).filter((p) => after[p] !== before[p]).sort()).toEqual(['dist/widget/Gadget.d.ts', 'dist/widget/Gadget.js', 'src/widget/Gadget.ts']);
  });

  it('fails on errors with file:line:column, a rule and a code frame, and writes nothing', () => {
    const dir = tmp();
    const r = cli(['generate', `${FIXTURES}/bad`, '-o', join(dir, 'sdk'), '--no-cache'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.md:6:1: error unknown HTTP verb "FETCH" \[method\/bad-http-request\]\n\s+6 \| FETCH/);
    expect(existsSync(join(dir, 'sdk'))).toBe(false);
  });

  it('leaves the previous output exactly as it was when killed mid-run', async () => {
    const dir = tmp();
    const out = join(dir, 'sdk');
    expect(cli(['generate', `${FIXTURES}/yfm`, '-o', out, '--no-cache'], dir).status).toBe(0);
    const before = readTree(out);
    for (const after of [400, 1500, 3000]) {
      const child = spawn(process.execPath, [resolve(ROOT, 'bin/ydocgen.js'), 'generate', requireShared(), '-o', out, '--no-cache', '-q'], { cwd: dir, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, after));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const now = readTree(out);
      // Either untouched, or (if the swap had already happened) the complete new output: never a mix.
      if (now.get('package.json') === before.get('package.json') && now.has('src/widget/types.ts')) expect(now).toEqual(before);
      else expect(now.has('src/video/types.ts') && now.has('src/lockbox/types.ts')).toBe(true);
    }
  }, 60_000);

  it('recovers from a run killed between its two renames', () => {
    const dir = tmp();
    const out = join(dir, 'sdk');
    expect(cli(['generate', `${FIXTURES}/yfm`, '-o', out, '--no-cache'], dir).status).toBe(0);
    const before = readTree(out);
    renameSync(out, join(dir, '.sdk.ydocgen-old-999999-1'));
    mkdirSync(join(dir, '.sdk.ydocgen-new-999999-1'));
    expect(cli(['generate', `${FIXTURES}/yfm`, '-o', out, '--no-cache'], dir).status).toBe(0);
    expect(readTree(out)).toEqual(before);
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter((n) => n.includes('ydocgen-'))).toEqual([]);
  });
});

describe('config', () => {
  it('reads ydocgen.config.json; flags override it', () => {
    const dir = docsDir();
    writeFileSync(join(dir, 'ydocgen.config.json'), JSON.stringify({ inputs: ['docs'], output: 'out', package: { name: '@acme/yc', version: '2.3.4' }, apiHost: 'api.example.test', emitters: { fixtures: false } }));
    expect(cli(['generate', '--no-cache'], dir).status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, 'out/package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: '@acme/yc', version: '2.3.4' });
    expect(pkg.exports['./fixtures']).toBeUndefined();
    expect(readFileSync(join(dir, 'out/src/widget/index.ts'), 'utf8')).toContain("'api-host': 'api.example.test'");
    expect(cli(['generate', '--no-cache', '--name', 'other', '-o', 'out2'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out2/package.json'), 'utf8')).name).toBe('other');
  });

  it.each([
    [{ output: 3 }, '"output" must be a non-empty string (got number)'],
    [{ outputs: 'x' }, 'unknown key "outputs"'],
    [{ package: { name: 'Bad Name' } }, '"package.name" must be a valid npm package name'],
    [{ emitters: { validators: false, fixtures: true } }, '"emitters.fixtures" needs "emitters.validators"'],
    [{ emitters: { zod: true } }, 'unknown key "emitters.zod"'],
  ])('rejects %j naming the key', (config, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'ydocgen.config.json'), JSON.stringify(config));
    const r = cli(['generate'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('watch', () => {
  it('regenerates when a page changes', async () => {
    const dir = docsDir();
    const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'bin/ydocgen.js'), 'generate', 'docs', '-o', 'out', '--watch', '--no-cache'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const waitFor = async (pred: () => boolean, ms = 30_000): Promise<void> => {
      const end = Date.now() + ms;
      while (!pred()) {
        if (Date.now() > end) throw new Error(`timed out; log:\n${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await waitFor(() => log.includes('watching'));
    const page = join(dir, 'docs/widget/api-ref/Gadget/list.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Lists gadgets.', 'Lists every gadget there is.'));
    await waitFor(() => readFileSync(join(dir, 'out/src/widget/Gadget.ts'), 'utf8').includes('Lists every gadget there is.'));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
  }, 60_000);
});

describe('fetch-docs', () => {
  it('checks out only the chosen services from a git repository, and updates', () => {
    const dir = tmp();
    const repo = join(dir, 'repo');
    const git = (args: string[], cwd = repo): string => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });
    mkdirSync(join(repo, 'en/video/api-ref/Thumbnail'), { recursive: true });
    mkdirSync(join(repo, 'en/lockbox/api-ref'), { recursive: true });
    mkdirSync(join(repo, 'en/compute/concepts'), { recursive: true });
    cpSync(`${ROOT}/spec/thumbnail-batchGenerateDownloadURLs.md`, join(repo, 'en/video/api-ref/Thumbnail/batchGenerateDownloadURLs.md'));
    writeFileSync(join(repo, 'en/lockbox/api-ref/index.md'), '# Lockbox API: REST reference\n');
    writeFileSync(join(repo, 'en/compute/concepts/x.md'), 'x\n');
    git(['init', '-q', '-b', 'master']);
    git(['add', '-A']);
    git(['commit', '-qm', 'one']);
    const r = cli(['fetch-docs', 'video', '--repo', `file://${repo}`, '--dir', 'docs'], dir);
    expect(r.status).toBe(0);
    const files = (): string[] => [...readTree(join(dir, 'docs')).keys()].filter((p) => !p.startsWith('.git/'));
    expect(files()).toEqual(['en/video/api-ref/Thumbnail/batchGenerateDownloadURLs.md']);
    writeFileSync(join(repo, 'en/video/api-ref/Thumbnail/index.md'), '# Video API, REST: Thumbnail\n\nThumbnails.\n');
    git(['add', '-A']);
    git(['commit', '-qm', 'two']);
    expect(cli(['fetch-docs', 'video', 'lockbox', '--repo', `file://${repo}`, '--dir', 'docs'], dir).status).toBe(0);
    expect(files()).toEqual(['en/lockbox/api-ref/index.md', 'en/video/api-ref/Thumbnail/batchGenerateDownloadURLs.md', 'en/video/api-ref/Thumbnail/index.md']);
    const g = cli(['generate', 'docs/en/video/api-ref', '-o', 'sdk', '--no-cache'], dir);
    expect(g.status).toBe(0);
    expect(cli(['fetch-docs', 'video', '--repo', `file://${join(dir, 'nope')}`, '--dir', 'docs2'], dir).status).toBe(1);
  }, 60_000);
});
