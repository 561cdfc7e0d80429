/** Loaded first on the strict-CSP page: records every policy violation from the very start. */
export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

const violations: Violation[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({
    directive: e.violatedDirective,
    blocked: e.blockedURI,
    source: e.sourceFile,
    sample: e.sample,
  });
});
(globalThis as { __carewayViolations?: Violation[] }).__carewayViolations = violations;
