import { Button } from "@digdir/designsystemet-react";

/** One «Legg til …» button per kind of thing a list holds; all disabled once the list is full
 * (Rust's limit). The ids are `${idPrefix}-${kind}`. */
export function AddButtons<K extends string>({
  kinds,
  idPrefix,
  full,
  onAdd,
}: {
  kinds: readonly { id: K; label: string }[];
  idPrefix: string;
  full: boolean;
  onAdd: (kind: K) => void;
}) {
  return (
    <div className="button-row">
      {kinds.map((k) => (
        <Button
          key={k.id}
          variant="secondary"
          data-size="sm"
          id={`${idPrefix}-${k.id}`}
          disabled={full}
          onClick={() => {
            onAdd(k.id);
          }}
        >
          {k.label}
        </Button>
      ))}
    </div>
  );
}

/** The button that removes one item of a list, named for the item: tertiary in the danger
 * colour, as every button that removes or deletes something. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <div>
      <Button variant="tertiary" data-color="danger" data-size="sm" onClick={onRemove}>
        {label}
      </Button>
    </div>
  );
}
