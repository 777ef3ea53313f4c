import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** The strict policy of issue 5: nothing inline, nothing from elsewhere. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
};

/**
 * A plain static host: serves `mounts` (URL folder → disk folder) below `prefix`, every response
 * with the strict Content-Security-Policy. Returns the base URL (ending in the prefix).
 */
export async function serveFolder(
  prefix: string,
  mounts: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    response.setHeader('Content-Security-Policy', STRICT_CSP);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.startsWith(prefix) ? await findFile(path.slice(prefix.length), mounts) : null;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The file a path below the prefix names (a folder means its index.html), or null. */
async function findFile(rest: string, mounts: Record<string, string>): Promise<string | null> {
  // The longest URL folder that the path starts with ('' is the root).
  const mount = Object.keys(mounts)
    .sort((a, b) => b.length - a.length)
    .find((folder) => rest.startsWith(folder));
  if (mount === undefined) return null;
  const root = mounts[mount];
  let file = normalize(join(root, rest.slice(mount.length)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
