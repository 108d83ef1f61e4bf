// A value shown as a button that turns into a text field in place. Enter or leaving the field
// saves, Escape cancels. Keys typed in the field stay in the field (the list's shortcuts do not fire).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  value: string;
  /** Accessible name of the button (e.g. "Edit note") and of the field. */
  label: string;
  /** Shown when the value is empty. */
  placeholder: string;
  hint?: string;
  /** How a non-empty value shows on the button (default: the text itself). */
  display?: ComponentChildren;
  tabIndex?: number;
  /** Set by the parent to open the editor from the keyboard (F2). */
  startEditing?: boolean;
  onEditingDone?: () => void;
  onSave: (value: string) => void;
}

export function InlineEdit({ value, label, placeholder, hint, display, tabIndex, startEditing, onEditingDone, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Enter closes the field, and its removal then fires blur: the ref makes the second close a no-op.
  const isOpen = useRef(false);

  useEffect(() => {
    if (startEditing) open();
  }, [startEditing]);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  function open() {
    isOpen.current = true;
    setEditing(true);
  }
  function close(save: boolean) {
    if (!isOpen.current) return;
    isOpen.current = false;
    // Read the field itself: it is uncontrolled, so no render has to happen between typing and Enter.
    const draft = input.current?.value ?? value;
    setEditing(false);
    if (save && draft !== value) onSave(draft);
    onEditingDone?.();
    queueMicrotask(() => button.current?.focus());
  }

  if (editing) {
    return (
      <input
        ref={input}
        class="inline-edit"
        type="text"
        aria-label={label}
        title={hint}
        placeholder={hint}
        defaultValue={value}
        onBlur={() => close(true)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key !== 'Enter' && e.key !== 'Escape') return;
          // Without this the key's default action would press the button that takes focus back.
          e.preventDefault();
          close(e.key === 'Enter');
        }}
      />
    );
  }
  return (
    <button
      ref={button}
      type="button"
      class={value ? 'inline-value' : 'inline-value empty'}
      aria-label={value ? `${label}: ${value}` : label}
      title={value || placeholder}
      tabIndex={tabIndex}
      onClick={open}
    >
      {value ? (display ?? value) : placeholder}
    </button>
  );
}
