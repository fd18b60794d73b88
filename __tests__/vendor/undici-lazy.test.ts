// The actions' bundles leave undici out and load dist/undici.cjs only when a ProxyAgent is made.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { undiciPath } from '../../src/vendor/undici-lazy.js';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url);

/** A bundle with the chunks it loads on demand (`<id>.index.js` beside it). */
const withChunks = (bundle: string): string[] => {
  const folder = bundle.includes('/') ? bundle.slice(0, bundle.lastIndexOf('/') + 1) : '';
  const chunks = readdirSync(dist(folder || '.')).filter((f) => /^\d+\.index\.js$/.test(f));
  return [bundle, ...chunks.map((c) => folder + c)].map((f) => readFileSync(dist(f), 'utf8'));
};

test.each(['index.js', 'run/index.js'])('dist/%s carries no undici, only the lazy shim', (bundle) => {
  const files = withChunks(bundle);
  expect(files.join('\n')).toContain('undiciPath(import.meta.url)');
  for (const code of files) {
    expect(code).not.toMatch(/class ProxyAgent extends/);
    expect(code.length).toBeLessThan(400_000);
  }
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
