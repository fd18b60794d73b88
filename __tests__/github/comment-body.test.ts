import { commentBody, marker } from '../../src/github/comment-body.js';

const mark = marker('load test', 7);

test('the marker names the workflow and the task, and user text cannot close it', () => {
  expect(mark).toBe('<!-- codearts-perftest-action workflow="load test" task="7" -->');
  expect(marker('a --> b "c"', 1)).toBe('<!-- codearts-perftest-action workflow="a  b c" task="1" -->');
});

test('each action replaces its own section and keeps the other', () => {
  const first = commentBody(undefined, mark, 'load test', 7, 'create', '### created\n');
  expect(first).toBe(
    `${mark}\n**CodeArts PerfTest** · task \`7\` · workflow _load test_\n\n<!-- section:create -->\n### created\n<!-- /section:create -->\n`,
  );
  const second = commentBody(first, mark, 'load test', 7, 'run', 'run v1');
  expect(second).toContain(
    '<!-- section:create -->\n### created\n<!-- /section:create -->\n<!-- section:run -->\nrun v1\n<!-- /section:run -->',
  );
  const third = commentBody(second, mark, 'load test', 7, 'run', 'run v2');
  expect(third).toContain('### created');
  expect(third).toContain('run v2');
  expect(third).not.toContain('run v1');
  const fourth = commentBody(third, mark, 'load test', 7, 'create', '### reused');
  expect(fourth.indexOf('### reused')).toBeLessThan(fourth.indexOf('run v2'));
  expect(fourth).not.toContain('### created');
});
