// Names instead of ids, end to end: the region project id, a PerfTest project and cases looked up
// by name, each lookup logged, and none at all when ids are given.
import { DEFAULT_FIXTURE, DEMO } from '../../emulator/index.js';
import { useEmulator } from '../helpers/e2e.js';

const gets = (h: ReturnType<typeof useEmulator>) => h.emulator.received.filter((r) => r.method === 'GET').map((r) => r.operation);

describe('with the demo account', () => {
  const harness = useEmulator();

  test('all ids given: exactly one request', async () => {
    const result = await harness.step();
    expect(result.exitCode).toBe(0);
    expect(harness.emulator.received.map((r) => r.operation)).toEqual(['CreateNewTask']);
  });

  test('project_id looked up in IAM by region, project and cases by name; each lookup logged, ids in the summary', async () => {
    const result = await harness.step({
      inputs: harness.inputs({
        project_id: '',
        iam_endpoint: harness.emulator.url,
        project: 'checkout-perf',
        cases: 'browse-catalogue\nplace-order',
      }),
    });
    expect(result.exitCode).toBe(0);
    // The region project from the token-scoped list; the projects read until an empty page.
    expect(gets(harness)).toEqual(['KeystoneListAuthProjects', 'ListProjectSets', 'ListProjectSets', 'ListProjectTestCase']);
    expect(result.stdout).toContain(`project_id for region ${DEMO.region} -> ${DEMO.projectId}`);
    expect(result.stdout).toContain(`project "checkout-perf" -> ${DEMO.perftestProject}`);
    expect(result.stdout).toContain('case "browse-catalogue" -> 449269');
    expect(result.stdout).toContain('case "place-order" -> 449270');
    expect(harness.emulator.tasks()[0]).toMatchObject({ project_id: DEMO.perftestProject, case_id_list: [449269, 449270] });
    expect(result.summary).toContain(`| PerfTest project | \`${DEMO.perftestProject}\` |`);
    expect(result.summary).toContain('| Cases (2) | `449269`, `449270` |');
    expect(result.summary).toContain(`| Region project id | \`${DEMO.projectId}\` |`);
  });

  test('ids and names mixed; the same case by id and by name is used once, with a warning', async () => {
    const result = await harness.step({ inputs: harness.inputs({ cases: '449269, browse-catalogue, place-order' }) });
    expect(result.exitCode).toBe(0);
    expect(harness.emulator.tasks()[0].case_id_list).toEqual([449269, 449270]);
    expect(result.stdout).toContain(
      '::warning::Input "cases" names the same case more than once ("browse-catalogue"); each case is used once.',
    );
  });

  test('no project of that name: fails listing the projects, creates nothing', async () => {
    const result = await harness.step({ inputs: harness.inputs({ project: 'checkout' }) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::No CodeArts PerfTest project is named "checkout" (input "project"). The projects are: "checkout-perf" (393862), "search-perf" (393870).',
    );
    expect(harness.emulator.tasks()).toHaveLength(0);
  });

  test('no case of that name: fails listing the cases (deleted ones left out)', async () => {
    const result = await harness.step({ inputs: harness.inputs({ cases: 'browse' }) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::PerfTest project 393862 has no case named "browse" \(input "cases"\)\. Its cases are: "browse-catalogue" \(449269\), "place-order" \(449270\), /,
    );
    expect(result.stdout).not.toContain('old-search');
    expect(harness.emulator.tasks()).toHaveLength(0);
  });

  test('a disabled case: fails with that reason', async () => {
    const result = await harness.step({ inputs: harness.inputs({ cases: 'legacy-payment' }) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::Case "legacy-payment" (449271) of PerfTest project 393862 is disabled: enable it in the console, or leave it out.',
    );
  });
});

describe('with names used twice', () => {
  const [checkout, search] = DEFAULT_FIXTURE.perftestProjects;
  const harness = useEmulator({
    seed: {
      perftestProjects: [
        { ...checkout, cases: [...checkout.cases, { id: 449299, name: 'place-order', type: 2, status: 1, parent_id: 0 }] },
        { ...search, name: 'checkout-perf' },
      ],
    },
  });

  test('two projects of that name: fails listing both', async () => {
    const result = await harness.step({ inputs: harness.inputs({ project: 'checkout-perf' }) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::2 CodeArts PerfTest projects are named "checkout-perf": "checkout-perf" (393862), "checkout-perf" (393870). Give "project" by id.',
    );
    expect(harness.emulator.tasks()).toHaveLength(0);
  });

  test('two cases of that name: fails listing both', async () => {
    const result = await harness.step({ inputs: harness.inputs({ cases: 'place-order' }) });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::2 cases of PerfTest project 393862 are named "place-order": "place-order" (449270), "place-order" (449299). Give that case by id.',
    );
  });
});
