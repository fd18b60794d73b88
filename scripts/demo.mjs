// `npm run demo`: runs the committed demo bundle; builds first only when a bundle is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!['dist/index.js', 'dist/run/index.js', 'dist/demo/index.js'].every((bundle) => existsSync(bundle))) {
  console.log('A bundle is missing from dist/: building it (npm run build).');
  execSync('npm run build', { stdio: 'inherit' });
}
await import('../dist/demo/index.js');
