import type { PageServerLoad } from './$types';
import { config } from '$lib/server/config';

export const load: PageServerLoad = () => ({ uptdPpa: config.uptdPpaContact });
