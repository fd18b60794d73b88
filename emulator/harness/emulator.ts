// startEmulator: a local stand-in for the parts of Huawei Cloud the action talks to (the API
// gateway's AK/SK authentication, CodeArts PerfTest and IAM) and for the GitHub it reports to, on
// node:http, with scriptable faults, identity-policy permissions per key and answers reshaped off
// contract on purpose; what a test, the demo or a benchmark starts and reads.
import { FaultPlan, type Fault, type FaultScript } from '../service/faults.js';
import { Gateway } from '../service/gateway.js';
import type { Task } from '../service/state.js';
import type { Fixture } from '../shared/seed.js';
import { Handler, type Received } from './exchange.js';
import { DEFAULT_FIXTURE } from './fixture.js';
import { ReshapePlan, type Reshape, type ReshapeScript } from './reshape.js';
import { Delays, listen } from './server.js';
import { EmulatorState } from './state.js';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Overrides parts of the default fixture. */
  seed?: Partial<Omit<Fixture, 'run'>> & { run?: Partial<Fixture['run']> };
  faults?: FaultScript;
  clock?: Clock;
  /** Called with one line per request, for the command line. */
  log?: (line: string) => void;
  /**
   * Check every JSON answer to a contract operation against its response model, and answer 500
   * naming the offending field when one does not fit (default true; the command line's --strict).
   */
  strict?: boolean;
  /**
   * Operations whose 2xx answers are deliberately off contract from the start, by operation name
   * (reshape.ts): `{ ShowTask: [{ kind: 'missing', path: 'taskInfo.run_status' }] }`.
   */
  reshape?: ReshapeScript;
}

export interface Emulator {
  url: string;
  port: number;
  state: EmulatorState;
  /** Every request, in arrival order. */
  received: Received[];
  /** Answers of the emulator's own that broke the contract (strict mode answered 500 instead). */
  contractViolations: string[];
  /** Tasks that exist now. */
  tasks(): Task[];
  /** Replaces the fault script of one operation and restarts its attempt count. */
  script(operation: string, list: (Fault | null)[]): void;
  /**
   * Makes every 2xx answer of the operation from now on off contract as `changes` say, replacing any
   * reshapes it had (`[]` puts its answers back on contract). Not per attempt, unlike script(). Strict
   * mode checks the answer before it is reshaped: a reshaped answer is never a 500 EMULATOR.CONTRACT
   * and never in contractViolations. Throws for an unknown operation or a malformed path.
   */
  reshape(operation: string, changes: Reshape | Reshape[]): void;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = options.clock ?? { now: () => Date.now() };
  const now = () => clock.now();
  // A copy: tests may change the state's fixture without touching the seed or the default.
  const state = new EmulatorState(
    structuredClone({ ...DEFAULT_FIXTURE, ...options.seed, run: { ...DEFAULT_FIXTURE.run, ...options.seed?.run } }),
    now,
  );
  const faults = new FaultPlan(options.faults);
  const reshapes = new ReshapePlan(options.reshape);
  const received: Received[] = [];
  const contractViolations: string[] = [];
  const delays = new Delays();
  const handler = new Handler({
    state,
    gateway: new Gateway(() => state.keys(), now),
    strict: options.strict ?? true,
    violation: (message) => {
      contractViolations.push(message);
      options.log?.(message);
    },
    received,
    faults,
    reshapes,
    sleep: (ms) => delays.sleep(ms),
    log: options.log,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await listen(options.port ?? 0, host, handler);
  return {
    // An IPv6 host takes brackets in a URL.
    url: `http://${host.includes(':') ? `[${host}]` : host}:${server.port}`,
    port: server.port,
    state,
    received,
    contractViolations,
    tasks: () => [...state.tasks.values()],
    script: (operation, list) => faults.replace(operation, list),
    reshape: (operation, changes) => reshapes.replace(operation, Array.isArray(changes) ? changes : [changes]),
    stop: () => {
      delays.cancel();
      return server.stop();
    },
  };
}
