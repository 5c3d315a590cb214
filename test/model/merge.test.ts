import { describe, expect, it } from 'vitest';
import { mergePages } from '../../generator/model/merge.js';
import { readPage } from '../../generator/parse/page.js';
import { buildModel } from '../../generator/pipeline.js';

const page = (file: string, body: string) => readPage(file, body);

const header = (method: string) => `# Demo API, REST: Thing.${method}

## HTTP request

\`\`\`
POST https://demo.{{ api-host }}/demo/v1/things:${method.toLowerCase()}
\`\`\`

## Body parameters {#yandex.cloud.demo.v1.${method}Request}

#|
||Field | Description ||
|| thing | **[Thing](#yandex.cloud.demo.v1.Thing)** ||
|#
`;

const thing = (rows: string) => `
## Thing {#yandex.cloud.demo.v1.Thing}

#|
||Field | Description ||
${rows}
|#
`;

describe('merging pages', () => {
  const a = page('demo/a.md', header('Alpha') + thing('|| id | **string** ||\n|| name | **string**\n\nThe maximum string length in characters is 10. ||'));
  const b = page('demo/b.md', header('Beta') + thing('|| id | **string** ||'));

  it('keeps one type per full name, the richer one, and says where the pages disagree', () => {
    for (const order of [[a, b], [b, a]]) {
      const { model, diagnostics } = mergePages(order);
      const t = model.types['yandex.cloud.demo.v1.Thing'];
      expect(t?.kind === 'message' && t.fields.map((f) => f.name)).toEqual(['id', 'name']);
      const d = diagnostics.filter((x) => x.rule === 'merge/type-differs');
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ severity: 'warning', location: { file: 'demo/b.md' }, related: [{ file: 'demo/a.md' }] });
      expect(d[0]!.message).toContain('fields +name');
    }
  });

  it('gives the same model whatever the input order', () => {
    expect(JSON.stringify(mergePages([a, b]).model)).toBe(JSON.stringify(mergePages([b, a]).model));
  });

  it('reports references to types no page defines, at the referring field', () => {
    const lonely = page('demo/c.md', header('Gamma'));
    const { diagnostics } = mergePages([lonely]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'model/undefined-type', severity: 'error', location: expect.objectContaining({ file: 'demo/c.md', line: 13 }) }),
    ]);
  });

  it('reports one method documented by two pages', () => {
    const again = page('demo/a2.md', header('Alpha') + thing('|| id | **string** ||'));
    const { diagnostics } = mergePages([a, again]);
    expect(diagnostics.map((d) => d.rule)).toContain('merge/duplicate-method');
  });

  it('prefers a named definition over one the parser made up', () => {
    const legacy = page(
      'x/demo/api-ref/Thing/get.md',
      '# Method get\n\n## HTTP request {#https-request}\n```\nGET https://demo.api.cloud.yandex.net/demo/v1/things/{id}\n```\n\n## Path parameters {#path_params}\n\nParameter | Description\n--- | ---\nid | Required.\n\n## Response {#responses}\n**HTTP Code: 200 - OK**\n\nAn Operation resource.\n\nField | Description\n--- | ---\nid | **string**<br>ID.\ndone | **boolean**<br>Done.\nmetadata | **object**<br>M.\nresponse | **object**<br>R.\n',
    );
    const named = page(
      'x/demo/api-ref/Thing/op.md',
      '# Demo API, REST: Thing.Op\n\n## HTTP request\n```\nGET https://demo.{{ api-host }}/demo/v1/op\n```\n\n## Response {#yandex.cloud.operation.Operation}\n\n**HTTP Code: 200 - OK**\n\n#|\n||Field | Description ||\n|| id | **string** ||\n|| done | **boolean** ||\n|| metadata | **object** ||\n|| response | **object** ||\n|#\n',
    );
    const { model } = mergePages([legacy, named]);
    const op = model.types['yandex.cloud.operation.Operation'];
    expect(op?.kind === 'message' && op.synthetic).toBe(false);
    expect(Object.keys(model.types)).toEqual(['yandex.cloud.operation.Operation']);
  });

  it('sorts diagnostics by place in the pipeline', () => {
    const r = buildModel([
      { file: 'b.md', text: header('Beta') },
      { file: 'a.md', text: header('Alpha') },
    ]);
    expect(r.diagnostics.map((d) => d.location.file)).toEqual(['a.md', 'b.md']);
  });
});
