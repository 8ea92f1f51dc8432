import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type CodeAndParams, codedMessage } from '@salesdash/shared/domain';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLField,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  print,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
} from 'graphql';
import { type FieldIssue, fieldIssue, ValidationError } from '../errors/domain-errors';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, TEXT_LIMITS_BY_FIELD_NAME, textProblem } from '../input/text-rules';

/** One refusal names at most this many issues, so a list of a thousand bad strings answers briefly. */
const MAX_REPORTED_ISSUES = 20;

function textLimit(name: string, type: GraphQLNamedType): number {
  return type === GraphQLID ? MAX_ID_LENGTH : (TEXT_LIMITS_BY_FIELD_NAME[name] ?? MAX_TEXT_LENGTH);
}

/**
 * graphql-js's refusal of one argument as the catalogue message saying the same: the sentences
 * getArgumentValues may throw, each rebuilt from the argument and matched against the refusal's text.
 */
function argumentRefusal(refusal: string, argument: GraphQLArgument, node: ArgumentNode | undefined): CodeAndParams {
  const type = String(argument.type);
  const candidates: CodeAndParams[] = [
    ['ARGUMENT_NULL', { argument: argument.name, type }],
    ['ARGUMENT_NOT_PROVIDED', { argument: argument.name, type }],
  ];
  if (node?.value.kind === Kind.VARIABLE) {
    candidates.push([
      'ARGUMENT_VARIABLE_NOT_PROVIDED',
      { argument: argument.name, type, variable: node.value.name.value },
    ]);
  }
  const invalid: CodeAndParams = [
    'ARGUMENT_INVALID',
    { argument: argument.name, value: node ? print(node.value) : '' },
  ];
  return candidates.find((candidate) => codedMessage(...candidate).message === refusal) ?? invalid;
}

/**
 * Collects the text problems of one operation's input: every argument of every field it selects,
 * given as a literal or through variables, down to each input object field and list element.
 */
class OperationInputs {
  readonly issues: FieldIssue[] = [];
  private readonly checkedFragments = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly document: DocumentNode,
    private readonly variables: Record<string, unknown>,
  ) {}

  operation(operation: OperationDefinitionNode): void {
    const rootType = this.schema.getRootType(operation.operation);
    if (rootType) {
      this.selectionSet(operation.selectionSet, rootType, '');
    }
  }

  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType, path: string): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        this.field(selection, parentType, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && this.schema.getType(selection.typeCondition.name.value);
        this.selectionSet(selection.selectionSet, condition ?? parentType, path);
      } else {
        this.fragment(selection.name.value, path);
      }
    }
  }

  /** A fragment's arguments do not depend on where it is spread: it is checked once. */
  private fragment(name: string, path: string): void {
    const definition = this.document.definitions.find(
      (node) => node.kind === Kind.FRAGMENT_DEFINITION && node.name.value === name,
    );
    if (definition?.kind !== Kind.FRAGMENT_DEFINITION || this.checkedFragments.has(name)) {
      return;
    }
    this.checkedFragments.add(name);
    const type = this.schema.getType(definition.typeCondition.name.value);
    if (type) {
      this.selectionSet(definition.selectionSet, type, path);
    }
  }

  private field(node: FieldNode, parentType: GraphQLNamedType, path: string): void {
    const definition = this.definitionOf(parentType, node.name.value);
    if (!definition) {
      return;
    }
    const responseKey = node.alias?.value ?? node.name.value;
    const responsePath = path === '' ? responseKey : `${path}.${responseKey}`;
    // Arguments of a root field are named as resolvers name them (`filter.scope.id`); deeper ones after their field.
    const argumentPrefix = path === '' ? '' : `${responsePath}.`;
    for (const argument of definition.args) {
      const argumentPath = `${argumentPrefix}${argument.name}`;
      let value: unknown;
      // One argument at a time, so that a value execution would fail on (null through a variable with a
      // default, for a non-null argument) is refused here, naming its argument.
      try {
        value = getArgumentValues({ ...definition, args: [argument] }, node, this.variables)[argument.name];
      } catch (error) {
        const refusal = error instanceof Error ? error.message : String(error);
        const argumentNode = node.arguments?.find((candidate) => candidate.name.value === argument.name);
        this.issues.push(fieldIssue(argumentPath, ...argumentRefusal(refusal, argument, argumentNode)));
        continue;
      }
      this.value(value, argument.type, argument.name, argumentPath);
    }
    if (node.selectionSet) {
      this.selectionSet(node.selectionSet, getNamedType(definition.type), responsePath);
    }
  }

  private definitionOf(parentType: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (parentType === this.schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) {
        return SchemaMetaFieldDef;
      }
      if (name === TypeMetaFieldDef.name) {
        return TypeMetaFieldDef;
      }
    }
    return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  }

  private value(value: unknown, type: GraphQLInputType, name: string, path: string): void {
    if (value === null || value === undefined) {
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value)) {
        value.forEach((item, index) => this.value(item, nullable.ofType, name, `${path}[${index}]`));
      }
    } else if (isInputObjectType(nullable)) {
      const fields = value as Record<string, unknown>;
      for (const field of Object.values(nullable.getFields())) {
        this.value(fields[field.name], field.type, field.name, `${path}.${field.name}`);
      }
    } else if (typeof value === 'string') {
      const problem = textProblem(value, textLimit(name, nullable));
      if (problem !== undefined) {
        this.issues.push(fieldIssue(path, ...problem));
      }
    }
  }
}

/**
 * The text problems of an operation's input, or none. Variables the schema cannot coerce are left
 * to execution, which refuses them with BAD_USER_INPUT itself.
 */
export function operationInputIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldIssue[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) {
    return [];
  }
  const inputs = new OperationInputs(schema, document, coerced.coerced);
  inputs.operation(operation);
  return inputs.issues;
}

/**
 * Checks every text input of every operation once, at the edge, before anything executes: no NUL,
 * no lone surrogate, at most MAX_TEXT_LENGTH characters, or the stricter limit of its field (a
 * `name`, an ID, …). A refusal is a ValidationError (BAD_USER_INPUT, HTTP 400) naming each
 * offending argument path, e.g. `filter.scope.id`.
 */
export function inputGuardPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            return;
          }
          const issues = operationInputIssues(schema, document, operation, request.variables ?? {});
          if (issues.length > 0) {
            const error = new ValidationError(issues.slice(0, MAX_REPORTED_ISSUES));
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}
