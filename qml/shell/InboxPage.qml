import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// Pending work for the signed-in user (InboxService.ListInboxItems through App.inbox): what,
// from which module, where, since when and until when.
PageFrame {
    id: root

    readonly property var inbox: App.inbox
    property var selected: null

    function dateText(iso) {
        if (!iso)
            return ""
        const when = new Date(iso)
        return isNaN(when.getTime()) ? iso : when.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
    }

    title: qsTr("Kotak Masuk")
    subtitle: qsTr("Pekerjaan yang menunggu tindakan Anda, yang paling lama di atas.")
    pageLoaded: !inbox || (!inbox.loading && (inbox.count > 0 || inbox.complete
                                              || inbox.error !== ""))

    actions: [
        ActionButton {
            objectName: "refreshInbox"
            text: qsTr("Muat ulang")
            enabled: !!root.inbox && !root.inbox.loading
            onClicked: App.refreshInbox()
        }
    ]

    PagedTable {
        id: table
        objectName: "inboxTable"
        anchors.fill: parent
        visible: !!root.inbox
        focus: true
        model: root.inbox
        emptyText: qsTr("Tidak ada pekerjaan yang menunggu. Semua sudah ditangani.")
        columns: [
            { role: "title", title: qsTr("Pekerjaan"), width: 0.4 },
            { role: "kind", title: qsTr("Jenis"), width: 0.15 },
            { role: "module", title: qsTr("Modul"), width: 0.12 },
            { role: "wilayahCode", title: qsTr("Wilayah"), width: 0.13 },
            { role: "createTime", title: qsTr("Masuk"), width: 0.1,
              format: value => root.dateText(value) },
            { role: "dueTime", title: qsTr("Tenggat"), width: 0.1,
              format: value => root.dateText(value) }
        ]
        onActivated: (row, rowData) => {
            root.selected = rowData
            detail.open()
        }
    }

    Label {
        anchors.centerIn: parent
        visible: !root.inbox
        width: Math.min(parent.width, 520)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: App.inboxCount > 0 ? qsTr("%n pekerjaan menunggu.", "", App.inboxCount)
                                 : qsTr("Tidak ada pekerjaan yang menunggu.")
        color: Theme.textMuted
    }

    Dialog {
        id: detail
        objectName: "inboxDetail"
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, root.width)
        modal: true
        title: root.selected ? root.selected.title : ""
        standardButtons: Dialog.Close

        GridLayout {
            anchors.fill: parent
            columns: 2
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingS

            Label { text: qsTr("Jenis"); color: Theme.textMuted }
            Label { Layout.fillWidth: true; text: root.selected ? root.selected.kind : ""; wrapMode: Text.WrapAnywhere }
            Label { text: qsTr("Modul"); color: Theme.textMuted }
            Label { Layout.fillWidth: true; text: root.selected ? root.selected.module : ""; wrapMode: Text.WrapAnywhere }
            Label { text: qsTr("Data"); color: Theme.textMuted }
            Label { Layout.fillWidth: true; text: root.selected ? root.selected.resource : ""; wrapMode: Text.WrapAnywhere }
            Label { text: qsTr("Wilayah"); color: Theme.textMuted }
            Label { Layout.fillWidth: true; text: wilayah.name; wrapMode: Text.WordWrap }
            Label { text: qsTr("Masuk"); color: Theme.textMuted }
            Label { Layout.fillWidth: true; text: root.selected ? root.dateText(root.selected.createTime) : "" }
            Label { text: qsTr("Tenggat"); color: Theme.textMuted }
            Label {
                Layout.fillWidth: true
                text: root.selected && root.selected.dueTime ? root.dateText(root.selected.dueTime)
                                                             : qsTr("Tidak ada")
            }
        }
    }

    WilayahName {
        id: wilayah
        code: root.selected ? root.selected.wilayahCode : ""
    }
}
