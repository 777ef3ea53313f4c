import type { Entity } from './entities';
import { toSnakeCase } from './naming';

/** How generated Python reads a field: `order.total` (dataclass) or `order["total"]` (dict). */
export type PyAccess = (variable: string, field: string) => string;

/** A template that writes one Python function as lines. */
export type PyTemplate = (e: Entity, get: PyAccess, hint: (text: string) => string) => string[];

/** Python function templates: comprehensions, loops, if/else, sorting and grouping. */
export const PY_FUNCTIONS: readonly PyTemplate[] = [
  (e, get, hint) => [
    `def total_${toSnakeCase(e.amount)}(${e.plural}${hint(`: list[${e.type}]`)})${hint(' -> float')}:`,
    '    total = 0',
    `    for ${e.singular} in ${e.plural}:`,
    `        total += ${get(e.singular, e.amount)}`,
    '    return total',
  ],
  (e, get, hint) => [
    `def ${toSnakeCase(e.flagWord).replace(/^_/, '')}_${e.plural}(${e.plural}${hint(`: list[${e.type}]`)})${hint(` -> list[${e.type}]`)}:`,
    `    return [${e.singular} for ${e.singular} in ${e.plural} if ${get(e.singular, e.flag)}]`,
  ],
  (e, get, hint) => [
    `def find_${e.singular}(${e.plural}${hint(`: list[${e.type}]`)}, ${e.singular}_id${hint(': int')})${hint(` -> ${e.type} | None`)}:`,
    `    for ${e.singular} in ${e.plural}:`,
    `        if ${get(e.singular, 'id')} == ${e.singular}_id:`,
    `            return ${e.singular}`,
    '    return None',
  ],
  (e, get, hint) => [
    `def group_by_${toSnakeCase(e.group)}(${e.plural}${hint(`: list[${e.type}]`)})${hint(` -> dict[str, list[${e.type}]]`)}:`,
    `    groups${hint(`: dict[str, list[${e.type}]]`)} = {}`,
    `    for ${e.singular} in ${e.plural}:`,
    `        groups.setdefault(${get(e.singular, e.group)}, []).append(${e.singular})`,
    '    return groups',
  ],
  (e, get, hint) => [
    `def sort_by_${toSnakeCase(e.amount)}(${e.plural}${hint(`: list[${e.type}]`)}, reverse${hint(': bool')}=False)${hint(` -> list[${e.type}]`)}:`,
    `    return sorted(${e.plural}, key=lambda ${e.singular}: ${get(e.singular, e.amount)}, reverse=reverse)`,
  ],
  (e, get, hint) => [
    `def average_${toSnakeCase(e.amount)}(${e.plural}${hint(`: list[${e.type}]`)})${hint(' -> float')}:`,
    `    if not ${e.plural}:`,
    '        return 0.0',
    `    return sum(${get(e.singular, e.amount)} for ${e.singular} in ${e.plural}) / len(${e.plural})`,
  ],
  (e, get, hint) => [
    `def validate_${e.singular}(${e.singular}${hint(`: ${e.type}`)})${hint(' -> list[str]')}:`,
    `    errors${hint(': list[str]')} = []`,
    `    if not ${get(e.singular, e.label)}:`,
    `        errors.append("${toSnakeCase(e.label)} is required")`,
    `    if ${get(e.singular, e.amount)} < 0:`,
    `        errors.append("${toSnakeCase(e.amount)} must not be negative")`,
    `    elif ${get(e.singular, e.group)} not in (${e.groupValues.map((v) => `"${v}"`).join(', ')}):`,
    `        errors.append(f"unknown ${toSnakeCase(e.group)}: {${get(e.singular, e.group).replace(/"/g, "'")}}")`,
    '    return errors',
  ],
  (e, get, hint) => [
    `def count_by_${toSnakeCase(e.group)}(${e.plural}${hint(`: list[${e.type}]`)})${hint(' -> dict[str, int]')}:`,
    `    counts${hint(': dict[str, int]')} = {}`,
    `    for ${e.singular} in ${e.plural}:`,
    `        key = ${get(e.singular, e.group)}`,
    '        if key in counts:',
    '            counts[key] += 1',
    '        else:',
    '            counts[key] = 1',
    '    return counts',
  ],
];
