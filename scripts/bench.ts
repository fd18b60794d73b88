// `npm run bench`: the whole action's start-up beside a plain-Node floor, our signer beside Huawei's
// official one, and the size of what the create path loads. Prints a markdown report and writes it
// to docs/benchmarks.md. Figures are reported whatever they are: a missed target never fails the
// command, but a run that does not create its task does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { benchGate, type GateCost } from './bench/gate.js';
import { packagesCell } from './bench/licenses.js';
import { benchSigners } from './bench/signer.js';
import { bundleSize, peakRssKiB } from './bench/size.js';
import { stampLine } from './bench/stamp.mjs';
import { ms, summarize, table, thousands, type Summary } from './bench/stats.js';
import { runStep } from './bench/step.js';

// The bench runs bundled from .bench/index.js, one level below the repository.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(root, 'dist', 'index.js');
const FLOOR = join(root, 'scripts', 'floor.mjs');
/** Start-up to outputs may take at most this many times the floor's. */
const STARTUP_TARGET = 1.2;
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS || 30);
if (!Number.isInteger(RUNS) || RUNS < 20) {
  throw new Error(`BENCH_RUNS must be an integer of at least 20, got "${process.env.BENCH_RUNS}"`);
}
// The action runs on node24 in GitHub; BENCH_NODE may point at such a binary for a second row.
const NODES = [process.execPath, ...(process.env.BENCH_NODE ? [process.env.BENCH_NODE] : [])];

const progress = (text: string) => process.stderr.write(`${text}\n`);
const nodeVersion = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

interface Startup {
  version: string;
  action: Summary;
  floor: Summary;
}

async function startup(emulator: Emulator, node: string): Promise<Startup> {
  const action = [node, BUNDLE];
  const floor = [node, FLOOR];
  const version = nodeVersion(node);
  progress(`start-up, Node ${version}: ${WARMUP} warm-up and ${RUNS} timed runs of each program`);
  for (let i = 0; i < WARMUP; i++) {
    await runStep(emulator, action);
    await runStep(emulator, floor);
  }
  // Interleaved, so that drift in the machine's state falls on both programs alike.
  const times = { action: [] as number[], floor: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.action.push(await runStep(emulator, action));
    times.floor.push(await runStep(emulator, floor));
  }
  return { version, action: summarize(times.action), floor: summarize(times.floor) };
}

function startupSection(results: Startup[]): string {
  const rows = results.flatMap(({ version, action, floor }) => {
    const ratio = action.median / floor.median;
    return [
      [
        version,
        'action `dist/index.js`',
        ms(action.median),
        ms(action.p90),
        ms(action.min),
        `${ratio.toFixed(2)}x ${verdict(ratio <= STARTUP_TARGET)}`,
      ],
      [version, 'floor `scripts/floor.mjs`', ms(floor.median), ms(floor.p90), ms(floor.min), ''],
    ];
  });
  return [
    '## Start-up to outputs',
    '',
    table(['Node', 'program', 'median ms', 'p90 ms', 'min ms', `action / floor (target ≤ ${STARTUP_TARGET}x)`], rows),
    '',
    `Method: each program is spawned as the runner would (INPUT_* variables, GITHUB_OUTPUT, a pull_request event) against the emulator in the bench process and timed from spawn to exit; ${WARMUP} warm-up runs each, then ${RUNS} runs each interleaved action, floor; every run must exit 0 and create one task; p90 is nearest-rank; a second Node comes from BENCH_NODE (\`npm run bench:node24\`).`,
  ].join('\n');
}

function gateSection(costs: GateCost[]): string {
  return [
    '## What the regression gate adds',
    '',
    table(
      ['`trend_runs`', 'API calls', 'median ms', 'p90 ms', 'min ms'],
      costs.map(({ trendRuns, calls, time }) => [String(trendRuns), String(calls), ms(time.median), ms(time.p90), ms(time.min)]),
    ),
    '',
    "Method: `readBaseline` (src/run/baseline.ts) in the bench process for `baseline: task:<id>` against the emulator, the task holding 60 finished runs; each setting timed 7 times; the calls are ShowHistoryRunInfo plus one ShowMergeReportLogsOutline per run read, at most four at a time (a task given by name adds the pages of its PerfTest project's task list).",
  ].join('\n');
}

