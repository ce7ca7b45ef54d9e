<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>Tentang Simpul</source>
        <translation>About Simpul</translation>
    </message>
    <message>
        <source>Simpul adalah platform administrasi kesejahteraan sosial berbasis plugin untuk PSM, TKSK, IPSM dan Dinas Sosial.</source>
        <translation>Simpul is a plugin-based social-welfare administration platform for PSM, TKSK, IPSM and the Dinas Sosial.</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Aplikasi</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>API inti</source>
        <translation>Core API</translation>
    </message>
    <message>
        <source>Server data</source>
        <translation>Data server</translation>
    </message>
    <message>
        <source>Data rujukan</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Daftar wilayah resmi Kemendagri; nama untuk data contoh dibuat acak dari daftar nama umum.</source>
        <translation>The official Kemendagri wilayah list; names in demo data are drawn at random from lists of common names.</translation>
    </message>
    <message>
        <source>Lisensi data rujukan</source>
        <translation>Reference data licences</translation>
    </message>
    <message>
        <source>Tidak ada berkas lisensi di folder data rujukan.</source>
        <translation>There are no licence files in the reference data folder.</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Teks lisensi</source>
        <translation>Licence text</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Sedang memproses</source>
        <translation>Processing</translation>
    </message>
</context>
<context>
    <name>CallStatus</name>
    <message>
        <source>Permintaan dibatalkan.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan pada server. Coba lagi; bila terus terjadi, hubungi administrator.</source>
        <translation>Something went wrong on the server. Try again; if it keeps happening, contact the administrator.</translation>
    </message>
    <message>
        <source>Data yang dikirim tidak valid. Periksa isian, lalu coba lagi.</source>
        <translation>The data sent is not valid. Check the entries, then try again.</translation>
    </message>
    <message>
        <source>Server terlalu lama menjawab. Coba lagi sebentar lagi; bila terus terjadi, periksa jaringan.</source>
        <translation>The server took too long to answer. Try again in a moment; if it keeps happening, check the network.</translation>
    </message>
    <message>
        <source>Data yang diminta tidak ditemukan; mungkin sudah dihapus. Muat ulang daftarnya.</source>
        <translation>The requested data was not found; it may have been deleted. Reload the list.</translation>
    </message>
    <message>
        <source>Data ini sudah ada.</source>
        <translation>This data already exists.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan ini. Hubungi administrator bila Anda memerlukannya.</source>
        <translation>You are not allowed to do this. Contact the administrator if you need it.</translation>
    </message>
    <message>
        <source>Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.</source>
        <translation>Too many requests. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Data ini telah diubah sementara itu. Muat ulang, lalu ulangi perubahan Anda.</source>
        <translation>This data was changed in the meantime. Reload it, then make your change again.</translation>
    </message>
    <message>
        <source>Nilai di luar batas yang diizinkan. Periksa isian.</source>
        <translation>A value is outside the allowed range. Check the entries.</translation>
    </message>
    <message>
        <source>Server tidak mendukung permintaan ini; mungkin versinya lebih lama dari aplikasi ini.</source>
        <translation>The server does not support this request; it may be older than this app.</translation>
    </message>
    <message>
        <source>Server tidak dapat dihubungi. Periksa alamat server dan jaringan, dan pastikan layanan data berjalan.</source>
        <translation>The server cannot be reached. Check the server address and the network, and make sure the data service is running.</translation>
    </message>
    <message>
        <source>Sesi Anda telah berakhir. Silakan masuk lagi.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak dikenal (kode %1).</source>
        <translation>An unknown error occurred (code %1).</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Selamat datang, %1.</source>
        <translation>Welcome, %1.</translation>
    </message>
    <message>
        <source>Peran dan wilayah Anda</source>
        <translation>Your roles and wilayah</translation>
    </message>
    <message>
        <source>Anda belum mempunyai peran. Hubungi administrator.</source>
        <translation>You have no role yet. Contact an administrator.</translation>
    </message>
    <message>
        <source>Kotak Masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>belum diketahui</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>pekerjaan menunggu</source>
        <translation>tasks waiting</translation>
    </message>
    <message>
        <source>Buka Kotak Masuk</source>
        <translation>Open inbox</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>berjalan</source>
        <translation>running</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Lihat plugin</source>
        <translation>View plugins</translation>
    </message>
    <message>
        <source>Ringkasan modul</source>
        <translation>Module summaries</translation>
    </message>
    <message>
        <source>Belum ada modul yang menampilkan ringkasan di sini. Ringkasan muncul setelah plugin yang menyediakannya dipasang dan Anda berhak melihatnya.</source>
        <translation>No module shows a summary here yet. Summaries appear once a plugin that provides one is installed and you may see it.</translation>
    </message>
    <message>
        <source>Ringkasan ini tidak dapat dibuat.</source>
        <translation>This summary could not be created.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Kotak Masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Pekerjaan yang menunggu tindakan Anda, yang paling lama di atas.</source>
        <translation>Work waiting for you, oldest first.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Tidak ada pekerjaan yang menunggu. Semua sudah ditangani.</source>
        <translation>Nothing is waiting. Everything has been handled.</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>%n pekerjaan menunggu.</source>
        <translation>
            <numerusform>%n task is waiting.</numerusform>
            <numerusform>%n tasks are waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada pekerjaan yang menunggu.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>contoh: dinsos</source>
        <translation>e.g. dinsos</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Administrasi kesejahteraan sosial</source>
        <translation>Social-welfare administration</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sesi Anda telah berakhir. Silakan masuk lagi.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Server bawaan di komputer ini</source>
        <translation>Built-in server on this computer</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>NikField</name>
    <message>
        <source>Lahir %1, %2</source>
        <translation>Born %1, %2</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
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
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>NIK harus 16 angka (baru %1 angka)</source>
        <translation>A NIK has 16 digits (%1 so far)</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka</source>
        <translation>A NIK contains digits only</translation>
    </message>
    <message>
        <source>Kode kecamatan dalam NIK (6 angka pertama) tidak valid</source>
        <translation>The kecamatan code in the NIK (first 6 digits) is not valid</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak valid: tanggal harus 01–31 (laki-laki) atau 41–71 (perempuan)</source>
        <translation>The birth date in the NIK is not valid: the day must be 01–31 (male) or 41–71 (female)</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak valid: bulan harus 01–12</source>
        <translation>The birth date in the NIK is not valid: the month must be 01–12</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak valid: %1 %2 tidak ada</source>
        <translation>The birth date in the NIK is not valid: there is no %1 %2</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak valid: jatuh di masa depan</source>
        <translation>The birth date in the NIK is not valid: it lies in the future</translation>
    </message>
    <message>
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000</source>
        <translation>The NIK serial number (last 4 digits) must not be 0000</translation>
    </message>
    <message>
        <source>NIK tidak valid</source>
        <translation>The NIK is not valid</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Tidak ada data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Memuat data…</source>
        <translation>Loading data…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Semester 1 (Januari–Juni)</source>
        <translation>Semester 1 (January–June)</translation>
    </message>
    <message>
        <source>Semester 2 (Juli–Desember)</source>
        <translation>Semester 2 (July–December)</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
