import { ExpressionEditor } from './ExpressionEditor.js';

/** Props of {@link ExpressionInput}. */
export interface ExpressionInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
}

/** A checked expression box for computed values and prefills (any type). */
export function ExpressionInput(props: ExpressionInputProps) {
  return <ExpressionEditor {...props} expects="any" />;
}
