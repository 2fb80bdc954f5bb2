import type { PageServerLoad } from './$types';
import { config } from '$lib/server/config';

export const load: PageServerLoad = () => ({ uptdPpa: config.uptdPpaContact });

// Help pages need no interactivity: no JavaScript for children on slow, paid data.
export const csr = false;
