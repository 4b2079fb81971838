// Column headings, aligned with CaptureRow's grid.
export function ListHeader() {
  return (
    <div className="capture-head" aria-hidden="true">
      <span className="col-time">Time</span>
      <span className="col-method">Method</span>
      <span className="col-path">Path</span>
      <span className="col-source">Source</span>
      <span className="col-status">Status</span>
      <span className="col-size">Size</span>
    </div>
  );
}
