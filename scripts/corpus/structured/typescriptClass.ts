import { ENTITIES } from './entities';
import { capitalize } from './naming';
import type { Random } from './random';
import { interfaceLines } from './tsInterface';

/** A class that keeps records in a Map, with a constructor and several methods. */
export function typescriptClass(r: Random, ts: boolean): string {
  const e = r.pick(ENTITIES);
  const t = (annotation: string): string => (ts ? annotation : '');
  const name = `${e.type}${r.pick(['Repository', 'Store', 'Service', 'Cache', 'Registry'])}`;
  const map = `this.${e.plural}`;
  const lines: string[] = [];
  if (ts) {
    if (r.chance(0.5)) lines.push(...interfaceLines(e, r));
    else lines.push(`import type { ${e.type} } from './types';`);
  }
  lines.push(`export class ${name} {`);
  if (ts) {
    lines.push(`  private readonly ${e.plural} = new Map<number, ${e.type}>();`);
    lines.push('  constructor(private readonly baseUrl: string) {}');
  } else {
    lines.push(
      '  constructor(baseUrl) {',
      '    this.baseUrl = baseUrl;',
      `    ${map} = new Map();`,
      '  }',
    );
  }
  const methods: string[][] = [
    [
      `  add(${e.singular}${t(`: ${e.type}`)})${t(': void')} {`,
      `    ${map}.set(${e.singular}.id, ${e.singular});`,
      '  }',
    ],
    [
      `  get(id${t(': number')})${t(`: ${e.type} | undefined`)} {`,
      `    return ${map}.get(id);`,
      '  }',
    ],
    [`  has(id${t(': number')})${t(': boolean')} {`, `    return ${map}.has(id);`, '  }'],
    [`  remove(id${t(': number')})${t(': boolean')} {`, `    return ${map}.delete(id);`, '  }'],
    [`  list()${t(`: ${e.type}[]`)} {`, `    return [...${map}.values()];`, '  }'],
    [`  get size()${t(': number')} {`, `    return ${map}.size;`, '  }'],
    [
      `  total${capitalize(e.amount)}()${t(': number')} {`,
      '    let total = 0;',
      `    for (const ${e.singular} of ${map}.values()) {`,
      `      total += ${e.singular}.${e.amount};`,
      '    }',
      '    return total;',
      '  }',
    ],
    [
      `  by${capitalize(e.group)}(${e.group}${t(': string')})${t(`: ${e.type}[]`)} {`,
      `    return this.list().filter((${e.singular}) => ${e.singular}.${e.group} === ${e.group});`,
      '  }',
    ],
    [
      `  update(id${t(': number')}, changes${t(`: Partial<${e.type}>`)})${t(`: ${e.type}`)} {`,
      `    const current = ${map}.get(id);`,
      '    if (current === undefined) {',
      `      throw new Error(\`${e.type} \${id} not found\`);`,
      '    }',
      '    const updated = { ...current, ...changes };',
      `    ${map}.set(id, updated);`,
      '    return updated;',
      '  }',
    ],
    [
      `  async load()${t(': Promise<number>')} {`,
      `    const response = await fetch(\`\${this.baseUrl}/${e.plural}\`);`,
      '    if (!response.ok) {',
      `      throw new Error(\`Could not load ${e.plural}: \${response.statusText}\`);`,
      '    }',
      `    const items${t(`: ${e.type}[]`)} = await response.json();`,
      '    for (const item of items) {',
      '      this.add(item);',
      '    }',
      '    return items.length;',
      '  }',
    ],
    [`  clear()${t(': void')} {`, `    ${map}.clear();`, '  }'],
  ];
  const [add, get, , , list] = methods;
  const chosen = new Set([add, get, list, ...r.sample(methods, r.int(2, methods.length))]);
  for (const method of methods) if (chosen.has(method)) lines.push(...method);
  lines.push('}');
  return lines.join('\n');
}
