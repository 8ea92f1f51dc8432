/** The value of the input, textarea or select an `input` or `change` event came from. */
export function controlValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}
