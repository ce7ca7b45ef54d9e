import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// One Dasawisma group: where it is, its ketua and households, and its monthly reports (newest
// first). A holder of pmks.dasawisma.write at the group's desa may edit or delete the group
// and write a new report ("Laporan baru"); opening a report shows its candidates
// (DasawismaReportView), where the PSM decides on them.
FocusScope {
    id: root

    property string groupName
    readonly property var group: groupActions.group
    readonly property bool loaded: group.name !== undefined && group.name === groupName
    readonly property bool canWrite: loaded && Client.session !== null && Client.session.signedIn
                                     && Client.session.hasPermission("pmks.dasawisma.write",
                                                                     group.wilayahCode || "")
    readonly property alias reports: reportModel
    readonly property alias table: reportTable
    property string reportName
    property bool creatingReport: false
    property string deleteError
    signal closed()
    signal deleted()
    // "Ubah kelompok": the group row with name and etag.
    signal editRequested(var group)

    function reload() { groupActions.loadGroup(groupName) }
    function openReport(name) { reportName = name }
    function newReport() { creatingReport = true }
    // Deletes the group (after "Hapus kelompok" was confirmed); deleted() or deleteError.
    function deleteGroup() {
        deleteError = ""
        groupActions.deleteGroup(groupName)
    }

    onGroupNameChanged: if (groupName !== "") reload()
    Component.onCompleted: if (groupName !== "") reload()

    DasawismaActions {
        id: groupActions
        onGroupDeleted: (ok, message) => {
            if (ok)
                root.deleted()
            else
                root.deleteError = message
        }
    }

    DasawismaReportListModel {
        id: reportModel
        group: root.groupName
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM
        visible: root.reportName === "" && !root.creatingReport

        PageHeader {
            Layout.fillWidth: true
            title: root.loaded ? root.group.displayName : qsTr("Kelompok dasawisma")
            subtitle: root.loaded ? (root.group.wilayahName + " · " + root.group.place) : ""
            Button {
                objectName: "backButton"
                text: qsTr("Kembali ke daftar kelompok")
                onClicked: root.closed()
            }
        }

        ErrorBanner {
            objectName: "groupError"
            Layout.fillWidth: true
            text: root.deleteError !== "" ? root.deleteError : groupActions.error
        }

        GridLayout {
            objectName: "groupFields"
            visible: root.loaded
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingS

            Label { text: qsTr("Desa/Kelurahan"); color: Theme.textMuted }
            Label { text: (root.group.wilayahName || "") + " (" + (root.group.wilayahCode || "") + ")" }
            Label { text: qsTr("Dusun / RW / RT"); color: Theme.textMuted }
            Label { text: root.group.place || "–" }
            Label { text: qsTr("Ketua"); color: Theme.textMuted }
            Label {
                objectName: "ketuaValue"
                text: (root.group.ketuaNik || "") !== ""
                      ? qsTr("%1 · NIK %2").arg(root.group.ketuaName).arg(root.group.ketuaNik)
                      : (root.group.ketuaName || "")
            }
            Label { text: qsTr("Jumlah rumah tangga"); color: Theme.textMuted }
            Label { objectName: "householdsValue"; text: String(root.group.households || "") }
            Label { text: qsTr("Dicatat oleh"); color: Theme.textMuted }
            Label { text: root.group.createdBy || "–" }
        }

        RowLayout {
            visible: root.canWrite
            spacing: Theme.spacingS
            Button {
                objectName: "newReportButton"
                text: qsTr("Laporan baru")
                onClicked: root.newReport()
            }
            Button {
                objectName: "editGroupButton"
                text: qsTr("Ubah kelompok")
                onClicked: root.editRequested(root.group)
            }
            Button {
                objectName: "deleteGroupButton"
                text: qsTr("Hapus kelompok")
                enabled: !groupActions.busy
                onClicked: deleteConfirm.open()
            }
        }

        Label {
            text: qsTr("Laporan bulanan")
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
        }

        PagedTable {
            id: reportTable
            objectName: "reportTable"
            model: reportModel
            emptyText: qsTr("Belum ada laporan untuk kelompok ini")
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: [
                { role: "monthText", title: qsTr("Bulan"), width: 0.3 },
                { role: "candidateCount", title: qsTr("Calon"), width: 90, align: Text.AlignRight },
                { role: "proposed", title: qsTr("Diusulkan"), width: 110, align: Text.AlignRight },
                { role: "accepted", title: qsTr("Diterima"), width: 100, align: Text.AlignRight },
                { role: "rejected", title: qsTr("Ditolak"), width: 100, align: Text.AlignRight },
                { role: "createdBy", title: qsTr("Dibuat oleh"), width: 0.3 }
            ]
            onActivated: (row, rowData) => root.openReport(rowData.name)
        }
    }

    ConfirmDialog {
        id: deleteConfirm
        title: qsTr("Hapus kelompok?")
        text: qsTr("Kelompok ini akan dihapus. Kelompok yang sudah mempunyai laporan atau data PMKS tidak dapat dihapus.")
        confirmText: qsTr("Hapus")
        destructive: true
        onConfirmed: root.deleteGroup()
    }

    Loader {
        objectName: "reportFormLoader"
        anchors.fill: parent
        active: root.creatingReport
        sourceComponent: DasawismaReportForm {
            objectName: "reportForm"
            group: root.group
            onCancelled: root.creatingReport = false
            onCreated: report => {
                root.creatingReport = false
                reportModel.reload()
                root.openReport(report.name)
            }
        }
    }

    Loader {
        objectName: "reportViewLoader"
        anchors.fill: parent
        active: root.reportName !== ""
        sourceComponent: DasawismaReportView {
            objectName: "reportView"
            reportName: root.reportName
            group: root.group
            onClosed: {
                root.reportName = ""
                reportModel.reload()
            }
        }
    }
}
