import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';

/** An enum value: a bare name in a literal, a string in variables. */
export class EnumName {
  constructor(readonly name: string) {}
}

export type Value = null | boolean | number | string | EnumName | Value[] | { [field: string]: Value };

/** An argument or input field left out. */
export const OMITTED = Symbol('omitted');
type Slot = Value | typeof OMITTED;

/** Steps from an argument down to one value: input object fields by name, LIST_ELEMENT into a list. */
const LIST_ELEMENT = Symbol('list element');
type Step = string | typeof LIST_ELEMENT;

const GLOBAL_TEXT_LIMIT = 10_000;
const ID_LIMIT = 64;
/** Input types may refer to themselves; sites deeper than this are not generated. */
const MAX_SITE_DEPTH = 5;

/** Values a client might well send: right types, sometimes the wrong sign or size for the field. */
function plausible(type: GraphQLInputType): fc.Arbitrary<Value> {
  const value = plausibleNonNull(type);
  return isNonNullType(type) ? value : fc.option(value, { nil: null, freq: 4 });
}

function plausibleNonNull(type: GraphQLInputType): fc.Arbitrary<Value> {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return fc.array(plausible(inner.ofType), { maxLength: 3 });
  }
  if (isInputObjectType(inner)) {
    return plausibleObject(inner);
  }
  if (isEnumType(inner)) {
    return fc.constantFrom(...inner.getValues().map((value) => new EnumName(value.name)));
  }
  return plausibleScalar(inner.name);
}

function plausibleObject(type: GraphQLInputObjectType): fc.Arbitrary<Record<string, Value>> {
  const fields = Object.values(type.getFields());
  return fc.record(Object.fromEntries(fields.map((field) => [field.name, plausible(field.type)])), {
    requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
  });
}

function plausibleScalar(name: string): fc.Arbitrary<Value> {
  switch (name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
    case 'Float':
      return fc.oneof(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(-1, 1e300),
      );
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.constantFrom('2026-01-01', '2026-02-01', '1900-01-01', '9999-12-31');
    case 'DateTime':
      return fc.constantFrom('2026-01-15T12:00:00Z', '2026-01-31T23:59:59.999+14:00', '1900-01-01T00:00:00Z');
    default:
      return fc.oneof(
        fc.constantFrom('R-NORTH', 'T-NORTH-1', 'U-0001', 'admin@e2e.test', 'WIN_RATE', 'CONSUMER_LOANS', 'ADMIN', ''),
        fc.string({ maxLength: 30 }),
      );
  }
}

function nested(depth: number, wrap: (inner: Value) => Value): Value {
  let value: Value = 'bottom';
  for (let level = 0; level < depth; level++) {
    value = wrap(value);
  }
  return value;
}

/** Values of no type a scalar or enum has: objects and lists, some nested deeply. */
const STRUCTURED_VALUES: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>({ field: 'value' }, [[['nested']]]),
  fc.integer({ min: 2, max: 60 }).map((depth) => nested(depth, (inner) => ({ nested: inner }))),
  fc.integer({ min: 2, max: 60 }).map((depth) => nested(depth, (inner) => [inner])),
);

/** Values of no type a scalar but Boolean, or an enum, has. */
const WRONG_TYPE_VALUES: fc.Arbitrary<Value> = fc.oneof(fc.constant(true), STRUCTURED_VALUES);

/** Text that must be refused wherever text goes: a NUL, a lone surrogate, or longer than its limit. */
function badText(limit: number): fc.Arbitrary<Value> {
  const around = fc.string({ maxLength: 12 });
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(around, around).map(([before, after]) => `${before}\u0000${after}`) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(around, fc.integer({ min: 0xd800, max: 0xdfff }), around)
        .map(([before, surrogate, after]) => `${before}${String.fromCharCode(surrogate)}${after}`),
    },
    {
      weight: 3,
      arbitrary: fc.integer({ min: limit + 1, max: GLOBAL_TEXT_LIMIT + 2_000 }).map((length) => 'x'.repeat(length)),
    },
    // Beyond the request body limit: refused before GraphQL sees it.
    { weight: 1, arbitrary: fc.constant('y'.repeat(200_000)) },
  );
}

