// The action's bundle resolves `undici` here (tsconfig `paths`). @actions/http-client imports
// undici's ProxyAgent when it loads, only for its fetch dispatcher; this action sends through
// node:http, and parsing and evaluating undici took about half of the action's start-up. So undici
// is bundled on its own (dist/undici.cjs, by scripts/build.mjs) and loaded on first use only.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Undici = { ProxyAgent: new (...args: unknown[]) => object };

export class ProxyAgent {
  constructor(...args: unknown[]) {
    const { ProxyAgent: Real } = require('./undici.cjs') as Undici;
    return new Real(...args);
  }
}
