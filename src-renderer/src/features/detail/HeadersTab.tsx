// Request headers exactly as received: original order and case, duplicates kept.
import type { CaptureDetail } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { PairsTable, pairsAsText } from '../../components/PairsTable';

export function HeadersTab({ detail }: { detail: CaptureDetail }) {
  return (
    <div className="scroll-pane">
      <div className="panel-toolbar">
        <span className="muted">
          {detail.headers.length} header{detail.headers.length === 1 ? '' : 's'}, in received order
        </span>
        <span className="toolbar-spacer" />
        <CopyButton label="Copy all" showLabel getText={() => pairsAsText(detail.headers)} />
      </div>
      <PairsTable
        pairs={detail.headers}
        label="Request headers"
        nameHeading="Header"
        testId="request-headers"
      />
      {detail.trailers.length > 0 && (
        <>
          <div className="panel-toolbar">
            <span className="muted">
              {detail.trailers.length} trailer{detail.trailers.length === 1 ? '' : 's'}, sent after the
              chunked body
            </span>
          </div>
          <PairsTable
            pairs={detail.trailers}
            label="Trailers"
            nameHeading="Trailer"
            testId="request-trailers"
          />
        </>
      )}
    </div>
  );
}