function malformedScalar(name: string): fc.Arbitrary<Value> {
  switch (name) {
    case 'Int':
      return fc.oneof(
        fc.constantFrom<Value>(1.5, -0.25, 2 ** 31, -(2 ** 31) - 1, 1e20, '12', 'NaN'),
        WRONG_TYPE_VALUES,
      );
    case 'Float':
      return fc.oneof(fc.constantFrom<Value>('1.5', 'Infinity', '-'), WRONG_TYPE_VALUES);
    case 'Boolean':
      return fc.oneof(fc.constantFrom<Value>('true', 1, 0, 'yes'), STRUCTURED_VALUES);
    case 'Date':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom<Value>(
            '2026-02-30',
            '0000-01-01',
            '1899-12-31',
            '2026-13-01',
            '10000-01-01',
            '2026-1-1',
            '',
            '2026-02-01T00:00:00Z',
            20_260_101,
          ),
        },
        { weight: 1, arbitrary: badText(GLOBAL_TEXT_LIMIT) },
        { weight: 1, arbitrary: WRONG_TYPE_VALUES },
      );
    case 'DateTime':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom<Value>(
            '2026-02-30T12:00:00Z',
            '0000-01-01T00:00:00Z',
            '2026-01-31T24:00:00Z',
            '2026-01-31T12:00:00',
            '2026-01-31T12:00:00+15:00',
            '+275760-09-13T00:00:00Z',
            '9999-12-31T23:30:00-01:00',
            '1899-12-31T23:59:59Z',
            '2026-01-31',
            1_767_225_600_000,
          ),
        },
        { weight: 1, arbitrary: badText(GLOBAL_TEXT_LIMIT) },
        { weight: 1, arbitrary: WRONG_TYPE_VALUES },
      );
    case 'ID':
      // A whole number is a valid ID; a fraction is not.
      return fc.oneof(
        { weight: 6, arbitrary: badText(ID_LIMIT) },
        { weight: 1, arbitrary: fc.constantFrom<Value>(1.5, -0.5) },
        { weight: 1, arbitrary: WRONG_TYPE_VALUES },
      );
    default:
      return fc.oneof(
        { weight: 6, arbitrary: badText(GLOBAL_TEXT_LIMIT) },
        { weight: 1, arbitrary: fc.constantFrom<Value>(42, -1, 1.5) },
        { weight: 1, arbitrary: WRONG_TYPE_VALUES },
      );
  }
}

/** A value the schema or the API must refuse for `type` as a whole, never null. */
function malformedValue(type: GraphQLInputType): fc.Arbitrary<Value> {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    // A single value stands for a list of one, so a list goes wrong by its elements or by its depth.
    return fc.integer({ min: 2, max: 60 }).map((depth) => nested(depth, (item) => [item]));
  }
  if (isInputObjectType(inner)) {
    return fc.oneof(
      plausibleObject(inner).map((object) => ({ ...object, unknownField: 'surplus' })),
      fc.constantFrom<Value>('a string', 42, [1, 2]),
      WRONG_TYPE_VALUES,
    );
  }
  if (isEnumType(inner)) {
    const first = inner.getValues()[0].name;
    // A value in the wrong case; enum values may be lower case themselves (Language: en, de).
    const wrongCase = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
    return fc.oneof(
      fc.constantFrom<Value>(new EnumName('NOT_A_VALUE'), wrongCase, 7, 'x'.repeat(GLOBAL_TEXT_LIMIT + 1)),
      WRONG_TYPE_VALUES,
    );
  }
  return malformedScalar(inner.name);
}

/**
 * One place in an argument's value where a malformed value goes: the argument itself, a field of an
 * input object in it, or an element of a list in it.
 */
interface Site {
  readonly argument: string;
  readonly argumentType: GraphQLInputType;
  readonly steps: readonly Step[];
  readonly type: GraphQLInputType;
  /** Whether the slot may be left out (and is no list element): required ones without a default are missed. */
  readonly omittable: boolean;
  readonly hasDefault: boolean;
}

function sitesOf(field: GraphQLField<unknown, unknown>): Site[] {
  const sites: Site[] = [];
  for (const arg of field.args) {
    const visit = (steps: Step[], type: GraphQLInputType, omittable: boolean, hasDefault: boolean) => {
      sites.push({ argument: arg.name, argumentType: arg.type, steps, type, omittable, hasDefault });
      const inner = getNullableType(type);
      if (steps.length >= MAX_SITE_DEPTH) {
        return;
      }
      if (isListType(inner)) {
        visit([...steps, LIST_ELEMENT], inner.ofType, false, false);
      } else if (isInputObjectType(inner)) {
        for (const child of Object.values(inner.getFields())) {
          visit([...steps, child.name], child.type, true, child.defaultValue !== undefined);
        }
      }
    };
    visit([], arg.type, true, arg.defaultValue !== undefined);
  }
  return sites;
}

/** What goes wrong at a site: a malformed value, or null or nothing where a value is required. */
function malformedAt(site: Site): fc.Arbitrary<Slot> {
  const value = malformedValue(site.type);
  if (!isNonNullType(site.type)) {
    return value;
  }
  const missing: fc.Arbitrary<Slot> =
    site.omittable && !site.hasDefault ? fc.constantFrom<Slot>(null, OMITTED) : fc.constant(null);
  return fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: missing });
}

