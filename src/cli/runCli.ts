import { CliError } from './CliError';
import type { CliIo } from './CliIo';
import { build } from './commands/build';
import { dist } from './commands/dist';
import { generate } from './commands/generate';
import { score } from './commands/score';

/** The usage text printed by `help`. */
export const USAGE = `Usage: npm run tokenscope -- <command> [options]

  build     --input FILE --out FILE [--tokenizer word|char|whitespace] [--order N]
            [--smoothing kn|mkn|mle|addk] [--discount D] [--k K] [--vocab-size N]
            [--min-count C] [--name NAME]
  dist      --model FILE --context TEXT [--temperature T] [--json]
  score     --model FILE --input FILE [--json]
  generate  --model FILE --prompt TEXT --steps N [--temperature T] [--seed S]
            [--top-k K] [--top-p P] [--min-p P] [--json]
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => void> = {
  build,
  dist,
  score,
  generate,
};

/** Runs one command line; returns the exit code. Errors a user can cause print one line. */
export function runCli(argv: string[], io: CliIo): number {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return command === undefined ? 1 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`tokenscope: unknown command "${command}". Use one of: build, dist, score, generate.\n`);
    return 2;
  }
  try {
    run(args, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`tokenscope ${command}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`tokenscope ${command}: unexpected failure: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
