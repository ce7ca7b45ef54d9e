import QtQuick
import Simpul.Pmks

// Records waiting for the Kepala Desa/Lurah: SUBMITTED, verifiable here one by one or all
// that are shown at once.
QueuePage {
    title: qsTr("Antrean verifikasi")
    subtitle: qsTr("Data yang diajukan PSM dan menunggu verifikasi desa/kelurahan.")
    fixedStatus: 2
    batchAction: "verify"
    batchText: qsTr("Verifikasi semua yang tampil")
}
