// The standard RBRA checklist (SNI 9169:2023 and the ministry's RBRA guideline), as shipped, one file
// per group of sections. Questions and hints are read by children of 10–17: short sentences, everyday words.
import type { ChecklistContent } from '../../../db/schema';
import { SITE } from './site';
import { SURROUNDINGS } from './surroundings';
import { EQUIPMENT_SAFETY } from './equipment-safety';
import { CARE } from './care';

export const RBRA: ChecklistContent = { sections: [...SITE, ...SURROUNDINGS, ...EQUIPMENT_SAFETY, ...CARE] };
