// The action's bundle leaves undici out and loads dist/undici.cjs only when a ProxyAgent is made.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundle = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');

test('dist/index.js does not carry undici, only a lazy require of ./undici.cjs', () => {
  expect(bundle).toContain("require('./undici.cjs')");
  expect(bundle).not.toMatch(/class ProxyAgent extends/);
  expect(bundle.length).toBeLessThan(400_000);
});

test('dist/undici.cjs gives a working ProxyAgent', async () => {
  const { ProxyAgent } = createRequire(import.meta.url)('../dist/undici.cjs') as {
    ProxyAgent: new (options: { uri: string }) => { dispatch: unknown; close(): Promise<void> };
  };
  const agent = new ProxyAgent({ uri: 'http://127.0.0.1:9' });
  expect(typeof agent.dispatch).toBe('function');
  await agent.close();
});
