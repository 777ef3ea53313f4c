import type { Entity } from './entities';
import type { Random } from './random';

/** The fields of an entity as TypeScript property lines. */
export function interfaceLines(e: Entity, r: Random): string[] {
  const union = e.groupValues.map((value) => `'${value}'`).join(' | ');
  return [
    `export interface ${e.type} {`,
    '  id: number;',
    `  ${e.label}: string;`,
    `  ${e.amount}: number;`,
    `  ${e.flag}: boolean;`,
    `  ${e.group}: ${r.chance(0.5) ? union : 'string'};`,
    `  ${e.date}: string;`,
    '}',
  ];
}
