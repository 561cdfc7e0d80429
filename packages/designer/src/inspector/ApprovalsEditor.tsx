import { fingerprint, isApprovalCurrent, type Approval, type Pathway } from '../core.js';
import { updatePathway } from '../editor/commands/pathway-commands.js';
import { useDoc } from '../state/context.js';
import { TextArea, TextInput } from '../ui/controls.js';
import { ListEditor } from '../ui/ListEditor.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Whether an approval still covers the clinical content, in words, with core's fingerprint. */
function ApprovalStatus({
  doc,
  approval,
  onRecord,
}: {
  doc: Pathway;
  approval: Approval;
  onRecord: () => void;
}) {
  const current = isApprovalCurrent(doc, approval);
  const message =
    approval.fingerprint === undefined
      ? 'This approval does not record which clinical content it covers.'
      : current
        ? 'This approval covers the clinical content as it is now.'
        : 'The clinical content has changed since this approval was given: review the changes and sign it off again.';
  return (
    <div className={`cw-banner${current && approval.fingerprint ? '' : ' cw-banner--warning'}`}>
      <p role="status">{message}</p>
      {!(current && approval.fingerprint) && (
        <button type="button" onClick={onRecord}>
          {approval.fingerprint === undefined
            ? 'Record the content it covers'
            : 'Record a new sign-off of the current content'}
          <span className="cw-visually-hidden"> (approval by {approval.name || 'unnamed'})</span>
        </button>
      )}
    </div>
  );
}

/**
 * The clinical sign-offs: who judged the pathway safe, when, and for which
 * clinical content (core's `fingerprint`, which layout, translations,
 * version and status leave alone), so that a later clinical change shows
 * the approval no longer applies.
 */
export function ApprovalsEditor({ doc }: { doc: Pathway }) {
  const { run } = useDoc();
  return (
    <ListEditor<Approval>
      legend="Approvals (clinical sign-off)"
      itemName="approval"
      items={doc.approvals}
      name={(a) => `approval by ${a.name || 'unnamed'}`}
      create={() => ({
        role: 'Clinical safety officer',
        name: '',
        date: today(),
        statement: 'Reviewed and approved as clinically safe.',
        fingerprint: fingerprint(doc),
      })}
      onChange={(approvals, what) => run(updatePathway(what, (d) => ({ ...d, approvals })))}
      render={(a, i, put) => (
        <>
          <ApprovalStatus
            doc={doc}
            approval={a}
            onRecord={() => put({ ...a, date: today(), fingerprint: fingerprint(doc) }, 'approval sign-off')}
          />
          <TextInput
            label={`Approval ${i + 1} role`}
            value={a.role}
            onChange={(role) => put({ ...a, role }, 'approval role')}
          />
          <TextInput
            label={`Approval ${i + 1} name`}
            value={a.name}
            onChange={(name) => put({ ...a, name }, 'approval name')}
          />
          <TextInput
            label={`Approval ${i + 1} date`}
            hint="YYYY-MM-DD"
            value={a.date}
            onChange={(date) => put({ ...a, date }, 'approval date')}
          />
          <TextArea
            label={`Approval ${i + 1} statement`}
            value={a.statement}
            onChange={(statement) => put({ ...a, statement }, 'approval statement')}
          />
        </>
      )}
    />
  );
}
