/**
 * Handling careway-complete: file the summary in the record, send the FHIR
 * Bundle and the files to the host's own systems, and show the outcome's care
 * card in the record view. Careway itself sends nothing anywhere.
 */
import '@careway/elements/define';
import type { CarewayCareCard, CarewayCompleteDetail, CarewayPathway } from '@careway/elements';

/** The host's own systems; each host brings its own. */
export interface HostSystems {
  fileInRecord(text: string): Promise<void>;
  sendToFhirServer(bundle: object): Promise<void>;
  upload(file: File, fieldId: string): Promise<void>;
}

/** Wires `el`'s completion to the host's systems and to `card`. */
export function handleCompletion(el: CarewayPathway, card: CarewayCareCard, host: HostSystems): void {
  el.addEventListener('careway-complete', async (event) => {
    const { summaryText, fhir, attachments }: CarewayCompleteDetail = event.detail;
    card.outcome = event.detail.outcome;
    await host.fileInRecord(summaryText);
    if (fhir) await host.sendToFhirServer(fhir.bundle);
    for (const { file, fieldId } of attachments) if (file) await host.upload(file, fieldId);
  });
  el.addEventListener('careway-error', (event) => {
    if (event.detail.severity === 'error')
      console.error(`[host] ${event.detail.code}: ${event.detail.message}`);
  });
}
