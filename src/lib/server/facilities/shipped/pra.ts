// The standard PRA checklist (joint ministerial circular 2016 and the KemenPPPA guideline on
// child-friendly Puskesmas services, 2022), as shipped. Questions and hints are read by children.
import type { ChecklistContent } from '../../db/schema';
import { item, section } from './build';

export const PRA: ChecklistContent = {
	sections: [
		section(
			'P1',
			['SDM (petugas)', 'Staff'],
			[
				item(
					'P1.1',
					true,
					[
						'Ada penanggung jawab layanan ramah anak',
						'A named person responsible for child-friendly service'
					],
					[
						'Apakah ada petugas yang ditunjuk sebagai penanggung jawab layanan ramah anak?',
						'Is a staff member named as responsible for child-friendly service?'
					],
					[
						'Tanyakan di bagian pendaftaran atau lihat papan struktur petugas.',
						'Ask at the front desk or look at the staff chart on the wall.'
					]
				),
				item(
					'P1.2',
					false,
					[
						'Minimal separuh petugas terlatih Konvensi Hak Anak (KHA)',
						'At least half of the staff trained on children’s rights (KHA)'
					],
					[
						'Apakah setidaknya separuh petugas sudah ikut pelatihan tentang hak anak?',
						'Have at least half of the staff been trained on children’s rights?'
					],
					[
						'Tanyakan kepala Puskesmas berapa petugas yang sudah dilatih.',
						'Ask the head of the Puskesmas how many staff have been trained.'
					]
				),
				item(
					'P1.3',
					false,
					[
						'Petugas ramah kepada anak sejak di pendaftaran',
						'Staff friendly to children from the front desk onwards'
					],
					[
						'Apakah petugas menyapa dan berbicara dengan ramah kepada anak, mulai dari pendaftaran?',
						'Do staff greet and speak kindly to children, starting at the front desk?'
					],
					[
						'Perhatikan cara petugas berbicara dengan pasien anak yang datang.',
						'Watch how staff talk with the children who come in.'
					]
				),
				item(
					'P1.4',
					false,
					[
						'Petugas terlatih Manajemen Terpadu Balita Sakit (MTBS)',
						'Staff trained in integrated management of childhood illness (MTBS)'
					],
					[
						'Apakah ada petugas yang terlatih MTBS untuk memeriksa balita yang sakit?',
						'Are there staff trained in MTBS to examine sick young children?'
					],
					[
						'MTBS adalah cara memeriksa balita sakit secara lengkap; tanyakan kepada petugas.',
						'MTBS is a complete way of checking sick children under five; ask the staff.'
					]
				),
				item(
					'P1.5',
					false,
					['Ada konselor menyusui', 'A breastfeeding counsellor'],
					[
						'Apakah ada konselor yang membantu ibu menyusui bayinya?',
						'Is there a counsellor who helps mothers breastfeed their babies?'
					],
					[
						'Tanyakan di ruang KIA (Kesehatan Ibu dan Anak).',
						'Ask at the mother and child health (KIA) room.'
					]
				)
			]
		),
		section(
			'P2',
			['Sarana', 'Facilities'],
			[
				item(
					'P2.1',
					true,
					[
						'Ruang tunggu atau bermain anak terpisah dari pasien dewasa',
						'A children’s waiting or play area apart from adult patients'
					],
					[
						'Apakah ada ruang tunggu atau pojok bermain anak yang terpisah dari pasien dewasa?',
						'Is there a waiting area or play corner for children, apart from adult patients?'
					],
					[
						'Anak yang menunggu sebaiknya tidak duduk di antara pasien dewasa yang batuk atau sakit.',
						'Children who wait should not sit among adult patients who are coughing or ill.'
					]
				),
				item(
					'P2.2',
					false,
					['Ruang periksa dan konseling anak', 'A room for examining and counselling children'],
					[
						'Apakah ada ruang khusus untuk memeriksa anak dan berbicara secara pribadi?',
						'Is there a room for examining children and talking in private?'
					],
					[
						'Di ruang seperti ini anak bisa bercerita tanpa didengar orang lain.',
						'In a room like this a child can talk without others listening.'
					]
				),
				item(
					'P2.3',
					false,
					['Ruang laktasi yang bersih', 'A clean lactation room'],
					[
						'Apakah ada ruang menyusui yang bersih dan tertutup?',
						'Is there a clean, private room for breastfeeding?'
					],
					[
						'Lihat apakah ada kursi, wastafel, dan tirai atau pintu.',
						'Check for a chair, a washbasin and a curtain or door.'
					]
				),
				item(
					'P2.4',
					false,
					['Dekorasi ramah anak', 'Child-friendly decoration'],
					[
						'Apakah dindingnya dihias dengan gambar atau warna yang disukai anak?',
						'Are the walls decorated with pictures or colours children like?'
					],
					[
						'Hiasan membuat anak tidak takut datang ke Puskesmas.',
						'Decoration helps children feel less afraid of coming to the clinic.'
					]
				),
				item(
					'P2.5',
					false,
					['Toilet dan sanitasi sesuai standar', 'Toilets and sanitation to standard'],
					[
						'Apakah toiletnya bersih, ada air, dan ada tempat cuci tangan dengan sabun?',
						'Are the toilets clean, with water and a place to wash hands with soap?'
					],
					[
						'Periksa juga apakah ada toilet yang cukup rendah untuk anak kecil.',
						'Also check whether there is a toilet low enough for little children.'
					]
				),
				item(
					'P2.6',
					false,
					['Akses untuk anak penyandang disabilitas', 'Access for children with disabilities'],
					[
						'Bisakah anak pengguna kursi roda masuk dan bergerak di Puskesmas dengan mudah?',
						'Can a child in a wheelchair get in and move around the Puskesmas easily?'
					],
					[
						'Cari jalur landai, pegangan, dan pintu yang cukup lebar.',
						'Look for ramps, handrails and doors that are wide enough.'
					]
				),
				item(
					'P2.7',
					false,
					[
						'Informasi kesehatan dan hak anak dipajang',
						'Information on child health and children’s rights on display'
					],
					[
						'Apakah ada poster atau papan informasi tentang kesehatan anak dan hak anak?',
						'Are there posters or boards about children’s health and children’s rights?'
					],
					[
						'Perhatikan apakah isinya mudah dimengerti anak.',
						'Notice whether children can understand them easily.'
					]
				),
				item(
					'P2.8',
					true,
					['Dilarang merokok di seluruh area', 'No smoking anywhere on the premises'],
					[
						'Apakah ada tanda dilarang merokok, dan tidak ada yang merokok di seluruh area Puskesmas?',
						'Is there a no-smoking sign, with nobody smoking anywhere at the Puskesmas?'
					],
					[
						'Periksa juga halaman, parkiran, dan warung di dalam area.',
						'Check the yard, the car park and any food stalls inside the grounds too.'
					]
				)
			]
		),
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
					[
						'Dukungan inisiasi menyusu dini dan ASI eksklusif',
						'Support for early and exclusive breastfeeding'
					],
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
		),
		section(
			'P4',
			['Pengelolaan', 'Management'],
			[
				item(
					'P4.1',
					false,
					['SK penetapan Puskesmas Ramah Anak', 'A formal decree naming the Puskesmas child-friendly'],
					[
						'Apakah ada surat keputusan (SK) yang menetapkan Puskesmas ini sebagai Puskesmas Ramah Anak?',
						'Is there an official decree (SK) naming this Puskesmas child-friendly?'
					],
					['Minta kepala Puskesmas menunjukkan SK-nya.', 'Ask the head of the Puskesmas to show the decree.']
				),
				item(
					'P4.2',
					false,
					['Data anak terpilah menurut jenis kelamin dan umur', 'Data on children kept by sex and age'],
					[
						'Apakah Puskesmas mencatat data pasien anak menurut jenis kelamin dan umur?',
						'Does the Puskesmas record data on child patients by sex and age?'
					],
					[
						'Tanyakan jumlahnya saja, bukan nama atau data pribadi anak.',
						'Ask for the numbers only, never names or any child’s personal details.'
					]
				),
				item(
					'P4.3',
					false,
					[
						'Pembinaan UKS dan Posyandu di wilayahnya',
						'Support to school health units (UKS) and Posyandu in the area'
					],
					[
						'Apakah Puskesmas membina UKS di sekolah dan Posyandu di desa sekitarnya?',
						'Does the Puskesmas support school health units (UKS) and Posyandu in nearby villages?'
					],
					[
						'Tanyakan sekolah atau Posyandu mana yang dikunjungi.',
						'Ask which schools or Posyandu they visit.'
					]
				)
			]
		),
		section(
			'P5',
			['Partisipasi anak', 'Child participation'],
			[
				item(
					'P5.1',
					false,
					['Ada cara bagi anak untuk menyampaikan pendapat', 'A way for children to give their views'],
					[
						'Apakah anak bisa menyampaikan pendapat, misalnya lewat kotak saran atau masukan Forum Anak?',
						'Can children give their views, for example through a suggestion box or Forum Anak input?'
					],
					[
						'Lihat apakah kotak sarannya terjangkau anak dan benar-benar dibuka.',
						'Check whether children can reach the suggestion box and whether it is really opened.'
					]
				),
				item(
					'P5.2',
					true,
					['Saluran pengaduan yang bisa dipakai anak', 'A complaint channel children can use'],
					[
						'Apakah ada cara mengadu yang mudah dan aman dipakai anak?',
						'Is there a way to complain that is easy and safe for children to use?'
					],
					[
						'Misalnya nomor WhatsApp atau kotak pengaduan yang tidak mewajibkan menulis nama.',
						'For example a WhatsApp number or a complaint box where you need not write your name.'
					]
				)
			]
		)
	]
};
