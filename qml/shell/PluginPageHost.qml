import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// Holds a page from a plugin's QML module (App.createPage). A page that cannot be created
// (missing module, a QML error, a plugin that failed) shows why here, and the shell goes on.
//
// A plugin page may declare `property bool pageLoaded`; the shell then waits for it to turn
// true before it reports the page ready. A page without it is ready once created.
FocusScope {
    id: root

    property string pageId
    property string title
    property string module
    property string qmlType
    property string error
    property bool created: false
    property var page: null
    readonly property bool pageLoaded: created && (page === null || page.pageLoaded === undefined
                                                   || page.pageLoaded === true)

    function create() {
        // Not ready from here until the new page exists: with `page` null and `created` still
        // true from an earlier create, the host would report itself ready with no page at all.
        created = false
        if (page) {
            page.destroy()
            page = null
        }
        error = ""
        if (module === "" || qmlType === "") {
            error = qsTr("Tidak ada halaman bernama \"%1\". Plugin yang menyediakannya mungkin tidak dimuat atau Anda tidak berhak membukanya.").arg(pageId)
        } else {
            const made = App.createPage(module, qmlType, container)
            if (made) {
                made.anchors.fill = container
                made.focus = true
                page = made
            } else {
                error = App.pageError !== "" ? App.pageError
                                             : qsTr("Halaman %1 dari modul %2 tidak dapat dibuat.")
                                               .arg(qmlType).arg(module)
            }
        }
        created = true
    }

    // Not ready until the new page is made (the shell reports readiness per page).
    function recreate() {
        created = false
        Qt.callLater(create)
    }

    onModuleChanged: recreate()
    onQmlTypeChanged: recreate()
    onPageIdChanged: recreate()
    // Through recreate (Qt.callLater runs create once): the changes of the initial property
    // values also ask for it, and a page must not be made twice.
    Component.onCompleted: recreate()
    Component.onDestruction: {
        if (page)
            page.destroy()
    }

    FocusScope {
        id: container
        anchors.fill: parent
        focus: true
        visible: root.error === ""
    }

    PageFrame {
        anchors.fill: parent
        visible: root.error !== ""
        title: root.module === "" ? qsTr("Halaman tidak ditemukan")
                                  : (root.title !== "" ? root.title : root.pageId)
        subtitle: qsTr("Halaman ini tidak dapat dibuka.")

        Card {
            anchors.left: parent.left
            anchors.right: parent.right
            title: qsTr("Kesalahan pada halaman plugin")

            Label {
                objectName: "pluginPageError"
                Layout.fillWidth: true
                text: root.error
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Halaman lain tetap dapat dipakai. Keadaan setiap plugin ada di halaman Plugin.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
