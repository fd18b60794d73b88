// The preflight's pure parts: URLs without userinfo, masked values hidden, the failure message, and
// the summary's table.
import { hider } from '../../src/run/environment.js';
import { environmentSection } from '../../src/run/environment-summary.js';
import { preflightFailureMessage, withoutUserinfo, type PreflightReport } from '../../src/run/preflight.js';

test('userinfo is taken out of a URL, and only userinfo', () => {
  expect(withoutUserinfo('https://bob:s3cret@pr-7.preview.example.com/login?next=a@b')).toBe(
    'https://pr-7.preview.example.com/login?next=a@b',
  );
  expect(withoutUserinfo('http://token@host:8080/')).toBe('http://host:8080/');
  expect(withoutUserinfo('https://host/path/@user')).toBe('https://host/path/@user');
  expect(withoutUserinfo('/orders')).toBe('/orders');
});

test('hider takes each secret out, percent-encoded too, the longest first', () => {
  const hide = hider(['ab', 'abc d/e', '']);
  expect(hide('x abc d/e y abc%20d%2Fe z ab')).toBe('x *** y *** z ***');
});

const report = (requests: { ok: boolean; name: string }[], more = 0): PreflightReport => ({
  cases: [
    {
      id: 1,
      name: 'browse',
      requests: [
        ...requests.map((r) => ({
          ...r,
          url: `https://h.example.com/${r.name}`,
          statusCode: r.ok ? '200' : '502',
          responseTimeMs: 12,
          errorReason: r.ok ? undefined : 'Bad Gateway',
        })),
        ...Array.from({ length: more }, (_, i) => ({ name: `GET /p${i}`, ok: true, statusCode: '200', responseTimeMs: 1 })),
      ],
    },
  ],
});

test('no failure, no message; a failure names case, request, URL, status and reason', () => {
  expect(preflightFailureMessage(report([{ ok: true, name: 'a' }]), 5)).toBeUndefined();
  expect(
    preflightFailureMessage(
      report([
        { ok: true, name: 'a' },
        { ok: false, name: 'b' },
      ]),
      5,
    ),
  ).toBe(
    'Preflight failed: 1 request of task 5 failed its debug: case "browse", request "b" (https://h.example.com/b): status 502, Bad Gateway. ' +
      'No run was started. Check the target the variables point at, or set preflight: false to skip the check.',
  );
});

test('the message names five failures and counts the rest', () => {
  const message = preflightFailureMessage(report(Array.from({ length: 7 }, (_, i) => ({ ok: false, name: `r${i}` }))), 5)!;
  expect(message).toMatch(/^Preflight failed: 7 requests of task 5 failed their debug: /);
  expect(message).toContain('request "r4"');
  expect(message).not.toContain('request "r5"');
  expect(message).toContain('; and 2 more (see the summary).');
});

test('the summary lists failures first, caps the table at 50 rows, and says how many more passed', () => {
  const lines = environmentSection({ testSuiteId: 9, variables: [], preflight: report([{ ok: false, name: 'late|pipe' }], 60) });
  expect(lines[0]).toBe('#### Preflight failed ❌ (1 request of 61)');
  const rows = lines.filter((l) => l.startsWith('| ✅') || l.startsWith('| ❌'));
  expect(rows).toHaveLength(50);
  expect(rows[0]).toBe('| ❌ | `browse` | `late\\|pipe` | `https://h.example.com/late\\|pipe` | `502` | 12 ms | `Bad Gateway` |');
  expect(lines).toContain('11 more requests passed; the log lists every case.');
});

test('the variables table: values as code, a created one, and what became of each', () => {
  const lines = environmentSection({
    testSuiteId: 9,
    variables: [
      { name: 'TARGET_HOST', set: 'pr-1.example.com', was: 'shop.example.com', after: '✅ put back' },
      { name: 'PR', set: '1' },
    ],
  });
  expect(lines).toEqual([
    '#### Variables of PerfTest project `9`',
    '',
    '| Variable | Set to | Was | After the run |',
    '|---|---|---|---|',
    '| `TARGET_HOST` | `pr-1.example.com` | `shop.example.com` | ✅ put back |',
    '| `PR` | `1` | none (created) | put back by the post step |',
    '',
  ]);
});
