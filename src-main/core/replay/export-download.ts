// What both download routes (the control API's GET /api/exports/<id> and the desktop app's
// app://…/api/exports/<id>) share: the id format and the attachment header.

/** Export ids are 32 lowercase hex digits (export-jobs.ts). */
export const EXPORT_ID = /^[0-9a-f]{32}$/;

/** `attachment` with the suggested name (our names are ASCII: hookscope-<timestamp>.har). */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;
}
