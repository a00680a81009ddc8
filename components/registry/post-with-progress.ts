/** Upload progress of a request: bytes sent of the total, and whether the server has it all. */
export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  uploaded: boolean;
}

/**
 * POSTs text and reports upload progress (fetch cannot); `signal` aborts it. Resolves with the
 * status and the parsed JSON answer; rejects with an AbortError when cancelled.
 */
export function postWithProgress(
  url: string,
  body: string,
  headers: Record<string, string>,
  onProgress: (p: UploadProgress) => void,
  signal: AbortSignal,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    const total = new Blob([body]).size;
    xhr.upload.onprogress = (e) => {
      const of = e.lengthComputable && e.total > 0 ? e.total : total;
      onProgress({ sentBytes: e.loaded, totalBytes: of, uploaded: e.loaded >= of });
    };
    xhr.upload.onload = () => onProgress({ sentBytes: total, totalBytes: total, uploaded: true });
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, json: JSON.parse(xhr.responseText) });
      } catch {
        reject(new Error(`The server answered ${xhr.status} without a readable body`));
      }
    };
    xhr.onerror = () => reject(new Error("The server did not answer"));
    xhr.onabort = () => reject(new DOMException("Cancelled", "AbortError"));
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    onProgress({ sentBytes: 0, totalBytes: total, uploaded: false });
    xhr.send(body);
  });
}
