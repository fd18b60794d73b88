// The variables, create_variables, mask_variables and preflight inputs: what they parse to, and one
// clear error per bad input that never shows a masked value.
import { InputError } from '../../src/common/errors.js';
import { RUN_INPUTS, resolveRunConfig, type RawRunInputs } from '../../src/run/config.js';
import { parseVariables, resolveEnvironmentConfig } from '../../src/run/variables-config.js';

const raw = (overrides: Partial<RawRunInputs> = {}): RawRunInputs => ({
  ...(Object.fromEntries(RUN_INPUTS.map((name) => [name, ''])) as RawRunInputs),
  task_id: '1200001',
  project_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  access_key_id: 'AK',
  secret_access_key: 'SK',
  region: 'cn-north-4',
  ...overrides,
});

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error');
};

test('one NAME=value per line: a value keeps its commas and any "=" after the first', () => {
  expect(parseVariables('variables', 'TARGET_HOST=pr-42.preview.example.com\n  QUERY = a=1,b=2 \n\n', false)).toEqual([
    { name: 'TARGET_HOST', value: 'pr-42.preview.example.com' },
    { name: 'QUERY', value: 'a=1,b=2' },
  ]);
});

test('on one line, entries are separated by commas', () => {
  expect(parseVariables('variables', 'A=1, B=two ,C=3', false)).toEqual([
    { name: 'A', value: '1' },
    { name: 'B', value: 'two' },
    { name: 'C', value: '3' },
  ]);
});

test('empty gives no variables, and the defaults: nothing created, nothing masked, no preflight', () => {
  expect(resolveRunConfig(raw(), {}).environment).toEqual({
    variables: [],
    createVariables: false,
    maskVariables: false,
    preflight: false,
  });
  expect(resolveRunConfig(raw({ create_variables: 'true', preflight: 'true' }), {}).environment).toMatchObject({
    createVariables: true,
    preflight: true,
  });
});

test.each([
  ['TARGET_HOST', /entry 1 of 1 has no "=": "TARGET_HOST"/],
  ['=value', /entry 1 of 1 must start with a variable name .* got ""/],
  ['MY HOST=x', /must start with a variable name .* got "MY HOST"/],
  ['${HOST}=x', /must start with a variable name/],
  ['HOST=', /gives HOST an empty value: is the expression behind it empty/],
  ['HOST=a\nHOST=b', /names HOST twice/],
])('%j is an input error naming the input', (text, message) => {
  const error = errorOf(() => parseVariables('variables', text, false));
  expect(error.input).toBe('variables');
  expect(error.message).toMatch(message);
});

test('with mask_variables, an error never quotes the entry that holds the value', () => {
  const error = errorOf(() =>
    resolveEnvironmentConfig(
      { variables: 'TOKEN:s3cr3t-value', mask_variables: 'true', create_variables: '', preflight: '', wait: '' },
      true,
    ),
  );
  expect(error.message).toContain('entry 1 of 1 has no "=": (not shown: mask_variables is true)');
  expect(error.message).not.toContain('s3cr3t');
});

test('more than 50 variables is refused', () => {
  const text = Array.from({ length: 51 }, (_, i) => `V${i}=x`).join('\n');
  expect(errorOf(() => parseVariables('variables', text, false)).message).toMatch(/names 51 variables; at most 50/);
});

test('variables need wait: true, since the values go back when the run ends', () => {
  const error = errorOf(() => resolveRunConfig(raw({ variables: 'A=1', wait: 'false' }), {}));
  expect(error.input).toBe('variables');
  expect(error.message).toMatch(/needs wait: true/);
  // preflight alone is fine without waiting.
  expect(resolveRunConfig(raw({ preflight: 'true', wait: 'false' }), {}).environment.preflight).toBe(true);
});

test.each(['create_variables', 'mask_variables', 'preflight'] as const)('%s must be true or false', (input) => {
  expect(errorOf(() => resolveRunConfig(raw({ [input]: 'yes' }), {})).message).toBe(`Input "${input}" must be true or false; got "yes".`);
});
