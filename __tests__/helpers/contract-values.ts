// Answers built from the contract's models: every field filled (nested models too), or drawn at
// random by fast-check with any field absent, null or filled; then the fields a test needs laid over.
import fc from 'fast-check';
import { CONTRACTS, type Contract, type Service } from '../../emulator/service/contract.js';

type Json = unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The response model of an operation. */
export function responseModel(service: Service, operation: string): string {
  return CONTRACTS[service].operations[operation].response;
}

/** A value of `type` with every field of every model filled. */
export function fullValue(contract: Contract, type: string, depth = 0): Json {
  const list = /^list\[(.+)\]$/.exec(type);
  if (list) return [fullValue(contract, list[1], depth + 1)];
  const dict = /^dict\(str, (.+)\)$/.exec(type);
  if (dict) return { key: fullValue(contract, dict[1], depth + 1) };
  switch (type) {
    case 'str':
      return 'text';
    case 'datetime':
      return '2026-11-28T04:05:06Z';
    case 'int':
      return 7;
    case 'float':
      return 7.5;
    case 'bool':
      return true;
    case 'object':
      return { any: ['shape', 1] };
  }
  if (depth > 12) return {};
  const fields = contract.models[type].fields;
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fullValue(contract, f.type, depth + 1)]));
}

/** Any value of `type` the contract allows in an answer: fields absent, null or filled, lists short. */
export function arbitraryOf(contract: Contract, type: string, depth = 0): fc.Arbitrary<Json> {
  const list = /^list\[(.+)\]$/.exec(type);
  if (list) return fc.array(arbitraryOf(contract, list[1], depth + 1), { maxLength: depth > 3 ? 0 : 2 });
  const dict = /^dict\(str, (.+)\)$/.exec(type);
  if (dict) return fc.dictionary(fc.string({ maxLength: 5 }), arbitraryOf(contract, dict[1], depth + 1), { maxKeys: 2 });
  switch (type) {
    case 'str':
      return fc.string({ maxLength: 12 });
    case 'datetime':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'int':
      return fc.integer();
    case 'float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'bool':
      return fc.boolean();
    case 'object':
      return fc.jsonValue({ maxDepth: 2 });
  }
  if (depth > 6) return fc.constant({});
  const fields = contract.models[type].fields;
  const record = Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [
      name,
      fc.option(arbitraryOf(contract, f.type, depth + 1), { nil: null as unknown as undefined }),
    ]),
  );
  return fc.record(record, { requiredKeys: [] });
}

/**
 * `needed` laid over `base`, guided by the model: objects merge field by field, and each element of
 * a needed list is laid over a generated element of the list's item type.
 */
export function overlay(contract: Contract, type: string, base: Json, needed: Json, element?: () => Json): Json {
  const list = /^list\[(.+)\]$/.exec(type);
  if (list && Array.isArray(needed)) {
    return needed.map((n, i) => overlay(contract, list[1], Array.isArray(base) && isRecord(base[i]) ? base[i] : element?.(), n));
  }
  const model = contract.models[type];
  if (model && isRecord(needed)) {
    const out: Record<string, unknown> = isRecord(base) ? { ...base } : {};
    for (const [name, value] of Object.entries(needed)) {
      const fieldType = model.fields[name]?.type;
      out[name] = fieldType ? overlay(contract, fieldType, out[name], value, () => fullValue(contract, itemType(fieldType))) : value;
    }
    return out;
  }
  return needed;
}

const itemType = (type: string) => /^list\[(.+)\]$/.exec(type)?.[1] ?? type;
