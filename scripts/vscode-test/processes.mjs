// Process plumbing shared by the launchers that start code-server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { codeServerEntry, node24, node24Home } from './provision.mjs';

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

/**
 * Starts code-server on a port the OS picks, without auth, telemetry, update checks or the
 * workspace-trust prompt, followed by `args`. It runs in its own process group, so the
 * extension host and other helpers die with it. Its output goes to `write`, and to `onText`
 * with the end of the previous chunk (a line may be split across chunks). `port` resolves
 * with the port from its log, and rejects if it exits first or takes over `timeoutMs`.
 */
export function startCodeServer({ args, env, write, timeoutMs, onText = () => {} }) {
  const server = spawn(node24, [
    codeServerEntry,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...args,
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = new Promise((resolve, reject) => {
    let tail = '';
    const onData = (chunk) => {
      write(chunk);
      const text = tail + chunk;
      tail = text.slice(-200);
      const m = /server listening on https?:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
      onText(text);
    };
    server.stdout.setEncoding('utf8').on('data', onData);
    server.stderr.setEncoding('utf8').on('data', onData);
    server.once('exit', (code, sig) => reject(new Error(`code-server exited during startup (${code ?? sig})`)));
  });
  return { server, port: withTimeout(port, timeoutMs, `code-server did not start listening within ${timeoutMs / 1000} s`) };
}
