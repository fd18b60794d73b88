// `npm run demo`: runs the committed demo bundle; builds first only when a bundle is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.js') || !existsSync('dist/demo/index.js')) {
  console.log('A bundle is missing from dist/: building it (npm run build).');
  execSync('npm run build', { stdio: 'inherit' });
}
await import('../dist/demo/index.js');
