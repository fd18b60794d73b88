import { renderCreateSummary } from '../../src/create/summary.js';

test('the job summary is a table of what a user needs to find the task', () => {
  expect(
    renderCreateSummary({
      taskId: 123,
      taskName: 'a|b',
      origin: 'created',
      testSuiteId: 393862,
      cases: [1, 2],
      region: 'cn-north-4',
      iamProjectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      endpoint: 'https://cpts.cn-north-4.myhuaweicloud.com',
      requestId: 'r-1',
    }),
  ).toBe(
    [
      '### CodeArts PerfTest task created',
      '',
      '| | |',
      '|---|---|',
      '| Task id | `123`, created by this step |',
      '| Task name | `a\\|b` |',
      '| PerfTest project | `393862` |',
      '| Cases (2) | `1`, `2` |',
      '| Region | `cn-north-4` |',
      '| Region project id | `0a1b2c3d4e5f60718293a4b5c6d7e8f9` |',
      '| Endpoint | `https://cpts.cn-north-4.myhuaweicloud.com` |',
      '| X-Request-Id | `r-1` |',
      '',
    ].join('\n'),
  );
});

test('one case, a custom endpoint without region, a name with a backtick', () => {
  const text = renderCreateSummary({
    taskId: 1,
    taskName: 'a`b',
    origin: 'reused',
    testSuiteId: 2,
    cases: [3],
    region: undefined,
    iamProjectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    endpoint: 'http://127.0.0.1:1',
    requestId: undefined,
  });
  expect(text).toContain('| Case | `3` |');
  expect(text).toContain('| Region | not set (custom endpoint) |');
  expect(text).toContain('| Task name | `` a`b `` |');
  expect(text).not.toContain('X-Request-Id');
  expect(text).toContain('### CodeArts PerfTest task reused');
  expect(text).toContain('| Task id | `1`, an existing task of that name (if_exists: reuse) |');
});
