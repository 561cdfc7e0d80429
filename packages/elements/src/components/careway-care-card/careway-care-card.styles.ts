/** The look of `<careway-care-card>`: the NHS care card and its tokens. */
import { css } from 'lit';
import { careCardStyles, tokens } from '../../internal/base.styles.js';

const own = css`
  .care-card {
    margin: 0;
  }
`;

/** Every stylesheet of `<careway-care-card>`. */
export const carewayCareCardStyles = [tokens, careCardStyles, own];
