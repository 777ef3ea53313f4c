import { formatSize } from './formatSize';
import { MAX_TRAINING_BYTES } from './trainingLimits';

/** What to say when a text of `bytes` bytes is over the limit; `what` names it ("big.txt"). */
export function tooLargeMessage(what: string, bytes: number): string {
  let size = formatSize(bytes);
  let limit = formatSize(MAX_TRAINING_BYTES);
  // Just over the limit would read "20.0 MB, more than 20.0 MB": give the bytes instead.
  if (size === limit) {
    size = `${bytes.toLocaleString('en-US')} bytes`;
    limit = `${MAX_TRAINING_BYTES.toLocaleString('en-US')} bytes`;
  }
  return (
    `${what} is ${size}, more than the ${limit} the page can train on. ` +
    'Use a shorter text, or split it and train on a part.'
  );
}
