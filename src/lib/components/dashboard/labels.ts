// Words for the dashboard's category codes, in the reader's language.
import { m } from '$lib/paraglide/messages';

const BANDS: Record<string, () => string> = {
	'10-12': () => m.dash_band({ range: '10–12' }),
	'13-15': () => m.dash_band({ range: '13–15' }),
	'16-17': () => m.dash_band({ range: '16–17' }),
	lain: m.dash_band_other
};
const GENDERS: Record<string, () => string> = {
	laki: m.dash_gender_laki,
	perempuan: m.dash_gender_perempuan,
	x: m.dash_gender_x
};
const VERIFIED: Record<string, () => string> = { ya: m.dash_verified_yes, tidak: m.dash_verified_no };
const LEVELS: Record<string, () => string> = {
	desa: m.dash_level_desa,
	kecamatan: m.dash_level_kecamatan,
	kabupaten: m.dash_level_kabupaten
};

export const bandLabel = (k: string) => (BANDS[k] ?? m.dash_band_other)();
export const genderLabel = (k: string) => (GENDERS[k] ?? m.dash_gender_x)();
export const verifiedLabel = (k: string) => (VERIFIED[k] ?? m.dash_verified_no)();
export const levelLabel = (k: string) => (LEVELS[k] ?? m.dash_level_desa)();

const PROPOSAL_STATUSES: Record<string, () => string> = {
	disusun: m.dash_proposal_disusun,
	diajukan: m.dash_proposal_diajukan,
	diterima: m.dash_proposal_diterima,
	ditunda: m.dash_proposal_ditunda,
	ditolak: m.dash_proposal_ditolak,
	direalisasikan: m.dash_proposal_direalisasikan
};
export const proposalStatusLabel = (s: string) => (PROPOSAL_STATUSES[s] ?? m.dash_proposal_diajukan)();
