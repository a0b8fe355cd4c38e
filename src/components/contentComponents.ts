/**
 * Components an MDX body in content/ may use without importing anything; pages pass this map to
 * `<Content components={contentComponents} />`.
 */
import Milestone from './Milestone.astro';

export const contentComponents = { Milestone };
