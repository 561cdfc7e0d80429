import { createContext, useContext } from 'react';
import { nullService, type ExpressionService } from '../editor/checks/expression-service.js';

/** @internal */
export const ExpressionServiceContext = createContext<ExpressionService>(nullService);

/** The expression service of the pathway being edited. */
export function useExpressionService(): ExpressionService {
  return useContext(ExpressionServiceContext);
}
