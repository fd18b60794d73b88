// In-memory state of the emulated account: tasks, runs, issued temporary keys and IAM tokens. Run
// progress is computed from the emulator's clock whenever it is read, so tests can move time instead
// of waiting.
import type { Call } from '../shared/route.js';
import type { CaseSeed, CredentialSeed, Fixture, PerfTestProjectSeed } from '../shared/seed.js';
import { checkCaseGaps, checkCaseOverrides, type CaseFigureOverrides, type CaseGaps } from './case-figures.js';
import { checkFigures, type Figures } from './figures.js';
import { VariableStore, type CaseTarget, type Variable } from './variables.js';

export interface Task {
  id: number;
  name: string;
  project_id: number;
  parallel: boolean;
  enable_full_link?: boolean;
  operate_mode: number;
  case_id_list: number[];
  create_time: number;
  update_time: number;
  runIds: number[];
  /** Figures every run started from now on shows instead of the computed ones (a test sets them). */
  figures?: Figures;
  /** Per-case figures every run started from now on shows in its per-case report (a test sets them). */
  caseFigures?: CaseFigureOverrides;
  /** Cases every run started from now on lacks in its per-case report (a test sets them). */
  caseGaps?: CaseGaps;
}

/** What a run's reports show instead of the computed figures, copied from its task when it starts. */
export interface RunOverrides {
  figures?: Figures;
  caseFigures?: CaseFigureOverrides;
  caseGaps?: CaseGaps;
}

export interface Run {
  id: number;
  task_id: number;
  /** The cases as they were when the run started: later edits of the task do not change a run. */
  case_id_list: number[];
  project_id: number;
  startedAt: number;
  stoppedAt?: number;
  cluster_type: string;
  cluster_id: number;
  /** Figures its report outline shows instead of the computed ones: the task's when it started, or seeded. */
  figures?: Figures;
  /**
   * Figures its per-case report shows for a case, request or custom transaction instead of the
   * computed ones, by case name: the task's when it started, or seeded. They change only the item they
   * name (a slow request does not slow its case, nor the outline). Read at each answer: a test may set
   * them on a run that has started.
   */
  caseFigures?: CaseFigureOverrides;
  /** Cases missing from its per-case report, by case name (CaseGap says how): the task's when it started, or seeded. */
  caseGaps?: CaseGaps;
  /** A seeded run's own outcome: ends abnormally (run_status 3) or not, whatever its cases say. */
  endsAbnormally?: boolean;
  /**
   * The host each of its cases' requests went to, by case name: the case's host with the PerfTest
   * project's global variables as they were when the run started (or was seeded); '' for a case whose
   * seed names no host. The emulator takes the variables' values at the start: whether the service
   * reads them at the start or during the run is not documented.
   */
  hosts: Record<string, string>;
  /** Its cases whose host the load generators could not reach, by name: every request of theirs is an error. */
  unreachable: string[];
}

/** How a seeded run ended, or 'running' for one still going on. */
export type SeededOutcome = 'finished' | 'abnormal' | 'stopped' | 'running';

export interface SeedRunOptions {
  outcome: SeededOutcome;
  /**
   * When an ended run ended (run_status reached 2, 3 or 4); not for a running one. Default: a minute
   * after the task's latest run ended, or a day ago for its first run.
   */
  endedMinutesAgo?: number;
  /** Merged over the task's figures. */
  figures?: Figures;
  /** Merged over the task's, case by case. */
  caseFigures?: CaseFigureOverrides;
  /** Merged over the task's. */
  caseGaps?: CaseGaps;
}

const SEEDED_STATUS = { finished: 2, abnormal: 3, stopped: 4, running: 0 } as const;
const MINUTE_MS = 60_000;

/** ShowTask's run_status: 4 is a run stopped by its user, 5 one still being stopped (the contract's doc). */
export const RUN_STATUS = { running: 0, paused: 1, finished: 2, abnormal: 3, stopped: 4, stopping: 5, waiting: 9 } as const;

export class State {
  readonly tasks = new Map<number, Task>();
  readonly runs = new Map<number, Run>();
  /** Temporary keys issued by the emulated IAM, besides the fixture's. */
  readonly issuedKeys: CredentialSeed[] = [];
  /**
   * IAM tokens issued for ID tokens: X-Subject-Token value -> its expiry on the emulator clock, and
   * the CodeArts PerfTest actions of its identity provider's mapping (undefined: all).
   */
  readonly subjectTokens = new Map<string, { expiresAt: number; permissions?: string[] }>();
  /** Counter behind deterministic ids of issued tokens and keys. */
  serial = 0;
  /** The PerfTest projects' global variables (copies of the seed's, made when first read). */
  readonly variables: VariableStore;
  private nextTaskId: number;
  private nextRunId = 7700001;

