/** The domain model: types only, plus the few pure helpers that keep spans honest. */
export * from './span.js';
export * from './timex.js';
export * from './report.js';
export * from './clean.js';
export * from './segments.js';
export * from './mention.js';
export * from './claim.js';
export * from './story.js';
export * from './doc.js';
export * from './record.js';
export * from './errors.js';
