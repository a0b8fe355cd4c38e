/**
 * Loaded with one import() when the visitor opens the results or uses a file action of the data
 * panel: both need the scoring, gap and SoA code, so they travel in one chunk.
 */
export { default as ResultsStep } from './ResultsStep';
export * from './dataActions';