</context>
<context>
    <name>PluginPageHost</name>
    <message>
        <source>Tidak ada halaman bernama &quot;%1&quot;. Plugin yang menyediakannya mungkin tidak dimuat atau Anda tidak berhak membukanya.</source>
        <translation>There is no page named &quot;%1&quot;. The plugin that provides it may not be loaded, or you may not open it.</translation>
    </message>
    <message>
        <source>Halaman %1 dari modul %2 tidak dapat dibuat.</source>
        <translation>Page %1 of module %2 could not be created.</translation>
    </message>
    <message>
        <source>Halaman ini tidak dapat dibuka.</source>
        <translation>This page cannot be opened.</translation>
    </message>
    <message>
        <source>Kesalahan pada halaman plugin</source>
        <translation>Error in a plugin page</translation>
    </message>
    <message>
        <source>Halaman lain tetap dapat dipakai. Keadaan setiap plugin ada di halaman Plugin.</source>
        <translation>The other pages still work. The state of every plugin is on the Plugins page.</translation>
    </message>
    <message>
        <source>Halaman tidak ditemukan</source>
        <translation>Page not found</translation>
    </message>
</context>
<context>
    <name>PluginsPage</name>
    <message>
        <source>Plugin</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Plugin yang terpasang di aplikasi desktop ini dan di server data, beserta keadaannya.</source>
        <translation>The plugins installed in this desktop app and on the data server, and their state.</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Pembuat</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Desktop: %1</source>
        <translation>Desktop: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Belum ada plugin yang terpasang.</source>
        <translation>No plugin is installed yet.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server data, bahasa dan tampilan aplikasi di komputer ini.</source>
        <translation>Data server, language and appearance of the app on this computer.</translation>
    </message>
    <message>
        <source>Server data</source>
        <translation>Data server</translation>
    </message>
    <message>
        <source>Sekarang memakai server bawaan di komputer ini.</source>
        <translation>Now using the built-in server on this computer.</translation>
    </message>
    <message>
        <source>Sekarang terhubung ke %1.</source>
        <translation>Now connected to %1.</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Contoh: 192.168.1.10:50051 atau unix:/run/simpul.sock; kosongkan untuk server bawaan.</source>
        <translation>For example 192.168.1.10:50051 or unix:/run/simpul.sock; leave empty for the built-in server.</translation>
    </message>
    <message>
        <source>kosongkan untuk server bawaan</source>
        <translation>leave empty for the built-in server</translation>
    </message>
    <message>
        <source>Tersimpan. Alamat baru dipakai saat Simpul dijalankan lagi.</source>
        <translation>Saved. The new address is used when Simpul starts next.</translation>
    </message>
    <message>
        <source>Perubahan server berlaku saat Simpul dijalankan lagi.</source>
        <translation>A server change takes effect when Simpul starts next.</translation>
    </message>
    <message>
        <source>Pakai server bawaan</source>
        <translation>Use built-in server</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Berlaku seketika.</source>
        <translation>Applies at once.</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Nama pengguna wajib diisi.</source>
        <translation>A username is required.</translation>
    </message>
    <message>
        <source>Nama pengguna harus 3-64 karakter: huruf kecil a-z, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>A username has 3-64 characters: lowercase a-z, digits, dot, underscore or hyphen.</translation>
    </message>
    <message>
        <source>Kata sandi wajib diisi.</source>
        <translation>A password is required.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 10 karakter.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must not be the username.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Selamat datang di Simpul</source>
        <translation>Welcome to Simpul</translation>
    </message>
    <message>
        <source>Basis data di komputer ini belum ada. Buat akun administrator pertama; Simpul lalu menyiapkan basis data beserta daftar wilayah resmi.</source>
        <translation>There is no database on this computer yet. Create the first administrator account; Simpul then prepares the database with the official wilayah list.</translation>
    </message>
    <message>
        <source>Menyiapkan basis data</source>
        <translation>Preparing the database</translation>
    </message>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>Lowercase letters, digits, dot, underscore or hyphen.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Minimal 10 karakter; gabungkan kata, angka atau tanda baca.</source>
        <translation>At least 10 characters; combine words, digits or punctuation.</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Buat dan mulai</source>
        <translation>Create and start</translation>
    </message>
    <message>
        <source>Menyiapkan basis data…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <source>Ini hanya terjadi sekali dan biasanya selesai dalam kurang dari satu menit.</source>
        <translation>This happens only once and usually takes less than a minute.</translation>
    </message>
    <message>
        <source>Simpul sedang menyiapkan basis data beserta daftar wilayah resmi.</source>
        <translation>Simpul is preparing the database with the official wilayah list.</translation>
    </message>
