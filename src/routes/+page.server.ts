import type { PageServerLoad } from './$types';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';

export const load: PageServerLoad = () => ({ cycle: cycles.current(getDb()) });
