import { fakeHex } from './fakeValues';
import type { Random } from './random';
import { ADJECTIVES, NOUNS } from './words';

/** A database section of a service configuration. */
function database(r: Random, service: string): Record<string, unknown> {
  const engine = r.pick(['postgres', 'mysql', 'sqlite']);
  if (engine === 'sqlite') return { engine, path: `./data/${service}.db`, journalMode: 'wal' };
  return {
    engine,
    host: r.pick(['localhost', 'db.internal', '127.0.0.1']),
    port: engine === 'postgres' ? 5432 : 3306,
    name: service.replace(/-/g, '_'),
    user: r.pick(['app', 'admin', service.split('-')[0]]),
    pool: { min: r.int(0, 2), max: r.pick([5, 10, 20, 50]), idleTimeoutMs: r.pick([10000, 30000]) },
    ssl: r.chance(0.5),
  };
}

/** A service configuration file with nested settings (server, database, logging, features). */
export function appConfigJson(r: Random): unknown {
  const service = `${r.pick(ADJECTIVES)}-${r.pick(NOUNS)}`;
  const config: Record<string, unknown> = {
    name: service,
    environment: r.pick(['development', 'staging', 'production', 'test']),
    server: {
      host: r.pick(['0.0.0.0', '127.0.0.1', 'localhost']),
      port: r.pick([3000, 8000, 8080, 5000, 4000, 9090]),
      cors: { enabled: r.chance(0.7), origins: [`https://${service}.example.com`] },
      timeoutMs: r.pick([5000, 10000, 30000]),
    },
  };
  if (r.chance(0.8)) config.database = database(r, service);
  if (r.chance(0.5)) {
    config.cache = { driver: r.pick(['redis', 'memory']), ttlSeconds: r.pick([60, 300, 3600]) };
  }
  config.logging = {
    level: r.pick(['debug', 'info', 'warn', 'error']),
    format: r.pick(['json', 'pretty', 'text']),
    destination: r.pick(['stdout', `/var/log/${service}.log`]),
  };
  if (r.chance(0.6)) {
    const features: Record<string, boolean> = {};
    for (const noun of r.sample(NOUNS, r.int(2, 5)))
      features[`${r.pick(ADJECTIVES)}${noun.charAt(0).toUpperCase()}${noun.slice(1)}`] =
        r.chance(0.5);
    config.features = features;
  }
  if (r.chance(0.4)) {
    config.auth = {
      provider: r.pick(['oauth2', 'jwt', 'basic']),
      issuer: `https://auth.example.com/${service}`,
      audience: service,
      tokenTtlMinutes: r.pick([15, 30, 60]),
      clientId: fakeHex(r, 16),
    };
  }
  if (r.chance(0.3)) config.retry = { attempts: r.int(2, 5), backoffMs: r.pick([100, 250, 500]) };
  return config;
}
