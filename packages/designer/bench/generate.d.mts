import type { Pathway } from '@careway/core';

/** A large, valid-shaped pathway of about `size` nodes: chains of steps and decisions with outcomes, laid out in a grid. */
export function generatePathway(size?: number): Pathway;
