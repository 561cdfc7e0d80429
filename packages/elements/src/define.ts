import { CarewayPathway } from './components/careway-pathway/careway-pathway.js';

if (!customElements.get('careway-pathway')) customElements.define('careway-pathway', CarewayPathway);
