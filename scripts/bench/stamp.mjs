// Which bundles docs/benchmarks.md was measured on, by hash: its figures are timings, so a fresh
// run cannot be compared with it byte for byte, but the bundles it names can be compared with dist/.
// Plain JavaScript, so that .ci/run checks it without a build (scripts/check-bench.mjs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLES = ['dist/index.js', 'dist/run/index.js'];
const PREFIX = 'Measured bundles: ';

export function bundleHash(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}

export function stampLine(root) {
  return `${PREFIX}${BUNDLES.map((bundle) => `\`${bundle}\` sha256 \`${bundleHash(join(root, bundle))}\``).join(', ')} (first 12 hex digits).`;
}

export function recordedHashes(markdown) {
  const line = markdown.split('\n').find((l) => l.startsWith(PREFIX)) ?? '';
  return Object.fromEntries([...line.matchAll(/`([^`]+)` sha256 `([0-9a-f]{12})`/g)].map(([, bundle, hash]) => [bundle, hash]));
}

export function staleBundles(markdown, root) {
  const recorded = recordedHashes(markdown);
  return BUNDLES.flatMap((bundle) => {
    const actual = bundleHash(join(root, bundle));
    if (recorded[bundle] === actual) return [];
    return [
      recorded[bundle]
        ? `docs/benchmarks.md was measured on another ${bundle} (sha256 ${recorded[bundle]}, now ${actual}): run npm run bench:node24 and commit`
        : `docs/benchmarks.md does not say which ${bundle} it measured: run npm run bench:node24 and commit`,
    ];
  });
}
