// The standard PRA checklist (joint ministerial circular 2016 and the KemenPPPA guideline on
// child-friendly Puskesmas services, 2022), as shipped, one file per group of sections. Questions and
// hints are read by children.
import type { ChecklistContent } from '../../../db/schema';
import { STAFF_FACILITIES } from './staff-facilities';
import { SERVICES } from './services';
import { MANAGEMENT_PARTICIPATION } from './management-participation';

export const PRA: ChecklistContent = {
	sections: [...STAFF_FACILITIES, ...SERVICES, ...MANAGEMENT_PARTICIPATION]
};
