// One list row. Memoised on the summary object: live inserts re-render only the new rows.
import { memo } from 'react';
import type { CaptureSummary } from '@shared/types';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes, formatByteCount, formatListTime, utcTitle } from '../../lib/format';
import { MethodBadge, StatusBadge } from '../detail/MethodBadge';
import { PayloadFamilyBadge, ProviderBadge } from '../slots/ProviderBadge';
import { CaptureVerdictBadge } from '../slots/VerdictBadge';
import { ForwardBadge } from '../forwarding/ForwardBadge';
import listStyles from './capture-list.module.css';

/** Captures that did not come from the network say so, so they are not taken for live traffic. */
const originLabels: Record<NonNullable<CaptureSummary['origin']>, string> = {
  imported: 'imported',
  replay: 'replay',
  'test-event': 'test event',
};
const originTitles: Record<NonNullable<CaptureSummary['origin']>, string> = {
  imported: 'Imported from a HAR file, not received by this receiver',
  replay: 'A replay of another capture, sent by Hookscope',
  'test-event': 'A test event composed and sent by Hookscope',
};

interface CaptureRowProps {
  capture: CaptureSummary;
  selected: boolean;
  onSelect(id: number): void;
  onOpen(id: number): void;
}

export const CaptureRow = memo(function CaptureRow({ capture, selected, onSelect, onOpen }: CaptureRowProps) {
  return (
    <div
      role="option"
      id={`capture-row-${capture.id}`}
      aria-selected={selected}
      className={`${listStyles['capture-row']}${selected ? ` ${listStyles['is-selected']}` : ''}${capture.kind === 'rejected' ? ` ${listStyles['is-rejected']}` : ''}`}
      data-capture-id={capture.id}
      onMouseDown={(e) => {
        // Keep focus on the list (keyboard navigation continues from the clicked row).
        if (e.button === 0) onSelect(capture.id);
      }}
      onDoubleClick={() => onOpen(capture.id)}
    >
      <span
        className={`${listStyles['col-time']} mono`}
        data-testid="row-time"
        title={utcTitle(capture.receivedAt)}
      >
        {formatListTime(capture.receivedAt)}
      </span>
      <span data-testid="row-method">
        <MethodBadge method={capture.method} />
      </span>
      <span className={`${listStyles['col-path']}${capture.summary ? ` ${listStyles['has-summary']}` : ''}`}>
        <PayloadText text={capture.path} className={`mono ${listStyles['path-text']}`} testId="row-path" />
        {capture.origin && (
          <span
            className={listStyles['row-origin']}
            data-origin={capture.origin}
            title={originTitles[capture.origin]}
            data-testid="row-origin"
          >
            {originLabels[capture.origin]}
          </span>
        )}
        {capture.summary && (
          <PayloadText
            text={capture.summary}
            className={listStyles['row-summary']}
            title={capture.summary}
            testId="row-summary"
          />
        )}
        {capture.duplicateOf !== null && (
          <button
            type="button"
            className={listStyles['dup-marker']}
            data-testid="dup-marker"
            tabIndex={-1}
            title={`A redelivery of #${capture.duplicateOf} (same message or delivery id): click to select the original`}
            onMouseDown={(e) => {
              if (e.button !== 0) return;
              e.stopPropagation();
              onSelect(capture.duplicateOf!);
            }}
            onDoubleClick={(e) => e.stopPropagation()}
          >
            duplicate of #{capture.duplicateOf}
          </button>
        )}
      </span>
      <span className={listStyles['col-source']}>
        <ProviderBadge provider={capture.provider} />
        <PayloadFamilyBadge family={capture.payloadFamily} />
        <CaptureVerdictBadge capture={capture} compact />
        <ForwardBadge brief={capture.forward} />
      </span>
      <span className={`${listStyles['col-status']} mono`} data-testid="row-status">
        <StatusBadge status={capture.status} />
      </span>
      <span
        className={`${listStyles['col-size']} mono`}
        data-testid="row-size"
        title={formatByteCount(capture.size)}
      >
        {formatBytes(capture.size)}
      </span>
    </div>
  );
});
