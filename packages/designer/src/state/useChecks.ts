import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Pathway } from '../core.js';
import { badgesOf } from '../editor/checks/badges.js';
import { createCoreServices } from '../editor/checks/core-services.js';
import { createExpressionService } from '../editor/checks/expression-service.js';
import type { CoreServices, ScenarioReport } from '../editor/checks/types.js';

const services: CoreServices = createCoreServices(createExpressionService);

/**
 * The checks of the pathway, all from core, kept up to date as it is edited:
 * the expression service, the problems (computed on a deferred copy so typing
 * stays responsive), friction, and the scenario report on demand.
 */
export function useChecks(doc: Pathway) {
  const expressions = useMemo(() => createExpressionService(doc), [doc]);
  const settled = useSettled(useDeferredValue(doc), 250);
  const analysis = useMemo(() => services.analysis(settled), [settled]);
  const problems = useMemo(() => services.problems(settled, analysis), [settled, analysis]);
  const badges = useMemo(() => badgesOf(problems), [problems]);
  const friction = useMemo(() => services.friction(analysis), [analysis]);
  const [report, setReport] = useState<{ doc: Pathway; report: ScenarioReport }>();
  const runScenarios = useCallback(() => setReport({ doc, report: services.runScenarios(doc) }), [doc]);
  return {
    services,
    expressions,
    problems,
    badges,
    friction,
    report: report?.report,
    reportIsCurrent: report?.doc === doc,
    runScenarios,
  };
}

/**
 * The value once it has stopped changing for `ms`: the analysis runs when the
 * author pauses, not on every keystroke.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
