// The Bappeda list's filters live in the query string, so every view has a link and works without JS.
import { PROPOSAL_STATUS_LIST } from '$lib/components/proposals/labels';

type Status = (typeof PROPOSAL_STATUS_LIST)[number];

const int = (v: string | null) => {
	const n = Number.parseInt(v ?? '', 10);
	return Number.isFinite(n) && n > 0 && n < 1e9 ? n : undefined;
};

export function parseFilter(p: URLSearchParams) {
	const status = p.get('status') ?? '';
	return {
		cycleId: int(p.get('siklus')),
		kecamatan: p.get('kecamatan')?.slice(0, 20) || undefined,
		opdId: int(p.get('opd')),
		status: (PROPOSAL_STATUS_LIST as readonly string[]).includes(status) ? (status as Status) : undefined,
		overdue: p.get('terlambat') === '1',
		page: int(p.get('hal'))
	};
}
