// The emulator's public face, for the tests, the demo and the benchmarks: start one, seed and script
// it, read what it received. cli/ holds the command lines; harness/run-step.ts runs a bundled action.
export { startEmulator, type Clock, type Emulator, type EmulatorOptions } from './harness/emulator.js';
export type { Received } from './harness/exchange.js';
export type { Reshape, ReshapeScript } from './harness/reshape.js';
export { DEFAULT_FIXTURE, DEMO, demoInputs, demoRunInputs } from './harness/fixture.js';
export type { CaseFigureName, CaseFigureOverrides, CaseFigures, CaseGap, CaseGaps, CaseOverrides } from './service/case-figures.js';
export { faults, type Fault, type FaultScript } from './service/faults.js';
export { PERMISSION_DENIED, PERMISSION_OF, type CptsOperation } from './service/permissions.js';
export type { Run } from './service/state.js';
export type { CaseTarget, Variable, VariableType } from './service/variables.js';
export type { CaseRunIdField, CaseSeed, CredentialSeed, Fixture, IdentityProviderSeed, RequestSeed, VariableSeed } from './shared/seed.js';
