/**
 * @jest-environment jsdom
 */
// The trend chart, parsed by Mermaid itself (mermaid.parse, the parser GitHub's renderer runs), not
// only compared as text: a chart Mermaid refuses shows on GitHub as an error box. The jsdom
// environment is for DOMPurify, which mermaid sanitises labels with and which needs a window.
import fc from 'fast-check';
import mermaid from 'mermaid';
import { renderTrendChart, type ChartPoint } from '../../src/run/trend-chart.js';

/** The diagram inside the ```mermaid fence. */
function diagramOf(block: string | undefined): string {
  const lines = (block ?? '').split('\n');
  expect(lines[0]).toBe('```mermaid');
  expect(lines.at(-1)).toBe('```');
  return lines.slice(1, -1).join('\n');
}

const parses = async (block: string | undefined): Promise<void> => {
  await expect(mermaid.parse(diagramOf(block))).resolves.toMatchObject({ diagramType: 'xychart' });
};

const points = (...values: number[]): ChartPoint[] =>
  values.map((value, i) => ({ label: i === values.length - 1 ? 'this run' : String(7700001 + i), value }));

test('the parser is real: it refuses a broken chart (so the passes below mean something)', async () => {
  await expect(mermaid.parse('xychart-beta\n    x-axis ["a", "b"\n    line [1, 2]')).rejects.toThrow(/Parse error/);
  await expect(mermaid.parse('xychart-beta\n    x-axis ["a", ""]\n    line [1, 2]')).rejects.toThrow(/Parse error/);
});

test('fewer than two points: no chart (the caller writes a sentence)', () => {
  expect(renderTrendChart('rps', 'Requests per second', 'requests/s', [])).toBeUndefined();
  expect(renderTrendChart('rps', 'Requests per second', 'requests/s', points(5))).toBeUndefined();
  expect(renderTrendChart('rps', 'Requests per second', 'requests/s', [...points(5), { label: 'x', value: NaN }])).toBeUndefined();
});

test('a response-time trend: title, run ids on the x axis, the unit and a round range from 0 on the y axis, one line', async () => {
  const block = renderTrendChart('avg_response_time', 'Average response time', 'ms', points(120, 130.5, 158.6));
  expect(block).toBe(
    [
      '```mermaid',
      'xychart-beta',
      '    title "Average response time"',
      '    x-axis ["7700001", "7700002", "this run"]',
      '    y-axis "ms" 0 --> 180',
      '    line [120, 130.5, 158.6]',
      '```',
    ].join('\n'),
  );
  await parses(block);
});

test('a success rate near 100 %: the axis starts near its lowest value and ends at 100, not above', async () => {
  const block = renderTrendChart('success_rate', 'Success rate', '%', points(99.5, 99.8, 99.95));
  expect(block).toContain('y-axis "%" 99.4 --> 100\n');
  await parses(block);
  const perfect = renderTrendChart('success_rate', 'Success rate', '%', points(100, 100));
  expect(perfect).toContain('y-axis "%" 90 --> 100\n');
  await parses(perfect);
});

test.each([
  ['zeros', [0, 0], '0 --> 1', '[0, 0]'],
  ['float tails', [0.1 + 0.2, 10.000000000002], '0 --> 12', '[0.3, 10]'],
  ['small decimals', [0.00012, 0.0004], '0 --> 0.0005', '[0.0001, 0.0004]'],
  ['large', [123456789012, 98765432109.5], '0 --> 140000000000', '[123456789012, 98765432109.5]'],
  ['negative', [-5, 3], '-6 --> 4', '[-5, 3]'],
])('values: %s', async (_name, values, range, line) => {
  const block = renderTrendChart('rps', 'Requests per second', '', points(...values));
  expect(block).toContain(`    y-axis ${range}\n`);
  expect(block).toContain(`    line ${line}\n`);
  expect(block).not.toMatch(/\de[+-]?\d/);
  await parses(block);
});

test('tricky labels: quotes, commas, unicode, directives, Markdown quotes, blanks, line breaks, duplicates, long ones', async () => {
  const labels = [
    'run "7700001"',
    'a, b',
    'ü 日本 🚀',
    '%%{init: {"theme": "dark"}}%%',
    '`md`',
    '',
    'two\nlines\r\tand\u2028more',
    'this run',
    'this run',
    'x'.repeat(60),
    '#quot; [a] {b} <i>c</i> & d; e',
  ];
  const block = renderTrendChart(
    'avg_tp90',
    'The "90th" percentile, ü',
    'ms "really"',
    labels.map((label, i) => ({ label, value: i })),
  );
  expect(block).toContain(`title "The '90th' percentile, ü"`);
  expect(block).toContain(`y-axis "ms 'really'" 0 --> 12`);
  expect(block).toContain(
    `x-axis ["run '7700001'", "a, b", "ü 日本 🚀", "%{init: {'theme': 'dark…", "'md'", "-", "two lines and more", "this run", "this run (2)", "${'x'.repeat(23)}…", "#quot; [a] {b} <i>c</i>…"]`,
  );
  await parses(block);
});

test('any labels and values (fast-check): always a chart Mermaid parses, with one x label per value', async () => {
  const point = fc.record({
    label: fc.string({ unit: 'binary', maxLength: 30 }),
    value: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('rps', 'success_rate', 'avg_tp90') as fc.Arbitrary<'rps'>,
      fc.array(point, { minLength: 2, maxLength: 12 }),
      async (field, pts) => {
        const block = renderTrendChart(field, 'Figure', 'unit', pts);
        await parses(block);
        const line = (/line \[(.*)\]/.exec(block ?? '')?.[1].split(', ') ?? []).map(Number);
        expect(line).toHaveLength(pts.length);
        const [, low, high] = (/y-axis "unit" (\S+) --> (\S+)/.exec(block ?? '') ?? []).map(Number);
        expect(low).toBeLessThanOrEqual(Math.min(...line));
        expect(high).toBeGreaterThanOrEqual(Math.max(...line));
      },
    ),
    { numRuns: 150 },
  );
});
