// The actions' bundles leave undici out and load dist/undici.cjs only when a ProxyAgent is made.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { undiciPath } from '../../src/vendor/undici-lazy.js';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url);

test.each(['index.js', 'run/index.js'])('dist/%s carries no undici, only the lazy shim', (bundle) => {
  const code = readFileSync(dist(bundle), 'utf8');
  expect(code).toContain('undiciPath(import.meta.url)');
  expect(code).not.toMatch(/class ProxyAgent extends/);
  expect(code.length).toBeLessThan(400_000);
});

test.each([
  ['index.js', './undici.cjs'],
  ['run/index.js', '../undici.cjs'],
])('from dist/%s the shim finds %s, which makes a working ProxyAgent', async (bundle, expected) => {
  const path = undiciPath(dist(bundle).href);
  expect(path).toBe(expected);
  const { ProxyAgent } = createRequire(dist(bundle))(path) as {
    ProxyAgent: new (options: { uri: string }) => { dispatch: unknown; close(): Promise<void> };
  };
  const agent = new ProxyAgent({ uri: 'http://127.0.0.1:9' });
  expect(typeof agent.dispatch).toBe('function');
  await agent.close();
});
