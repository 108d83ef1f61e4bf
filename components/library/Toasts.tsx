// Short notices in a polite live region, optionally with an action (Undo). A notice stays 8 s;
// Ctrl/Cmd+Z runs the newest notice's action while it is shown.
import { useMemo, useRef, useState } from 'preact/hooks';

const TOAST_MS = 8000;

interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  text: string;
  action?: ToastAction;
}

export function useToasts() {
  const [items, setItems] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const latest = useRef<Toast[]>([]);
  latest.current = items;
  return useMemo(() => {
    const dismiss = (id: number) => setItems((list) => list.filter((toast) => toast.id !== id));
    return {
      get items() {
        return latest.current;
      },
      show(text: string, action?: ToastAction) {
        const id = nextId.current++;
        setItems((list) => [...list.slice(-2), { id, text, action }]);
        setTimeout(() => dismiss(id), TOAST_MS);
      },
      dismiss,
      /** Runs the action of the newest toast that has one; false when there is none. */
      undoLatest(): boolean {
        const toast = [...latest.current].reverse().find((item) => item.action);
        if (!toast?.action) return false;
        dismiss(toast.id);
        toast.action.run();
        return true;
      },
    };
  }, []);
}

export type ToastsApi = ReturnType<typeof useToasts>;

export function Toasts({ toasts }: { toasts: ToastsApi }) {
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.items.map((toast) => (
        <div key={toast.id} class="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toasts.dismiss(toast.id);
                toast.action!.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
