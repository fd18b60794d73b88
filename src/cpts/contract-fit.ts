// The contract check over every vendored operation (contract-shapes.ts): what the run action and the
// doctor use. The create action checks its own operations only (contract-shapes-create.ts), with the
// same checker (contract-check.ts).
import { ContractChecker } from './contract-check.js';
import * as shapes from './contract-shapes.js';

export { MAX_DEPTH, MAX_DEVIATIONS, type Deviation } from './contract-check.js';

const full = new ContractChecker(shapes);

/** The deviations of an answer from its operation's response model (ContractChecker.checkAnswer). */
export const checkAnswer = (operation: string, json: unknown) => full.checkAnswer(operation, json);
/** Whether a key looks like a field name rather than data (ContractChecker.isFieldName). */
export const isFieldName = (key: string): boolean => full.isFieldName(key);
/** A key as a shape or a path may show it: itself when it looks like a field name, else '<key>'. */
export const placeholderKey = (key: string): string => full.placeholderKey(key);
