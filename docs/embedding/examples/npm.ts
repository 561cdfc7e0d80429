/* eslint-disable @typescript-eslint/no-non-null-assertion -- the "npm" sample of docs/embedding/README.md, as written there */
import '@careway/elements/define'; // registers the elements
import type { CarewayPathway } from '@careway/elements';

const el = document.querySelector<CarewayPathway>('careway-pathway')!;
el.pathway = await (await fetch('/pathways/uti-women-16-64.json')).json();
el.addEventListener('careway-complete', (e) => console.log(e.detail.outcome.urgency));
