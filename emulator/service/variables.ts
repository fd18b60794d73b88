// PerfTest global variables and what they decide: the host a case's requests go to. Global variables
// belong to a PerfTest project (test suite); Huawei documents that they work in request bodies and in
// a request's URL, their values taken in order per virtual user and iteration, so that a one-value
// enumeration gives every request that value. The emulator reduces that to a case's host
// (CaseSeed.host): each `${NAME}` in it resolves to the variable's first value, as a one-value
// enumeration gives every request; a reference to no variable stays as it is, and so names no host.
// A request's protocol is kept apart from its URL, as the service keeps it (CaseSeed.protocol).
//
// The store holds mutable copies of the seed's variables, made when a project's variables are first
// read: later changes to the fixture's seed do not reach them. New variables take ids from one
// counter for the whole account, from above the highest seeded id.
import type { CaseSeed, Fixture, VariableSeed } from '../shared/seed.js';

export type VariableType = VariableSeed['variable_type'];
export type VariableValue = string | number;

/** A global variable as the service keeps it: ListVariables' VariableDetail. */
export interface Variable {
  id: number;
  name: string;
  variable_type: VariableType;
  variable: VariableValue[];
  is_quoted: boolean;
  variable_mode: 0 | 1;
  share_mode: 0 | 1;
  /** Files only. */
  file_size?: number;
}

export const VARIABLE_TYPES: readonly VariableType[] = [1, 2, 3, 5];
export const VARIABLE_TYPE_NAMES: Record<VariableType, string> = { 1: 'integer', 2: 'enumeration', 3: 'file', 5: 'text' };
const DEFAULT_FILE_SIZE = 2048;

/** Where a case's requests go: its host with the variables resolved, and whether the load generators reach it. */
export interface CaseTarget {
  /** '' for a case whose seed names no host. */
  host: string;
  protocol: 'http' | 'https';
  reachable: boolean;
}

const REFERENCE = /\$\{([^}]*)\}/g;

/** The host with each `${NAME}` replaced by the variable's first value; a reference to no variable (or an empty one) stays. */
export function resolveHost(host: string, variables: readonly Variable[]): string {
  return host.replace(REFERENCE, (reference, name: string) => {
    const found = variables.find((v) => v.name === name);
    return found && found.variable.length > 0 ? String(found.variable[0]) : reference;
  });
}

/** A host pattern as a RegExp: `*` matches any run of characters, case-insensitive. */
const patternOf = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );

/** The host without a port: `shop.example.com:8443` is reached, or not, as `shop.example.com`. */
export const hostnameOf = (host: string): string => host.replace(/:\d+$/, '');

/**
 * Whether the load generators reach the host: never one with an unresolved reference, an empty one
 * or one with spaces; otherwise one that matches a pattern (any host when there are no patterns).
 */
export function isReachable(host: string, patterns: readonly string[] | undefined): boolean {
  const name = hostnameOf(host);
  if (name === '' || /[\s${}]/.test(name)) return false;
  return patterns === undefined || patterns.some((p) => patternOf(p).test(name));
}

/** An HTTP request's path, from a request name such as `POST /orders`; none for a name of another form. */
export const pathOf = (requestName: string): string | undefined => /^[A-Z]+ (\/.*)$/.exec(requestName)?.[1];

/** A request's URL: `<protocol>://<host><path>`, the path `/` for a name not of the form `METHOD /path`; the path alone without a host. */
export function requestUrl(target: CaseTarget, requestName: string): string {
  const path = pathOf(requestName) ?? '/';
  return target.host === '' ? path : `${target.protocol}://${target.host}${path}`;
}

/** The PerfTest projects' global variables, copied from the seed when first read. */
export class VariableStore {
  private readonly byProject = new Map<number, Variable[]>();
  private nextId: number;

  constructor(private readonly fixture: Fixture) {
    const seeded = fixture.perftestProjects.flatMap((p) => (p.variables ?? []).map((v) => v.id));
    this.nextId = Math.max(0, ...seeded) + 1;
  }

  /** The project's variables, live (a test may change them); throws for a project the fixture lacks. */
  of(projectId: number): Variable[] {
    let list = this.byProject.get(projectId);
    if (!list) {
      const project = this.fixture.perftestProjects.find((p) => p.id === projectId);
      if (!project) throw new Error(`no PerfTest project ${projectId} in the fixture`);
      list = (project.variables ?? []).map((seed) => copyOf(seed, project.cases));
      this.byProject.set(projectId, list);
    }
    return list;
  }

  /** A new variable of the project, with the next id. */
  add(projectId: number, fields: Omit<Variable, 'id'>): Variable {
    const variable: Variable = { id: this.nextId++, ...fields, variable: [...fields.variable] };
    this.of(projectId).push(variable);
    return variable;
  }

  /** Where the case's requests go now, with the project's variables as they are. */
  targetOf(projectId: number, c: CaseSeed): CaseTarget {
    const protocol = c.protocol ?? 'https';
    if (c.host === undefined) return { host: '', protocol, reachable: true };
    const host = resolveHost(c.host, this.of(projectId));
    return { host, protocol, reachable: isReachable(host, this.fixture.reachableHosts) };
  }
}

function copyOf(seed: VariableSeed, cases: readonly CaseSeed[]): Variable {
  const quoted = cases.some((c) => c.host?.includes(`\${${seed.name}}`) ?? false);
  return {
    id: seed.id,
    name: seed.name,
    variable_type: seed.variable_type,
    variable: [...seed.variable],
    is_quoted: seed.is_quoted ?? quoted,
    variable_mode: seed.variable_mode ?? 0,
    share_mode: seed.share_mode ?? 0,
    ...(seed.variable_type === 3 ? { file_size: seed.file_size ?? DEFAULT_FILE_SIZE } : {}),
  };
}
