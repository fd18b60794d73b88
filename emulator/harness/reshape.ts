// Off-contract answers on purpose: a test makes one operation's answers break the contract (a field
// the model lacks, a field missing, a field of the wrong type) to see how a client copes, e.g. one
// that checks a user's setup. Unlike a fault, a reshape is not per attempt: once set, it changes every
// 2xx JSON answer of the operation, after the route's handler (and after strict mode has checked the
// handler's answer, so a reshaped answer is neither turned into a 500 nor recorded in
// contractViolations), until replaced. Paths are dot-separated field names with `[n]` for one element
// of a list and `[]` for every element (`result.outline.core_index.success_rate`,
// `taskInfo.related_temp_running_data[].task_run_info_id`); a path that does not fit an answer (a
// field that is not there, an index out of range) is a mistake of the test's, answered with a loud 500
// EMULATOR.RESHAPE naming it. `[]` over an empty list changes nothing, without error.
import { ROUTES } from './routes.js';

export type Reshape =
  /** Adds a field the answer lacks (the model's or not): the path's last step is a field name, absent from the answer. */
  | { kind: 'extra'; path: string; value: unknown }
  /** Removes a field (or list element) the answer has. */
  | { kind: 'missing'; path: string }
  /** Replaces a field (or list element) the answer has with this value: a string where a number belongs, or anything else. */
  | { kind: 'wrong-type'; path: string; value: unknown };

/** Reshapes per operation name, applied in order to each of its answers. */
export type ReshapeScript = Partial<Record<string, Reshape[]>>;

/** A reshape whose path does not fit the answer: the test's mistake, answered as a 500. */
export class ReshapeError extends Error {}

type Step = { field: string } | { index: number } | { every: true };

const NAME = /^[^.[\]]+/;
const BRACKET = /^\[(\d*)\]/;

/** The steps of a path; throws on a malformed one. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  let rest = path;
  let first = true;
  while (rest !== '') {
    const bracket = BRACKET.exec(rest);
    if (bracket) {
      steps.push(bracket[1] === '' ? { every: true } : { index: Number(bracket[1]) });
      rest = rest.slice(bracket[0].length);
    } else {
      if (rest.startsWith('[')) throw new Error(`reshape path "${path}": expected [n] or [] at "${rest}"`);
      if (!first) {
        if (!rest.startsWith('.')) throw new Error(`reshape path "${path}": expected "." or "[" at "${rest}"`);
        rest = rest.slice(1);
      }
      const name = NAME.exec(rest);
      if (!name) throw new Error(`reshape path "${path}": expected a field name at "${rest}"`);
      steps.push({ field: name[0] });
      rest = rest.slice(name[0].length);
    }
    first = false;
  }
  if (steps.length === 0) throw new Error('reshape path is empty: it must name a field');
  return steps;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const show = (step: Step) => ('field' in step ? `.${step.field}` : 'index' in step ? `[${step.index}]` : '[]');
const pathOf = (steps: Step[]) => steps.map(show).join('').replace(/^\./, '') || '(the answer)';

/** What is at a step of each container: the children, or an error naming where the path stops fitting. */
function childrenOf(container: unknown, step: Step, where: Step[]): unknown[] {
  if ('field' in step) {
    if (!isRecord(container)) throw new ReshapeError(`${pathOf(where)} is not an object`);
    if (!(step.field in container)) throw new ReshapeError(`${pathOf([...where, step])} is not in the answer`);
    return [container[step.field]];
  }
  if (!Array.isArray(container)) throw new ReshapeError(`${pathOf(where)} is not a list`);
  if ('every' in step) return container;
  if (step.index >= container.length) throw new ReshapeError(`${pathOf([...where, step])} is out of range (${container.length} elements)`);
  return [container[step.index]];
}

/** Changes `body` in place as the reshape says. */
function applyOne(body: unknown, reshape: Reshape, steps: Step[]): void {
  let containers = [body];
  for (let i = 0; i < steps.length - 1; i++) containers = containers.flatMap((c) => childrenOf(c, steps[i], steps.slice(0, i)));
  const last = steps[steps.length - 1];
  const where = steps.slice(0, -1);
  for (const container of containers) {
    if ('field' in last) {
      if (!isRecord(container)) throw new ReshapeError(`${pathOf(where)} is not an object`);
      const present = last.field in container;
      if (reshape.kind === 'extra') {
        if (present) throw new ReshapeError(`${pathOf(steps)} is already in the answer (replace it with wrong-type)`);
        container[last.field] = structuredClone(reshape.value);
      } else {
        if (!present) throw new ReshapeError(`${pathOf(steps)} is not in the answer`);
        if (reshape.kind === 'missing') delete container[last.field];
        else container[last.field] = structuredClone(reshape.value);
      }
      continue;
    }
    if (!Array.isArray(container)) throw new ReshapeError(`${pathOf(where)} is not a list`);
    const indexes = 'every' in last ? container.map((_, i) => i) : [last.index];
    if ('index' in last && last.index >= container.length) {
      throw new ReshapeError(`${pathOf(steps)} is out of range (${container.length} elements)`);
    }
    // Highest first, so that removing one does not move the next.
    for (const i of indexes.reverse()) {
      if (reshape.kind === 'missing') container.splice(i, 1);
      else container[i] = structuredClone((reshape as { value: unknown }).value);
    }
  }
}

const OPERATIONS = new Set(ROUTES.map((r) => r.operation));

/** The reshapes in force, by operation. */
export class ReshapePlan {
  private readonly byOperation = new Map<string, { reshape: Reshape; steps: Step[] }[]>();

  constructor(script: ReshapeScript = {}) {
    for (const [operation, list] of Object.entries(script)) if (list) this.replace(operation, list);
  }

  /**
   * Replaces the operation's reshapes (an empty list puts its answers back on contract). Throws for an
   * operation the emulator does not serve, an unknown kind or a malformed path.
   */
  replace(operation: string, list: Reshape[]): void {
    if (!OPERATIONS.has(operation)) throw new Error(`reshape: the emulator serves no operation ${operation}`);
    const parsed = list.map((reshape) => {
      if (!['extra', 'missing', 'wrong-type'].includes(reshape.kind)) throw new Error(`reshape: unknown kind ${String(reshape.kind)}`);
      const steps = parsePath(reshape.path);
      if (reshape.kind === 'extra' && !('field' in steps[steps.length - 1])) {
        throw new Error(`reshape path "${reshape.path}": an extra field's path must end with a field name`);
      }
      return { reshape, steps };
    });
    if (parsed.length === 0) this.byOperation.delete(operation);
    else this.byOperation.set(operation, parsed);
  }

  /** Whether the operation's answers are reshaped. */
  has(operation: string): boolean {
    return this.byOperation.has(operation);
  }

  /**
   * A reshaped copy of an answer's JSON body (the handler's answer may share objects with the state);
   * throws a ReshapeError when a path does not fit it.
   */
  apply(operation: string, body: unknown): unknown {
    const list = this.byOperation.get(operation) ?? [];
    if (typeof body !== 'object' || body === null) throw new ReshapeError(`the answer to ${operation} has no JSON body to reshape`);
    const copy = structuredClone(body);
    for (const { reshape, steps } of list) {
      try {
        applyOne(copy, reshape, steps);
      } catch (error) {
        if (error instanceof ReshapeError) throw new ReshapeError(`${reshape.kind} ${reshape.path}: ${error.message}`);
        throw error;
      }
    }
    return copy;
  }
}
