// Turns the posted idea form into domain input: the place follows the chosen level.
import type { IdeaLevel } from '../db/schema';
import type { IdeaInput } from './write';

export interface IdeaFormData {
	title: string;
	body: string;
	cluster: number;
	level: IdeaLevel;
	desaCode: string;
	kecamatanCode: string;
	isGroup: boolean;
	groupForum: string;
	groupSize: number;
}

export function toIdeaInput(d: IdeaFormData, kabupatenCode: string): IdeaInput {
	const regionCode =
		d.level === 'desa' ? d.desaCode : d.level === 'kecamatan' ? d.kecamatanCode : kabupatenCode;
	return {
		title: d.title,
		body: d.body,
		cluster: d.cluster,
		level: d.level,
		regionCode,
		group: d.isGroup ? { forum: d.groupForum, size: d.groupSize } : null
	};
}
