import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { MessageRef } from '@salesdash/shared/domain';
import { API_MESSAGE_TEXTS } from './api-messages.texts';

/** Numbers in a message as the reader writes them, without grouping: limits, counts, line numbers, years. */
const NUMBER = new Intl.NumberFormat(DASHBOARD_LOCALE, { useGrouping: false, maximumFractionDigits: 20 });

function isKnownCode(code: unknown): code is keyof typeof API_MESSAGE_TEXTS {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(API_MESSAGE_TEXTS, code);
}

function shownParams(params: unknown): Record<string, string> {
  if (!params || typeof params !== 'object') {
    return {};
  }
  return Object.fromEntries(
    Object.entries(params).flatMap(([name, value]) =>
      typeof value === 'number' ? [[name, NUMBER.format(value)]] : typeof value === 'string' ? [[name, value]] : [],
    ),
  );
}

/**
 * A message of the API in the reader's language: the text of its code with its parameters filled in.
 * For a code this dashboard does not know (an API newer than the dashboard), the API's own English text.
 */
export function apiMessageText(code: unknown, params: unknown, english: string): string {
  return isKnownCode(code) ? interpolate(API_MESSAGE_TEXTS[code], shownParams(params)) : english;
}

/** A problem found by the shared rules in the dashboard itself (the API words the same ones), in the reader's language. */
export function messageRefText(ref: MessageRef): string {
  return interpolate(API_MESSAGE_TEXTS[ref.code], shownParams(ref.params));
}

/** The message of a plain HTTP route's error body (`{ error: { messageCode, params, message } }`), translated; null without one. */
export function errorBodyText(body: unknown): string | null {
  const error = (body as { error?: { messageCode?: unknown; params?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? apiMessageText(error.messageCode, error.params, error.message) : null;
}
