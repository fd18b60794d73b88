import { canonicalQuery, canonicalUri, formatSdkDate, sha256Hex, sign, EMPTY_BODY_SHA256 } from '../../src/huawei/signer.js';

// Published vectors: ../shared/reference/huawei-cloud.md section 1.
describe('signer against published vectors', () => {
  test("Huawei's signing guide: GET with query and Content-Type", () => {
    const signed = sign(
      {
        method: 'GET',
        host: 'service.region.example.com',
        path: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
        query: [
          ['limit', '2'],
          ['marker', '13551d6b-755d-4757-b956-536f674975c0'],
        ],
        headers: { 'Content-Type': 'application/json' },
      },
      { accessKeyId: 'QTWAOYTTINDUT2QVKYUC', secretAccessKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' },
      new Date(Date.UTC(2019, 10, 15, 3, 36, 55)),
    );
    expect(signed.signedHeaders).toBe('content-type;host;x-sdk-date');
    expect(sha256Hex(signed.canonicalRequest)).toBe('b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a');
    expect(signed.signature).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
    expect(signed.headers.Authorization).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, ' +
        'Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
    expect(signed.headers['X-Sdk-Date']).toBe('20191115T033655Z');
    expect(signed.pathAndQuery).toBe('/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0');
  });

  const python = { accessKeyId: 'AccessKey', secretAccessKey: 'SecretKey' };
  const pythonDate = new Date(Date.UTC(2020, 5, 8, 2, 39, 0));
  const pythonRequest = {
    host: 'service.endpoint.myhuaweicloud.com',
    path: '/resources',
    query: [['size', '1']] as const,
  };

  test('Python SDK vector: GET, empty body', () => {
    const signed = sign({ ...pythonRequest, method: 'GET' }, python, pythonDate);
    expect(signed.signedHeaders).toBe('host;x-sdk-date');
    expect(signed.canonicalRequest.endsWith(`\n${EMPTY_BODY_SHA256}`)).toBe(true);
    expect(signed.signature).toBe('cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842');
  });

  test('Python SDK vector: POST with a JSON body', () => {
    const signed = sign({ ...pythonRequest, method: 'POST', body: '{"name":"test","id":1}' }, python, pythonDate);
    expect(signed.signature).toBe('436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f');
  });

  test('query-encoding vector (Python and Go SDK tests)', () => {
    expect(
      canonicalQuery([
        ['limit', '1'],
        ['enable', 'true'],
        ['test', '一 (&=?!#%.*)'],
        ['path', '/tmp/123'],
        ['multi', '3'],
        ['multi', '1'],
        ['multi', '2'],
      ]),
    ).toBe('enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29');
  });
});

describe('canonical forms', () => {
  test('a trailing slash is added to the canonical URI, not to the request line', () => {
    expect(canonicalUri('/v3/p/tasks')).toBe('/v3/p/tasks/');
    expect(canonicalUri('/v3/p/tasks/')).toBe('/v3/p/tasks/');
    expect(canonicalUri('/')).toBe('/');
    const signed = sign({ method: 'post', host: 'h', path: '/v3/p/tasks' }, { accessKeyId: 'a', secretAccessKey: 'b' }, new Date(0));
    expect(signed.pathAndQuery).toBe('/v3/p/tasks');
    expect(signed.canonicalRequest.split('\n').slice(0, 3)).toEqual(['POST', '/v3/p/tasks/', '']);
  });

  test('path segments are UTF-8 percent-encoded, leaving only unreserved characters', () => {
    expect(canonicalUri("/a b/一/x~y_z.-/!*'()")).toBe('/a%20b/%E4%B8%80/x~y_z.-/%21%2A%27%28%29/');
  });

  test('empty query values keep their "=" and repeated names keep every value', () => {
    expect(
      canonicalQuery([
        ['b', ''],
        ['a', 'x'],
        ['a', ''],
      ]),
    ).toBe('a=&a=x&b=');
  });

  test('header values are trimmed and names sorted in lower case; the token is signed', () => {
    const signed = sign(
      {
        method: 'GET',
        host: 'h.example.com:8443',
        path: '/',
        headers: { 'X-Project-Id': '  abc ', 'Content-Type': 'application/json' },
      },
      { accessKeyId: 'ak', secretAccessKey: 'sk', securityToken: 'tok' },
      new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
    );
    expect(signed.signedHeaders).toBe('content-type;host;x-project-id;x-sdk-date;x-security-token');
    expect(signed.canonicalRequest).toContain(
      'content-type:application/json\nhost:h.example.com:8443\nx-project-id:abc\nx-sdk-date:20240102T030405Z\nx-security-token:tok\n\n',
    );
    expect(signed.headers['X-Project-Id']).toBe('abc');
    expect(signed.headers['X-Security-Token']).toBe('tok');
  });

  test('the signature depends on every signed part', () => {
    const base = { method: 'POST', host: 'h', path: '/v3/p/tasks', body: '{"a":1}' };
    const key = { accessKeyId: 'ak', secretAccessKey: 'sk' };
    const date = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    const reference = sign(base, key, date).signature;
    const variants = [
      sign({ ...base, body: '{"a":2}' }, key, date),
      sign({ ...base, path: '/v3/q/tasks' }, key, date),
      sign({ ...base, host: 'h2' }, key, date),
      sign({ ...base, method: 'PUT' }, key, date),
      sign({ ...base, query: [['x', '1']] }, key, date),
      sign(base, { ...key, secretAccessKey: 'sk2' }, date),
      sign(base, { ...key, securityToken: 't' }, date),
      sign(base, key, new Date(date.getTime() + 1000)),
    ].map((s) => s.signature);
    expect(new Set([reference, ...variants]).size).toBe(variants.length + 1);
  });

  test('headers the signer owns cannot be passed in', () => {
    expect(() =>
      sign({ method: 'GET', host: 'h', path: '/', headers: { host: 'x' } }, { accessKeyId: 'a', secretAccessKey: 'b' }, new Date(0)),
    ).toThrow(/set by the signer/);
  });

  test('X-Sdk-Date format', () => {
    expect(formatSdkDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)))).toBe('20240102T030405Z');
  });
});
