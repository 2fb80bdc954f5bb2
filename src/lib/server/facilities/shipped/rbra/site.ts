// RBRA R1–R3: where the play space is, what it is used for, and who can reach it.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const SITE: ChecklistSection[] = [
	section(
		'R1',
		['Lokasi', 'Location'],
		[
			item(
				'R1.1',
				true,
				[
					'Jauh dari bahaya: jalan ramai, sungai atau tebing, kabel listrik, polusi',
					'Away from hazards: busy roads, rivers or drops, power lines, pollution'
				],
				[
					'Apakah tempat bermain ini jauh dari bahaya seperti jalan ramai, sungai, tebing, atau kabel listrik?',
					'Is the play space far from dangers like busy roads, rivers, steep drops or power lines?'
				],
				[
					'Lihat ke sekeliling: adakah jalan ramai, air dalam, tebing, kabel listrik, atau asap dan bau menyengat di dekatnya?',
					'Look all around: is there a busy road, deep water, a drop, power lines, or smoke or strong smells nearby?'
				]
			),
			item(
				'R1.2',
				true,
				[
					'Terpisah dari lalu lintas dan parkir dengan pagar atau pembatas',
					'Separated from traffic and parking by a fence or barrier'
				],
				[
					'Apakah ada pagar atau pembatas antara tempat bermain dan jalan atau parkiran?',
					'Is there a fence or barrier between the play space and the road or car park?'
				],
				[
					'Bayangkan bola menggelinding atau adik kecil berlari: bisakah ia langsung sampai ke jalan?',
					'Imagine a ball rolling away or a little child running: could they reach the road straight away?'
				]
			),
			item(
				'R1.3',
				false,
				['Mudah dicapai dengan berjalan kaki atau angkutan umum', 'Reachable on foot or by public transport'],
				[
					'Bisakah anak-anak datang ke sini dengan berjalan kaki atau naik angkutan umum?',
					'Can children get here on foot or by public transport?'
				],
				[
					'Tanyakan anak-anak di sekitar: bagaimana mereka datang, dan apakah jalannya aman?',
					'Ask children nearby how they get here and whether the way is safe.'
				]
			)
		]
	),
	section(
		'R2',
		['Pemanfaatan', 'Use'],
		[
			item(
				'R2.1',
				false,
				['Terbuka untuk semua anak, tanpa biaya', 'Open to every child, free of charge'],
				[
					'Apakah semua anak boleh bermain di sini tanpa membayar?',
					'Can every child play here without paying?'
				],
				[
					'Perhatikan papan tarif atau aturan yang melarang anak tertentu masuk.',
					'Look for price boards or rules that keep some children out.'
				]
			),
			item(
				'R2.2',
				false,
				['Area dipisah menurut kelompok umur', 'Zones separated by age group'],
				[
					'Apakah ada tempat bermain yang terpisah untuk anak kecil dan anak yang lebih besar?',
					'Are there separate areas for little children and older children?'
				],
				[
					'Misalnya area balita yang terpisah dari area remaja.',
					'For example, a toddler area apart from the area for teenagers.'
				]
			),
			item(
				'R2.3',
				false,
				[
					'Setiap alat main menunjukkan umur penggunanya',
					'Each piece of equipment shows the age it is meant for'
				],
				[
					'Apakah ada tanda di setiap alat main untuk umur berapa alat itu?',
					'Does each piece of play equipment have a sign saying what age it is for?'
				],
				[
					'Cari stiker atau papan kecil seperti "untuk umur 5–12 tahun".',
					'Look for a sticker or small sign such as "for ages 5–12".'
				]
			)
		]
	),
	section(
		'R3',
		['Aksesibilitas', 'Access'],
		[
			item(
				'R3.1',
				false,
				['Ada jalur landai dan jalan yang rata', 'Ramps and level paths'],
				[
					'Bisakah kursi roda atau kereta bayi masuk dan berkeliling dengan mudah?',
					'Can a wheelchair or a pram get in and move around easily?'
				],
				[
					'Cari anak tangga tanpa jalur landai, lubang, atau jalan berbatu.',
					'Look for steps without a ramp, holes, or rough stony paths.'
				]
			),
			item(
				'R3.2',
				false,
				[
					'Ada alat main yang bisa dipakai anak penyandang disabilitas',
					'Equipment that children with disabilities can use'
				],
				[
					'Apakah ada alat main yang bisa dipakai teman penyandang disabilitas?',
					'Is there equipment that children with disabilities can play on?'
				],
				[
					'Misalnya ayunan bersandaran, permainan di permukaan rata, atau meja pasir yang terjangkau dari kursi roda.',
					'For example a swing with a back support, ground-level games, or a sand table reachable from a wheelchair.'
				]
			),
			item(
				'R3.3',
				false,
				['Toilet bisa dipakai pengguna kursi roda', 'Toilet accessible to wheelchair users'],
				[
					'Apakah ada toilet yang bisa dimasuki dan dipakai oleh pengguna kursi roda?',
					'Is there a toilet that a wheelchair user can get into and use?'
				],
				[
					'Lihat lebar pintu, pegangan di dinding, dan ruang untuk berputar.',
					'Check the door width, handrails on the wall and room to turn around.'
				]
			)
		]
	)
];
