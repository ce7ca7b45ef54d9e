<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>DasawismaCandidate</name>
    <message>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>DasawismaCandidateEditor</name>
    <message>
        <source>Pilih jenis PMKS</source>
        <translation>Choose a PMKS type</translation>
    </message>
    <message>
        <source>Calon %1</source>
        <translation>Candidate %1</translation>
    </message>
    <message>
        <source>Hapus calon</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <source>Jenis PMKS</source>
        <translation>PMKS type</translation>
    </message>
    <message>
        <source>NIK kepala keluarga</source>
        <translation>NIK of the head of family</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama komunitas</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Name of the head of family</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Menurut NIK</source>
        <translation>From the NIK</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>TTTT-BB-HH; kosong: menurut NIK</source>
        <translation>YYYY-MM-DD; empty: from the NIK</translation>
    </message>
    <message>
        <source>TTTT-BB-HH</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <source>Kejadian bencana / konflik</source>
        <translation>Disaster / conflict event</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ragam disabilitas</source>
        <translation>Kinds of disability</translation>
    </message>
</context>
<context>
    <name>DasawismaGroupForm</name>
    <message>
        <source>Satu kelompok dasawisma beranggotakan %1 sampai %2 rumah tangga.</source>
        <translation>A Dasawisma group has %1 to %2 households.</translation>
    </message>
    <message>
        <source>NIK ketua wajib diisi.</source>
        <translation>The leader&apos;s NIK is required.</translation>
    </message>
    <message>
        <source>Ubah kelompok dasawisma</source>
        <translation>Edit Dasawisma group</translation>
    </message>
    <message>
        <source>Kelompok dasawisma baru</source>
        <translation>New Dasawisma group</translation>
    </message>
    <message>
        <source>Satu kelompok dasawisma adalah 10 sampai 20 rumah tangga dalam satu RT, dipimpin seorang ketua.</source>
        <translation>A Dasawisma group is 10 to 20 households within one RT, headed by a leader.</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>mis. Dasawisma Melati 3</source>
        <translation>e.g. Dasawisma Melati 3</translation>
    </message>
    <message>
        <source>NIK ketua</source>
        <translation>Leader&apos;s NIK</translation>
    </message>
    <message>
        <source>Kosongkan bila ketua tidak berganti.</source>
        <translation>Leave empty if the leader does not change.</translation>
    </message>
    <message>
        <source>Nama ketua</source>
        <translation>Leader&apos;s name</translation>
    </message>
    <message>
        <source>Jumlah rumah tangga</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <source>10 sampai 20</source>
        <translation>10 to 20</translation>
    </message>
    <message>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Simpan kelompok</source>
        <translation>Save group</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DasawismaMonth</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>DasawismaMonthPicker</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>DasawismaPage</name>
    <message>
        <source>Dasawisma</source>
        <translation>Dasawisma</translation>
    </message>
    <message>
        <source>Kelompok dasawisma dan laporan bulanannya. Usulan calon PMKS dari ketua kelompok dijadikan data draf dalam satu langkah.</source>
        <translation>Dasawisma groups and their monthly reports. The PMKS candidates proposed by a group&apos;s leader become draft records in one step.</translation>
    </message>
    <message>
        <source>Kelompok baru</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Belum ada kelompok dasawisma di wilayah ini</source>
        <translation>No Dasawisma groups in this wilayah yet</translation>
    </message>
    <message>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Dusun / RW / RT</source>
        <translation>Dusun / RW / RT</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>DasawismaReportForm</name>
    <message>
        <source>Pilih jenis PMKS.</source>
        <translation>Choose a PMKS type.</translation>
    </message>
    <message>
        <source>Calon %1: %2</source>
        <translation>Candidate %1: %2</translation>
    </message>
    <message>
        <source>Laporan dasawisma baru</source>
        <translation>New Dasawisma report</translation>
    </message>
    <message>
        <source>calon PMKS yang diusulkan ketua kelompok untuk satu bulan</source>
        <translation>PMKS candidates proposed by the group leader for one month</translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Calon yang diusulkan</source>
        <translation>Proposed candidates</translation>
    </message>
    <message>
        <source>Tambah calon</source>
        <translation>Add candidate</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DasawismaReportView</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laporan %1</source>
        <translation>Report for %1</translation>
    </message>
    <message>
        <source>Laporan dasawisma</source>
        <translation>Dasawisma report</translation>
    </message>
    <message>
        <source>Kembali ke laporan kelompok</source>
        <translation>Back to the group&apos;s reports</translation>
    </message>
    <message>
        <source>%1 calon jenis sensitif tidak ditampilkan.</source>
        <translation>%1 candidates of sensitive types are not shown.</translation>
    </message>
    <message>
        <source>Pilih %1</source>
        <translation>Select %1</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>sudah tercatat</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <source>Lihat data PMKS</source>
        <translation>View PMKS record</translation>
    </message>
    <message>
        <source>%1 data draf dibuat.</source>
        <translation>%1 draft records created.</translation>
    </message>
    <message>
        <source>%1 calon sudah tercatat untuk periode ini dan ditautkan ke datanya: %2.</source>
        <translation>%1 candidates were already recorded for this period and are linked to their records: %2.</translation>
    </message>
    <message>
        <source>%1 calon ditolak.</source>
        <translation>%1 candidates rejected.</translation>
    </message>
    <message>
        <source>%1 calon dipilih. Data draf dicatat pada semester bulan laporan.</source>
        <translation>%1 candidates selected. The draft records are filed in the semester of the report month.</translation>
    </message>
    <message>
        <source>Jadikan data draf</source>
        <translation>Create draft records</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>DasawismaReportsPage</name>
    <message>
        <source>Kelompok dasawisma</source>
        <translation>Dasawisma group</translation>
    </message>
    <message>
        <source>Kembali ke daftar kelompok</source>
        <translation>Back to the group list</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Dusun / RW / RT</source>
        <translation>Dusun / RW / RT</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>%1 · NIK %2</source>
        <translation>%1 · NIK %2</translation>
    </message>
    <message>
        <source>Jumlah rumah tangga</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Laporan baru</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Ubah kelompok</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>Hapus kelompok</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Laporan bulanan</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <source>Belum ada laporan untuk kelompok ini</source>
        <translation>No reports for this group yet</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Calon</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Hapus kelompok?</source>
        <translation>Delete group?</translation>
    </message>
    <message>
        <source>Kelompok ini akan dihapus. Kelompok yang sudah mempunyai laporan atau data PMKS tidak dapat dihapus.</source>
        <translation>This group will be deleted. A group that already has reports or PMKS records cannot be deleted.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Simpan ekspor sebagai</source>
        <translation>Save export as</translation>
    </message>
    <message>
        <source>Berkas %1 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Ekspor rekap PMKS</source>
        <translation>Export PMKS recap</translation>
    </message>
    <message>
        <source>Ekspor data PMKS</source>
        <translation>Export PMKS records</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Berkas tujuan</source>
        <translation>Destination file</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Menyiapkan rekap…</source>
        <translation>Preparing the recap…</translation>
    </message>
    <message>
        <source>%1 data ditulis…</source>
        <translation>%1 records written…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ImportChooseStep</name>
    <message>
        <source>Lokasi berkas .csv atau .xlsx</source>
        <translation>Path of the .csv or .xlsx file</translation>
    </message>
    <message>
        <source>Berkas impor</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Templat: baris pertama berisi nama kolom (urutan bebas, kolom lain diabaikan): %1. Kolom wajib: %2.</source>
        <translation>Template: the first row holds the column names (in any order; other columns are ignored): %1. Required columns: %2.</translation>
    </message>
    <message>
        <source>jenis_kelamin L/P (kosong: dari NIK); tanggal_lahir TTTT-BB-HH, HH-BB-TTTT atau HH/BB/TTTT; kode_wilayah kode desa/kelurahan; jenis_pmks nomor 1-26 atau nama jenisnya; jenis_disabilitas fisik, intelektual, mental, sensorik atau ganda (beberapa dipisah ;); periode 2021 atau 2021-S1.</source>
        <translation>jenis_kelamin L/P (empty: from the NIK); tanggal_lahir YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY; kode_wilayah a desa/kelurahan code; jenis_pmks number 1-26 or the type&apos;s name; jenis_disabilitas fisik, intelektual, mental, sensorik or ganda (several separated by ;); periode 2021 or 2021-S1.</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>%1: %2 baris data. Pratinjau %3 baris pertama:</source>
        <translation>%1: %2 data rows. Preview of the first %3 rows:</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ada: %1. Tambahkan kolom itu pada baris judul berkas, lalu pratinjau lagi.</source>
        <translation>Required columns missing: %1. Add them to the file&apos;s header row, then preview again.</translation>
    </message>
    <message>
        <source>Kolom tidak wajib yang tidak ada (dibiarkan kosong): %1.</source>
        <translation>Optional columns missing (left empty): %1.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data</source>
        <translation>The file has no data rows</translation>
    </message>
    <message>
        <source>Impor sebagai</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Status data hasil impor</source>
        <translation>Status of the imported records</translation>
    </message>
    <message>
        <source>PSM mengimpor sebagai Draf. Status di atas Draf untuk data lama dan hanya untuk Dinas Sosial, yang dapat mengimpornya langsung sebagai Tervalidasi.</source>
        <translation>PSM import as Draft. A status above Draft is for old records and for Dinas Sosial only, which can import them straight as Validated.</translation>
    </message>
    <message>
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>ImportResultStep</name>
    <message>
        <source>Baris dibaca</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Data baru dibuat</source>
        <translation>New records created</translation>
    </message>
    <message>
        <source>Sudah ada (tidak dibuat lagi)</source>
        <translation>Already present (not created again)</translation>
    </message>
    <message>
        <source>Orang baru di registri</source>
        <translation>New persons in the registry</translation>
    </message>
    <message>
        <source>Baris gagal</source>
        <translation>Rows failed</translation>
    </message>
    <message>
        <source>Jenis lama, perlu ditinjau</source>
        <translation>Old type, needs a review</translation>
    </message>
    <message>
        <source>Daftar kesalahan dipotong pada 10.000 baris.</source>
        <translation>The error list is cut off at 10,000 rows.</translation>
    </message>
    <message>
        <source>Baris yang gagal</source>
        <translation>Failed rows</translation>
    </message>
    <message>
        <source>Tidak ada baris yang gagal.</source>
        <translation>No row failed.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>(seluruh baris)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lokasi laporan kesalahan (.csv)</source>
        <translation>Path of the error report (.csv)</translation>
    </message>
    <message>
        <source>Lokasi laporan kesalahan</source>
        <translation>Path of the error report</translation>
    </message>
    <message>
        <source>Simpan laporan kesalahan…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Impor berkas lain</source>
        <translation>Import another file</translation>
    </message>
