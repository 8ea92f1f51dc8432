import type { MessageCode, MessageParamName } from '@salesdash/shared/domain';

/**
 * One set-based check: a SELECT over the staging tables (and the stored tables) answering the
 * issues it finds as rows of (file, line, col, code, params): a catalogue message code and its
 * parameters as a jsonb object, which run-checks.ts turns into the issue and its English text.
 */
export interface BundleCheck {
  readonly name: string;
  readonly sql: string;
}

/** A catalogue message as two SQL expressions: its code (text) and its parameters (jsonb). */
export interface MessageSql {
  readonly code: string;
  readonly params: string;
}

/** SQL expression of each parameter of a code, by its name. */
export type SqlParams<C extends MessageCode> = Readonly<Record<MessageParamName<C>, string>>;

/**
 * The SQL of one catalogue message: the code as a literal, each parameter from its SQL expression
 * (numbers stay numbers in the jsonb, NULL becomes '').
 */
export function messageSql<C extends MessageCode>(code: C, params: SqlParams<C>): MessageSql {
  const pairs = Object.entries<string>(params).map(
    ([name, value]) => `${literal(name)}, coalesce(to_jsonb(${value}), '""')`,
  );
  return { code: literal(code), params: `jsonb_build_object(${pairs.join(', ')})` };
}

/** One message or another, by an SQL condition. */
export function messageCaseSql(condition: string, then: MessageSql, otherwise: MessageSql): MessageSql {
  return {
    code: `CASE WHEN ${condition} THEN ${then.code} ELSE ${otherwise.code} END`,
    params: `CASE WHEN ${condition} THEN ${then.params} ELSE ${otherwise.params} END`,
  };
}

/** The `code` and `params` columns of a check's SELECT. */
export function messageColumns(message: MessageSql): string {
  return `${message.code} AS code, ${message.params} AS params`;
}

/** SQL expression of a timestamptz as a message shows it: in UTC, microseconds only when present (the text adds " UTC"). */
export function instantSql(expression: string): string {
  return `((${expression}) AT TIME ZONE 'UTC')::text`;
}

/** SQL string literal. */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** SQL string literal of type text, as a message parameter takes it (an untyped literal has no jsonb form). */
export function textLiteral(text: string): string {
  return `${literal(text)}::text`;
}
