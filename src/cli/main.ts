/**
 * The `crosscheck` command line: a table of subcommands, each a thin adapter
 * over the library. Exit status: 0 done; 1 nothing could be read or a check
 * failed; 2 a usage error. No stack trace reaches the user.
 */
import { analyzeCommand, analyzeHelp } from './commands/analyze.js';
import { benchCommand, benchHelp } from './commands/bench.js';
import { evalCommand, evalHelp } from './commands/eval.js';
import { extractCommand, extractHelp } from './commands/extract.js';
import { ingestCommand, ingestHelp } from './commands/ingest.js';
import { pipelineCommand, pipelineHelp } from './commands/pipeline.js';
import { serveCommand, serveHelp } from './commands/serve.js';
import { storiesCommand, storiesHelp } from './commands/stories.js';
import { watchCommand, watchHelp } from './commands/watch.js';
import { workerCommand, workerHelp } from './commands/worker.js';
import { UsageError } from './args.js';
import { OutputError, reasonOf } from './io.js';

interface Command {
  readonly run: (argv: readonly string[]) => Promise<number>;
  readonly help: string;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: { run: analyzeCommand, help: analyzeHelp },
  extract: { run: extractCommand, help: extractHelp },
  ingest: { run: ingestCommand, help: ingestHelp },
  stories: { run: storiesCommand, help: storiesHelp },
  serve: { run: serveCommand, help: serveHelp },
  watch: { run: watchCommand, help: watchHelp },
  worker: { run: workerCommand, help: workerHelp },
  eval: { run: evalCommand, help: evalHelp },
  bench: { run: benchCommand, help: benchHelp },
  pipeline: { run: pipelineCommand, help: pipelineHelp },
};

const USAGE = `crosscheck: many news reports of one story in, one sourced record out.

usage: crosscheck <command> [options]

${Object.values(COMMANDS).map((c) => c.help).join('\n\n')}

Exit status: 0 done, 1 nothing could be read (or a gate failed), 2 bad usage.`;

/**
 * A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as it does for
 * any Unix tool, instead of an EPIPE trace. Other stdout failures (a full disk) get one line.
 */
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') process.stderr.write(`crosscheck: cannot write to standard output: ${reasonOf(e)}\n`);
  process.exit(e.code === 'EPIPE' ? 0 : 1);
}

export async function main(argv: readonly string[]): Promise<number> {
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`crosscheck: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crosscheck ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`crosscheck ${name}: ${e.message}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'EADDRINUSE' || err.code === 'EADDRNOTAVAIL') {
      process.stderr.write(`crosscheck ${name}: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`crosscheck ${name}: internal error: ${err.message} (set CROSSCHECK_DEBUG=stack for the trace)\n`);
    if (process.env['CROSSCHECK_DEBUG']?.includes('stack')) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
