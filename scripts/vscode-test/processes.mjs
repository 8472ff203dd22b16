// Process plumbing shared by the launchers that start code-server.
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { node24Home } from './provision.mjs';

export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Every process below `root`, read from /proc before the tree is torn apart. */
export function descendants(root) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); // "pid (comm) state ppid …"
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {} // exited meanwhile
  }
  const found = [];
  for (let queue = [String(root)]; queue.length;) {
    const kids = children.get(queue.shift()) ?? [];
    found.push(...kids);
    queue.push(...kids);
  }
  return found.map(Number);
}

export const kill = (pid, sig) => { try { process.kill(pid, sig); } catch {} };

/** code-server reads these from the environment; a stray value would change how it starts. */
export function serverEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|CODE_SERVER_)|^(PORT|PASSWORD|HASHED_PASSWORD|GITHUB_TOKEN)$/.test(k)) delete env[k];
  }
  env.PATH = join(node24Home, 'bin') + delimiter + env.PATH;
  return { ...env, ...extra };
}

/** Stops a server started in its own process group: politely, then for good. */
export async function stopServer(server) {
  if (!server?.pid) return;
  if (server.exitCode === null && server.signalCode === null) {
    kill(-server.pid, 'SIGTERM');
    await withTimeout(once(server, 'exit'), 5000, '').catch(() => {});
  }
  kill(-server.pid, 'SIGKILL');
}
