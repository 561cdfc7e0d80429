import { useState } from 'react';
import type { Pathway } from '../core.js';
import type { PublishedVersion } from '../storage/db.js';
import { SelectInput } from '../ui/controls.js';
import { compareVersions, type Comparison } from '../editor/diff/comparison.js';

const NOW = 'now';

/** Picks any two versions (two published ones, or one and the pathway as it is now) and compares them. */
export function CompareVersions({
  versions,
  doc,
  onCompare,
}: {
  versions: readonly PublishedVersion[];
  doc: Pathway;
  onCompare: (comparison: Comparison | undefined) => void;
}) {
  const newest = versions.at(-1)?.version ?? '';
  const [from, setFrom] = useState(versions.at(-2)?.version ?? newest);
  const [to, setTo] = useState(NOW);
  if (versions.length === 0) return null;
  const options = [...versions].reverse().map((v) => ({ value: v.version, label: `Version ${v.version}` }));
  return (
    <fieldset className="cw-group">
      <legend>Compare two versions</legend>
      <div className="cw-row cw-row--end">
        <SelectInput label="Older version" value={from} options={options} onChange={setFrom} />
        <SelectInput
          label="Newer version"
          value={to}
          options={[{ value: NOW, label: 'The pathway as it is now' }, ...options]}
          onChange={setTo}
        />
        <button
          type="button"
          disabled={from === to}
          onClick={() => onCompare(compareVersions(versions, from, to === NOW ? undefined : to, doc))}
        >
          Compare
        </button>
      </div>
    </fieldset>
  );
}
