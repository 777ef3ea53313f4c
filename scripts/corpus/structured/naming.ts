/** `isActive` → `is_active`. */
export function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `is_active` → `isActive`. */
export function toCamelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `order` → `Order`. */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `createdAt` → `created at` (for messages and doc comments). */
export function toWords(name: string): string {
  return toSnakeCase(name).replace(/_/g, ' ');
}

/** Renames every object key of a JSON value, recursively. */
export function renameKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  if (value === null || typeof value !== 'object') return value;
  const renamed: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    renamed[rename(key)] = renameKeys(inner, rename);
  return renamed;
}
