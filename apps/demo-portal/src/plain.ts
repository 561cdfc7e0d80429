import '@careway/elements/define';
import type { CarewayPathway } from '@careway/elements';
import { examplePathways } from './examples.js';

const element = document.getElementById('pathway') as CarewayPathway | null;
if (element) element.pathway = examplePathways[0];
