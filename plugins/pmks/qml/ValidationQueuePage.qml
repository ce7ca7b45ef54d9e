import QtQuick
import Simpul.Pmks

// Records waiting for Dinas Sosial: VERIFIED, validated one by one or all shown at once.
QueuePage {
    title: qsTr("Antrean validasi")
    subtitle: qsTr("Data yang sudah diverifikasi desa dan menunggu validasi Dinas Sosial.")
    fixedStatus: 3
    batchAction: "validate"
    batchText: qsTr("Validasi semua yang tampil")
}