</context>
<context>
    <name>ShellHeader</name>
    <message>
        <source>Terhubung ke server bawaan</source>
        <translation>Connected to the built-in server</translation>
    </message>
    <message>
        <source>Terhubung ke %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Tanpa peran</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (+%2 peran lain)</source>
        <translation>%1 (+%2 more roles)</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Keluar dari Simpul?</source>
        <translation>Sign out of Simpul?</translation>
    </message>
    <message>
        <source>Anda perlu masuk lagi untuk melanjutkan pekerjaan.</source>
        <translation>You will need to sign in again to continue working.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Kotak Masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>MODUL</source>
        <translation>MODULES</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>Menyiapkan layanan data…</source>
        <translation>Preparing the data service…</translation>
    </message>
    <message>
        <source>Menghubungi %1</source>
        <translation>Contacting %1</translation>
    </message>
</context>
<context>
    <name>StartupErrorPage</name>
    <message>
        <source>Simpul tidak dapat dimulai</source>
        <translation>Simpul cannot start</translation>
    </message>
    <message>
        <source>Layanan data bawaan tidak dapat dijalankan. Pesan dari layanan data:</source>
        <translation>The built-in data service could not be started. Its message:</translation>
    </message>
    <message>
        <source>Server %1 tidak dapat dihubungi. Pesan:</source>
        <translation>Server %1 cannot be reached. Message:</translation>
    </message>
    <message>
        <source>(tidak ada pesan)</source>
        <translation>(no message)</translation>
    </message>
    <message>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Periksa alamat server di bawah ini (kosongkan untuk memakai server bawaan), lalu coba lagi. Jika masalah berlanjut, kirimkan pesan di atas kepada pengelola Simpul.</source>
        <translation>Check the server address below (leave it empty to use the built-in server), then try again. If the problem persists, send the message above to whoever runs Simpul.</translation>
    </message>
    <message>
        <source>Alamat server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>kosongkan untuk server bawaan</source>
        <translation>leave empty for the built-in server</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>WilayahName</name>
    <message>
        <source>Seluruh Indonesia</source>
        <translation>All of Indonesia</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Kelurahan %1</source>
        <translation>Kelurahan %1</translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation>Desa %1</translation>
    </message>
