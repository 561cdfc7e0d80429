/**
 * Registers `<careway-pathway>` and `<careway-care-card>` when the names are
 * free; warns (and leaves the page alone) when another copy holds them.
 * Import `@careway/elements` and call `defineCareway({ prefix })` instead to
 * choose the names.
 */
import { defineCareway } from './define-careway.js';

defineCareway();

export * from './index.js';
