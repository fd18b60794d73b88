// ESLint flat config: the recommended rules for JavaScript and TypeScript; formatting is Prettier's.
// The layering of src/ (CONTRIBUTING.md, "Layout") is a rule too; import cycles are dpdm's (npm run cycles, part of npm run lint).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** src/ from the top down: a folder may import only the folders after it (the three entry folders not each other). */
const LAYERS = [['create', 'run', 'doctor'], ['common'], ['github'], ['cpts'], ['huawei']];

const layerZones = LAYERS.flatMap((layer, i) =>
  layer.map((folder) => ({
    target: `./src/${folder}`,
    from: [...LAYERS.slice(0, i).flat(), ...layer.filter((other) => other !== folder)].map((above) => `./src/${above}`),
    message: `src/${folder} must not import this: src/ imports point down the layers ${LAYERS.map((l) => l.join('+')).join(' -> ')}.`,
  })),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'emulator/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            // The emulator stands in for the cloud: it shares no code with the client it tests.
            { target: './emulator', from: './src', message: "The emulator must not import the actions' code." },
            { target: './src', from: ['./emulator', './scripts', './__tests__'], message: 'src/ must not import tooling or tests.' },
          ],
        },
      ],
    },
  },
  { files: ['__tests__/**'], languageOptions: { globals: { ...globals.jest } } },
  prettier,
);
