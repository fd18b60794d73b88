// What every CodeArts PerfTest operation shares: its error class, the success fields, reading path
// and query integers, paging, and finding the caller's PerfTest projects and tasks.
import { ServiceError } from '../../shared/answer.js';
import type { PerfTestProjectSeed } from '../../shared/seed.js';
import type { CallContext, Run, State, Task } from '../state.js';

/** A cpts error: `{code, message}`. The codes are the emulator's own, in the service's format. */
export class CptsError extends ServiceError {
  constructor(status: number, code: string, message: string) {
    super(status, code, message, 'cpts');
  }
}

const MAX_INT = 2147483647;
export const OK = { code: 'SVCSTG.CPTS.0000000', message: 'success' };
export const invalid = (message: string) => new CptsError(400, 'SVCSTG.CPTS.4001001', message);
/** The service's answer for a task or PerfTest project that does not exist or is not the caller's. */
export const notYours = (message: string) => new CptsError(403, 'SVCSTG.CPTS.4032002', message);
export const conflict = (message: string) => new CptsError(400, 'SVCSTG.CPTS.4001002', message);
export const iso = (ms: number) => new Date(ms).toISOString();

export function isInt(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INT;
}

export function pathInt(ctx: CallContext, name: string): number {
  const text = ctx.params[name];
  if (!/^\d+$/.test(text) || Number(text) > MAX_INT) throw invalid(`${name} must be an integer, got "${text}"`);
  return Number(text);
}

/** An optional integer query parameter (the contract marks offset and limit optional). */
export function queryInt(ctx: CallContext, name: string, min: number): number | undefined {
  const value = ctx.query.find(([n]) => n === name)?.[1];
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > MAX_INT) {
    throw invalid(`query parameter ${name} must be an integer of at least ${min}, got "${value}"`);
  }
  return Number(value);
}

/** offset is an item offset; without limit, everything from offset on (no page size is promised). */
export function page<T>(ctx: CallContext, items: T[]): T[] {
  const offset = queryInt(ctx, 'offset', 0) ?? 0;
  const limit = Math.min(queryInt(ctx, 'limit', 1) ?? Infinity, ctx.state.fixture.pageSize ?? Infinity);
  return items.slice(offset, limit === Infinity ? undefined : offset + limit);
}

export function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the request body must be a JSON object');
  return body as Record<string, unknown>;
}

export function existingProject(state: State, id: number): PerfTestProjectSeed {
  const project = state.project(id);
  if (!project) throw notYours(`PerfTest project ${id} does not exist or is not yours`);
  return project;
}

export function taskById(state: State, id: number): Task {
  const task = state.tasks.get(id);
  if (!task) throw notYours(`task ${id} does not exist or is not yours`);
  return task;
}

export const existingTask = (ctx: CallContext): Task => taskById(ctx.state, pathInt(ctx, 'task_id'));

/** The run of the path's task_run_id: a report id the service does not know is not the caller's either. */
export function existingRun(ctx: CallContext): Run {
  const id = pathInt(ctx, 'task_run_id');
  const run = ctx.state.runs.get(id);
  if (!run) throw notYours(`task run ${id} does not exist or is not yours`);
  return run;
}