</context>
<context>
    <name>ImportWizardPage</name>
    <message>
        <source>Laporan kesalahan disimpan di %1.</source>
        <translation>Error report saved to %1.</translation>
    </message>
    <message>
        <source>Pilih berkas impor</source>
        <translation>Choose the import file</translation>
    </message>
    <message>
        <source>Berkas data (*.csv *.xlsx)</source>
        <translation>Data files (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Simpan laporan kesalahan</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Impor data PMKS</source>
        <translation>Import PMKS records</translation>
    </message>
    <message>
        <source>Data PMKS / PPKS dari berkas CSV atau XLSX menurut templat. Baris yang benar disimpan, baris yang salah dilaporkan; mengimpor berkas yang sama lagi tidak membuat data ganda.</source>
        <translation>PMKS / PPKS records from a CSV or XLSX file following the template. Correct rows are saved, faulty rows are reported; importing the same file again creates no duplicate records.</translation>
    </message>
    <message>
        <source>1. Pilih berkas</source>
        <translation>1. Choose file</translation>
    </message>
    <message>
        <source>2. Impor</source>
        <translation>2. Import</translation>
    </message>
    <message>
        <source>3. Hasil</source>
        <translation>3. Result</translation>
    </message>
    <message>
        <source>Anda tidak berhak mengimpor data PMKS.</source>
        <translation>You may not import PMKS records.</translation>
    </message>
    <message>
        <source>Mengimpor %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 dari %2 baris terkirim (%3%)</source>
        <translation>%1 of %2 rows sent (%3%)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan… Baris yang sudah terkirim mungkin sudah tersimpan.</source>
        <translation>Cancelling… Rows already sent may already be saved.</translation>
    </message>
</context>
<context>
    <name>PmksStatus</name>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Data PMKS</source>
        <translation>PMKS records</translation>
    </message>
    <message>
        <source>%1 data diproses, %2 tidak dapat diproses.</source>
        <translation>%1 records processed, %2 could not be processed.</translation>
    </message>
    <message>
        <source>Tambah data</source>
        <translation>Add record</translation>
    </message>
    <message>
        <source>Jenis PMKS</source>
        <translation>PMKS type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Langkah ini diterapkan pada %1 data yang tampil.</source>
        <translation>This step applies to the %1 records shown.</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Semua data yang cocok dengan filter dan pencarian ini diekspor, bukan hanya yang sudah dimuat. NIK disamarkan bila Anda tidak berwenang melihatnya.</source>
        <translation>Every record matching these filters and this search is exported, not only those loaded. The NIK is masked unless you may see it.</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <source>Total wilayah terpilih</source>
        <translation>Total of the chosen wilayah</translation>
    </message>
    <message>
        <source>Per provinsi</source>
        <translation>Per provinsi</translation>
    </message>
    <message>
        <source>Per kabupaten/kota</source>
        <translation>Per kabupaten/kota</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>Per desa/kelurahan</source>
        <translation>Per desa/kelurahan</translation>
    </message>
    <message>
        <source>Rekap PMKS</source>
        <translation>PMKS recap</translation>
    </message>
    <message>
        <source>Jumlah PMKS / PPKS per wilayah dan jenis, menurut jenis kelamin. Buka baris untuk turun satu tingkat wilayah.</source>
        <translation>PMKS / PPKS counts per wilayah and type, by sex. Open a row to go one wilayah level down.</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Jenis periode</source>
        <translation>Period kind</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jumlah: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Tidak ada data untuk pilihan ini</source>
        <translation>No data for this selection</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Jenis PMKS</source>
        <translation>PMKS type</translation>
    </message>
    <message>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Pilih jenis PMKS</source>
        <translation>Choose a PMKS type</translation>
    </message>
    <message>
        <source>Ubah data PMKS</source>
        <translation>Edit PMKS record</translation>
    </message>
    <message>
        <source>Tambah data PMKS</source>
        <translation>Add PMKS record</translation>
    </message>
    <message>
        <source>Pilih jenis PMKS dahulu; isian menyesuaikan jenisnya. Data disimpan sebagai draf.</source>
        <translation>Choose the PMKS type first; the fields follow the type. The record is saved as a draft.</translation>
    </message>
    <message>
        <source>Jenis PMKS</source>
        <translation>PMKS type</translation>
    </message>
    <message>
        <source>Jenis periode</source>
        <translation>Period kind</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>NIK kepala keluarga</source>
        <translation>NIK of the head of family</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Name of the head of family</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Menurut NIK</source>
        <translation>From the NIK</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>TTTT-BB-HH; kosong: menurut NIK</source>
        <translation>YYYY-MM-DD; empty: from the NIK</translation>
    </message>
    <message>
        <source>TTTT-BB-HH</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Nama komunitas</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>Kejadian bencana / konflik</source>
        <translation>Disaster / conflict event</translation>
    </message>
    <message>
        <source>Ragam disabilitas *</source>
        <translation>Kinds of disability *</translation>
    </message>
    <message>
        <source>Kriteria (semua harus terpenuhi)</source>
        <translation>Criteria (all must hold)</translation>
    </message>
    <message>
        <source>Kriteria (paling sedikit satu)</source>
        <translation>Criteria (at least one)</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Simpan draf</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Data PMKS</source>
        <translation>PMKS records</translation>
    </message>
    <message>
        <source>Data PMKS / PPKS di wilayah Anda, terbaru di atas. Buka baris untuk melihat riwayat dan langkah verifikasi.</source>
        <translation>PMKS / PPKS records in your wilayah, newest first. Open a row to see its history and review steps.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Data PMKS</source>
        <translation>PMKS records</translation>
    </message>
    <message>
        <source>Kembali ke daftar</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no. (KK)</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Dusun / RW / RT</source>
        <translation>Dusun / RW / RT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan dikembalikan</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Validasi</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>RecordPhotos</name>
    <message>
        <source>Belum ada foto.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <source>Foto %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Tambah foto…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>atau ketik lokasi berkas foto</source>
        <translation>or type the photo file&apos;s location</translation>
    </message>
    <message>
        <source>Lokasi berkas foto</source>
        <translation>Photo file location</translation>
    </message>
    <message>
        <source>Unggah</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>JPEG atau PNG, paling besar %1 MB per foto, paling banyak %2 foto.</source>
        <translation>JPEG or PNG, at most %1 MB per photo, at most %2 photos.</translation>
    </message>
    <message>
        <source>Menyimpan foto…</source>
        <translation>Saving the photo…</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Pilih foto</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Foto JPEG atau PNG (*.jpg *.jpeg *.png)</source>
        <translation>JPEG or PNG photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Hapus foto?</source>
        <translation>Remove the photo?</translation>
    </message>
    <message>
        <source>Foto ini akan dilepas dari data PMKS ini.</source>
        <translation>This photo will be removed from this PMKS record.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Foto %1 dari %2</source>
        <translation>Photo %1 of %2</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Tidak ada data PMKS yang sesuai</source>
        <translation>No matching PMKS records</translation>
    </message>
    <message>
        <source>Cari nama atau NIK…</source>
        <translation>Search name or NIK…</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis PMKS</source>
        <translation>PMKS type</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StatusWidget</name>
    <message>
        <source>Periode %1</source>
        <translation>Period %1</translation>
    </message>
</context>
<context>
    <name>ValidationQueuePage</name>
    <message>
        <source>Antrean validasi</source>
        <translation>Validation queue</translation>
    </message>
    <message>
        <source>Data yang sudah diverifikasi desa dan menunggu validasi Dinas Sosial.</source>
        <translation>Records verified by the desa and waiting for validation by Dinas Sosial.</translation>
    </message>
    <message>
        <source>Validasi semua yang tampil</source>
        <translation>Validate all shown</translation>
    </message>
</context>
<context>
    <name>VerificationQueuePage</name>
    <message>
        <source>Antrean verifikasi</source>
        <translation>Verification queue</translation>
    </message>
    <message>
        <source>Data yang diajukan PSM dan menunggu verifikasi desa/kelurahan.</source>
        <translation>Records submitted by PSM and waiting for verification by the desa/kelurahan.</translation>
    </message>
    <message>
        <source>Verifikasi semua yang tampil</source>
        <translation>Verify all shown</translation>
    </message>
</context>
<context>
    <name>simpul::pmks::ui::DasawismaActions</name>
    <message>
        <source>Belum masuk.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Pilih minimal satu calon.</source>
        <translation>Select at least one candidate.</translation>
    </message>
    <message>
        <source>Calon %1: %2</source>
        <translation>Candidate %1: %2</translation>
    </message>
</context>
<context>
    <name>simpul::pmks::ui::ExportJob</name>
    <message>
        <source>Belum tersambung ke server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>Pilih berkas tujuan terlebih dahulu.</source>
        <translation>Choose a destination file first.</translation>
    </message>
    <message>
        <source>Format %1 tidak dapat dipakai untuk ekspor ini.</source>
        <translation>Format %1 cannot be used for this export.</translation>
    </message>
    <message>
        <source>Rekap (%1 baris) disimpan ke %2.</source>
        <translation>Recap (%1 rows) saved to %2.</translation>
    </message>
    <message>
        <source>%1 data diekspor ke %2.</source>
        <translation>%1 records exported to %2.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>Export cancelled; no file was saved.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibuat. Periksa foldernya dan izin menulisnya.</source>
        <translation>The file %1 cannot be created. Check its folder and write permission.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis sampai selesai. Periksa folder dan ruang penyimpanannya, lalu coba lagi.</source>
        <translation>The file %1 could not be written completely. Check its folder and the free disk space, then try again.</translation>
    </message>
    <message>
        <source>Data terlalu banyak untuk satu lembar XLSX (paling banyak 1.048.575 baris). Pilih format CSV.</source>
        <translation>Too many records for one XLSX sheet (at most 1,048,575 rows). Choose CSV.</translation>
    </message>
</context>
<context>
    <name>simpul::pmks::ui::ImportJob</name>
    <message>
        <source>Impor dibatalkan. Baris yang sudah terkirim mungkin sudah tersimpan; mengimpor berkas yang sama lagi tidak membuat data ganda.</source>
        <translation>Import cancelled. Rows already sent may already be saved; importing the same file again creates no duplicate records.</translation>
    </message>
    <message>
        <source>Impor dihentikan; baris yang sudah terkirim mungkin sudah tersimpan.</source>
        <translation>Import stopped; rows already sent may already be saved.</translation>
    </message>
    <message>
        <source>Belum ada hasil impor.</source>
        <translation>No import result yet.</translation>
    </message>
    <message>
        <source>Tulis nama berkas laporan.</source>
        <translation>Enter a name for the report file.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditulis ke %1.</source>
        <translation>The report cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>simpul::pmks::ui::PmksTypes</name>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>simpul::pmks::ui::RecordActions</name>
    <message>
        <source>Langkah tidak dikenal.</source>
        <translation>Unknown step.</translation>
    </message>
    <message>
        <source>Tidak ada data yang dipilih.</source>
        <translation>No record selected.</translation>
    </message>
    <message>
        <source>Belum masuk.</source>
        <translation>Not signed in.</translation>
    </message>
</context>
<context>
    <name>simpul::pmks::ui::RecordPhotoList</name>
    <message>
        <source>Nama lampiran tidak dikenal.</source>
        <translation>Unknown attachment name.</translation>
    </message>
    <message>
        <source>Data PMKS belum dimuat.</source>
        <translation>The PMKS record has not been loaded yet.</translation>
    </message>
    <message>
        <source>Pilih berkas foto terlebih dahulu.</source>
        <translation>Choose a photo file first.</translation>
    </message>
    <message>
        <source>Satu data PMKS paling banyak memuat %1 foto.</source>
        <translation>A PMKS record holds at most %1 photos.</translation>
    </message>
    <message>
        <source>Foto ini sudah ada pada data ini.</source>
        <translation>This photo is already on this record.</translation>
    </message>
    <message>
        <source>Data ini sudah diubah di tempat lain sejak dibuka. Muat ulang data ini, lalu coba lagi.</source>
        <translation>This record was changed elsewhere since it was opened. Reload it, then try again.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Berkas itu kosong.</source>
        <translation>That file is empty.</translation>
    </message>
    <message>
        <source>Foto terlalu besar (%1 MB). Ukuran foto paling besar %2 MB.</source>
        <translation>The photo is too large (%1 MB). A photo is at most %2 MB.</translation>
    </message>
    <message>
        <source>Hanya foto JPEG atau PNG yang dapat ditambahkan.</source>
        <translation>Only JPEG or PNG photos can be added.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Foto yang diterima rusak. Coba buka lagi data ini.</source>
        <translation>The photo received is damaged. Try opening this record again.</translation>
    </message>
    <message>
        <source>Lampiran ini terlalu besar untuk ditampilkan.</source>
        <translation>This attachment is too large to show.</translation>
    </message>
    <message>
        <source>Lampiran ini bukan gambar yang dapat ditampilkan.</source>
        <translation>This attachment is not an image that can be shown.</translation>
    </message>
</context>
</TS>
