import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { type CodeAndParams, codedMessage, isIsoDate } from '@salesdash/shared/domain';
import { isSupportedDate, parseSupportedTimestamp, SUPPORTED_RANGE } from '../input/date-rules';

const MAX_SHOWN_LENGTH = 60;

/** The offending value as a message quotes it, shortened when long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
}

/**
 * A refused input value, its message code and parameters in the extensions: graphql-js hands them on
 * to the error naming the variable or argument, and the error formatting answers them (graphql-errors.ts).
 */
function refusal(...message: CodeAndParams): GraphQLError {
  const { code, params, message: text } = codedMessage(...message);
  return new GraphQLError(text, { extensions: { messageCode: code, params } });
}

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw refusal('SCALAR_NOT_A_STRING', { scalar });
  }
  return ast.value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isSupportedDate(value)) {
    throw refusal('DATE_SCALAR_FORMAT', { value: shown(value) });
  }
  return value;
}

/** An ISO calendar date `YYYY-MM-DD`, kept as a string (no time zone shifts); input within the supported range. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `A calendar date YYYY-MM-DD (UTC); input ${SUPPORTED_RANGE}.`,
  // Output only needs to be a date: rows written before the range was enforced are still shown.
  serialize: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw new GraphQLError(`Date cannot represent ${shown(value)}`);
    }
    return value;
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

function parseDateTime(value: unknown): Date {
  const instant = typeof value === 'string' ? parseSupportedTimestamp(value) : undefined;
  if (instant === undefined) {
    throw refusal('DATE_TIME_SCALAR_FORMAT', { value: shown(value) });
  }
  return instant;
}

/** An instant in ISO 8601 with `Z` or an offset; returned in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant in ISO 8601 with Z or an offset, e.g. 2026-03-01T12:00:00Z; input ${SUPPORTED_RANGE} (UTC).`,
  serialize: (value) => {
    const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
    if (instant === undefined || Number.isNaN(instant.getTime())) {
      throw new GraphQLError(`DateTime cannot represent ${shown(value)}`);
    }
    return instant.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});
