import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback } from 'react';
import { fn } from 'storybook/test';
import type { CarewayCompleteDetail, CarewayPathway } from '@careway/elements';
import '@careway/elements/define';
import componentSource from '../../embedding/examples/angular/triage.component.ts?raw';
import { Mount } from './Mount.js';
import { dvt, shown, type Pathway } from './support.js';

interface Args {
  pathway: Pathway;
  patient: { encounterId: string; age: number; sex: 'female' | 'male' };
  onReferral: (referral: CarewayCompleteDetail) => void;
}

/**
 * What Angular's compiled template of `TriageComponent` does to the DOM,
 * step by step: create the element with its static attribute, listen for
 * `(careway-complete)`, insert it, then on change detection set the
 * `[pathway]` and `[context]` properties and the `[attr.draft-key]` attribute.
 */
function bindLikeAngular(host: HTMLElement, component: Args): void {
  const el = document.createElement('careway-pathway') as CarewayPathway;
  el.setAttribute('layout', 'compact');
  el.addEventListener('careway-complete', (event) =>
    component.onReferral((event as CustomEvent<CarewayCompleteDetail>).detail),
  );
  host.append(el);
  el.pathway = component.pathway;
  el.context = { age: component.patient.age, sex: component.patient.sex };
  el.setAttribute('draft-key', 'triage:' + component.patient.encounterId);
}

function AngularLike(args: Args) {
  const { pathway, patient, onReferral } = args;
  const setup = useCallback(
    (root: HTMLElement) => {
      bindLikeAngular(root, { pathway, patient, onReferral });
      return undefined;
    },
    [pathway, patient, onReferral],
  );
  return <Mount setup={setup} />;
}

/**
 * The Angular guide's `TriageComponent` (shown as source), and the element
 * bound exactly as its template binds it. Storybook does not run Angular
 * itself: Angular's compiler and runtime are not part of this repository's
 * build, and the element needs nothing from them.
 */
const meta: Meta<typeof AngularLike> = {
  title: 'Examples/Angular',
  component: AngularLike,
  tags: ['!autodocs'],
  args: {
    pathway: dvt(),
    patient: { encounterId: 'enc-5c1f8e27', age: 67, sex: 'female' },
    onReferral: fn(),
  },
  argTypes: { pathway: { control: false } },
  parameters: { docs: { source: { code: componentSource, language: 'typescript' } } },
};
export default meta;

type Story = StoryObj<typeof AngularLike>;

/** The suspected-DVT pathway bound as the Angular template binds it. */
export const SidePanel: Story = {
  name: 'Triage, bound as Angular binds it',
  play: async ({ canvasElement }) => {
    await shown(() => canvasElement.querySelector('careway-pathway'));
  },
};
