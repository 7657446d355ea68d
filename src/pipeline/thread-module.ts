/**
 * Where a worker thread starts: the built module beside this one, or, when the sources run through
 * tsx (the tests do), a small module that registers tsx in the thread first, since a thread does
 * not inherit the loader its process was started with.
 */

/** The module a worker thread runs for `name` (a module of this folder, named as built: `x.js`). */
export function threadModule(name: string): URL {
  const url = new URL(name, import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return url;
  const source = url.href.replace(/\.js$/, '.ts');
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}
