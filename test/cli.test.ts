// The real `ydocgen` bin, run as a child process on temporary folders.
import { Validator } from '@seriousme/openapi-schema-validator';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ydocgen-cli-'));

describe('ydocgen', () => {
  it('prints help and exits 2 without a command, 0 with --help', () => {
    expect(cli([]).status).toBe(2);
    const h = cli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('openapi');
    expect(cli(['openapi', '--help']).stdout).toContain('Exit codes');
    expect(cli(['nope']).status).toBe(2);
  });

  it('openapi: exports the embedded spec/ as valid OpenAPI 3.1', async () => {
    const out = join(tmp(), 'api.json');
    const r = cli(['openapi', 'spec', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('1 operations');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    const v = await new Validator().validate(doc);
    expect(v.valid).toBe(true);
    expect(doc.paths['/video/v1/thumbnails:batchGenerateDownloadURLs'].post.operationId).toBe('video.Thumbnail.BatchGenerateDownloadURLs');
  });

  it('openapi: --api-host changes the server default; output to stdout without -o', () => {
    const r = cli(['openapi', 'spec', '--api-host', 'api.example.test']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.servers[0].variables['api-host'].default).toBe('api.example.test');
    expect(doc.paths['/video/v1/thumbnails:batchGenerateDownloadURLs'].post.servers).toEqual([{ url: 'https://video.api.cloud.yandex.net' }]);
  });

  it('openapi: broken pages fail with file:line diagnostics and write nothing', () => {
    const out = join(tmp(), 'api.json');
    const r = cli(['openapi', `${FIXTURES}/bad`, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.md:13:14: error cannot read the type "\*\*strang\*\* \(int64\)".*\[type-cell\/unknown\]/);
    expect(r.stderr).toContain('   13 | || thingId | **strang** (int64)');
    expect(existsSync(out)).toBe(false);
  });

  it('lint: text and json, --strict turns warnings into failure', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'page.md'),
      '# Demo API, REST: Thing.Get\n\n## HTTP request\n\n```\nGET https://demo.{{ api-host }}/demo/v1/things\n```\n\n## Response {#yandex.cloud.demo.v1.Thing}\n\n#|\n||Field | Description ||\n|| id | **string** ||\n|#\n',
    );
    const ok = cli(['lint', dir]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('1 pages, 1 methods, 1 types: 0 errors, 1 warnings');
    expect(ok.stderr).toContain('[response/no-status]');
    expect(cli(['lint', dir, '--strict']).status).toBe(1);
    const json = cli(['lint', dir, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ rule: 'response/no-status', severity: 'warning', location: { file: expect.stringContaining('page.md'), line: 9, column: 1 } })]);
    expect(cli(['lint', dir, '--format', 'xml']).status).toBe(2);
  });

  it('says which input is missing', () => {
    const r = cli(['lint', 'no/such/dir']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('input not found: no/such/dir');
  });
});
