// Refreshes contract/: the operations the actions call or the emulator serves, with every model
// they reach, taken from the contract extracted from Huawei's official SDK (see contract/README.md).
// Then writes the compact response shapes the actions check answers against (scripts/contract-shapes.mjs):
// src/cpts/contract-shapes.ts, or contract-shapes.ts in the output folder when that is not contract/.
// Usage: node scripts/contract.mjs [folder holding the full cpts.json and iam.json] [output folder]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CREATE_OPERATIONS, CREATE_SHAPES_FILE, SHAPES_FILE, writeContractShapes } from './contract-shapes.mjs';

const OPERATIONS = {
  cpts: [
    'BatchUpdateTaskStatus',
    'CreateNewTask',
    'CreateVariable',
    'DebugCase',
    'DeleteNewTask',
    'DeleteVariable',
    'ListProjectSets',
    'ListProjectTestCase',
    'ListTaskCases',
    'ListVariables',
    'ShowHistoryRunInfo',
    'ShowMergeCaseDetail',
    'ShowMergeReportLogsOutline',
    'ShowMergeTaskCase',
    'ShowTask',
    'ShowTaskSet',
    'UpdateTaskRelatedTestCase',
    'UpdateTaskStatus',
    'UpdateVariable',
  ],
  iam: ['CreateTemporaryAccessKeyByToken', 'CreateTokenWithIdToken', 'KeystoneListAuthProjects', 'KeystoneListProjects'],
};

const from = process.argv[2] ?? join('..', 'shared', 'reference', 'contract');
const out = process.argv[3] ?? 'contract';

for (const [service, names] of Object.entries(OPERATIONS)) {
  const full = JSON.parse(readFileSync(join(from, `${service}.json`), 'utf8'));
  const models = {};
  const reach = (name) => {
    if (models[name] || !full.models[name]) return;
    models[name] = full.models[name];
    for (const field of Object.values(full.models[name].fields)) for (const ref of field.type.match(/[A-Z]\w*/g) ?? []) reach(ref);
  };
  const operations = {};
  for (const name of names) {
    const operation = full.operations[name];
    if (!operation) throw new Error(`${service}.json has no operation ${name}`);
    operations[name] = operation;
    reach(operation.request);
    reach(operation.response);
  }
  const sorted = Object.fromEntries(
    Object.keys(models)
      .sort()
      .map((k) => [k, models[k]]),
  );
  writeFileSync(join(out, `${service}.json`), JSON.stringify({ source: full.source, operations, models: sorted }, null, 2) + '\n');
  console.log(
    `contract/${service}.json: ${names.length} operations, ${Object.keys(sorted).length} models from ${full.source.repository}@${full.source.commit}`,
  );
}

const inRepo = resolve(out) === resolve('contract');
writeContractShapes(out, inRepo ? SHAPES_FILE : join(out, 'contract-shapes.ts'));
writeContractShapes(out, inRepo ? CREATE_SHAPES_FILE : join(out, 'contract-shapes-create.ts'), CREATE_OPERATIONS);
