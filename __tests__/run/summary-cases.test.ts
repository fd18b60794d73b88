// The job summary's per-case section: each case's figures, the slowest requests across the run,
// folded when long, the cases without figures; names (user text) shown as written, never as Markdown
// or HTML (checked by rendering with micromark and its GFM table extension, as GitHub renders tables);
// and the thresholds table for scoped rules. Without a per-case report the summary is as it was.
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import type { ScopedFigures } from '../../src/cpts/case-figures.js';
import type { CaseFigures, CaseReport } from '../../src/run/case-report.js';
import { scopedSource } from '../../src/run/case-scope.js';
import { renderRunSummary, type RunSummary } from '../../src/run/summary.js';
import { judgeThresholds, parseThresholds } from '../../src/run/thresholds.js';

const base: RunSummary = {
  status: 'passed',
  ending: 'finished',
  taskId: 1200001,
  taskRunId: 7700001,
  testSuiteId: 393862,
  kpis: { success_rate: 99.8, request_count: 15000 },
  verdicts: judgeThresholds(parseThresholds('thresholds', 'success_rate >= 99.5'), { success_rate: 99.8 }),
  startTime: '2026-11-28T04:00:00.000Z',
  endTime: '2026-11-28T04:05:00.000Z',
  durationSeconds: 300,
};

const named = (name: string, figures: ScopedFigures = {}) => ({ name, figures });
const ofCase = (name: string, figures: ScopedFigures, requests = [named('GET /')], transactions = [named('tx')]): CaseFigures => ({
  name,
  caseRunId: `id-${name}`,
  figures,
  requests,
  transactions,
});
const report = (cases: CaseFigures[], missing: string[] = []): CaseReport => ({ cases, idSource: 'testcaseId', calls: 1, missing });

const browse = ofCase(
  'browse-catalogue',
  { request_count: 12000, success_rate: 99.95, avg_response_time: 120.456, tp90: 180, tp95: 210, tp99: 640, error_count: 6 },
  [
    named('GET /products', { tp95: 230, avg_response_time: 150, request_count: 8000, success_rate: 100 }),
    named('GET /product/1', { tp95: 190 }),
  ],
);
const order = ofCase('place-order', { request_count: 3000, success_rate: 99.2, tp95: 512, error_count: 24 }, [
  named('POST /cart', { tp95: 80 }),
  named('POST /order', { tp95: 600, avg_response_time: 410.5, request_count: 1000, success_rate: 97.6 }),
  named('GET /confirm', { avg_response_time: 20 }),
]);

const render = (cases: CaseReport | undefined, over: Partial<RunSummary> = {}) => renderRunSummary({ ...base, cases, ...over });

/** The summary as GitHub would show it (raw HTML allowed, so that any that got through shows). */
const html = (markdown: string): string =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });

/** The text of each cell of each body row of the tables of rendered HTML. */
const cells = (rendered: string): string[][] =>
  [...rendered.matchAll(/<tr>\n((?:<td[^>]*>.*<\/td>\n)+)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<td[^>]*>(.*)<\/td>/g)].map((c) => c[1]),
  );

test('no per-case report (or one not wanted): the summary is byte for byte as it was', () => {
  expect(render(undefined)).toBe(renderRunSummary(base));
  expect(renderRunSummary({ ...base, cases: undefined, caseNote: undefined })).toBe(renderRunSummary(base));
  expect(render(undefined)).not.toMatch(/Per case|per-case|slowest/);
});

