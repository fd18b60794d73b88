// `npm run emulator`: the emulator on a fixed or free loopback port, until Ctrl+C.
import { parseArgs } from 'node:util';
import { banner, serve } from './serve.js';

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
const served = await serve({ port, strict: values.strict, log: values.quiet ? undefined : (line) => console.log(`  ${line}`) });
if ('message' in served) {
  console.error(served.message);
  process.exit(served.exitCode);
}
const { emulator } = served;
console.log(banner(emulator.url, values.strict));
const stop = () => void emulator.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