</context>
<context>
    <name>WilayahPicker</name>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Pilih provinsi</source>
        <translation>Choose a provinsi</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota</source>
        <translation>Choose a kabupaten/kota</translation>
    </message>
    <message>
        <source>Pilih kecamatan</source>
        <translation>Choose a kecamatan</translation>
    </message>
    <message>
        <source>Pilih desa/kelurahan</source>
        <translation>Choose a desa/kelurahan</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Anda tidak memiliki wilayah tugas untuk pilihan ini.</source>
        <translation>You have no assigned wilayah for this choice.</translation>
    </message>
    <message>
        <source>Masuk terlebih dahulu untuk memilih wilayah.</source>
        <translation>Sign in first to choose a wilayah.</translation>
    </message>
</context>
<context>
    <name>WilayahSearchField</name>
    <message>
        <source>Cari nama wilayah (minimal 2 huruf)…</source>
        <translation>Search a wilayah by name (at least 2 letters)…</translation>
    </message>
    <message>
        <source>Cari wilayah</source>
        <translation>Search wilayah</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Tidak ada wilayah dengan nama itu di wilayah Anda</source>
        <translation>No wilayah by that name within your area</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Desa adat</source>
        <translation>Desa adat</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Dinas Sosial</source>
        <translation>Dinas Sosial</translation>
    </message>
    <message>
        <source>TKSK</source>
        <translation>TKSK</translation>
    </message>
    <message>
        <source>Pengurus IPSM</source>
        <translation>IPSM board</translation>
    </message>
    <message>
        <source>Kepala Desa/Lurah</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>PSM</source>
        <translation>PSM</translation>
    </message>
    <message>
        <source>Pemantau</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Dependensi gagal</source>
        <translation>Dependency failed</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Tidak terpasang</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <source>Belum berjalan</source>
        <translation>Not running yet</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Tanpa bagian server</source>
        <translation>No server part</translation>
    </message>
    <message>
        <source>Tanpa bagian desktop</source>
        <translation>No desktop part</translation>
    </message>
