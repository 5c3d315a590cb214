import { describe, expect, it } from 'vitest';
import { parseTypeNotation, TypeNotationError } from '../../generator/parse/type-cell.js';

describe('type cell notation', () => {
  const cases: Array<[string, unknown]> = [
    ['**string**', { kind: 'type', type: { kind: 'string' } }],
    ['**string** (int64)', { kind: 'type', type: { kind: 'string', format: 'int64' } }],
    ['**string** (date-time)', { kind: 'type', type: { kind: 'string', format: 'date-time' } }],
    ['**string** (duration)', { kind: 'type', type: { kind: 'string', format: 'duration' } }],
    ['**string** (bytes)', { kind: 'type', type: { kind: 'string', format: 'bytes' } }],
    ['**string** (byte)', { kind: 'type', type: { kind: 'string', format: 'bytes' } }],
    ['**string** (field-mask)', { kind: 'type', type: { kind: 'string', format: 'field-mask' } }],
    ['**integer** (int32)', { kind: 'type', type: { kind: 'integer', format: 'int32' } }],
    ['**integer** (int64)', { kind: 'type', type: { kind: 'integer', format: 'int64' } }],
    ['**number** (double)', { kind: 'type', type: { kind: 'number', format: 'double' } }],
    ['**boolean**', { kind: 'type', type: { kind: 'boolean' } }],
    ['**boolean** (boolean)', { kind: 'type', type: { kind: 'boolean' } }],
    ['**object**', { kind: 'type', type: { kind: 'object' } }],
    ['**object** (map<**string**, **string**>)', { kind: 'type', type: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } } }],
    ['**object** (map<**string**, **string** (int64)>)', { kind: 'type', type: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string', format: 'int64' } } }],
    ['**object** (map<**string**, **[Item](#a.b.Item)**>)', { kind: 'type', type: { kind: 'map', key: { kind: 'string' }, value: { kind: 'message', ref: 'a.b.Item' } } }],
    ['**enum** (ImageFormat)', { kind: 'enum', shortName: 'ImageFormat' }],
    ['**[ThumbnailDownloadURL](#yandex.cloud.video.v1.ThumbnailDownloadURL)**', { kind: 'type', type: { kind: 'message', ref: 'yandex.cloud.video.v1.ThumbnailDownloadURL' } }],
    ['  **string**  ', { kind: 'type', type: { kind: 'string' } }],
    // The newer pages name protobuf types directly.
    ['**int64**', { kind: 'type', type: { kind: 'string', format: 'int64' } }],
    ['**bool**', { kind: 'type', type: { kind: 'boolean' } }],
    ['**double**', { kind: 'type', type: { kind: 'number', format: 'double' } }],
    ['enum **Mode**', { kind: 'enum', shortName: 'Mode' }],
    ['**[google.protobuf.Duration](https://developers.google.com/protocol-buffers/docs/reference/duration)**', { kind: 'type', type: { kind: 'string', format: 'duration' } }],
    ['**[google.protobuf.Timestamp](https://example.test/ts)**', { kind: 'type', type: { kind: 'string', format: 'date-time' } }],
    ['**map<string,string>**', { kind: 'type', type: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } } }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseTypeNotation(text)).toEqual(expected);
  });

  it.each([
    ['**strang**', /unknown type "strang"/],
    ['**string** (int65)', /unknown string format "int65"/],
    ['**enum**', /needs its name/],
    ['string', /expected "\*\*"/],
    ['**string** trailing', /unexpected text/],
    ['**object** (map<**string**>)', /expected ","/],
    ['**[Broken](#not a name)**', /not a type name/],
    ['**[acme.Unknown](https://x.test)**', /not a known protobuf type/],
  ])('rejects %s', (text, message) => {
    expect(() => parseTypeNotation(text)).toThrow(TypeNotationError);
    expect(() => parseTypeNotation(text)).toThrow(message);
  });
});
