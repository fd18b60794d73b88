// The floor of `npm run bench`: the least a program can do for the action's job. Plain Node, no
// dependencies: read the same INPUT_* variables, sign one CreateNewTask with SDK-HMAC-SHA256, POST
// it with node:http and append task_id to GITHUB_OUTPUT. The action's start-up is compared to this.
import { createHash, createHmac } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Required, not imported: on Node 24 the ESM facade of node:http reads every export, and a lazy
// one loads Node's internal undici (~30 ms). The action's bundle requires its built-ins too.
const { request } = createRequire(import.meta.url)('node:http');

const env = process.env;
const endpoint = new URL(env.INPUT_ENDPOINT);
const projectId = env.INPUT_PROJECT_ID;
const path = `/v3/${projectId}/tasks`;
const body = JSON.stringify({
  name: `floor-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT}`,
  parallel: false,
  project_id: Number(env.INPUT_PROJECT),
  operate_mode: 2,
  case_id_list: env.INPUT_CASES.split(/[\s,]+/)
    .filter(Boolean)
    .map(Number),
});

// The same four signed headers as the action. The project id is 32 hex characters, so the path
// needs no percent-encoding; the canonical URI only gains its trailing slash.
const date = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d{3}/, '');
const headers = {
  'Content-Type': 'application/json',
  Host: endpoint.host,
  'X-Project-Id': projectId,
  'X-Sdk-Date': date,
};
const signedHeaders = 'content-type;host;x-project-id;x-sdk-date';
const canonicalHeaders = Object.entries(headers)
  .map(([name, value]) => `${name.toLowerCase()}:${value}\n`)
  .join('');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const canonicalRequest = ['POST', `${path}/`, '', canonicalHeaders, signedHeaders, sha256(body)].join('\n');
const signature = createHmac('sha256', env.INPUT_SECRET_ACCESS_KEY)
  .update(`SDK-HMAC-SHA256\n${date}\n${sha256(canonicalRequest)}`)
  .digest('hex');
headers.Authorization = `SDK-HMAC-SHA256 Access=${env.INPUT_ACCESS_KEY_ID}, SignedHeaders=${signedHeaders}, Signature=${signature}`;

const fail = (message) => {
  console.error(message);
  process.exitCode = 1;
};
request(endpoint.origin + path, { method: 'POST', headers }, (res) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => (text += chunk));
  res.on('end', () => {
    if (res.statusCode !== 201) return fail(`expected HTTP 201, got ${res.statusCode}: ${text}`);
    appendFileSync(env.GITHUB_OUTPUT, `task_id=${JSON.parse(text).task_id}\n`);
  });
})
  .on('error', (error) => fail(error.message))
  .end(body);
