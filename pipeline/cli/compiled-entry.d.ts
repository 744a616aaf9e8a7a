/** See compiled-entry.js: the CLI's TypeScript as one bundle, rebuilt when a source changes. */
export function compiledEntry(options: {
  entry: string;
  cacheDirectory: string;
}): Promise<{ url: string; rebuilt: boolean }>;
