// What the regression gate adds to a run step: the calls and the wall time of reading the baseline
// and the trend (readBaseline) for a main task with a long history, against the emulator.
import { performance } from 'node:perf_hooks';
import { DEMO, type Emulator } from '../../emulator/index.js';
import { CptsClient } from '../../src/cpts/client.js';
import { retrySettings } from '../../src/huawei/retry.js';
import { readBaseline } from '../../src/run/baseline.js';
import { summarize, type Summary } from './stats.js';

export interface GateCost {
  trendRuns: number;
  calls: number;
  time: Summary;
}

const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined };
/** Earlier runs of the main task: more than the largest trend_runs measured. */
const HISTORY = 60;
const ROUNDS = 7;

export async function benchGate(emulator: Emulator, trendRunsList: readonly number[]): Promise<GateCost[]> {
  const task = emulator.state.createTask({
    name: 'main-perf',
    project_id: DEMO.perftestProject,
    parallel: false,
    operate_mode: 2,
    case_id_list: [...DEMO.cases],
  });
  for (let i = 0; i < HISTORY; i++) emulator.state.seedRun(task, { outcome: 'finished', figures: { avg_response_time: 120 + (i % 7) } });
  const client = new CptsClient(
    { origin: emulator.url, host: new URL(emulator.url).host },
    { accessKeyId: DEMO.ak, secretAccessKey: DEMO.sk },
    DEMO.projectId,
    { userAgent: 'bench', log: quiet },
    retrySettings(1, Date.now() + 600_000, quiet, 'the bench'),
  );
  const costs: GateCost[] = [];
  for (const trendRuns of trendRunsList) {
    const times: number[] = [];
    let calls = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const baseline = await readBaseline(
        client,
        { kind: 'task', task: { id: task.id } },
        { testSuiteId: DEMO.perftestProject, currentRunId: undefined, trendRuns },
      );
      times.push(performance.now() - started);
      if (baseline.kind !== 'found') throw new Error(`trend_runs ${trendRuns}: no baseline (${baseline.reason})`);
      calls = baseline.calls;
    }
    costs.push({ trendRuns, calls, time: summarize(times) });
  }
  return costs;
}
