import { readFileSync } from 'node:fs';
import { USER_AGENT, VERSION } from '../../src/common/version.js';

test('the User-Agent carries the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
  expect(USER_AGENT).toBe(`codearts-perftest-action/${pkg.version}`);
});
