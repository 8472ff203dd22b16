import { run } from './run.js';
import { isAnalysisWorker, startAnalysisWorker } from './watchdog.js';

if (isAnalysisWorker()) {
  // The same bundle runs the per-file watchdog's worker thread (see watchdog.ts).
  startAnalysisWorker();
} else {
  // A closed pipe (`postmortem-lint | head`) is not an error worth a stack trace.
  // Any other write error (a full disk, `> /dev/full`) means the report was
  // lost: exit 2 with a message, never 1 or 0 as if it had been read.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`postmortem-lint: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(2);
  });

  // exitCode rather than exit(), so buffered output to a pipe is flushed first.
  process.exitCode = run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
}
