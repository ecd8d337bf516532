import { createElement } from 'react';

/**
 * The `textHash` of a council decision: never typed, only shown. The editor fills it in as
 * the decision is saved (pre-save.ts), from the policy and the version chosen, so no decision
 * is stored without the hash of the words decided on. (Decap does not re-render a widget
 * when another field changes, so the hash cannot be shown before saving.)
 */
interface Props {
  value?: string;
  forID: string;
  classNameWrapper: string;
}

function TextHashControl({ value, forID, classNameWrapper }: Props) {
  return createElement(
    'output',
    { id: forID, className: classNameWrapper, 'aria-live': 'polite' },
    value ||
      (document.documentElement.lang === 'fr'
        ? 'Remplie à l’enregistrement, d’après la politique et la version.'
        : 'Filled in when you save, from the policy and the version.'),
  );
}

export const textHashWidget = TextHashControl as never;
