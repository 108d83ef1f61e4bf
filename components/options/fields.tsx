// Labelled form controls with help text tied to them for screen readers.
import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  help: string;
}

export function CheckboxField({ id, label, help, checked, onChange }: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <p id={`${id}-help`} class="help">
        {help}
      </p>
    </div>
  );
}

export function SelectField<V extends string>({
  id,
  label,
  help,
  value,
  options,
  onChange,
}: FieldProps & { value: V; options: [V, string][]; onChange: (value: V) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} aria-describedby={`${id}-help`} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} class="help">
        {help}
      </p>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
