// Stored bodies are compressed as they are inserted and decompressed on read, so what a caller
// gets is byte for byte what arrived. The codec is recorded per row: bodies that do not shrink (and
// rows written raw by older versions) are raw (0). The stored analysis JSON goes through the same
// codecs (its own codec column), compressed as it is written.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import * as zlib from 'node:zlib';

export const BODY_RAW = 0;
export const BODY_ZSTD = 1;
export const BODY_BROTLI = 2;
export type BodyCodec = typeof BODY_RAW | typeof BODY_ZSTD | typeof BODY_BROTLI;

/** Smaller bodies are not worth a codec (headers of the frame would eat the gain). */
export const MIN_COMPRESS_BYTES = 128;

// zstd is in node:zlib from Node 22.15 / 23.8; brotli (slower to write) where it is not.
const zstd = zlib as unknown as {
  zstdCompressSync?: (data: Uint8Array, options?: { params?: Record<number, number> }) => Buffer;
  zstdDecompressSync?: (data: Uint8Array) => Buffer;
};

/** The compressed form and its codec, or null when compressing would not save at least 1/8. */
export function compressBody(raw: Uint8Array): { codec: BodyCodec; data: Buffer } | null {
  if (raw.length < MIN_COMPRESS_BYTES) return null;
  const data = zstd.zstdCompressSync
    ? zstd.zstdCompressSync(raw, { params: { [ZSTD_LEVEL_PARAM]: 3 } })
    : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  if (data.length > raw.length - raw.length / 8) return null;
  return { codec: zstd.zstdCompressSync ? BODY_ZSTD : BODY_BROTLI, data };
}

/** A body as it is stored: compressed when that saves at least 1/8, else as it came (BODY_RAW). */
export function storedForm(raw: Buffer): { codec: BodyCodec; data: Buffer } {
  return compressBody(raw) ?? { codec: BODY_RAW, data: raw };
}

export function decompressBody(codec: number, stored: Uint8Array): Buffer {
  const view = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  switch (codec) {
    case BODY_RAW:
      return view;
    case BODY_ZSTD:
      if (!zstd.zstdDecompressSync)
        throw new Error('This body is zstd-compressed and this Node has no zstd.');
      return zstd.zstdDecompressSync(view);
    case BODY_BROTLI:
      return brotliDecompressSync(view);
    default:
      throw new Error(`Unknown body codec ${codec}.`);
  }
}

// constants.ZSTD_c_compressionLevel, looked up so older type definitions still compile.
const ZSTD_LEVEL_PARAM = (constants as unknown as Record<string, number>).ZSTD_c_compressionLevel ?? 100;
