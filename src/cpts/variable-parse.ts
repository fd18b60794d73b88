// Reading the answers about global variables (ListVariables, UpdateVariable, CreateVariable) and
// DebugCase, apart from parse.ts: only the run action reads them, and only when asked to
// (variables, preflight), so the client loads this module on first use.
import { Malformed, intOf, isId, isRecord, listAt } from './parse.js';
import type { DebugResult, VariableDetail, VariableWritten } from './types.js';

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * ListVariables `variable_list`: each variable's id, name, type and values. An entry without its own
 * variable_type takes the type asked for; values absent or null read as none.
 */
export function parseVariableList(json: unknown, askedType: number): VariableDetail[] {
  const expected = 'a variable_list array with id and name';
  // A project without variables may answer without the list at all.
  if (isRecord(json) && (json.variable_list === undefined || json.variable_list === null)) return [];
  return listAt(json, 'variable_list', expected).map((item) => {
    if (!isRecord(item) || !isId(item.id) || typeof item.name !== 'string') throw new Malformed(expected);
    const values = Array.isArray(item.variable) ? item.variable : [];
    return { id: item.id, name: item.name, variable_type: intOf(item.variable_type) ?? askedType, variable: values };
  });
}

/** UpdateVariable and CreateVariable: `json.variable_id`, when the answer gives one. */
export function parseVariableId(json: unknown): VariableWritten {
  const inner = isRecord(json) && isRecord(json.json) ? json.json : undefined;
  return inner && isId(inner.variable_id) ? { variableId: inner.variable_id } : {};
}

/** DebugCase `result`: one entry per request debugged, each field as far as it is there. */
export function parseDebugResults(json: unknown): DebugResult[] {
  if (isRecord(json) && (json.result === undefined || json.result === null)) return [];
  return listAt(json, 'result', 'a result array of request debugs').map((item): DebugResult => {
    if (!isRecord(item)) throw new Malformed('a result array of request debugs');
    return {
      name: textOf(item.name),
      url: textOf(item.url),
      result: intOf(item.result),
      statusCode: textOf(item.statusCode),
      responseTime: intOf(item.responseTime),
      errorReason: textOf(item.errorReason),
    };
  });
}
