import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Forward slashes, as config lookup, globs and SARIF URIs expect on every platform. */
export function toPosix(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/** True when `path` is `dir` itself or inside it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The path as shown to the user: relative to the working folder when inside it. */
export function displayPath(absPath: string, cwd: string): string {
  const abs = resolve(cwd, absPath);
  return isInside(abs, cwd) ? relative(cwd, abs) || '.' : abs;
}

/**
 * The path given to postmortem detection, so that `postmortemGlobs` are read
 * from the project's root: the config file's folder when one applies,
 * otherwise the working folder; absolute when the file is outside both.
 */
export function detectionPath(absPath: string, cwd: string, configDir?: string): string {
  for (const base of [configDir, cwd]) {
    if (base && isInside(absPath, base)) return toPosix(relative(base, absPath));
  }
  return toPosix(absPath);
}
