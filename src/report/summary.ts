// The job summary of the create action: a small markdown table a user can read at a glance.

export interface CreateSummary {
  taskId: number;
  taskName: string;
  project: number;
  cases: number[];
  region: string | undefined;
  endpoint: string;
  requestId: string | undefined;
}

export function renderCreateSummary(s: CreateSummary): string {
  const rows: [string, string][] = [
    ['Task id', code(String(s.taskId))],
    ['Task name', code(s.taskName)],
    ['PerfTest project', code(String(s.project))],
    [s.cases.length === 1 ? 'Case' : `Cases (${s.cases.length})`, s.cases.map((c) => code(String(c))).join(', ')],
    ['Region', s.region ? code(s.region) : 'not set (custom endpoint)'],
    ['Endpoint', code(s.endpoint)],
  ];
  if (s.requestId) rows.push(['X-Request-Id', code(s.requestId)]);
  return [
    '### CodeArts PerfTest task created',
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
