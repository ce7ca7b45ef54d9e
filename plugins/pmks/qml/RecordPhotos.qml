import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// The photos of one PMKS record (the "Foto" section of RecordPage): a row of thumbnails, each
// opening a larger view. A user who may edit the record (`editable`) also gets "Tambah foto…"
// (a file dialog, or a path typed in the field beside it) and a remove button on each photo.
// RecordPhotoList downloads the photos into memory; nothing is written to disk.
ColumnLayout {
    id: root

    // The record as RecordActions.record holds it (name, etag, attachments).
    property var record: ({})
    // DRAFT or RETURNED with pmks.record.write at its desa, as RecordPage decides "Ubah".
    property bool editable: false
    readonly property alias photoList: photoList
    readonly property alias viewer: viewer
    readonly property alias removeConfirm: removeConfirm
    // A photo was added or removed; `record` is the record now.
    signal saved(var record)
    // The record was changed elsewhere: the page loads it again.
    signal reloadRequested()

    spacing: Theme.spacingS

    RecordPhotoList {
        id: photoList
        record: root.record
        onSaved: record => {
            pathField.text = ""
            root.saved(record)
        }
    }

    Label {
        objectName: "noPhotos"
        visible: photoList.photos.length === 0
        text: qsTr("Belum ada foto.")
        color: Theme.textMuted
    }

    Flow {
        objectName: "thumbnails"
        visible: photoList.photos.length > 0
        spacing: Theme.spacingS
        Layout.fillWidth: true

        Repeater {
            objectName: "thumbnailRepeater"
            model: photoList.photos
            delegate: Rectangle {
                id: tile
                required property var modelData
                required property int index
                readonly property bool ready: modelData.state === "ready"
                objectName: "photo_" + index
                width: 112
                height: 112
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.width: activeFocus ? Theme.focusWidth : 1
                border.color: activeFocus || tileMouse.containsMouse ? Theme.focus : Theme.border
                activeFocusOnTab: true
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Foto %1").arg(index + 1)
                Keys.onReturnPressed: if (ready) viewer.show(index)
                Keys.onSpacePressed: if (ready) viewer.show(index)

                Image {
                    objectName: "thumbnail"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXs
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    sourceSize.width: 104
                    sourceSize.height: 104
                    source: tile.modelData.source
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: tile.modelData.state === "loading"
                    visible: running
                }
                Label {
                    objectName: "photoFailure"
                    visible: tile.modelData.state === "failed"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXs
                    text: tile.modelData.message
                    wrapMode: Text.Wrap
                    color: Theme.danger
                    font.pixelSize: Theme.fontSizeSmall
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                }
                MouseArea {
                    id: tileMouse
                    anchors.fill: parent
                    hoverEnabled: true
                    enabled: tile.ready
                    cursorShape: Qt.PointingHandCursor
                    onClicked: viewer.show(tile.index)
                }
                ToolButton {
                    objectName: "removePhotoButton"
                    visible: root.editable
                    enabled: !photoList.busy
                    anchors.top: parent.top
                    anchors.right: parent.right
                    text: "✕"
                    Accessible.name: qsTr("Hapus foto")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Hapus foto")
                    onClicked: {
                        removeConfirm.name = tile.modelData.name
                        removeConfirm.open()
                    }
                }
            }
        }
    }

    RowLayout {
        visible: root.editable
        spacing: Theme.spacingS
        Layout.fillWidth: true
        Button {
            objectName: "addPhotoButton"
            text: qsTr("Tambah foto…")
            enabled: !photoList.busy && photoList.photos.length < photoList.maxPhotos
            onClicked: fileDialog.open()
        }
        TextField {
            id: pathField
            objectName: "photoPathField"
            placeholderText: qsTr("atau ketik lokasi berkas foto")
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Lokasi berkas foto")
            onAccepted: if (text.trim() !== "" && !photoList.busy) photoList.attach(text)
        }
        Button {
            objectName: "uploadPhotoButton"
            text: qsTr("Unggah")
            enabled: !photoList.busy && pathField.text.trim() !== ""
            onClicked: photoList.attach(pathField.text)
        }
    }
    Label {
        visible: root.editable
        text: qsTr("JPEG atau PNG, paling besar %1 MB per foto, paling banyak %2 foto.")
              .arg(photoList.maxPhotoMegabytes).arg(photoList.maxPhotos)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
    }

    RowLayout {
        visible: photoList.busy
        spacing: Theme.spacingS
        BusyIndicator {
            running: photoList.busy
            Layout.preferredWidth: Theme.controlHeight
            Layout.preferredHeight: Theme.controlHeight
        }
        Label {
            text: qsTr("Menyimpan foto…")
            color: Theme.textMuted
        }
    }
    Label {
        objectName: "photoError"
        visible: text !== ""
        text: photoList.error
        color: Theme.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "reloadButton"
        visible: photoList.stale
        text: qsTr("Muat ulang")
        onClicked: root.reloadRequested()
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Pilih foto")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Foto JPEG atau PNG (*.jpg *.jpeg *.png)")]
        onAccepted: {
            pathField.text = ""
            photoList.attach(selectedFile.toString())
        }
    }

    ConfirmDialog {
        id: removeConfirm
        property string name
        title: qsTr("Hapus foto?")
        text: qsTr("Foto ini akan dilepas dari data PMKS ini.")
        confirmText: qsTr("Hapus")
        destructive: true
        onConfirmed: photoList.remove(name)
    }

    // The photo at `index` as large as the window allows, with the others a click away.
    Popup {
        id: viewer

        property int index: -1
        readonly property var photo: index >= 0 && index < photoList.photos.length
                                     ? photoList.photos[index] : null
        readonly property alias image: largeImage
        function show(at) {
            index = at
            open()
        }

        parent: Overlay.overlay
        x: parent ? Math.round((parent.width - width) / 2) : 0
        y: parent ? Math.round((parent.height - height) / 2) : 0
        width: parent ? parent.width - 2 * Theme.spacingXl : 800
        height: parent ? parent.height - 2 * Theme.spacingXl : 600
        modal: true
        focus: true
        padding: Theme.spacingL
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        onClosed: index = -1

        contentItem: ColumnLayout {
            spacing: Theme.spacingS
            focus: true
            Keys.onLeftPressed: if (viewer.index > 0) viewer.index--
            Keys.onRightPressed: if (viewer.index < photoList.photos.length - 1) viewer.index++

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Shrunk to fit, never blown up beyond the photo's own size.
                Image {
                    id: largeImage
                    objectName: "largePhoto"
                    anchors.centerIn: parent
                    width: Math.min(parent.width, implicitWidth)
                    height: Math.min(parent.height, implicitHeight)
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    // Bounded, so a large photo costs no more memory than a screen's worth.
                    sourceSize.width: 1600
                    sourceSize.height: 1600
                    source: viewer.photo ? viewer.photo.source : ""
                }
            }
            RowLayout {
                spacing: Theme.spacingS
                Layout.fillWidth: true
                Button {
                    objectName: "previousPhotoButton"
                    text: qsTr("Sebelumnya")
                    enabled: viewer.index > 0
                    onClicked: viewer.index--
                }
                Button {
                    objectName: "nextPhotoButton"
                    text: qsTr("Berikutnya")
                    enabled: viewer.index < photoList.photos.length - 1
                    onClicked: viewer.index++
                }
                Label {
                    text: qsTr("Foto %1 dari %2").arg(viewer.index + 1).arg(photoList.photos.length)
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "closeViewerButton"
                    text: qsTr("Tutup")
                    onClicked: viewer.close()
                }
            }
        }
    }
}
