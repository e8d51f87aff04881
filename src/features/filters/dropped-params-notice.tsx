import { type DroppedParam } from './filters-url';

export type DroppedParamsNoticeProps = {
  dropped: DroppedParam[];
  onDismiss: () => void;
};

/** Says which of a link's settings were ignored, and why. */
export function DroppedParamsNotice({
  dropped,
  onDismiss,
}: DroppedParamsNoticeProps) {
  if (dropped.length === 0) return null;
  return (
    <div className="tt-notice" role="alert">
      <p>This link had settings that could not be used; they were ignored:</p>
      <ul>
        {dropped.map((param, index) => (
          <li key={`${param.parameter}-${String(index)}`}>
            <code>
              {param.parameter}={param.value}
            </code>
            : {param.reason}.
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