test("each case's figures, then the slowest requests across the run; shown plainly when short, after the thresholds", () => {
  const text = render(report([browse, order]));
  expect(text).toContain(
    [
      '| `success_rate >= 99.5` | 99.8 | ✅ pass |',
      '',
      'Per case: 2 cases, 5 requests.',
      '',
      '| Case | Requests | Success rate | Average | TP90 | TP95 | TP99 | Errors |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      '| `browse-catalogue` | 12,000 | 99.95 % | 120.46 ms | 180 ms | 210 ms | 640 ms | 6 |',
      '| `place-order` | 3,000 | 99.2 % | n/a | n/a | 512 ms | n/a | 24 |',
      '',
      'The four slowest requests by TP95 (1 request without a TP95 left out):',
      '',
      '| Request | Case | TP95 | Average | Requests | Success rate |',
      '|---|---|--:|--:|--:|--:|',
      '| `POST /order` | `place-order` | 600 ms | 410.5 ms | 1,000 | 97.6 % |',
      '| `GET /products` | `browse-catalogue` | 230 ms | 150 ms | 8,000 | 100 % |',
      '| `GET /product/1` | `browse-catalogue` | 190 ms | n/a | n/a | n/a |',
      '| `POST /cart` | `place-order` | 80 ms | n/a | n/a | n/a |',
      '',
      '| | |',
    ].join('\n'),
  );
  expect(text).not.toContain('<details>');
  const rendered = cells(html(text));
  expect(rendered).toContainEqual(['<code>browse-catalogue</code>', '12,000', '99.95 %', '120.46 ms', '180 ms', '210 ms', '640 ms', '6']);
});

describe('the slowest requests', () => {
  const tp95s = (text: string) => [...text.matchAll(/^\| `([^`]*)` \| `[^`]*` \| ([\d,.]+) ms \|/gm)].map((m) => `${m[1]} ${m[2]}`);

  test('the five highest TP95 of all cases, highest first; ties keep the report order', () => {
    const a = ofCase('a', {}, [named('a1', { tp95: 5 }), named('a2', { tp95: 70 }), named('a3', { tp95: 40 }), named('a4', { tp95: 1 })]);
    const b = ofCase('b', {}, [named('b1', { tp95: 40 }), named('b2', { tp95: 90 }), named('b3', { tp95: 40 })]);
    const text = render(report([a, b]));
    expect(text).toContain('The five slowest requests by TP95:\n');
    expect(tp95s(text)).toEqual(['b2 90', 'a2 70', 'a3 40', 'b1 40', 'b3 40']);
  });

  test('fewer requests, fewer rows: one; none with a TP95 says so; no requests, no table', () => {
    const one = render(report([ofCase('a', {}, [named('only', { tp95: 12.345 })])]));
    expect(one).toContain('The slowest request by TP95:\n');
    expect(tp95s(one)).toEqual(['only 12.35']);
    const unranked = render(report([ofCase('a', {}, [named('x'), named('y', { avg_response_time: 3 })])]));
    expect(unranked).toContain('Per case: 1 case, 2 requests.\n');
    expect(unranked).toContain('No request has a TP95 in the report, so none is ranked.\n');
    expect(unranked).not.toContain('| Request |');
    const none = render(report([ofCase('a', { tp95: 3 }, [])]));
    expect(none).toContain('Per case: 1 case, 0 requests.\n');
    expect(none).not.toMatch(/\| Request \||TP95 in the report/);
  });
});

describe('folding', () => {
  const cases = (n: number, requests: number) =>
    Array.from({ length: n }, (_, i) =>
      ofCase(
        `case ${i}`,
        { tp95: i },
        Array.from({ length: requests }, (_, j) => named(`r${i}.${j}`, { tp95: j })),
      ),
    );

  test('up to 8 rows in both tables: shown plainly', () => {
    expect(render(report(cases(3, 2)))).toContain('Per case: 3 cases, 6 requests.\n\n| Case |');
    expect(render(report(cases(8, 0)))).not.toContain('<details>');
  });

  test('more than 8: folded in one <details>, closed before the ids, blank lines around the tables (GitHub needs them)', () => {
    const text = render(report(cases(4, 2)));
    expect(text).toContain('<details><summary>Per case: 4 cases, 8 requests</summary>\n\n| Case |');
    expect(text).toContain('| `r0.0` | `case 0` | 0 ms | n/a | n/a | n/a |\n\n</details>\n\n| | |');
    expect(text).not.toContain('Per case: 4 cases, 8 requests.');
    expect(render(report(cases(9, 0)))).toContain('<details><summary>Per case: 9 cases, 0 requests</summary>');
    const rendered = html(text);
    expect(rendered).toContain('<details><summary>Per case: 4 cases, 8 requests</summary>');
    // Tables inside <details> still render as tables: 4 case rows of 8 cells, 5 request rows of 6.
    expect(cells(rendered).map((row) => row.length)).toEqual([2, 2, 3, 8, 8, 8, 8, 6, 6, 6, 6, 6, 2, 2, 2, 2, 2, 2, 2]);
  });
});

