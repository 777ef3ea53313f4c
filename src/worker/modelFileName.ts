/** A file name for downloading a model called `name`: safe characters, text extension dropped. */
export function modelFileName(name: string): string {
  const base = name
    .replace(/\.(txt|text|md|tsm|tsm\.gz)$/i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|-+$/g, '');
  return `${base || 'model'}.tsm`;
}
