export interface NotYetProps {
  what: string;
}

/** Says honestly that a screen is not built yet, instead of pretending with fake data. */
export function NotYet({ what }: NotYetProps) {
  return (
    <div className="mx-4 mt-4 rounded-2xl border border-dashed border-line p-6 text-sm text-muted md:mx-8">
      <p>{what} is not built yet in this version of Paddock.</p>
    </div>
  );
}
