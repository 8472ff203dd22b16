// Picks the integration-test launcher: POSTMORTEM_VSCODE_LAUNCHER=offline|electron,
// else code-server where it can be provisioned (Linux x64 with apt), else a downloaded VS Code.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canProvision } from './provision.mjs';

const launchers = ['offline', 'electron'];
const choice = process.env.POSTMORTEM_VSCODE_LAUNCHER || (canProvision() ? 'offline' : 'electron');
if (!launchers.includes(choice)) {
  console.error(`POSTMORTEM_VSCODE_LAUNCHER must be one of ${launchers.join(', ')} (got "${choice}")`);
  process.exit(2);
}
console.log(`Integration tests: ${choice} launcher`);

const script = join(dirname(fileURLToPath(import.meta.url)), `${choice}.mjs`);
const child = spawn(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl+C already reaches the child through the terminal; a SIGTERM aimed at us is passed on
// so the launcher can shut its VS Code down. Either way we stay to report the child's exit code.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
