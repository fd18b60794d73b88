// CodeArts PerfTest's listings of the account's PerfTest projects, their cases and a task's cases.
import type { Answer } from '../../shared/answer.js';
import type { CaseSeed } from '../../shared/seed.js';
import type { CallContext } from '../state.js';
import { existingProject, existingTask, iso, notYours, OK, page, pathInt } from './common.js';

export function listProjectSets(ctx: CallContext): Answer {
  const created = iso(0);
  return {
    status: 200,
    body: {
      ...OK,
      projects: page(ctx, ctx.state.fixture.perftestProjects).map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        source: 0,
        CreateTime: created,
        UpdateTime: created,
      })),
    },
  };
}

/** A folder or case as ListProjectTestCase and ListTaskCases give it (ProjectDirectory, TestCaseBriefInfo). */
const briefOf = (c: CaseSeed) => ({
  id: c.id,
  name: c.name,
  status: c.status,
  type: c.type,
  parent_id: c.parent_id,
  create_time: iso(0),
  update_time: iso(0),
});

export function listProjectTestCase(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suite_id'));
  return { status: 200, body: { ...OK, directory: project.cases.map(briefOf) } };
}

export function listTaskCases(ctx: CallContext): Answer {
  const project = existingProject(ctx.state, pathInt(ctx, 'test_suit_id'));
  const task = existingTask(ctx);
  if (task.project_id !== project.id) throw notYours(`task ${task.id} is not in PerfTest project ${project.id}`);
  const cases = task.case_id_list.map((id) => ctx.state.caseOf(project, id)).filter((c): c is CaseSeed => c !== undefined);
  return { status: 200, body: { ...OK, test_cases: cases.map(briefOf) } };
}
