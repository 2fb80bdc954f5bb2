import { m } from '$lib/paraglide/messages';

/** Idea statuses in words, for badges and timelines. */
const LABELS: Record<string, () => string> = {
	menunggu: m.idea_status_menunggu,
	perlu_perbaikan: m.idea_status_perlu_perbaikan,
	terbit: m.idea_status_terbit,
	ditolak: m.idea_status_ditolak,
	ditarik: m.idea_status_ditarik,
	disembunyikan: m.idea_status_disembunyikan,
	digabung: m.idea_status_digabung,
	perlindungan: m.idea_status_perlindungan
};
const ACTORS: Record<string, () => string> = {
	penulis: m.idea_actor_penulis,
	fasilitator: m.idea_actor_fasilitator,
	sistem: m.idea_actor_sistem
};

export const statusLabel = (s: string) => (LABELS[s] ?? m.idea_status_menunggu)();
export const actorLabel = (a: string) => (ACTORS[a] ?? m.idea_actor_sistem)();
