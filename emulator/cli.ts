// `npm run emulator`: the emulator on a fixed or free loopback port, until Ctrl+C.
import { parseArgs } from 'node:util';
import { DEMO, startEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}
const emulator = await startEmulator({ port, strict: values.strict, log: values.quiet ? undefined : (line) => console.log(`  ${line}`) });
console.log(`CodeArts PerfTest + IAM emulator on ${emulator.url}

Use it from the action (or any Huawei Cloud SDK) with:
  endpoint:          ${emulator.url}
  region:            ${DEMO.region}
  project_id:        ${DEMO.projectId}
  access_key_id:     ${DEMO.ak}
  secret_access_key: ${DEMO.sk}
  project:           ${DEMO.perftestProject}   (PerfTest project "checkout-perf")
  cases:             ${DEMO.cases.join(', ')}
Temporary keys: ${DEMO.temporaryAk} / ${DEMO.temporarySk} with security_token ${DEMO.securityToken}

${values.strict ? 'Strict: an answer of the emulator that breaks the API contract is a 500 naming the field.\n' : ''}Requests are listed below. Ctrl+C stops it.`);
const stop = () => void emulator.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
