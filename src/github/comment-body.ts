// The pull-request comment: one per workflow and task, found again by a hidden marker (in a comment
// the token wrote: anyone may copy the marker), with one section per action (create, run) that each
// action replaces and the other keeps.

export type Section = 'create' | 'run';

export function marker(workflow: string, taskId: number): string {
  // The workflow name is user text: keep it from closing the HTML comment.
  return `<!-- codearts-perftest-action workflow="${workflow.replace(/-->|"/g, '')}" task="${taskId}" -->`;
}

const open = (section: Section) => `<!-- section:${section} -->`;
const close = (section: Section) => `<!-- /section:${section} -->`;

function sectionOf(body: string, section: Section): string | undefined {
  const start = body.indexOf(open(section));
  const end = body.indexOf(close(section));
  return start >= 0 && end > start ? body.slice(start, end + close(section).length) : undefined;
}

/** The comment's body with `section` set to `content`, the other section kept from `existing`. */
export function commentBody(
  existing: string | undefined,
  mark: string,
  workflow: string,
  taskId: number,
  section: Section,
  content: string,
): string {
  const sections = { create: existing && sectionOf(existing, 'create'), run: existing && sectionOf(existing, 'run') };
  sections[section] = `${open(section)}\n${content.trim()}\n${close(section)}`;
  return [
    mark,
    `**CodeArts PerfTest** · task \`${taskId}\` · workflow _${workflow}_`,
    '',
    ...(['create', 'run'] as const).map((s) => sections[s]).filter((s): s is string => Boolean(s)),
    '',
  ].join('\n');
}
