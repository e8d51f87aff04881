export type EventButtonProps = {
  id: string;
  children: React.ReactNode;
  onSelect: (id: string) => void;
  /** The pointer or keyboard is on it: a chance to fetch its details. */
  onPreview: (id: string) => void;
};

/** An event's title as a link-like button that opens its details. */
export function EventButton({
  id,
  children,
  onSelect,
  onPreview,
}: EventButtonProps) {
  return (
    <button
      type="button"
      className="tt-link-button"
      data-event-id={id}
      onClick={() => {
        onSelect(id);
      }}
      onMouseEnter={() => {
        onPreview(id);
      }}
      onFocus={() => {
        onPreview(id);
      }}
    >
      {children}
    </button>
  );
}
