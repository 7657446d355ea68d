/** crosscheck as a library: the pipeline, the model and the renderers. */
export { analyze, analyzeReports, annotateReports, type AnalyzeResult } from './pipeline/analyze.js';
export { makeContext, type Context } from './core/context.js';
export { makeOptions, DEFAULT_OPTIONS, type Options } from './core/options.js';
export { DEFAULT_STAGES, explain } from './pipeline/compose.js';
export { loadInputs } from './load/index.js';
export { extractLine } from './render/extract-line.js';
export * from './model/index.js';
