// The answers of a step, kept to be checked against the API contract (cpts/contract-fit.ts): quietly
// in the create and run actions (a debug line per operation and field that does not fit, one notice
// for the step), in full by the doctor. Each action hands it the check over the shapes it needs (the
// create action its own operations', to keep its start-up short); a static import, since a dynamic
// one costs the create action about 2 ms (the ESM loader's first use).
import type { Deviation } from '../cpts/contract-check.js';
import type { Runner } from '../github/runner.js';
import type { ApiResponse } from '../huawei/http.js';

export class ContractWatch {
  /** The JSON answers kept, by operation, in arrival order. */
  readonly answers = new Map<string, unknown[]>();

  /** `keptPerOperation`: the answers worth checking; the wait's polls repeat one shape. */
  constructor(
    private readonly checkAnswer: (operation: string, json: unknown) => Deviation[],
    private readonly keptPerOperation = 2,
  ) {}

  /** For HttpOptions.onAnswer: keeps the answer's JSON, if it has any and the operation's quota allows. */
  readonly onAnswer = (operation: string, response: ApiResponse): void => {
    if (response.json === undefined) return;
    const kept = this.answers.get(operation) ?? [];
    if (kept.length >= this.keptPerOperation) return;
    kept.push(response.json);
    this.answers.set(operation, kept);
  };

  /** Each field that did not fit, once per operation and path. */
  deviations(): Deviation[] {
    const found = new Map<string, Deviation>();
    for (const [operation, answers] of this.answers) {
      for (const json of answers) for (const d of this.checkAnswer(operation, json)) found.set(`${d.operation} ${d.path}`, d);
    }
    return [...found.values()];
  }

  /** The quiet report: one debug line per operation and field, and one notice when any did not fit. Never throws. */
  report(runner: Runner): void {
    try {
      const deviations = this.deviations();
      if (deviations.length === 0) return;
      for (const d of deviations) runner.debug(`API contract: ${d.operation} ${d.path || '(the answer)'}: ${d.problem}.`);
      const operations = [...new Set(deviations.map((d) => d.operation))];
      runner.notice(
        `${deviations.length} field${deviations.length === 1 ? '' : 's'} in the answers of ${operations.join(', ')} did not fit the API ` +
          "contract: the service's answers may have changed. This step went on; turn on debug logging to see each field, and run " +
          'the doctor action to record them (docs/troubleshooting.md#answers-of-the-wrong-shape).',
      );
    } catch (error) {
      runner.debug(`The API contract check did not run: ${String(error)}`);
    }
  }
}
