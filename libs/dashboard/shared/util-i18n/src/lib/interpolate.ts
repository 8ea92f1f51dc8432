/**
 * Fills `{name}` placeholders of a message. Messages are whole sentences kept in `*.texts.ts` files
 * so that a translation can reorder the placeholders; templates never concatenate sentence parts.
 * A placeholder without a value is left as it is, which makes a missing parameter visible.
 */
export function interpolate(message: string, params: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}