describe('names are user text: shown as written', () => {
  const HOSTILE = ['a|b', '`x`', '<img src=x>', '**bold**', '_u_ [l](http://x) ~s~ &amp; @someone', 'a\\|b', '``` ``', ' pad '];

  test('in code spans, pipes escaped for the table, fences longer than any backticks inside', () => {
    const text = render(report([ofCase('a|b', { tp95: 1 }, [named('`x`', { tp95: 2 }), named('<img src=x>', { tp95: 3 })])]));
    expect(text).toContain('| `a\\|b` | n/a | n/a | n/a | n/a | 1 ms | n/a | n/a |');
    expect(text).toContain('| `<img src=x>` | `a\\|b` | 3 ms |');
    expect(text).toContain('| `` `x` `` | `a\\|b` | 2 ms |');
  });

  test.each(HOSTILE)('%j renders as itself, in its own cell, with no markup or HTML', (name) => {
    const text = render(report([ofCase(name, { tp95: 1, request_count: 2 }, [named(name, { tp95: 5 })])]));
    const rendered = html(text);
    expect(rendered).not.toMatch(/<img|<strong|<em|<a |<del/);
    const rows = cells(rendered);
    const entities = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // A backslash before a pipe: escaped text rather than code (see the next test).
    const cell = name.includes('\\|') ? entities : `<code>${entities}</code>`;
    expect(rows).toContainEqual([cell, '2', 'n/a', 'n/a', 'n/a', '1 ms', 'n/a', 'n/a']);
    expect(rows).toContainEqual([cell, cell, '5 ms', 'n/a', 'n/a', 'n/a']);
  });

  test('a backslash before a pipe: escaped text, which GitHub (cmark-gfm) and micromark read alike, where code would not', () => {
    const text = render(report([ofCase('a\\|b *c*', {}, [])]));
    expect(text).toContain('| a\\\\\\|b \\*c\\* | n/a |');
    expect(cells(html(text))).toContainEqual(['a\\|b *c*', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
  });

  test('line breaks become spaces; characters that reorder or hide text show as code points', () => {
    const text = render(report([ofCase('evil\u202Ename\nnext\u200B', {}, [])]));
    expect(text).toContain('| `evilU+202Ename nextU+200B` |');
  });
});

test('cases listed without a readable detail: one line naming them, each as code, after the tables', () => {
  const missing = ['"checkout": testcaseId "c1": HTTP 403; no case_uri_i', '"<b>x</b>": no testcaseId'];
  const text = render(report([browse], missing));
  expect(text).toContain(
    '\nNot shown, 2 cases without a readable detail: `"checkout": testcaseId "c1": HTTP 403; no case_uri_i`, `"<b>x</b>": no testcaseId`.\n\n| | |',
  );
  expect(html(text)).not.toContain('<b>');
  expect(render(report([], ['"a": no testcaseId']))).toContain(
    '| ✅ pass |\n\nNot shown, 1 case without a readable detail: `"a": no testcaseId`.\n\n| | |',
  );
  expect(render(report([]))).toBe(renderRunSummary(base));
});

test('no per-case report when one was wanted: why, in one line, its quoted names as code', () => {
  const text = render(undefined, { caseNote: 'the per-case report of run 7700001 could not be read: HTTP 500 *oops* "<i>x</i>"' });
  expect(text).toContain(
    '| ✅ pass |\n\nNo per-case figures: the per-case report of run 7700001 could not be read: HTTP 500 \\*oops\\* `"<i>x</i>"`.\n\n| | |',
  );
  expect(render(undefined, { caseNote: 'it failed.' })).toContain('No per-case figures: it failed.\n');
});

describe('the thresholds table with scoped rules', () => {
  const run = report([browse, ofCase('a|b', { tp95: 9 }, [])]);
  const judged = (rules: string) => judgeThresholds(parseThresholds('thresholds', rules), base.kpis, undefined, 'warn', scopedSource(run));

  test('a Limit column; the note in the Result column when a rule lacked its figures; names escaped', () => {
    const verdicts = judged(
      'success_rate >= 99.5, case("browse-catalogue").tp95 <= 200, case("a|b").tp95 <= 10, case("<i>gone</i>").tp95 <= 1, case("a|b").tp99 <= 1',
    );
    const text = render(run, { status: 'failed', verdicts });
    expect(text).toContain(
      [
        '| Threshold | Actual | Limit | Result |',
        '|---|---|---|---|',
        '| `success_rate >= 99.5` | 99.8 | 99.5 | ✅ pass |',
        '| `case("browse-catalogue").tp95 <= 200` | 210 | 200 | ❌ fail |',
        '| `case("a\\|b").tp95 <= 10` | 9 | 10 | ✅ pass |',
        '| `case("<i>gone</i>").tp95 <= 1` | n/a | 1 | ❌ no case `"<i>gone</i>"` in the report; its cases: `"browse-catalogue"`, `"a\\|b"` |',
        '| `case("a\\|b").tp99 <= 1` | n/a | 1 | ❌ case `"a\\|b"` has no tp99 in the report |',
        '',
      ].join('\n'),
    );
    const rendered = html(text);
    expect(rendered).not.toContain('<i>');
    expect(cells(rendered).find((row) => row[0].includes('gone'))).toEqual([
      '<code>case(&quot;&lt;i&gt;gone&lt;/i&gt;&quot;).tp95 &lt;= 1</code>',
      'n/a',
      '1',
      '❌ no case <code>&quot;&lt;i&gt;gone&lt;/i&gt;&quot;</code> in the report; its cases: <code>&quot;browse-catalogue&quot;</code>, <code>&quot;a|b&quot;</code>',
    ]);
  });

  test('with a baseline rule too: the Limit and Baseline columns as before', () => {
    const verdicts = judgeThresholds(
      parseThresholds('thresholds', 'success_rate >= baseline - 1, case("zzz").tp95 <= 1'),
      base.kpis,
      { success_rate: 99.9 },
      'warn',
      scopedSource(run),
    );
    const text = render(run, { verdicts });
    expect(text).toContain('| Threshold | Actual | Limit | Baseline | Result |\n|---|---|---|---|---|\n');
    expect(text).toContain('| `case("zzz").tp95 <= 1` | n/a | 1 | — | ❌ no case `"zzz"` in the report; its cases: ');
  });

  test('the per-case report unread: the note says so', () => {
    const verdicts = judgeThresholds(parseThresholds('thresholds', 'case("x").tp95 <= 1'), base.kpis);
    expect(render(undefined, { verdicts, caseNote: 'HTTP 500' })).toContain(
      '| `case("x").tp95 <= 1` | n/a | 1 | ❌ the run\'s per-case report could not be read |',
    );
  });
});

test('at most 50 cases in the table, saying that results.json has them all: a pull-request comment has a size limit', () => {
  const many = Array.from({ length: 120 }, (_, i) => ofCase(`case-${i}`, { request_count: 10, tp95: i }, [], []));
  const text = render(report(many));
  expect(text).toContain('| `case-49` |');
  expect(text).not.toContain('| `case-50` |');
  expect(text).toContain('The table shows the first 50 cases; all 120 are in results.json.');
});