  constructor(
    readonly fixture: Fixture,
    readonly now: () => number,
  ) {
    this.nextTaskId = fixture.firstTaskId;
    this.variables = new VariableStore(fixture);
  }

  /** The PerfTest project's global variables, live: a test may read or change them. Throws for an unknown project. */
  variablesOf(projectId: number): Variable[] {
    return this.variables.of(projectId);
  }

  /** Where the case's requests go now: its host with the project's variables resolved, and whether it is reachable. */
  targetOf(projectId: number, c: CaseSeed): CaseTarget {
    return this.variables.targetOf(projectId, c);
  }

  keys(): CredentialSeed[] {
    return [...this.fixture.credentials, ...this.issuedKeys];
  }

  project(id: number): PerfTestProjectSeed | undefined {
    return this.fixture.perftestProjects.find((p) => p.id === id);
  }

  caseOf(project: PerfTestProjectSeed, id: number): CaseSeed | undefined {
    return project.cases.find((c) => c.id === id);
  }

  createTask(fields: Omit<Task, 'id' | 'create_time' | 'update_time' | 'runIds'>): Task {
    const time = this.now();
    const task: Task = { ...fields, id: this.nextTaskId++, create_time: time, update_time: time, runIds: [] };
    this.tasks.set(task.id, task);
    return task;
  }

  startRun(task: Task, cluster_type: string, cluster_id: number): Run {
    const { figures, caseFigures, caseGaps } = task;
    return this.addRun(task, this.now(), cluster_type, cluster_id, { figures, caseFigures, caseGaps });
  }

  /**
   * A run of the task that started in the past and ended as `outcome` says (or, for 'running', goes
   * on, halfway through its running time), for tests that need a run history: ShowTask, the history
   * and the outline all follow from its times. It gets the next run id, so seed before starting runs.
   */
  seedRun(task: Task, options: SeedRunOptions): Run {
    const last = this.lastRun(task);
    if (last && this.isBusy(last)) throw new Error(`task ${task.id} has a run going on (run ${last.id}): seed its history first`);
    const { outcome } = options;
    if (outcome === 'running' && options.endedMinutesAgo !== undefined) throw new Error('a running run has not ended: no endedMinutesAgo');
    const startedAt = outcome === 'running' ? this.now() - this.untilStopMs() : this.seededEnd(task, options) - this.seededMs(outcome);
    const merged = <T>(a: T | undefined, b: T | undefined) => (a || b ? { ...a, ...b } : undefined);
    const run = this.addRun(task, startedAt, 'shared-cluster-internet', 0, {
      figures: merged(task.figures, options.figures),
      caseFigures: merged(task.caseFigures, options.caseFigures),
      caseGaps: merged(task.caseGaps, options.caseGaps),
    });
    run.endsAbnormally = outcome === 'abnormal';
    if (outcome === 'stopped') run.stoppedAt = startedAt + this.untilStopMs();
    if (this.runStatus(run) !== SEEDED_STATUS[outcome]) {
      throw new Error(`seeded run ${run.id} reads run_status ${this.runStatus(run)}, not ${outcome}: check the fixture's run timing`);
    }
    return run;
  }

  /** From a seeded run's start to its stop request (or, running, to now): halfway through its running time. */
  private untilStopMs(): number {
    const { waitingSeconds, runningSeconds } = this.fixture.run;
    return (waitingSeconds + runningSeconds / 2) * 1000;
  }

  /** From a seeded ended run's start to its end_time. */
  private seededMs(outcome: SeededOutcome): number {
    const { waitingSeconds, runningSeconds, stoppingSeconds } = this.fixture.run;
    return outcome === 'stopped' ? this.untilStopMs() + stoppingSeconds * 1000 : (waitingSeconds + runningSeconds) * 1000;
  }

  /** When a seeded ended run ended: as asked, or a minute after the task's latest run ended. */
  private seededEnd(task: Task, { outcome, endedMinutesAgo }: SeedRunOptions): number {
    if (endedMinutesAgo !== undefined) {
      if (!(endedMinutesAgo >= 0)) throw new Error(`endedMinutesAgo must be at least 0, got ${endedMinutesAgo}`);
      return this.now() - endedMinutesAgo * MINUTE_MS;
    }
    const last = this.lastRun(task);
    const end = last ? this.endTime(last)! + MINUTE_MS + this.seededMs(outcome) : this.now() - 24 * 60 * MINUTE_MS;
    if (end > this.now()) throw new Error(`no room for another run of task ${task.id} before now: give endedMinutesAgo`);
    return end;
  }

