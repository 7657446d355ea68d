/**
 * `crosscheck pipeline --explain`: prints the stage chain.
 */
import { explain } from '../../pipeline/compose.js';
import { parse } from '../args.js';

export const pipelineHelp = `crosscheck pipeline --explain
  Prints the per-report stages in order, with what each requires and assigns.`;

export async function pipelineCommand(argv: readonly string[]): Promise<number> {
  parse(argv, { explain: { type: 'boolean' } });
  process.stdout.write(explain() + '\n');
  return 0;
}
