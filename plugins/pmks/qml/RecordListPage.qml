import QtQuick
import Simpul.Pmks

// Data PMKS: every record the user may see, with filters by wilayah, type, status, period
// and a name or NIK; a row opens the record with its history and workflow steps.
QueuePage {
    title: qsTr("Data PMKS")
    subtitle: qsTr("Data PMKS / PPKS di wilayah Anda, terbaru di atas. Buka baris untuk melihat riwayat dan langkah verifikasi.")
}
