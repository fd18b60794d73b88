// Lookups by name against the emulator: every page is read, and nothing is read for ids.
import { demoClient } from '../helpers/client.js';
import { distinct, resolveCases, resolveTestSuite } from '../../src/cpts/discovery.js';
import { BACKOFF, type RetrySettings } from '../../src/huawei/retry.js';
import { DEFAULT_FIXTURE, DEMO, faults, startEmulator, type Emulator } from '../../emulator/index.js';
import { fakeTiming } from '../helpers/timing.js';

const info: string[] = [];
const retry: RetrySettings = {
  policy: { ...BACKOFF, maxAttempts: 3, deadline: 60_000, bound: 'timeout_seconds' },
  timing: fakeTiming(),
  log: { debug: () => undefined, info: (m) => info.push(m), warning: () => undefined },
};
const many = Array.from({ length: 120 }, (_, i) => ({ id: 500000 + i, name: `suite-${i}`, description: '', cases: [] }));

let emulator: Emulator;
let client: ReturnType<typeof demoClient>;
beforeEach(async () => {
  emulator = await startEmulator({ seed: { perftestProjects: [...DEFAULT_FIXTURE.perftestProjects, ...many] } });
  client = demoClient(emulator, retry);
  info.length = 0;
});
afterEach(() => emulator.stop());

test('every page is read: the offset moves by what each page held, and an empty page ends the listing', async () => {
  expect(await resolveTestSuite(client, { name: 'suite-110' })).toBe(500110);
  // 2 fixture projects + 120: one full page, a short one, then an empty one.
  expect(emulator.received.map((r) => r.target.replace(/^.*\?/, ''))).toEqual([
    'limit=100&offset=0',
    'limit=100&offset=100',
    'limit=100&offset=122',
  ]);
  expect(info).toEqual(['project "suite-110" -> 500110']);
});

test('a service that gives fewer than asked is not taken to have ended: no page size is assumed', async () => {
  await emulator.stop();
  emulator = await startEmulator({ seed: { perftestProjects: [...DEFAULT_FIXTURE.perftestProjects, ...many], pageSize: 40 } });
  client = demoClient(emulator, retry);
  expect(await resolveTestSuite(client, { name: 'suite-110' })).toBe(500110);
  expect(emulator.received.map((r) => r.target.replace(/^.*offset=/, ''))).toEqual(['0', '40', '80', '120', '122']);
});

test('a service that ignores the offset is read once, not forever', async () => {
  emulator.script('ListProjectSets', Array(3).fill(faults.status(200, { projects: [{ id: 1, name: 'a' }] })));
  await expect(resolveTestSuite(client, { name: 'b' })).rejects.toThrow(/No CodeArts PerfTest project is named "b"/);
  expect(emulator.received).toHaveLength(2);
});

test('ids take no request', async () => {
  expect(await resolveTestSuite(client, { id: 7 })).toBe(7);
  expect(await resolveCases(client, 7, [{ id: 1 }, { id: 2 }])).toEqual([1, 2]);
  expect(emulator.received).toHaveLength(0);
});

test('a folder of the same name is not a case', async () => {
  await expect(resolveCases(client, DEMO.perftestProject, [{ name: 'checkout' }])).rejects.toThrow(/has no case named "checkout"/);
});

test('5,000 repeats (each case by id and by name) make one short warning: the first 10 and how many more', () => {
  const ids = Array.from({ length: 2500 }, (_, i) => 700000 + i);
  const refs = [...ids.map((id) => ({ id })), ...ids.map((_, i) => ({ name: `bulk-${i}` }))];
  const warnings: string[] = [];
  expect(distinct([...ids, ...ids], refs, (w) => warnings.push(w))).toEqual(ids);
  const first = Array.from({ length: 10 }, (_, i) => `"bulk-${i}"`).join(', ');
  expect(warnings).toEqual([`Input "cases" names the same case more than once (${first} and 2490 more); each case is used once.`]);
});
