// A labelled control: text, number (page format, with its problem inline) or a choice.
import { useId } from 'preact/hooks';

export interface Props {
  label: string;
  value: string;
  /** Options of a select, as `[value, label]`; absent for a text field. */
  choices?: [value: string, label: string][];
  /** A number field: the id of the shared hint ("type ? if not sure"). */
  hintId?: string;
  /** The problem with the value, already in words. */
  error?: string;
  onChange: (value: string) => void;
}

export function Field({ label, value, choices, hintId, error, onChange }: Props) {
  const id = useId();
  const common = { id, value, onInput: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value) };
  return (
    <div class="checker-field">
      <label for={id}>{label}</label>
      {choices ? (
        <select {...common}>
          {choices.map(([v, l]) => (
            <option value={v} key={v}>
              {l}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          maxLength={200}
          inputMode={hintId ? 'numeric' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={[error && `${id}-e`, hintId].filter(Boolean).join(' ') || undefined}
        />
      )}
      {error && (
        <span id={`${id}-e`} class="checker-error">
          {error}
        </span>
      )}
    </div>
  );
}
