import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/roles';

const LABELS: Record<Role, () => string> = {
	anak: m.role_anak,
	forum_anak: m.role_forum_anak,
	fasilitator: m.role_fasilitator,
	bappeda: m.role_bappeda,
	opd: m.role_opd,
	admin: m.role_admin
};

export function roleLabel(role: Role): string {
	return LABELS[role]();
}