</context>
<context>
    <name>simpul::app::AppController</name>
    <message>
        <source>Nama modul atau tipe halaman tidak sah: %1 %2</source>
        <translation>Invalid module or page type name: %1 %2</translation>
    </message>
    <message>
        <source>Mesin QML tidak tersedia</source>
        <translation>The QML engine is not available</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2 tidak bisa dimuat:
%3</source>
        <translation>Page %1 of %2 cannot be loaded:
%3</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2 tidak bisa dibuat:
%3</source>
        <translation>Page %1 of %2 cannot be created:
%3</translation>
    </message>
    <message>
        <source>Alamat server %1 tidak bisa dipakai: %2</source>
        <translation>The server address %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Menjalankan layanan data…</source>
        <translation>Starting the data service…</translation>
    </message>
    <message>
        <source>Layanan data tidak bisa berjalan.
%1</source>
        <translation>The data service cannot run.
%1</translation>
    </message>
    <message>
        <source>Isi nama pengguna administrator.</source>
        <translation>Enter the administrator&apos;s username.</translation>
    </message>
    <message>
        <source>Isi kata sandi administrator.</source>
        <translation>Enter the administrator&apos;s password.</translation>
    </message>
    <message>
        <source>Memuat daftar wilayah… %1 dari %2</source>
        <translation>Loading the wilayah list… %1 of %2</translation>
    </message>
    <message>
        <source>Memuat daftar wilayah… %1</source>
        <translation>Loading the wilayah list… %1</translation>
    </message>
    <message>
        <source>Basis data tidak bisa dibuat.
%1</source>
        <translation>The database cannot be created.
%1</translation>
    </message>
    <message>
        <source>Menyiapkan basis data…</source>
        <translation>Preparing the database…</translation>
    </message>
</context>
<context>
    <name>simpul::app::ClientPlugins</name>
    <message>
        <source>%1 gagal mendaftarkan tipe QML: %2</source>
        <translation>%1 failed to register its QML types: %2</translation>
    </message>
    <message>
        <source>%1 gagal memberikan menu atau widget: %2</source>
        <translation>%1 failed to provide its menu entries or widgets: %2</translation>
    </message>
</context>
<context>
    <name>simpul::app::CommandLine</name>
    <message>
        <source>Lihat `simpul --help` untuk pilihan yang ada.</source>
        <translation>See `simpul --help` for the available options.</translation>
    </message>
    <message>
        <source>Simpul: aplikasi desktop untuk pendataan kesejahteraan sosial.
Tanpa --server, Simpul menjalankan layanan datanya sendiri (simpul-data).</source>
        <translation>Simpul: the desktop application for social-welfare administration.
