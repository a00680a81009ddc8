"use client";

/** Opens the browser's print dialog; the report's print stylesheet lays the page out on A4 landscape. */
export function PrintButton() {
  return (
    <button type="button" className="report-button" onClick={() => window.print()}>
      Print
    </button>
  );
}
