// Every workflow shown in the README and docs (and the project's own) uses the actions as they are
// declared: only inputs that action.yml knows, every required input given.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
}
type Action = 'create' | 'run' | 'doctor';
const actions: Record<Action, ActionSpec> = {
  create: parse(read('action.yml')),
  run: parse(read('run/action.yml')),
  doctor: parse(read('doctor/action.yml')),
};

/** Which of our actions a `uses:` names, if any. */
function actionOf(uses: string): Action | undefined {
  if (/^\.\/?$/.test(uses) || /codearts-perftest-action@/.test(uses)) return 'create';
  if (/^\.\/run\/?$/.test(uses) || /codearts-perftest-action\/run@/.test(uses)) return 'run';
  if (/^\.\/doctor\/?$/.test(uses) || /codearts-perftest-action\/doctor@/.test(uses)) return 'doctor';
  return undefined;
}

interface Use {
  where: string;
  action: Action;
  with: Record<string, unknown>;
}

function usesIn(node: unknown, where: string, found: Use[]): Use[] {
  if (Array.isArray(node)) node.forEach((n) => usesIn(n, where, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const action = typeof record.uses === 'string' ? actionOf(record.uses) : undefined;
    if (action)
      found.push({ where: `${where} (${record.name ?? record.uses})`, action, with: (record.with as Record<string, unknown>) ?? {} });
    Object.values(record).forEach((v) => usesIn(v, where, found));
  }
  return found;
}

function yamlBlocks(file: string): { where: string; text: string }[] {
  const blocks: { where: string; text: string }[] = [];
  const lines = read(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*```ya?ml\s*$/.test(lines[i])) {
      const start = i + 1;
      const indent = lines[i].match(/^\s*/)![0].length;
      let end = start;
      while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
      blocks.push({
        where: `${file}:${start}`,
        text: lines
          .slice(start, end)
          .map((l) => l.slice(indent))
          .join('\n'),
      });
      i = end;
    }
  }
  return blocks;
}

const docs = [
  'README.md',
  ...(existsSync(new URL('docs/', root))
    ? readdirSync(new URL('docs/', root))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    : []),
];
const workflowDir = new URL('.github/workflows/', root);
const workflows = existsSync(workflowDir)
  ? readdirSync(workflowDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `.github/workflows/${f}`)
  : [];
const sources = [...docs.flatMap(yamlBlocks), ...workflows.map((file) => ({ where: file, text: read(file) }))];
const uses = sources.flatMap(({ where, text }) => {
  const documents = parseAllDocuments(text);
  for (const d of documents) if (d.errors.length) throw new Error(`${where}: YAML does not parse: ${d.errors[0].message}`);
  return documents.flatMap((d) => usesIn(d.toJS(), where, []));
});

test('the README shows both actions in use', () => {
  const inReadme = uses.filter((u) => u.where.startsWith('README.md'));
  expect(inReadme.map((u) => u.action)).toEqual(expect.arrayContaining(['create', 'run']));
});

test.each(uses.map((u) => [u.where, u] as const))('%s passes only declared inputs and every required one', (_where, use) => {
  const declared = actions[use.action].inputs;
  expect(Object.keys(use.with).filter((name) => !(name in declared))).toEqual([]);
  const required = Object.entries(declared)
    .filter(([, spec]) => spec.required)
    .map(([name]) => name);
  expect(required.filter((name) => !(name in use.with))).toEqual([]);
});
