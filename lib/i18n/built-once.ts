/**
 * `make` wrapped so it runs once per key. For Intl formatters: building one costs far more than
 * using it, and a screen formats on every render (a slow phone pays for each construction).
 */
export function builtOnce<A extends unknown[], T>(make: (...args: A) => T, keyOf: (...args: A) => string): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}
