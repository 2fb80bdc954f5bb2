// RBRA R4–R6: materials, plants, air and light.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const SURROUNDINGS: ChecklistSection[] = [
	section(
		'R4',
		['Material', 'Materials'],
		[
			item(
				'R4.1',
				false,
				['Cat tanpa timbal atau racun lain', 'Paint without lead or other poisons'],
				[
					'Apakah cat alat main aman, tidak mengelupas, dan tidak mengandung racun?',
					'Is the paint on the equipment safe, not peeling and free of poisons?'
				],
				[
					'Tanyakan pengelola jenis catnya; cat yang mengelupas adalah tanda bahaya.',
					'Ask the manager what paint was used; peeling paint is a warning sign.'
				]
			),
			item(
				'R4.2',
				true,
				['Tidak ada sisi tajam, serpihan kayu, atau karat', 'No sharp edges, splinters or rust'],
				[
					'Apakah alat main bebas dari sisi tajam, serpihan kayu, paku mencuat, dan karat?',
					'Is the equipment free of sharp edges, splinters, sticking-out nails and rust?'
				],
				[
					'Raba pegangan dan pinggiran pelan-pelan; foto bagian yang berbahaya.',
					'Gently feel handles and edges; take a photo of any dangerous part.'
				]
			),
			item(
				'R4.3',
				true,
				[
					'Permukaan peredam benturan di bawah alat panjat dan ayunan',
					'Shock-absorbing surface under climbing and swinging equipment'
				],
				[
					'Apakah tanah di bawah ayunan dan alat panjat empuk, misalnya pasir, rumput tebal, atau karet?',
					'Is the ground under swings and climbing frames soft, such as sand, thick grass or rubber?'
				],
				[
					'Semen, batu, atau tanah keras berbahaya kalau ada yang jatuh.',
					'Concrete, stones or hard earth are dangerous if someone falls.'
				]
			)
		]
	),
	section(
		'R5',
		['Tanaman', 'Plants'],
		[
			item(
				'R5.1',
				false,
				['Ada pohon peneduh', 'Shade trees'],
				['Apakah ada pohon yang memberi tempat teduh?', 'Are there trees that give shade?'],
				[
					'Lihat apakah sebagian tempat bermain tetap teduh di siang hari.',
					'Check whether part of the play area stays shady at midday.'
				]
			),
			item(
				'R5.2',
				false,
				['Tidak ada tanaman berduri, beracun, atau bergetah', 'No thorny, poisonous or sap-dropping plants'],
				[
					'Apakah tempat ini bebas dari tanaman berduri, beracun, atau yang getahnya menetes?',
					'Is the space free of thorny or poisonous plants, or plants that drip sap?'
				],
				[
					'Contohnya kaktus, bugenvil berduri, atau pohon yang getahnya membuat gatal.',
					'For example cactus, thorny bougainvillea, or trees whose sap makes skin itch.'
				]
			),
			item(
				'R5.3',
				false,
				['Ada area hijau', 'A green area'],
				['Apakah ada rumput atau taman hijau di tempat ini?', 'Is there grass or a green garden area here?'],
				[
					'Area hijau membuat tempat bermain lebih sejuk dan nyaman.',
					'Green areas keep the play space cooler and more pleasant.'
				]
			)
		]
	),
	section(
		'R6',
		['Udara dan cahaya', 'Air and light'],
		[
			item(
				'R6.1',
				false,
				['Sirkulasi udara baik jika ruangannya tertutup', 'Good airflow where the space is indoors'],
				[
					'Jika tempat bermain ada di dalam ruangan, apakah udaranya segar dan tidak pengap?',
					'If the play space is indoors, is the air fresh and not stuffy?'
				],
				[
					'Jika tempat bermain ada di luar ruangan, pilih Tidak berlaku.',
					'If the play space is outdoors, choose Not applicable.'
				]
			),
			item(
				'R6.2',
				false,
				['Cukup terang saat senja dan malam', 'Enough light at dusk and at night'],
				[
					'Apakah ada lampu sehingga tempat ini cukup terang menjelang malam?',
					'Are there lights so the space is bright enough in the evening?'
				],
				[
					'Lihat tiang lampu dan tanyakan apakah lampunya menyala.',
					'Look for lamp posts and ask whether the lights work.'
				]
			)
		]
	)
];
