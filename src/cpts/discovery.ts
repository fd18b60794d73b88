// Names to ids, the way a user sees things in the console: a PerfTest project by name
// (ListProjectSets) and cases by name (ListProjectTestCase). Ids take no request at all.
import { listSome, refText, type Ref } from './refs.js';
import type { CptsClient } from './client.js';
import { allPages } from './pages.js';
import { CASE_STATUS, DIRECTORY_ENTRY } from './types.js';

export class LookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LookupError';
  }
}

/** At most this many candidates are listed in a message. */
const LISTED = 15;

function listing(items: { id: number; name: string }[]): string {
  return listSome(
    items.map((i) => `"${i.name}" (${i.id})`),
    LISTED,
  );
}

/** The id of the PerfTest project (test suite) `ref` names (input "project"). */
export async function resolveTestSuite(client: CptsClient, ref: Ref): Promise<number> {
  if ('id' in ref) return ref.id;
  const projects = await allPages((offset, limit) => client.listProjectSets(offset, limit));
  const matches = projects.filter((p) => p.name === ref.name);
  if (matches.length === 0) {
    throw new LookupError(
      `No CodeArts PerfTest project is named "${ref.name}" (input "project"). ` +
        (projects.length ? `The projects are: ${listing(projects)}.` : 'This region project has no PerfTest projects.'),
    );
  }
  if (matches.length > 1) {
    throw new LookupError(
      `${matches.length} CodeArts PerfTest projects are named "${ref.name}": ${listing(matches)}. Give "project" by id.`,
    );
  }
  client.retry.log.info(`project "${ref.name}" -> ${matches[0].id}`);
  return matches[0].id;
}

export async function resolveCases(client: CptsClient, testSuiteId: number, refs: Ref[]): Promise<number[]> {
  if (refs.every((ref) => 'id' in ref)) return refs.map((ref) => (ref as { id: number }).id);
  const directory = await client.listProjectTestCase(testSuiteId);
  const cases = directory.filter((e) => e.type === DIRECTORY_ENTRY.case && e.status !== CASE_STATUS.deleted);
  const ids: number[] = [];
  for (const ref of refs) {
    if ('id' in ref) {
      ids.push(ref.id);
      continue;
    }
    const matches = cases.filter((c) => c.name === ref.name);
    if (matches.length === 0) {
      throw new LookupError(
        `PerfTest project ${testSuiteId} has no case named "${ref.name}" (input "cases"). ` +
          (cases.length ? `Its cases are: ${listing(cases)}.` : 'It has no cases.'),
      );
    }
    if (matches.length > 1) {
      throw new LookupError(
        `${matches.length} cases of PerfTest project ${testSuiteId} are named "${ref.name}": ${listing(matches)}. Give that case by id.`,
      );
    }
    if (matches[0].status === CASE_STATUS.disabled) {
      throw new LookupError(
        `Case "${ref.name}" (${matches[0].id}) of PerfTest project ${testSuiteId} is disabled: enable it in the console, or leave it out.`,
      );
    }
    client.retry.log.info(`case "${ref.name}" -> ${matches[0].id}`);
    ids.push(matches[0].id);
  }
  return ids;
}

/** A task's cases in the task's order (ListTaskCases), each with its name in the project when it has one (ListProjectTestCase). */
export async function taskCases(client: CptsClient, testSuiteId: number, taskId: number): Promise<{ id: number; name?: string }[]> {
  const ids = await client.listTaskCases(testSuiteId, taskId);
  const names = new Map((await client.listProjectTestCase(testSuiteId)).map((entry) => [entry.id, entry.name]));
  return ids.map((id) => ({ id, name: names.get(id) }));
}

/** The ids with repeats dropped (a case given by id and by name), and one warning listing the first repeats. */
export function distinct(ids: number[], refs: Ref[], warn: (message: string) => void): number[] {
  const seen = new Set<number>();
  const repeated: string[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) repeated.push(refText(refs[i]));
    seen.add(id);
  });
  if (repeated.length > 0) {
    warn(`Input "cases" names the same case more than once (${listSome(repeated)}); each case is used once.`);
  }
  return [...seen];
}
