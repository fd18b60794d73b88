// contract/ is exactly what scripts/contract.mjs makes of the reference it was taken from, when that
// reference is at hand (it lives outside the repository, beside it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reference = join('..', 'shared', 'reference', 'contract');
const run = existsSync(join(reference, 'cpts.json')) ? test : test.skip;

run('contract/*.json are the fresh extract of the reference, with its provenance', () => {
  const out = mkdtempSync(join(tmpdir(), 'contract-'));
  try {
    execFileSync(process.execPath, ['scripts/contract.mjs', reference, out], { stdio: 'pipe' });
    for (const file of ['cpts.json', 'iam.json']) {
      expect(readFileSync(join('contract', file), 'utf8')).toBe(readFileSync(join(out, file), 'utf8'));
      const source = JSON.parse(readFileSync(join('contract', file), 'utf8')).source;
      expect(source).toEqual({
        repository: 'huaweicloud/huaweicloud-sdk-python-v3',
        commit: expect.stringMatching(/^[0-9a-f]{40}$/),
        client: expect.any(String),
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
