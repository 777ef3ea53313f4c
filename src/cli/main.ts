import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './runCli';

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, bytes) => writeFileSync(path, bytes),
});
