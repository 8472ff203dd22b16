// Entry of the analysis worker when the CLI runs from source; the bundle (dist/cli.js) is its own worker entry.
import { startAnalysisWorker } from './watchdog.js';

startAnalysisWorker();
