import {
  type FieldNode,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  isInterfaceType,
  isListType,
  isObjectType,
  isWrappingType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryTooComplexError } from '../errors/domain-errors';

/**
 * How deep and how costly one GraphQL operation may be. The cost model, kept simple on purpose:
 * - every field costs 1, or its entry in `fieldCosts` when it does heavy work;
 * - a field's selection is added to its cost, multiplied by `listMultiplier` per list level of the
 *   field's type (a list is assumed to hold that many items; a list of scalars costs like a scalar);
 * - every selection counts where it appears: 50 aliased copies of a field cost 50 times as much;
 * - a fragment counts wherever it is spread; fragments and inline fragments add no depth.
 * Depth counts fields: `{ me { email } }` has depth 2.
 */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly listMultiplier: number;
  /** Own cost of fields heavier than 1, keyed `Type.field`, e.g. `Query.kpiValues`. */
  readonly fieldCosts: Readonly<Record<string, number>>;
  /** False outside production, where introspection is allowed and its query is deep by nature. */
  readonly measureIntrospection: boolean;
}

interface Measure {
  readonly depth: number;
  readonly cost: number;
}

const NOTHING: Measure = { depth: 0, cost: 0 };
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function listLevels(type: GraphQLOutputType): number {
  let levels = 0;
  let current: GraphQLOutputType = type;
  while (isWrappingType(current)) {
    levels += isListType(current) ? 1 : 0;
    current = current.ofType;
  }
  return levels;
}

/**
 * Measures the operations of one document; each fragment is measured once, so nested spreads stay linear.
 *
 * Kept hand-written, measured for issue 12 against graphql-query-complexity 2.0.0 with this cost model
 * as its estimator (same costs in all seven cost cases of the spec):
 * - as a validation rule it has no request variables and reports `Variable "$e" of required type
 *   "String!" was not provided.` for every operation with a required variable (login, kpiValues): it
 *   would have to run in a plugin after validation, with an error path and HTTP status of its own;
 * - it walks a fragment at every spread: spreads doubling per level took 83 ms at 16 levels (3 ms
 *   here) and 0.9 s at 20, and the spec's 40 levels end at its 10,000-node cap with a bare
 *   "Query exceeds the maximum allowed number of nodes." instead of a cost;
 * - it adds up all operations of a document unless told the operation's name.
 * Depth comes free in the same walk; graphql-depth-limit is unmaintained, and a maintained depth rule
 * (e.g. @escape.tech/graphql-armor-max-depth) would be a new dependency and a second walk.
 */
class OperationMeter {
  private readonly fragments = new Map<string, Measure>();
  private readonly fragmentsInProgress = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    private readonly limits: QueryLimits,
  ) {}

  operation(operation: OperationDefinitionNode): Measure {
    const rootType = this.context.getSchema().getRootType(operation.operation) ?? undefined;
    return this.selectionSet(operation.selectionSet, rootType);
  }

  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): Measure {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      const measure = this.selection(selection, parentType);
      depth = Math.max(depth, measure.depth);
      cost += measure.cost;
    }
    return { depth, cost };
  }

  private selection(selection: SelectionNode, parentType: GraphQLNamedType | undefined): Measure {
    switch (selection.kind) {
      case Kind.FIELD:
        return this.field(selection, parentType);
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition?.name.value;
        const type = condition === undefined ? parentType : this.context.getSchema().getType(condition);
        return this.selectionSet(selection.selectionSet, type ?? undefined);
      }
      case Kind.FRAGMENT_SPREAD:
        return this.fragment(selection.name.value);
    }
  }

  private field(node: FieldNode, parentType: GraphQLNamedType | undefined): Measure {
    const name = node.name.value;
    if (INTROSPECTION_FIELDS.has(name) && !this.limits.measureIntrospection) {
      return NOTHING;
    }
    const ownCost = (parentType && this.limits.fieldCosts[`${parentType.name}.${name}`]) ?? 1;
    if (!node.selectionSet) {
      return { depth: 1, cost: ownCost };
    }
    // An unknown field or type is measured without type information; another rule refuses it anyway.
    const definition = parentType && this.definitionOf(parentType, name);
    const inner = this.selectionSet(node.selectionSet, definition && getNamedType(definition.type));
    const multiplier = definition ? this.limits.listMultiplier ** listLevels(definition.type) : 1;
    return { depth: 1 + inner.depth, cost: ownCost + multiplier * inner.cost };
  }

  private definitionOf(parentType: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (parentType === this.context.getSchema().getQueryType()) {
      if (name === SchemaMetaFieldDef.name) {
        return SchemaMetaFieldDef;
      }
      if (name === TypeMetaFieldDef.name) {
        return TypeMetaFieldDef;
      }
    }
    return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  }

  private fragment(name: string): Measure {
    const known = this.fragments.get(name);
    if (known) {
      return known;
    }
    const definition = this.context.getFragment(name);
    // A cycle or an unknown fragment: NoFragmentCyclesRule and KnownFragmentNamesRule refuse those.
    if (!definition || this.fragmentsInProgress.has(name)) {
      return NOTHING;
    }
    this.fragmentsInProgress.add(name);
    const type = this.context.getSchema().getType(definition.typeCondition.name.value) ?? undefined;
    const measure = this.selectionSet(definition.selectionSet, type);
    this.fragmentsInProgress.delete(name);
    this.fragments.set(name, measure);
    return measure;
  }
}

function tooComplex(operation: OperationDefinitionNode, error: QueryTooComplexError): GraphQLError {
  return new GraphQLError(error.message, { nodes: [operation], originalError: error });
}

/**
 * A validation rule refusing operations beyond the limits, so nothing of them executes. The error
 * carries a QueryTooComplexError, which the error table maps to the code QUERY_TOO_COMPLEX.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext) => {
    const meter = new OperationMeter(context, limits);
    return {
      OperationDefinition(operation) {
        const { depth, cost } = meter.operation(operation);
        const name = operation.name?.value;
        if (depth > limits.maxDepth) {
          const measured = { limit: 'depth', value: depth, max: limits.maxDepth } as const;
          const error =
            name === undefined
              ? new QueryTooComplexError('OPERATION_TOO_DEEP', { depth, max: limits.maxDepth }, measured)
              : new QueryTooComplexError(
                  'NAMED_OPERATION_TOO_DEEP',
                  { operation: name, depth, max: limits.maxDepth },
                  measured,
                );
          context.reportError(tooComplex(operation, error));
        }
        if (cost > limits.maxCost) {
          const measured = { limit: 'cost', value: cost, max: limits.maxCost } as const;
          const params = { cost, max: limits.maxCost, listMultiplier: limits.listMultiplier };
          const error =
            name === undefined
              ? new QueryTooComplexError('OPERATION_TOO_COSTLY', params, measured)
              : new QueryTooComplexError('NAMED_OPERATION_TOO_COSTLY', { ...params, operation: name }, measured);
          context.reportError(tooComplex(operation, error));
        }
      },
    };
  };
}
