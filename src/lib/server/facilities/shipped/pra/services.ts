// PRA P3: the services children receive.
import type { ChecklistSection } from '../../../db/schema';
import { item, section } from '../build';

export const SERVICES: ChecklistSection[] = [
	section(
		'P3',
		['Pelayanan', 'Services'],
		[
			item(
				'P3.1',
				false,
				['MTBS untuk balita sakit', 'MTBS for sick children under five'],
				[
					'Apakah balita yang sakit diperiksa dengan cara MTBS?',
					'Are sick children under five examined the MTBS way?'
				],
				[
					'Tanyakan petugas atau lihat formulir MTBS di ruang periksa anak.',
					'Ask the staff or look for MTBS forms in the children’s examination room.'
				]
			),
			item(
				'P3.2',
				false,
				['Imunisasi dasar lengkap', 'Complete basic immunisation'],
				[
					'Apakah Puskesmas memberi imunisasi dasar lengkap untuk bayi dan anak?',
					'Does the Puskesmas give babies and children all their basic vaccinations?'
				],
				['Lihat jadwal imunisasi yang dipasang.', 'Look for the vaccination schedule on the wall.']
			),
			item(
				'P3.3',
				false,
				['Pemantauan gizi dan tumbuh kembang', 'Nutrition and growth monitoring'],
				[
					'Apakah berat dan tinggi badan anak ditimbang dan diukur secara rutin?',
					'Are children weighed and measured regularly?'
				],
				[
					'Tanyakan tentang buku KIA dan kegiatan penimbangan.',
					'Ask about the KIA booklet and weighing sessions.'
				]
			),
			item(
				'P3.4',
				false,
				['Dukungan inisiasi menyusu dini dan ASI eksklusif', 'Support for early and exclusive breastfeeding'],
				[
					'Apakah ibu dibantu menyusui sejak bayi lahir dan hanya memberi ASI sampai bayi berumur enam bulan?',
					'Are mothers helped to breastfeed from birth and to give only breast milk until the baby is six months old?'
				],
				['Tanyakan petugas KIA atau bidan.', 'Ask the mother and child health staff or the midwife.']
			),
			item(
				'P3.5',
				false,
				['Pelayanan Kesehatan Peduli Remaja (PKPR)', 'Adolescent-friendly health service (PKPR)'],
				[
					'Apakah ada layanan kesehatan khusus remaja, tempat remaja bisa bertanya dengan nyaman?',
					'Is there a health service for teenagers, where they can ask questions comfortably?'
				],
				[
					'Cari papan PKPR atau tanyakan jadwal layanannya.',
					'Look for a PKPR sign or ask when the service is open.'
				]
			),
			item(
				'P3.6',
				true,
				[
					'Penanganan kekerasan terhadap anak, dengan rujukan ke UPTD PPA',
					'Handling of violence against children, with referral to UPTD PPA'
				],
				[
					'Apakah Puskesmas tahu cara menolong anak korban kekerasan dan merujuknya ke UPTD PPA?',
					'Does the Puskesmas know how to help a child hurt by violence and refer them to the UPTD PPA?'
				],
				[
					'Tanyakan apakah ada prosedur tertulis; jangan menanyakan kasus anak tertentu.',
					'Ask whether there is a written procedure; never ask about a particular child’s case.'
				]
			),
			item(
				'P3.7',
				false,
				['Penjangkauan anak di wilayahnya', 'Outreach to children in the area'],
				[
					'Apakah petugas Puskesmas datang ke sekolah, Posyandu, atau desa untuk menjangkau anak?',
					'Do Puskesmas staff go out to schools, Posyandu or villages to reach children?'
				],
				[
					'Tanyakan jadwal kegiatan di luar gedung.',
					'Ask about the schedule of activities outside the building.'
				]
			),
			item(
				'P3.8',
				false,
				[
					'Akta kelahiran diurus bersama Disdukcapil untuk bayi yang lahir di sini',
					'Birth certificates arranged with Disdukcapil for babies born here'
				],
				[
					'Apakah bayi yang lahir di Puskesmas ini dibantu mendapatkan akta kelahiran?',
					'Are babies born at this Puskesmas helped to get a birth certificate?'
				],
				[
					'Tanyakan di bagian persalinan; pilih Tidak berlaku jika tidak ada persalinan di sini.',
					'Ask at the maternity section; choose Not applicable if no babies are born here.'
				]
			)
		]
	)
];
