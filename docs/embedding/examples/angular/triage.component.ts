// An Angular standalone component running a Careway pathway. Shown in
// Storybook as source beside a story that binds the element the way this
// template does; Careway's own build does not depend on Angular.
import { Component, CUSTOM_ELEMENTS_SCHEMA, EventEmitter, Input, Output } from '@angular/core';
import '@careway/elements/define';
import type { CarewayCompleteDetail } from '@careway/elements';

@Component({
  selector: 'app-triage',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <careway-pathway
      [pathway]="pathway"
      [context]="{ age: patient.age, sex: patient.sex }"
      [attr.draft-key]="'triage:' + patient.encounterId"
      layout="compact"
      (careway-complete)="complete($event)"
    ></careway-pathway>
  `,
})
export class TriageComponent {
  @Input({ required: true }) pathway!: object;
  @Input({ required: true }) patient!: { encounterId: string; age: number; sex: 'female' | 'male' };
  @Output() referral = new EventEmitter<CarewayCompleteDetail>();

  complete(event: Event): void {
    this.referral.emit((event as CustomEvent<CarewayCompleteDetail>).detail);
  }
}
