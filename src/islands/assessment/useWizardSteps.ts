import { useCallback, useEffect, useRef, useState } from 'react';
import { SCOPING_STEP } from '../../lib/assessment/steps';

/**
 * The wizard's current step. Moving to a step (even the same one) sends focus to its heading, so a
 * keyboard or screen reader user starts reading the new step.
 */
export function useWizardSteps() {
  const [step, setStep] = useState(SCOPING_STEP);
  // The step as of the last navigation, for code that runs outside render (saving).
  const stepNow = useRef(SCOPING_STEP);
  const heading = useRef<HTMLHeadingElement>(null);
  const [navigations, setNavigations] = useState(0);

  useEffect(() => {
    if (navigations > 0) heading.current?.focus();
  }, [navigations]);

  /** Opens a step without moving focus (restoring saved answers, printing). */
  const show = useCallback((target: string) => {
    stepNow.current = target;
    setStep(target);
  }, []);

  /** Opens a step and moves focus to its heading. */
  const go = useCallback(
    (target: string) => {
      show(target);
      setNavigations((count) => count + 1);
    },
    [show],
  );

  const currentStep = useCallback(() => stepNow.current, []);
  return { step, go, show, currentStep, heading };
}