/** A plausible value of `type` that holds `bad` where `steps` lead. */
function holding(type: GraphQLInputType, steps: readonly Step[], bad: fc.Arbitrary<Slot>): fc.Arbitrary<Slot> {
  if (steps.length === 0) {
    return bad;
  }
  const [step, ...rest] = steps;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return fc
      .tuple(fc.array(plausible(inner.ofType), { maxLength: 2 }), holding(inner.ofType, rest, bad), fc.nat({ max: 2 }))
      .map(([items, item, at]) => (item === OMITTED ? items : [...items.slice(0, at), item, ...items.slice(at)]));
  }
  if (isInputObjectType(inner) && typeof step === 'string') {
    const child = inner.getFields()[step];
    return fc.tuple(plausibleObject(inner), holding(child.type, rest, bad)).map(([object, value]) => {
      const others = { ...object };
      delete others[step];
      return value === OMITTED ? others : { ...others, [step]: value };
    });
  }
  throw new Error(`no step ${String(step)} into ${String(type)}`);
}

export interface MalformedCall {
  /** Argument values by name; OMITTED ones are left out of the call. */
  readonly args: Readonly<Record<string, Slot>>;
  /** Adds an argument the field does not have. */
  readonly unknownArgument: boolean;
  readonly asLiterals: boolean;
  readonly anonymous: boolean;
}

/** True once in `share` draws (1 in 5 for 5). */
export function oneIn(share: number): fc.Arbitrary<boolean> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: share - 1, arbitrary: fc.constant(false) });
}

/**
 * Calls of `field` the server must refuse before executing anything: one site of its arguments
 * (any, uniformly) is malformed, or null or left out though required, and the rest is plausible; a
 * field without arguments gets one it does not have. One in `anonymousShare` calls is anonymous.
 */
export function malformedCalls(
  field: GraphQLField<unknown, unknown>,
  anonymousShare: number,
): fc.Arbitrary<MalformedCall> {
  const options = fc.record({ asLiterals: fc.boolean(), anonymous: oneIn(anonymousShare) });
  const sites = sitesOf(field);
  if (sites.length === 0) {
    return options.map((rest) => ({ ...rest, args: {}, unknownArgument: true }));
  }
  const plausibleArgs = field.args.map((arg) =>
    isNonNullType(arg.type) || arg.defaultValue !== undefined
      ? plausible(arg.type)
      : fc.oneof(plausible(arg.type), fc.constant<Slot>(OMITTED)),
  );
  return fc
    .constantFrom(...sites)
    .chain((site) =>
      fc.tuple(
        fc.constant(site),
        fc.tuple(...plausibleArgs),
        holding(site.argumentType, site.steps, malformedAt(site)),
        options,
      ),
    )
    .map(([site, values, bad, rest]) => ({
      ...rest,
      unknownArgument: false,
      args: Object.fromEntries(
        field.args.map((arg, index) => [arg.name, arg.name === site.argument ? bad : values[index]]),
      ),
    }));
}

/** A GraphQL literal of `value`; strings are JSON-escaped, which GraphQL string syntax reads alike. */
export function literal(value: Value): string {
  if (value === null) {
    return 'null';
  }
  if (value instanceof EnumName) {
    return value.name;
  }
  if (Array.isArray(value)) {
    return `[${value.map(literal).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = Object.entries(value).map(([name, field]) => `${name}: ${literal(field)}`);
    return `{${fields.join(', ')}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `value` as JSON variables carry it: enum values as their names. */
export function variableValue(value: Value): unknown {
  if (value instanceof EnumName) {
    return value.name;
  }
  if (Array.isArray(value)) {
    return value.map(variableValue);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, variableValue(field)]));
  }
  return value;
}

/** The request of one call: the arguments as literals or as variables, `__typename` selected of an object result. */
export function requestOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  call: MalformedCall,
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const argumentList: string[] = [];
  for (const arg of field.args) {
    const value = call.args[arg.name];
    if (call.asLiterals) {
      if (value !== OMITTED) {
        argumentList.push(`${arg.name}: ${literal(value)}`);
      }
    } else {
      // A declared variable without a value is what a client forgetting one sends.
      declarations.push(`$${arg.name}: ${String(arg.type)}`);
      argumentList.push(`${arg.name}: $${arg.name}`);
      if (value !== OMITTED) {
        variables[arg.name] = variableValue(value);
      }
    }
  }
  if (call.unknownArgument) {
    argumentList.push('unknownArgument: 1');
  }
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const callText = argumentList.length > 0 ? `${field.name}(${argumentList.join(', ')})` : field.name;
  const header = declarations.length > 0 ? `${kind} (${declarations.join(', ')})` : kind;
  return { query: `${header} { ${callText}${selection} }`, variables };
}
