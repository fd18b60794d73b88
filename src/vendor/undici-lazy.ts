// The actions' bundles resolve `undici` here (tsconfig `paths`). @actions/http-client imports
// undici's ProxyAgent, and @actions/github its fetch, when they load, both only for proxies; these
// actions send through node:http and Octokit's global fetch, and parsing and evaluating undici took
// about half of the start-up. So undici is bundled on its own (dist/undici.cjs, by
// scripts/build.mjs) and loaded on first use only.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

type Undici = { ProxyAgent: new (...args: unknown[]) => object; fetch: (...args: unknown[]) => Promise<unknown> };

const load = (): Undici => createRequire(import.meta.url)(undiciPath(import.meta.url)) as Undici;

/** Where undici.cjs is for a bundle at `moduleUrl`: beside dist/index.js, one folder up from dist/run/. */
export function undiciPath(moduleUrl: string): string {
  return ['./undici.cjs', '../undici.cjs'].find((p) => existsSync(new URL(p, moduleUrl))) ?? './undici.cjs';
}

export class ProxyAgent {
  constructor(...args: unknown[]) {
    return new (load().ProxyAgent)(...args);
  }
}

/** @actions/github's proxy fetch (used only behind a proxy). */
export function fetch(...args: unknown[]): Promise<unknown> {
  return load().fetch(...args);
}
