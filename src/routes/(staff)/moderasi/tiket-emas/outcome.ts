// What a shortlist line's result is, in words.
import { statusLabel } from '$lib/idea-status';
import { m } from '$lib/paraglide/messages';

export interface ShortlistRow {
	ideaId: number;
	title: string;
	status: string;
	kecamatanName: string | null;
	placeName: string;
	votes: number;
	reachedAt: Date | null;
	slot: 'kecamatan' | 'kabupaten' | null;
	rank: number | null;
	excluded: 'not_published' | 'below_minimum' | null;
}

export function outcome(l: ShortlistRow): string {
	if (l.slot === 'kecamatan') return m.ticket_slot_kecamatan({ rank: l.rank ?? 1 });
	if (l.slot === 'kabupaten') return m.ticket_slot_kabupaten({ rank: l.rank ?? 1 });
	if (l.excluded === 'below_minimum') return m.ticket_out_below();
	if (l.excluded === 'not_published') return m.ticket_out_unpublished({ status: statusLabel(l.status) });
	return m.ticket_out_full();
}
