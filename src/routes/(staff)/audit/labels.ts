// Audit words used by the audit pages: statuses, facility types, answers.
import { m } from '$lib/paraglide/messages';

const STATUS: Record<string, () => string> = {
	draf: m.aud_status_draf,
	diajukan: m.aud_status_diajukan,
	dikembalikan: m.aud_status_dikembalikan,
	diterbitkan: m.aud_status_diterbitkan
};
const TYPE: Record<string, () => string> = {
	rbra: m.aud_type_rbra,
	puskesmas: m.aud_type_puskesmas
};

export const ANSWERS = ['ya', 'sebagian', 'tidak', 'tb'] as const;
export type Answer = (typeof ANSWERS)[number];

const ANSWER: Record<Answer, () => string> = {
	ya: m.aud_answer_ya,
	sebagian: m.aud_answer_sebagian,
	tidak: m.aud_answer_tidak,
	tb: m.aud_answer_tb
};

export const statusLabel = (s: string) => (STATUS[s] ?? m.aud_status_draf)();
export const typeLabel = (t: string) => (TYPE[t] ?? m.aud_type_rbra)();
export const answerLabel = (a: Answer) => ANSWER[a]();