async function main(): Promise<void> {
  const emulator = await startEmulator();
  let startups: Startup[];
  let rss: { action?: number; floor?: number };
  let gate: GateCost[];
  try {
    startups = [];
    for (const node of NODES) startups.push(await startup(emulator, node));
    progress('peak RSS of one run of each program');
    rss = {
      action: await peakRssKiB(emulator, [process.execPath, BUNDLE]),
      floor: await peakRssKiB(emulator, [process.execPath, FLOOR]),
    };
    progress('the regression gate: reading a baseline and its trend, trend_runs 0, 10 and 50');
    gate = await benchGate(emulator, [0, 10, 50]);
  } finally {
    await emulator.stop();
  }

  progress('signer throughput: about 1 s per round, best of 3');
  const signers = benchSigners();
  const size = bundleSize(BUNDLE, join(root, 'dist', 'licenses.txt'));
  const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
  const signerRatio = signers.ours / signers.official;
  const cpu = cpus();

  const report = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with Node ${process.version} on ${cpu[0]?.model ?? 'an unknown CPU'} (${cpu.length} logical CPUs, ${platform()} ${arch()}). Absolute times depend on the machine; the ratios are the point.`,
    '',
    stampLine(root),
    '',
    startupSection(startups),
    '',
    '## Signer throughput',
    '',
    table(
      ['signer', 'signatures/s', 'ours / official (target ≥ 1x)'],
      [
        ['ours, `sign()` from `src/huawei/signer.ts`', thousands(signers.ours), `${signerRatio.toFixed(2)}x ${verdict(signerRatio >= 1)}`],
        ['official, `AKSKSigner.sign()` from `@huaweicloud/huaweicloud-sdk-core`', thousands(signers.official), ''],
      ],
    ),
    '',
    `Method: one CreateNewTask (POST /v3/{project_id}/tasks, the JSON body serialised by each signer, Content-Type and X-Project-Id, a fixed date), checked first to give the same Authorization from both; calls counted over about 1 s after a 0.3 s warm-up, best of 3 interleaved rounds, in the bench process.`,
    '',
    gateSection(gate),
    '',
    '## What the create path loads',
    '',
    table(
      ['measure', 'value'],
      [
        ['`dist/index.js`', `${thousands(size.bytes)} bytes`],
        ['`dist/index.js`, gzip -9', `${thousands(size.gzipBytes)} bytes`],
        ['bundled npm packages', packagesCell(size.packages)],
        [
          'not loaded on the create path',
          `\`dist/undici.cjs\`, ${thousands(statSync(join(root, 'dist', 'undici.cjs')).size)} bytes: undici, loaded only if a proxy dispatcher is made`,
        ],
        ['Node built-ins it loads', String(size.builtins)],
        [
          'peak RSS of one run',
          rss.action === undefined || rss.floor === undefined
            ? 'not measured: GNU /usr/bin/time is not available here'
            : `action ${mib(rss.action)}, floor ${mib(rss.floor)}`,
        ],
      ],
    ),
    '',
    `Method: the committed bundle read from disk and gzipped in memory; packages are the entries of \`dist/licenses.txt\`, which \`scripts/build.mjs\` writes from webpack's stats of the actions' builds, one per package version in dist/index.js, dist/run/index.js, their lazily loaded chunks or dist/undici.cjs (undici's entry), built-ins counted from its external \`createRequire\` calls; peak RSS is GNU time's %M (maximum resident set size) for one run of each program under Node ${process.version}.`,
    '',
  ].join('\n');

  process.stdout.write(report);
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'benchmarks.md'), report);
  progress('written to docs/benchmarks.md');
}

await main();
