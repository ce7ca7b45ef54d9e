import QtQuick
import QtQuick.Controls
import Simpul.Components

// Asks before an action: `text` says what will happen, `confirmText` names the action
// ("Hapus data"), `destructive` paints it red. Enter confirms, Esc cancels (Enter on the
// focused cancel button cancels). Opens centred over the window.
//
//   ConfirmDialog { id: ask; title: qsTr("Hapus data?"); destructive: true
//       text: qsTr("Data ini akan dihapus."); confirmText: qsTr("Hapus")
//       onConfirmed: model.remove(row) }
Dialog {
    id: root

    property string text
    property string confirmText: qsTr("Lanjutkan")
    property string cancelText: qsTr("Batal")
    property bool destructive: false
    signal confirmed()
    signal cancelled()

    parent: Overlay.overlay
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 3) : 0
    width: parent ? Math.min(480, parent.width - 2 * Theme.spacingXl) : 480
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: Theme.spacingXl
    topPadding: Theme.spacingL

    onAccepted: confirmed()
    onRejected: cancelled()
    onOpened: confirmButton.forceActiveFocus()

    header: Label {
        objectName: "confirmTitle"
        text: root.title
        visible: text !== ""
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
        leftPadding: Theme.spacingXl
        rightPadding: Theme.spacingXl
        topPadding: Theme.spacingL
    }

    contentItem: Label {
        objectName: "confirmText"
        text: root.text
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontSize
    }

    footer: DialogButtonBox {
        padding: Theme.spacingL
        spacing: Theme.spacingS
        alignment: Qt.AlignRight

        Button {
            id: cancelButton
            objectName: "cancelButton"
            text: root.cancelText
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Keys.onReturnPressed: root.reject()
            Keys.onEnterPressed: root.reject()
        }
        Button {
            id: confirmButton
            objectName: "confirmButton"
            text: root.confirmText
            highlighted: !root.destructive
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            // Red only when the action destroys something; otherwise the dialog's colours.
            palette.button: root.destructive ? Theme.danger : root.palette.button
            palette.buttonText: root.destructive ? Theme.accentText : root.palette.buttonText
            Keys.onReturnPressed: root.accept()
            Keys.onEnterPressed: root.accept()
        }
    }
}
