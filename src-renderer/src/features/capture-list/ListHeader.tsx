// Column headings, aligned with CaptureRow's grid.
import listStyles from './capture-list.module.css';

export function ListHeader() {
  return (
    <div className={listStyles['capture-head']} aria-hidden="true">
      <span className={listStyles['col-time']}>Time</span>
      <span>Method</span>
      <span className={listStyles['col-path']}>Path</span>
      <span className={listStyles['col-source']}>Source</span>
      <span className={listStyles['col-status']}>Status</span>
      <span className={listStyles['col-size']}>Size</span>
    </div>
  );
}
