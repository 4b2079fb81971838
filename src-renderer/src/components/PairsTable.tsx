// Name/value pairs (headers, query parameters, form fields) in their received order, duplicates
// kept. Each row copies as `Name: value`; the whole table copies in the same wire-like format.
import type { HeaderPair } from '@shared/types';
import { CopyButton } from './CopyButton';
import { PayloadText } from './PayloadText';

interface PairsTableProps {
  pairs: readonly HeaderPair[];
  label: string;
  nameHeading?: string;
  separator?: string;
  testId?: string;
}

export function PairsTable({
  pairs,
  label,
  nameHeading = 'Name',
  separator = ': ',
  testId,
}: PairsTableProps) {
  return (
    <table className="pairs" aria-label={label} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col" className="pairs-name">
            {nameHeading}
          </th>
          <th scope="col">Value</th>
          <th scope="col" className="pairs-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(([name, value], i) => (
          <tr key={i}>
            <th scope="row" className="pairs-name mono">
              <PayloadText text={name} />
            </th>
            <td className="pairs-value mono">
              <PayloadText text={value} />
            </td>
            <td className="pairs-actions">
              <CopyButton label={`Copy ${name}`} getText={() => `${name}${separator}${value}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function pairsAsText(pairs: readonly HeaderPair[], separator = ': '): string {
  return pairs.map(([n, v]) => `${n}${separator}${v}`).join('\n');
}
