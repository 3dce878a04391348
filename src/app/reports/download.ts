// Save bytes as a file from the page: Blob + object URL + <a download>. No network request.
export function downloadFile(name: string, body: string | Uint8Array, mime: string): void {
  const part: BlobPart = typeof body === 'string' ? body : (body.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