Without --server, Simpul runs its own data service (simpul-data).</translation>
    </message>
    <message>
        <source>Alamat simpul-data: unix:/jalur atau host:port.</source>
        <translation>simpul-data address: unix:/path or host:port.</translation>
    </message>
    <message>
        <source>Bahasa tampilan untuk kali ini: id atau en.</source>
        <translation>Display language for this run: id or en.</translation>
    </message>
    <message>
        <source>Simpan gambar jendela (PNG) setelah halaman awal selesai dimuat, lalu keluar.</source>
        <translation>Save a picture of the window (PNG) once the start page has loaded, then exit.</translation>
    </message>
    <message>
        <source>Bersama --screenshot: tulis setiap teks yang terlihat, satu per baris.</source>
        <translation>With --screenshot: write every visible text, one per line.</translation>
    </message>
    <message>
        <source>Halaman awal: login, setup, dashboard, inbox, plugins, settings, about, atau id menu sebuah plugin.</source>
        <translation>Start page: login, setup, dashboard, inbox, plugins, settings, about, or a plugin&apos;s menu entry id.</translation>
    </message>
    <message>
        <source>Masuk otomatis sebagai pengguna ini (perlu --password-file).</source>
        <translation>Sign in automatically as this user (needs --password-file).</translation>
    </message>
    <message>
        <source>Berkas berisi kata sandi pada baris pertama; hanya boleh dibaca pemiliknya.</source>
        <translation>File with the password on its first line; must be readable by its owner only.</translation>
    </message>
    <message>
        <source>Berkas basis data layanan data bawaan.</source>
        <translation>The built-in data service&apos;s database file.</translation>
    </message>
    <message>
        <source>Folder plugin.</source>
        <translation>Plugin folder.</translation>
    </message>
    <message>
        <source>Daftar wilayah (CSV) untuk membuat basis data pertama kali.</source>
        <translation>Wilayah list (CSV) for creating the database on first start.</translation>
    </message>
    <message>
        <source>Setelah halaman awal tergambar pertama kali, tulis &quot;first-frame&quot; dan puncak memori (peak-rss-kib) ke stdout, lalu keluar. Untuk mengukur waktu mulai.</source>
        <translation>Once the start page has drawn its first frame, write &quot;first-frame&quot; and the peak memory (peak-rss-kib) to stdout, then exit. For measuring start-up time.</translation>
    </message>
    <message>
        <source>Tampilkan versi lalu keluar.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Tampilkan bantuan ini lalu keluar.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>argumen tidak dikenal: %1 (setiap pengaturan berupa pilihan seperti --server ADDR)</source>
        <translation>unknown argument: %1 (every setting is an option such as --server ADDR)</translation>
    </message>
    <message>
        <source>pilihan --%1 diberikan lebih dari sekali</source>
        <translation>option --%1 was given more than once</translation>
    </message>
    <message>
        <source>--lang harus id atau en, bukan &quot;%1&quot;</source>
        <translation>--lang must be id or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 perlu nilai yang tidak kosong</source>
        <translation>--%1 needs a non-empty value</translation>
    </message>
    <message>
        <source>--dump-texts hanya berlaku bersama --screenshot</source>
        <translation>--dump-texts only works together with --screenshot</translation>
    </message>
    <message>
        <source>--exit-after-first-frame tidak bisa bersama --screenshot</source>
        <translation>--exit-after-first-frame cannot be used with --screenshot</translation>
    </message>
    <message>
        <source>--login dan --password-file harus diberikan bersama</source>
        <translation>--login and --password-file must be given together</translation>
    </message>
    <message>
        <source>--db dan --wilayah hanya berlaku untuk layanan data bawaan, tidak bersama --server</source>
        <translation>--db and --wilayah are for the built-in data service only, not with --server</translation>
    </message>
    <message>
        <source>berkas kata sandi %1 tidak bisa dibaca</source>
        <translation>the password file %1 cannot be read</translation>
    </message>
    <message>
        <source>berkas kata sandi %1 bisa dibaca pengguna lain; jalankan `chmod 600 %1`</source>
        <translation>the password file %1 is readable by other users; run `chmod 600 %1`</translation>
    </message>
    <message>
        <source>berkas kata sandi %1 tidak bisa dibaca: %2</source>
        <translation>the password file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>baris pertama berkas kata sandi %1 kosong</source>
        <translation>the first line of the password file %1 is empty</translation>
    </message>
