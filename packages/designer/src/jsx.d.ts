// Teaches React's JSX about the Careway runtime element, so that the live
// preview renders `<careway-pathway>` with type-checked attributes.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The Careway runtime element, used by the live preview. */
      'careway-pathway': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & { class?: string };
    }
  }
}
