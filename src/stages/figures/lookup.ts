/**
 * A lookup table keyed by words of the text. Without a prototype, so that words such as 'constructor'
 * or 'toString' find nothing instead of an Object method.
 */
export function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
