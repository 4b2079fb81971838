// Saves a file the core prepared through a temporary <a download>: the browser (or Electron's
// download manager) streams it to disk, so an export of any size never becomes one string here.
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
