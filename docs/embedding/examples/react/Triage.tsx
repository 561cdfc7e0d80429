import type { ComponentProps } from 'react';
import { CarewayPathway, type CarewayCompleteDetail } from '@careway/elements/react';

/** The pathway document, as the wrapper types it. */
type Pathway = ComponentProps<typeof CarewayPathway>['pathway'];

/** What the host knows about the patient. */
export interface Patient {
  encounterId: string;
  age: number;
  sex: 'female' | 'male';
}

/** Runs a pathway for one patient in an EPR side panel and hands back the referral. */
export function Triage({
  pathway,
  patient,
  onReferral,
}: {
  pathway: Pathway;
  patient: Patient;
  onReferral: (referral: CarewayCompleteDetail) => void;
}) {
  return (
    <CarewayPathway
      pathway={pathway}
      context={{ age: patient.age, sex: patient.sex }}
      draftKey={`triage:${patient.encounterId}`}
      layout="compact"
      onCarewayComplete={(e) => onReferral(e.detail)}
      onCarewayError={(e) => console.warn(`[triage] ${e.detail.code}: ${e.detail.message}`)}
    />
  );
}
