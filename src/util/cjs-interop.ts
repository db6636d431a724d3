/**
 * A dynamically imported CommonJS package as its exports object. Run from src/, `import()` of a
 * CommonJS package gives its named exports; from the bundle, where the package sits in a chunk of
 * its own, they are under `default`. `probe` is an export the package is known to have.
 */
export function cjsExports<T extends object>(mod: T, probe: string): T {
  if (probe in mod) return mod;
  const inner = (mod as { default?: unknown }).default;
  if (inner && typeof inner === "object" && probe in inner) return inner as T;
  return mod;
}
