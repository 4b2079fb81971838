// Windowed hex dump: offset, 16 bytes in hex, and their printable ASCII. Only visible rows render,
// so a multi-megabyte binary body scrolls as smoothly as a small one.
import { VirtualRows } from '../../components/VirtualRows';
import { asciiColumn, bytesPerRow, hexColumn, hexOffset } from './hex-format';
import styles from './body.module.css';

export function HexView({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const count = Math.ceil(bytes.length / bytesPerRow);
  return (
    <div className={styles['hex-view']}>
      <div className={`${styles['hex-head']} mono`} aria-hidden="true">
        <span className={styles['hex-off']}>offset</span>
        <span className={styles['hex-bytes']}>00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f</span>
        <span className={styles['hex-ascii']}>ascii</span>
      </div>
      <VirtualRows
        label={label}
        className="mono"
        testId="hex-rows"
        count={count}
        rowHeight={18}
        renderRow={(i) => {
          const start = i * bytesPerRow;
          return (
            <>
              <span className={styles['hex-off']}>{hexOffset(start)}</span>
              <span className={styles['hex-bytes']}>{hexColumn(bytes, start)}</span>
              <span className={styles['hex-ascii']}>{asciiColumn(bytes, start)}</span>
            </>
          );
        }}
      />
    </div>
  );
}
