import { defaultTaskName } from '../../src/create/task-name.js';

const now = new Date(Date.UTC(2026, 10, 28, 4, 0, 0));

test('pull request: <repo>-pr<number>-<run_id>-<run_attempt>-<job>', () => {
  expect(
    defaultTaskName(
      { repository: 'acme/checkout', pullRequestNumber: 42, sha: 'abcdef1234', runId: 9876543210, runAttempt: 2, job: 'perftest' },
      now,
    ),
  ).toBe('checkout-pr42-9876543210-2-perftest');
});

test('push: <repo>-<short sha>-<run_id>-<run_attempt>-<job>', () => {
  expect(defaultTaskName({ repository: 'acme/checkout', sha: 'abcdef1234567890', runId: 7, runAttempt: 1, job: 'load' }, now)).toBe(
    'checkout-abcdef1-7-1-load',
  );
});

test('only [A-Za-z0-9_-], at most 42 characters, the repository part shortened to fit', () => {
  const name = defaultTaskName(
    {
      repository: 'acme/my.very.long.repository.name.for-load_testing',
      pullRequestNumber: 12345,
      runId: 12345678901,
      runAttempt: 3,
      job: 'perf',
    },
    now,
  );
  expect(name).toBe('my-very-long-re-pr12345-12345678901-3-perf');
  expect(name).toHaveLength(42);
  expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
});

test('long job ids keep their start and a digest, so two long ids sharing a start still differ', () => {
  const a = defaultTaskName({ repository: 'a/r', pullRequestNumber: 1, runId: 5, runAttempt: 1, job: 'load-test-checkout-api' }, now);
  const b = defaultTaskName({ repository: 'a/r', pullRequestNumber: 1, runId: 5, runAttempt: 1, job: 'load-test-checkout-web' }, now);
  expect(a).toMatch(/^r-pr1-5-1-load-te-[0-9a-f]{4}$/);
  expect(b).toMatch(/^r-pr1-5-1-load-te-[0-9a-f]{4}$/);
  expect(a).not.toBe(b);
});

test('a repository name of only other characters leaves the suffix alone', () => {
  expect(defaultTaskName({ repository: 'acme/....', pullRequestNumber: 1, runId: 5, runAttempt: 1 }, now)).toBe('pr1-5-1');
});

test('outside a workflow run the time stands in for the run id', () => {
  expect(defaultTaskName({}, now)).toBe(`${now.getTime() / 1000}-1`);
});

test('bidi overrides and zero-width characters in repository or job names never reach the generated name', () => {
  const name = defaultTaskName(
    { repository: 'acme/check\u202Eout\u200B', pullRequestNumber: 7, runId: 5, runAttempt: 1, job: '\u2066perf\u2069' },
    now,
  );
  expect(name).toBe('check-out-pr7-5-1-perf');
});
