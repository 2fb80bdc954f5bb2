import type { PageServerLoad } from './$types';
import { config } from '$lib/server/config';

// Public and about no one: safe to show on a shared phone, so it loads nothing about the child.
export const load: PageServerLoad = () => ({ uptdPpa: config.uptdPpaContact });

// Help pages need no interactivity: no JavaScript for children on slow, paid data.
export const csr = false;
