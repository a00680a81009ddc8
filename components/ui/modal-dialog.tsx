"use client";
import { useEffect, useRef } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal form in the middle of the viewport (native <dialog>, so the page behind is inert): it
 * focuses its first field on open, keeps Tab inside, and closes on Escape.
 */
export function ModalDialog({ label, onClose, children }: { label: string; onClose: () => void; children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // the content may load lazily (the site form is a next/dynamic chunk): focus its first field
    // as soon as the form is there
    const focusFirst = () => {
      const first = dialog.querySelector("form")?.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
      return Boolean(first);
    };
    const arrival = new MutationObserver(() => {
      if (focusFirst()) arrival.disconnect();
    });
    if (!focusFirst()) arrival.observe(dialog, { childList: true, subtree: true });
    const onCancel = (e: Event) => {
      e.preventDefault(); // React owns whether the dialog is shown
      close.current();
    };
    // showModal makes the page inert, but Tab would still leave for the browser's own toolbar:
    // wrap it from the last control to the first and back
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Tab") return;
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
      if (items.length === 0) return;
      const firstItem = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === firstItem) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        firstItem.focus();
      }
    };
    dialog.addEventListener("cancel", onCancel);
    dialog.addEventListener("keydown", onKey);
    return () => {
      arrival.disconnect();
      dialog.removeEventListener("cancel", onCancel);
      dialog.removeEventListener("keydown", onKey);
      if (dialog.open) dialog.close();
      opener?.focus?.();
    };
  }, []);

  return (
    <dialog ref={ref} className="modal-dialog" aria-label={label}>
      {children}
    </dialog>
  );
}
