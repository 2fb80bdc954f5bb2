// A QR code for the authenticator app, drawn on the server as one SVG path (no script, no image
// request, nothing from another host): the page renders <path d=…> itself.
import { encode } from 'uqr';

export interface QrPath {
	size: number;
	path: string;
}

export function qrPath(text: string): QrPath {
	const qr = encode(text, { ecc: 'M', border: 2 });
	let path = '';
	qr.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { size: qr.size, path };
}