</context>
<context>
    <name>simpul::app::DatabaseSetup</name>
    <message>
        <source>%1 tidak bisa dijalankan: %2</source>
        <translation>%1 cannot be started: %2</translation>
    </message>
    <message>
        <source>folder %1 tidak bisa dibuat</source>
        <translation>the folder %1 cannot be created</translation>
    </message>
    <message>
        <source>%1 tidak bisa diganti nama menjadi %2</source>
        <translation>%1 cannot be renamed to %2</translation>
    </message>
    <message>
        <source>simpulctl init berhenti tiba-tiba</source>
        <translation>simpulctl init stopped unexpectedly</translation>
    </message>
    <message>
        <source>simpulctl init gagal (kode keluar %1)</source>
        <translation>simpulctl init failed (exit code %1)</translation>
    </message>
</context>
<context>
    <name>simpul::app::DesktopApp</name>
    <message>
        <source>simpul: jendela utama tidak bisa dimuat (lihat pesan QML di atas)</source>
        <translation>simpul: the main window cannot be loaded (see the QML messages above)</translation>
    </message>
</context>
<context>
    <name>simpul::app::EmbeddedServer</name>
    <message>
        <source>folder soket %1 tidak bisa dibuat: %2</source>
        <translation>the socket folder %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>folder soket %1 bukan folder pribadi pengguna ini</source>
        <translation>the socket folder %1 is not a private folder of this user</translation>
    </message>
    <message>
        <source>%1 tidak bisa dijalankan: %2</source>
        <translation>%1 cannot be started: %2</translation>
    </message>
    <message>
        <source>folder sementara untuk soket tidak bisa dibuat: %1</source>
        <translation>a temporary folder for the socket cannot be created: %1</translation>
    </message>
    <message>
        <source>basis data %1 tidak ada</source>
        <translation>the database %1 does not exist</translation>
    </message>
    <message>
        <source>simpul-data belum siap setelah %1 detik</source>
        <translation>simpul-data is not ready after %1 seconds</translation>
    </message>
    <message>
        <source>simpul-data berhenti tiba-tiba (sinyal)</source>
        <translation>simpul-data stopped unexpectedly (signal)</translation>
    </message>
    <message>
        <source>simpul-data berhenti dengan kode keluar %1</source>
        <translation>simpul-data stopped with exit code %1</translation>
    </message>
</context>
<context>
    <name>simpul::app::FirstFrame</name>
    <message>
        <source>halaman siap tetapi tidak tergambar dalam %1 detik</source>
        <translation>the page was ready but not drawn within %1 seconds</translation>
    </message>
    <message>
        <source>tidak ada halaman yang siap dalam %1 detik</source>
        <translation>no page was ready within %1 seconds</translation>
    </message>
    <message>
        <source>halaman %1 tidak siap dalam %2 detik</source>
        <translation>the page %1 was not ready within %2 seconds</translation>
    </message>
    <message>
        <source>layanan data tidak bisa berjalan: %1</source>
        <translation>the data service cannot run: %1</translation>
    </message>
</context>
<context>
    <name>simpul::app::Screenshot</name>
    <message>
        <source>tidak ada jendela untuk diambil gambarnya</source>
        <translation>there is no window to take a picture of</translation>
    </message>
    <message>
        <source>jendela sudah tertutup sebelum gambarnya diambil</source>
        <translation>the window closed before its picture was taken</translation>
    </message>
    <message>
        <source>gambar tidak bisa disimpan ke %1</source>
        <translation>the picture cannot be saved to %1</translation>
    </message>
    <message>
        <source>teks tidak bisa disimpan ke %1</source>
        <translation>the texts cannot be saved to %1</translation>
    </message>
    <message>
        <source>tidak ada halaman yang siap dalam %1 detik</source>
        <translation>no page was ready within %1 seconds</translation>
    </message>
    <message>
        <source>halaman %1 tidak siap dalam %2 detik</source>
        <translation>page %1 was not ready within %2 seconds</translation>
    </message>
</context>
</TS>
