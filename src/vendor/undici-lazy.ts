// The actions' bundles resolve `undici` here (tsconfig `paths`). @actions/http-client imports
// undici's ProxyAgent when it loads, only for its fetch dispatcher; these actions send through
// node:http, and parsing and evaluating undici took about half of the start-up. So undici is
// bundled on its own (dist/undici.cjs, by scripts/build.mjs) and loaded on first use only.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

type Undici = { ProxyAgent: new (...args: unknown[]) => object };

/** Where undici.cjs is for a bundle at `moduleUrl`: beside dist/index.js, one folder up from dist/run/. */
export function undiciPath(moduleUrl: string): string {
  return ['./undici.cjs', '../undici.cjs'].find((p) => existsSync(new URL(p, moduleUrl))) ?? './undici.cjs';
}

export class ProxyAgent {
  constructor(...args: unknown[]) {
    const { ProxyAgent: Real } = createRequire(import.meta.url)(undiciPath(import.meta.url)) as Undici;
    return new Real(...args);
  }
}
