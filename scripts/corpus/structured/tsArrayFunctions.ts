import { type CodeTemplate, maybeExport, typed } from './codeTemplate';
import { capitalize } from './naming';

/** Function templates built on array methods, template strings and async calls. */
export const TS_ARRAY_FUNCTIONS: readonly CodeTemplate[] = [
  (c) => {
    const { e, r } = c;
    const verb = r.pick(['get', 'select', 'list', 'filter']);
    return [
      `${maybeExport(c)}function ${verb}${e.flagWord}${capitalize(e.plural)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, `: ${e.type}[]`)} {`,
      `  return ${e.plural}.filter((${e.singular}) => ${e.singular}.${e.flag});`,
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function find${e.type}ById(${e.plural}${typed(c, `: ${e.type}[]`)}, id${typed(c, ': number')})${typed(c, `: ${e.type} | undefined`)} {`,
      `  return ${e.plural}.find((${e.singular}) => ${e.singular}.id === id);`,
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function sum${capitalize(e.amount)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': number')} {`,
      `  return ${e.plural}.reduce((sum, ${e.singular}) => sum + ${e.singular}.${e.amount}, 0);`,
      '}',
    ];
  },
  (c) => {
    const { e, r } = c;
    const descending = r.chance(0.5);
    const [a, b] = descending ? ['b', 'a'] : ['a', 'b'];
    return [
      `${maybeExport(c)}function sortBy${capitalize(e.amount)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, `: ${e.type}[]`)} {`,
      `  return [...${e.plural}].sort((a, b) => ${a}.${e.amount} - ${b}.${e.amount});`,
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function sortBy${capitalize(e.label)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, `: ${e.type}[]`)} {`,
      `  return [...${e.plural}].sort((a, b) => a.${e.label}.localeCompare(b.${e.label}));`,
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function ${e.singular}${capitalize(e.label)}s(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': string[]')} {`,
      `  return ${e.plural}.map((${e.singular}) => ${e.singular}.${e.label});`,
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function format${e.type}(${e.singular}${typed(c, `: ${e.type}`)})${typed(c, ': string')} {`,
      `  const state = ${e.singular}.${e.flag} ? '${e.flagWord.toLowerCase()}' : 'not ${e.flagWord.toLowerCase()}';`,
      `  return \`\${${e.singular}.${e.label}} (\${${e.singular}.${e.group}}, \${state})\`;`,
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}async function fetch${capitalize(e.plural)}(page${typed(c, ': number')} = 1)${typed(c, `: Promise<${e.type}[]>`)} {`,
      `  const response = await fetch(\`\${API_URL}/${e.plural}?page=\${page}\`);`,
      '  if (!response.ok) {',
      `    throw new Error(\`Failed to load ${e.plural}: \${response.status}\`);`,
      '  }',
      `  const body = await response.json()${typed(c, ` as { data: ${e.type}[] }`)};`,
      '  return body.data;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}async function fetch${e.type}(id${typed(c, ': number')})${typed(c, `: Promise<${e.type} | null>`)} {`,
      `  const response = await fetch(\`\${API_URL}/${e.plural}/\${id}\`);`,
      '  if (response.status === 404) {',
      '    return null;',
      '  }',
      '  if (!response.ok) {',
      `    throw new Error(\`Failed to load ${e.singular} \${id}: \${response.status}\`);`,
      '  }',
      c.ts ? `  return (await response.json()) as ${e.type};` : '  return response.json();',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function to${e.type}Csv(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': string')} {`,
      `  const header = 'id,${e.label},${e.amount},${e.group}';`,
      `  const rows = ${e.plural}.map((${e.singular}) =>`,
      `    [${e.singular}.id, ${e.singular}.${e.label}, ${e.singular}.${e.amount}, ${e.singular}.${e.group}].join(','),`,
      '  );',
      "  return [header, ...rows].join('\\n');",
      '}',
    ];
  },
  (c) => [
    `${maybeExport(c)}function paginate${typed(c, '<T>')}(items${typed(c, ': T[]')}, page${typed(c, ': number')}, pageSize${typed(c, ': number')})${typed(c, ': T[]')} {`,
    '  const start = (page - 1) * pageSize;',
    '  return items.slice(start, start + pageSize);',
    '}',
  ],
];
