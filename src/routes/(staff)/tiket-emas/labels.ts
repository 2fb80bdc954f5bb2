// Golden-ticket words shared by the selection page and the proposal page.
import { m } from '$lib/paraglide/messages';

const STATUS: Record<string, (agency: string) => string> = {
	disusun: () => m.ticket_status_disusun(),
	diajukan: (agency) => m.ticket_status_diajukan({ agency }),
	diterima: () => m.ticket_status_diterima(),
	ditunda: () => m.ticket_status_ditunda(),
	ditolak: () => m.ticket_status_ditolak(),
	direalisasikan: () => m.ticket_status_direalisasikan()
};
export const proposalStatus = (s: string, agency: string) => (STATUS[s] ?? STATUS.disusun!)(agency);

const SOURCE: Record<string, () => string> = {
	kecamatan: m.ticket_source_kecamatan,
	kabupaten: m.ticket_source_kabupaten,
	added: m.ticket_source_added
};
export const sourceLabel = (s: string) => (SOURCE[s] ?? m.ticket_source_added)();

/** The form's label for each field a proposal needs before it is sent. */
const FIELD: Record<string, () => string> = {
	title: m.ticket_f_title,
	problem: m.ticket_f_problem,
	activity: m.ticket_f_activity,
	location: m.ticket_f_location,
	beneficiaries: m.ticket_f_beneficiaries,
	beneficiaryAges: m.ticket_f_ages,
	opdId: m.ticket_f_opd,
	volume: m.ticket_f_volume,
	unit: m.ticket_f_unit,
	priority: m.ticket_f_priority,
	cluster: m.ticket_f_cluster
};
export const fieldLabel = (f: string) => (FIELD[f] ?? m.ticket_f_title)();

const ROLE: Record<string, (agency: string) => string> = {
	fasilitator: () => m.ticket_role_fasilitator(),
	forum_anak: () => m.ticket_role_forum_anak(),
	bappeda: (agency) => m.ticket_role_bappeda({ agency }),
	opd: () => m.ticket_role_opd()
};
export const roleLabel = (r: string, agency: string) => (ROLE[r] ?? (() => m.ticket_role_sistem()))(agency);
