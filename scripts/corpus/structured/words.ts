/** Splits a space-separated word list (kept on few lines so the list stays readable). */
function list(words: string): readonly string[] {
  return words.trim().split(/\s+/);
}

/** Given names for generated people. */
export const FIRST_NAMES = list(`
  Ava Liam Noah Emma Olivia Mateo Sofia Lucas Mia Ethan Amara Hiro Priya Omar Chloe Daniel
  Grace Leo Nina Ravi Sara Tomas Yuki Zoe Isaac Elena Jonas Maya Felix Ines Kofi Lena Marco
  Nora Oscar Paula Quinn Rosa Samuel Tara Victor Wen Aisha Ben Carmen Dmitri Farah Gabriel`);

/** Family names for generated people. */
export const LAST_NAMES = list(`
  Smith Garcia Chen Okafor Novak Patel Kim Silva Müller Rossi Johnson Brown Nguyen Haddad
  Larsen Kowalski Tanaka Dubois Ivanova Martin Lopez Walker Young Hall Allen Wright Scott Green
  Baker Adams Nelson Carter Mitchell Perez Roberts Turner Phillips Evans Moreau Schmidt Ortiz`);

/** Mail domains for generated addresses (reserved example domains and made-up test ones). */
export const EMAIL_DOMAINS = list('example.com example.org example.net mail.test acme.test');

/** Street name stems; a suffix such as `Street` or `Avenue` is added. */
export const STREETS = list(`
  Maple Oak Cedar Pine Elm Lake Hill River Park Main Church Mill Spring Sunset Highland Willow
  Station Harbor Garden Market Bridge Forest Meadow Union`);

/** Street suffixes. */
export const STREET_SUFFIXES = list('Street Avenue Road Lane Drive Way Court Place');

/** Adjectives for package names, descriptions and feature names. */
export const ADJECTIVES = list(`
  fast tiny simple smart safe lazy strict async modern minimal typed robust flexible portable
  streaming reactive friendly quick small secure`);

/** Nouns for package names, descriptions and identifiers. */
export const NOUNS = list(`
  parser logger router cache queue client server schema store config formatter validator
  scheduler bundler renderer watcher mailer uploader tokenizer resolver emitter limiter tracker
  builder checker loader`);

/** Topics a package or a service is about. */
export const TOPICS = [
  'JSON',
  'CSV files',
  'HTTP requests',
  'environment variables',
  'dates',
  'markdown',
  'images',
  'command-line tools',
  'web sockets',
  'feature flags',
  'background jobs',
  'form data',
  'URLs',
  'time zones',
  'log files',
  'SQL queries',
] as const;

/** Tags attached to generated records. */
export const TAGS = list(`
  new featured sale beta internal archived urgent vip trial pro staff verified draft review
  priority legacy`);

/** Place kinds for GeoJSON features. */
export const PLACE_KINDS = list(`
  park school library cafe museum station market pharmacy hospital playground bakery stadium`);
