import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate } from '@salesdash/shared/domain';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw new GraphQLError(`${scalar} must be a string`);
  }
  return ast.value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** An ISO calendar date `YYYY-MM-DD`, kept as a string (no time zone shifts). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date YYYY-MM-DD (UTC).',
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !isIsoDateTime(value)) {
    throw new GraphQLError(
      `DateTime must be ISO 8601 with Z or an offset, e.g. 2026-03-01T12:00:00Z (got ${JSON.stringify(value)})`,
    );
  }
  return new Date(value);
}

/** An instant in ISO 8601 with `Z` or an offset; returned in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with Z or an offset, e.g. 2026-03-01T12:00:00Z.',
  serialize: (value) => {
    if (value instanceof Date) {
      return value.toISOString();
    }
    return parseDateTime(value).toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});
