// Kabupaten Bengkayang (Kalimantan Barat): 17 kecamatan, 121 desa, 2 kelurahan, with Kemendagri codes
// (Kepmendagri No. 300.2.2-2138 Tahun 2025, compiled in the MIT-licensed cahyadsn/wilayah data set).
// Loaded into an empty database on start; another kabupaten imports its own CSV at /admin/wilayah.
export const BENGKAYANG_REGIONS_CSV = `code,name,level,parent_code
61,Kalimantan Barat,provinsi,
61.07,Kabupaten Bengkayang,kabupaten,61
61.07.01,Sungai Raya,kecamatan,61.07
61.07.01.2001,Sungai Duri,desa,61.07.01
61.07.01.2004,Sungai Jaga A,desa,61.07.01
61.07.01.2005,Sungai Jaga B,desa,61.07.01
61.07.01.2006,Sungai Pangkalan I,desa,61.07.01
61.07.01.2007,Sungai Pangkalan II,desa,61.07.01
61.07.02,Samalantan,kecamatan,61.07
61.07.02.2001,Samalantan,desa,61.07.02
61.07.02.2003,Tumiang,desa,61.07.02
61.07.02.2004,Babane,desa,61.07.02
61.07.02.2005,Pasti Jaya,desa,61.07.02
61.07.02.2006,Bukit Serayan,desa,61.07.02
61.07.02.2007,Marunsu,desa,61.07.02
61.07.03,Ledo,kecamatan,61.07
61.07.03.2001,Lesabela,desa,61.07.03
61.07.03.2002,Semangat,desa,61.07.03
61.07.03.2003,Serangkat,desa,61.07.03
61.07.03.2004,Rodaya,desa,61.07.03
61.07.03.2005,Dayung,desa,61.07.03
61.07.03.2007,Jesape,desa,61.07.03
61.07.03.2011,Lomba Karya,desa,61.07.03
61.07.03.2012,Sidai,desa,61.07.03
61.07.03.2013,Seles,desa,61.07.03
61.07.03.2018,Tebuah Marong,desa,61.07.03
61.07.03.2019,Suka Damai,desa,61.07.03
61.07.03.2021,Suka Jaya,desa,61.07.03
61.07.04,Bengkayang,kecamatan,61.07
61.07.04.1001,Bumi Emas,kelurahan,61.07.04
61.07.04.1010,Sebalo,kelurahan,61.07.04
61.07.04.2003,Tirta Kencana,desa,61.07.04
61.07.04.2004,Bhakti Mulya,desa,61.07.04
61.07.04.2006,Bani Amas,desa,61.07.04
61.07.04.2009,Setia Budi,desa,61.07.04
61.07.05,Seluas,kecamatan,61.07
61.07.05.2001,Seluas,desa,61.07.05
61.07.05.2002,Bengkawan,desa,61.07.05
61.07.05.2003,Sahan,desa,61.07.05
61.07.05.2004,Mayak,desa,61.07.05
61.07.05.2005,Kalon,desa,61.07.05
61.07.05.2006,Sentangau Jaya,desa,61.07.05
61.07.06,Sanggau Ledo,kecamatan,61.07
61.07.06.2001,Lembang,desa,61.07.06
61.07.06.2002,Gua,desa,61.07.06
61.07.06.2003,Bange,desa,61.07.06
61.07.06.2004,Danti,desa,61.07.06
61.07.06.2005,Sango,desa,61.07.06
61.07.07,Jagoi Babang,kecamatan,61.07
61.07.07.2001,Jagoi,desa,61.07.07
61.07.07.2002,Kumba,desa,61.07.07
61.07.07.2006,Sekida,desa,61.07.07
61.07.07.2007,Gersik,desa,61.07.07
61.07.07.2008,Semunying Jaya,desa,61.07.07
61.07.07.2009,Sinar Baru,desa,61.07.07
61.07.08,Monterado,kecamatan,61.07
61.07.08.2002,Gerantung,desa,61.07.08
61.07.08.2003,Monterado,desa,61.07.08
61.07.08.2004,Goa Boma,desa,61.07.08
61.07.08.2006,Nek Ginap,desa,61.07.08
61.07.08.2007,Beringin Baru,desa,61.07.08
61.07.08.2008,Sendoreng,desa,61.07.08
61.07.08.2009,Rantau,desa,61.07.08
61.07.08.2010,Mekar Baru,desa,61.07.08
61.07.08.2011,Jahandung,desa,61.07.08
61.07.08.2012,Serindu,desa,61.07.08
61.07.08.2013,Siaga,desa,61.07.08
61.07.09,Teriak,kecamatan,61.07
61.07.09.2001,Dharma Bhakti,desa,61.07.09
61.07.09.2002,Sumber Karya,desa,61.07.09
61.07.09.2003,Setia Jaya,desa,61.07.09
61.07.09.2004,Bangun Sari,desa,61.07.09
61.07.09.2005,Sebetung Menyala,desa,61.07.09
61.07.09.2006,Malo Jelayan,desa,61.07.09
61.07.09.2007,Ampar Benteng,desa,61.07.09
61.07.09.2008,Tanjung,desa,61.07.09
61.07.09.2009,Telidik,desa,61.07.09
61.07.09.2010,Puteng,desa,61.07.09
61.07.09.2011,Sekaruh,desa,61.07.09
61.07.09.2012,Tubajur,desa,61.07.09
61.07.09.2013,Lulang,desa,61.07.09
61.07.09.2014,Benteng,desa,61.07.09
61.07.09.2015,Sebente,desa,61.07.09
61.07.09.2016,Teriak,desa,61.07.09
61.07.09.2017,Temia Sio,desa,61.07.09
61.07.09.2018,Bana,desa,61.07.09
61.07.10,Suti Semarang,kecamatan,61.07
61.07.10.2001,Nangka,desa,61.07.10
61.07.10.2002,Muhi Bersatu,desa,61.07.10
61.07.10.2003,Suka Maju,desa,61.07.10
61.07.10.2004,Cempaka Putih,desa,61.07.10
61.07.10.2005,Kiung,desa,61.07.10
61.07.10.2006,Kelayuk,desa,61.07.10
61.07.10.2007,Suti Semarang,desa,61.07.10
61.07.10.2008,Tapen,desa,61.07.10
61.07.11,Capkala,kecamatan,61.07
61.07.11.2001,Capkala,desa,61.07.11
61.07.11.2002,Mandor,desa,61.07.11
61.07.11.2003,Setanduk,desa,61.07.11
61.07.11.2004,Aris,desa,61.07.11
61.07.11.2005,Sebandut,desa,61.07.11
61.07.11.2006,Pawangi,desa,61.07.11
61.07.12,Siding,kecamatan,61.07
61.07.12.2002,Sungkung I,desa,61.07.12
61.07.12.2004,Siding,desa,61.07.12
61.07.12.2005,Hli Buei,desa,61.07.12
61.07.12.2006,Tangguh,desa,61.07.12
61.07.12.2007,Sungkung II,desa,61.07.12
61.07.12.2008,Sungkung III,desa,61.07.12
61.07.12.2009,Tamong,desa,61.07.12
61.07.12.2010,Tawang,desa,61.07.12
61.07.13,Lumar,kecamatan,61.07
61.07.13.2001,Magmagan Karya,desa,61.07.13
61.07.13.2002,Tiga Berkat,desa,61.07.13
61.07.13.2003,Seren Selimbau,desa,61.07.13
61.07.13.2004,Belimbing,desa,61.07.13
61.07.13.2005,Lamolda,desa,61.07.13
61.07.14,Sungai Betung,kecamatan,61.07
61.07.14.2001,Cipta Karya,desa,61.07.14
61.07.14.2002,Suka Bangun,desa,61.07.14
61.07.14.2003,Karya Bhakti,desa,61.07.14
61.07.14.2004,Suka Maju,desa,61.07.14
61.07.15,Sungai Raya Kepulauan,kecamatan,61.07
61.07.15.2001,Rukma Jaya,desa,61.07.15
61.07.15.2002,Sungai Keran,desa,61.07.15
61.07.15.2003,Sungai Raya,desa,61.07.15
61.07.15.2004,Karimunting,desa,61.07.15
61.07.15.2005,Pulau Lemukutan,desa,61.07.15
61.07.16,Lembah Bawang,kecamatan,61.07
61.07.16.2001,Saka Taru,desa,61.07.16
61.07.16.2002,Lembah Bawang,desa,61.07.16
61.07.16.2003,Janyat,desa,61.07.16
61.07.16.2004,Tempapan,desa,61.07.16
61.07.16.2005,Papan Uduk,desa,61.07.16
61.07.16.2006,Papan Tembawang,desa,61.07.16
61.07.16.2007,Godang Damar,desa,61.07.16
61.07.16.2008,Kinande,desa,61.07.16
61.07.17,Tujuh Belas,kecamatan,61.07
61.07.17.2001,Sinar Tebudak,desa,61.07.17
61.07.17.2002,Kamuh,desa,61.07.17
61.07.17.2003,Bengkilu,desa,61.07.17
61.07.17.2004,Pisak,desa,61.07.17
`;
