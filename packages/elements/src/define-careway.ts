/**
 * Registering Careway's elements. A build registers a name only while it is
 * free and otherwise warns, so a second copy of Careway on the page never
 * breaks the first; under a prefix, two versions run side by side.
 */
import { CarewayCareCard } from './components/careway-care-card/careway-care-card.js';
import { CarewayPathway } from './components/careway-pathway/careway-pathway.js';
import { VERSION } from './version.js';

/** Options of {@link defineCareway}. */
export interface DefineOptions {
  /**
   * Tag prefix: `careway` (the default) gives `<careway-pathway>`;
   * `careway-v2` gives `<careway-v2-pathway>`.
   */
  prefix?: string;
}

/** What {@link defineCareway} did. */
export interface DefineResult {
  /** The tag name of each element under this prefix. */
  tags: { pathway: string; careCard: string };
  /** Names this call registered. */
  registered: string[];
  /** Names already taken by something else, left alone (a warning was logged). */
  skipped: string[];
}

const elements = { pathway: CarewayPathway, careCard: CarewayCareCard } as const;
const suffixes = { pathway: 'pathway', careCard: 'care-card' } as const;
const versions = new WeakMap<CustomElementConstructor, string>([
  [CarewayPathway, VERSION],
  [CarewayCareCard, VERSION],
]);

function describeOwner(existing: CustomElementConstructor): string {
  const version = versions.get(existing) ?? (existing as { carewayVersion?: unknown }).carewayVersion;
  return typeof version === 'string' ? `Careway ${version}` : 'another script';
}

/**
 * Registers Careway's elements under a prefix, each only if its name is
 * free. Never throws: a bad prefix or a taken name is reported in the console.
 *
 * @example
 * ```ts
 * import { defineCareway } from '@careway/elements';
 * defineCareway({ prefix: 'careway-v2' }); // <careway-v2-pathway>, <careway-v2-care-card>
 * ```
 */
export function defineCareway(options: DefineOptions = {}): DefineResult {
  const prefix = options.prefix ?? 'careway';
  const tags = { pathway: `${prefix}-${suffixes.pathway}`, careCard: `${prefix}-${suffixes.careCard}` };
  const result: DefineResult = { tags, registered: [], skipped: [] };
  if (!/^[a-z][a-z0-9._-]*$/.test(prefix)) {
    console.error(
      `[careway] Cannot define elements with the prefix "${prefix}": use lower-case letters, digits and hyphens, starting with a letter.`,
    );
    result.skipped.push(...Object.values(tags));
    return result;
  }
  for (const key of Object.keys(elements) as (keyof typeof elements)[]) {
    const name = tags[key];
    const base = elements[key];
    const existing = customElements.get(name);
    if (existing) {
      // Registered by this very build (an earlier call): nothing to do, nothing to say.
      if (!versions.has(existing)) {
        console.warn(
          `[careway] <${name}> is already defined by ${describeOwner(existing)}, so Careway ${VERSION} did not register it. ` +
            `To run two versions on one page, define this one under its own prefix: defineCareway({ prefix: 'careway-v${VERSION.split('.')[0]}' }).`,
        );
        result.skipped.push(name);
      }
      continue;
    }
    // A constructor can be registered once only, so every other prefix gets its own subclass.
    const definition: CustomElementConstructor =
      prefix === 'careway'
        ? base
        : (class extends (base as typeof CarewayPathway) {} as CustomElementConstructor);
    versions.set(definition, VERSION);
    try {
      customElements.define(name, definition);
      result.registered.push(name);
    } catch (error) {
      console.warn(`[careway] <${name}> could not be registered: ${String(error)}`);
      result.skipped.push(name);
    }
  }
  return result;
}