  private addRun(task: Task, startedAt: number, cluster_type: string, cluster_id: number, overrides: RunOverrides): Run {
    // Copies, checked first: later changes to the task's figures do not change a run, as its cases do not.
    const cases = this.project(task.project_id)?.cases ?? [];
    const own: RunOverrides = {
      ...(overrides.figures ? { figures: checkFigures(overrides.figures) } : {}),
      ...(overrides.caseFigures ? { caseFigures: checkCaseOverrides(overrides.caseFigures, cases) } : {}),
      ...(overrides.caseGaps ? { caseGaps: checkCaseGaps(overrides.caseGaps, cases) } : {}),
    };
    const run: Run = {
      id: this.nextRunId++,
      task_id: task.id,
      case_id_list: [...task.case_id_list],
      project_id: task.project_id,
      startedAt,
      cluster_type,
      cluster_id,
      ...own,
      hosts: {},
      unreachable: [],
    };
    // The variables as they are now: a run keeps the hosts it started with (see Run.hosts).
    for (const c of this.casesOfRun(run)) {
      const target = this.targetOf(run.project_id, c);
      run.hosts[c.name] = target.host;
      if (!target.reachable) run.unreachable.push(c.name);
    }
    this.runs.set(run.id, run);
    task.runIds.push(run.id);
    return run;
  }

  lastRun(task: Task): Run | undefined {
    const id = task.runIds.at(-1);
    return id === undefined ? undefined : this.runs.get(id);
  }

  /**
   * The run ShowTask shows: the latest one started at least startLagSeconds ago. Until then the
   * task-scoped view still shows the run before (the service's task record follows a start late).
   */
  visibleRun(task: Task): Run | undefined {
    const lagMs = this.fixture.run.startLagSeconds * 1000;
    for (let i = task.runIds.length - 1; i >= 0; i--) {
      const run = this.runs.get(task.runIds[i])!;
      if (this.now() >= run.startedAt + lagMs) return run;
    }
    return undefined;
  }

  /** When a run ends by itself (finished or abnormal), in emulator milliseconds. */
  naturalEnd(run: Run): number {
    const { waitingSeconds, runningSeconds } = this.fixture.run;
    return run.startedAt + (waitingSeconds + runningSeconds) * 1000;
  }

  /** When a stopped run has finished stopping (run_status 5 turns 4). */
  stopEnd(run: Run): number | undefined {
    return run.stoppedAt === undefined ? undefined : run.stoppedAt + this.fixture.run.stoppingSeconds * 1000;
  }

  runStatus(run: Run): number {
    const now = this.now();
    const end = this.naturalEnd(run);
    if (run.stoppedAt !== undefined && run.stoppedAt < end) return now < this.stopEnd(run)! ? RUN_STATUS.stopping : RUN_STATUS.stopped;
    if (now < run.startedAt + this.fixture.run.waitingSeconds * 1000) return RUN_STATUS.waiting;
    if (now < end) return RUN_STATUS.running;
    return this.endsAbnormally(run) ? RUN_STATUS.abnormal : RUN_STATUS.finished;
  }

  /** Waiting or running: a run that a stop request can stop. */
  isActive(run: Run): boolean {
    const status = this.runStatus(run);
    return status === RUN_STATUS.waiting || status === RUN_STATUS.running;
  }

  /** Active or still being stopped: the task cannot be started again yet. */
  isBusy(run: Run): boolean {
    return this.isActive(run) || this.runStatus(run) === RUN_STATUS.stopping;
  }

  /** When the run ended (a stopped run: when it finished stopping), or undefined while it goes on. */
  endTime(run: Run): number | undefined {
    if (this.isBusy(run)) return undefined;
    const stopped = run.stoppedAt !== undefined && run.stoppedAt < this.naturalEnd(run);
    return stopped ? this.stopEnd(run)! : this.naturalEnd(run);
  }

  /** When the load itself stopped: the stop request, or the natural end. */
  loadEnd(run: Run): number {
    return Math.min(run.stoppedAt ?? Infinity, this.naturalEnd(run));
  }

  casesOfRun(run: Run): CaseSeed[] {
    const project = this.project(run.project_id);
    if (!project) return [];
    return run.case_id_list.map((id) => this.caseOf(project, id)).filter((c): c is CaseSeed => c !== undefined);
  }

  private endsAbnormally(run: Run): boolean {
    return run.endsAbnormally ?? this.casesOfRun(run).some((c) => c.endsAbnormally);
  }
}

/**
 * The case-run id of the run's case at `index` (0-based in the run's cases): ShowTask's
 * related_temp_running_id, the case_run_id ShowMergeCaseDetail takes. The run id × 100 + n, n
 * counting the run's cases from 1.
 */
export const caseRunIdOf = (run: Run, index: number): number => run.id * 100 + index + 1;

/** A request to a CodeArts PerfTest or IAM handler. */
export type CallContext = Call<State>;
