import { type CodeTemplate, maybeExport, typed } from './codeTemplate';
import { capitalize } from './naming';

/** Function templates built on loops and if/else. */
export const TS_LOOP_FUNCTIONS: readonly CodeTemplate[] = [
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function total${capitalize(e.amount)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': number')} {`,
      '  let total = 0;',
      `  for (const ${e.singular} of ${e.plural}) {`,
      `    total += ${e.singular}.${e.amount};`,
      '  }',
      '  return total;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function find${e.type}Index(${e.plural}${typed(c, `: ${e.type}[]`)}, id${typed(c, ': number')})${typed(c, ': number')} {`,
      `  for (let i = 0; i < ${e.plural}.length; i++) {`,
      `    if (${e.plural}[i].id === id) {`,
      '      return i;',
      '    }',
      '  }',
      '  return -1;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    const type = `Map<string, ${e.type}[]>`;
    return [
      `${maybeExport(c)}function group${capitalize(e.plural)}By${capitalize(e.group)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, `: ${type}`)} {`,
      `  const groups = new Map${typed(c, `<string, ${e.type}[]>`)}();`,
      `  for (const ${e.singular} of ${e.plural}) {`,
      `    const key = ${e.singular}.${e.group};`,
      '    const group = groups.get(key) ?? [];',
      `    group.push(${e.singular});`,
      '    groups.set(key, group);',
      '  }',
      '  return groups;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function count${capitalize(e.plural)}By${capitalize(e.group)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': Record<string, number>')} {`,
      `  const counts${typed(c, ': Record<string, number>')} = {};`,
      `  for (const ${e.singular} of ${e.plural}) {`,
      `    counts[${e.singular}.${e.group}] = (counts[${e.singular}.${e.group}] ?? 0) + 1;`,
      '  }',
      '  return counts;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function max${capitalize(e.amount)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': number')} {`,
      `  if (${e.plural}.length === 0) {`,
      "    throw new Error('Expected at least one item');",
      '  }',
      `  let max = ${e.plural}[0].${e.amount};`,
      `  for (const ${e.singular} of ${e.plural}) {`,
      `    if (${e.singular}.${e.amount} > max) {`,
      `      max = ${e.singular}.${e.amount};`,
      '    }',
      '  }',
      '  return max;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    const values = e.groupValues;
    return [
      `${maybeExport(c)}function validate${e.type}(${e.singular}${typed(c, `: ${e.type}`)})${typed(c, ': string[]')} {`,
      `  const errors${typed(c, ': string[]')} = [];`,
      `  if (${e.singular}.${e.label}.trim() === '') {`,
      `    errors.push('${e.label} is required');`,
      '  }',
      `  if (${e.singular}.${e.amount} < 0) {`,
      `    errors.push('${e.amount} must not be negative');`,
      '  }',
      `  if (![${values.map((v) => `'${v}'`).join(', ')}].includes(${e.singular}.${e.group})) {`,
      `    errors.push(\`unknown ${e.group}: \${${e.singular}.${e.group}}\`);`,
      '  }',
      '  return errors;',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function partition${capitalize(e.plural)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, `: [${e.type}[], ${e.type}[]]`)} {`,
      `  const matching${typed(c, `: ${e.type}[]`)} = [];`,
      `  const rest${typed(c, `: ${e.type}[]`)} = [];`,
      `  for (const ${e.singular} of ${e.plural}) {`,
      `    if (${e.singular}.${e.flag}) {`,
      `      matching.push(${e.singular});`,
      '    } else {',
      `      rest.push(${e.singular});`,
      '    }',
      '  }',
      '  return [matching, rest];',
      '}',
    ];
  },
  (c) => {
    const { e } = c;
    return [
      `${maybeExport(c)}function average${capitalize(e.amount)}(${e.plural}${typed(c, `: ${e.type}[]`)})${typed(c, ': number')} {`,
      `  if (${e.plural}.length === 0) {`,
      '    return 0;',
      '  }',
      `  let sum = 0;`,
      `  for (const ${e.singular} of ${e.plural}) {`,
      `    sum += ${e.singular}.${e.amount};`,
      '  }',
      `  return sum / ${e.plural}.length;`,
      '}',
    ];
  },
];
