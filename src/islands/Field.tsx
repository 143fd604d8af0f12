// A labelled control: text, number (page format, with its problem inline) or a choice. A number
// that two notations read differently (`5,000` on a German page) is asked about, with one button
// per reading, instead of being read either way.
import { useId } from 'preact/hooks';
import { formatMessage } from '../locale/format-message.ts';
import { readingsOf } from '../locale/parse-input.ts';

export interface Props {
  label: string;
  value: string;
  /** Options of a select, as `[value, label]`; absent for a text field. */
  choices?: [value: string, label: string][];
  /** A number field: the id of the shared hint ("type ? if not sure"). */
  hintId?: string;
  /**
   * The problem with the value, already in words. For an ambiguous number it is the question,
   * with `{first}` and `{second}` standing for the two readings, which the field fills in and
   * offers as buttons ("Did you mean 5000 or 5?").
   */
  error?: string;
  onChange: (value: string) => void;
}

export function Field({ label, value, choices, hintId, error, onChange }: Props) {
  const id = useId();
  const common = { id, value, onInput: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value) };
  // Every locale reads `5,000`/`5.000` either as it should or as ambiguous, so with an error it is the question.
  const readings = hintId && error ? readingsOf(value) : undefined;
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
          {readings ? formatMessage(error, { first: readings[0], second: readings[1] }) : error}
          {readings?.map((r) => (
            <button type="button" key={r} onClick={() => onChange(String(r))}>
              {r}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}
