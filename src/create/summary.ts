// The job summary of the create action: a small markdown table a user can read at a glance.

export interface CreateSummary {
  taskId: number;
  taskName: string;
  origin: 'created' | 'adopted' | 'reused';
  testSuiteId: number;
  cases: number[];
  region: string | undefined;
  /** The region's IAM project id used. */
  iamProjectId: string;
  endpoint: string;
  requestId: string | undefined;
}

const HOW = {
  created: 'created by this step',
  adopted: 'created by this step (its answer was lost, found by name)',
  reused: 'an existing task of that name (if_exists: reuse)',
};

const TITLE = { created: 'created', adopted: 'created', reused: 'reused' };

export function renderCreateSummary(s: CreateSummary): string {
  const rows: [string, string][] = [
    ['Task id', `${code(String(s.taskId))}, ${HOW[s.origin]}`],
    ['Task name', code(s.taskName)],
    ['PerfTest project', code(String(s.testSuiteId))],
    [s.cases.length === 1 ? 'Case' : `Cases (${s.cases.length})`, s.cases.map((c) => code(String(c))).join(', ')],
    ['Region', s.region ? code(s.region) : 'not set (custom endpoint)'],
    ['Region project id', code(s.iamProjectId)],
    ['Endpoint', code(s.endpoint)],
  ];
  if (s.requestId) rows.push(['X-Request-Id', code(s.requestId)]);
  return [
    `### CodeArts PerfTest task ${TITLE[s.origin]}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([key, value]) => `| ${key} | ${value} |`),
    '',
  ].join('\n');
}

/** Inline code that survives pipes and backticks inside a table cell. */
function code(text: string): string {
  const escaped = text.replace(/\|/g, '\\|');
  return escaped.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}
