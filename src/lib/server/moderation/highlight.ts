// Splits a text into plain and highlighted pieces, so a page can mark screening hits without raw HTML.
export interface Piece {
	text: string;
	hit: boolean;
}

export function highlight(text: string, fragments: readonly string[]): Piece[] {
	const needles = [...new Set(fragments.filter((f) => f.length > 0))].map((f) => f.toLowerCase());
	if (needles.length === 0) return [{ text, hit: false }];
	const lower = text.toLowerCase();
	const marks = new Array<boolean>(text.length).fill(false);
	for (const n of needles) {
		for (let i = lower.indexOf(n); i !== -1; i = lower.indexOf(n, i + 1)) marks.fill(true, i, i + n.length);
	}
	const pieces: Piece[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = pieces.at(-1);
		if (last && last.hit === marks[i]) last.text += text[i];
		else pieces.push({ text: text[i] ?? '', hit: marks[i] ?? false });
	}
	return pieces;
}
