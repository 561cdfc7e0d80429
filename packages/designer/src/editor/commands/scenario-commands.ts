import type { Scenario } from '../../core.js';
import { command, type Command } from './command.js';
import { freshId } from '../document/ids.js';

/** Adds a scenario (a clinical test case) with a fresh id. */
export function addScenario(scenario: Omit<Scenario, 'id'>): Command {
  return command('add-scenario', `Add scenario “${scenario.name}”`, (doc) => ({
    ...doc,
    scenarios: [
      ...doc.scenarios,
      {
        id: freshId(
          'scenario',
          doc.scenarios.map((s) => s.id),
        ),
        ...scenario,
      },
    ],
  }));
}

/** Edits a scenario. */
export function updateScenario(id: string, what: string, update: (s: Scenario) => Scenario): Command {
  return command(
    'update-scenario',
    `Change ${what} of scenario “${id}”`,
    (doc) => ({ ...doc, scenarios: doc.scenarios.map((s) => (s.id === id ? update(s) : s)) }),
    { coalesceKey: `scenario:${id}:${what}` },
  );
}

/** Removes a scenario. */
export function removeScenario(id: string): Command {
  return command('remove-scenario', `Remove scenario “${id}”`, (doc) => ({
    ...doc,
    scenarios: doc.scenarios.filter((s) => s.id !== id),
  }));
}
