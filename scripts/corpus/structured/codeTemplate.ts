import type { Entity } from './entities';
import type { Random } from './random';

/** What a code template needs: random choices, the record type, and the target language. */
export interface CodeContext {
  /** Random source. */
  r: Random;
  /** The record type the code works on. */
  e: Entity;
  /** True for TypeScript (type annotations), false for plain JavaScript. */
  ts: boolean;
}

/** A template that writes one function as lines of source code. */
export type CodeTemplate = (context: CodeContext) => string[];

/** Returns the annotation in TypeScript and nothing in JavaScript. */
export function typed(context: CodeContext, annotation: string): string {
  return context.ts ? annotation : '';
}

/** The `export ` keyword most of the time, so some helpers stay module-private. */
export function maybeExport(context: CodeContext): string {
  return context.r.chance(0.75) ? 'export ' : '';
}
