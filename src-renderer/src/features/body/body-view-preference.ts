// The body view the user last picked by hand (Tree, Raw, Hex…), reused for the next capture when
// it applies there — stepping through captures keeps comparing the same view.
export type BodyView = 'tree' | 'pretty' | 'raw' | 'hex' | 'form';

let preferred: BodyView | null = null;

export function preferredBodyView(): BodyView | null {
  return preferred;
}

export function rememberBodyView(view: BodyView): void {
  preferred = view;
}
