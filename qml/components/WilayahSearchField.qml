import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// The search box of WilayahPicker: names starting with what is typed (two letters at least),
// within the given scope codes, in a list under the field. Up/Down move through the list,
// Enter or a click picks, Esc clears. Internal to the module.
TextField {
    id: root

    // Where to search: codes of the scope; empty means everywhere.
    property alias withinCodes: search.withinCodes
    property alias minLevel: search.minLevel
    property alias maxLevel: search.maxLevel
    readonly property alias results: search
    // A result was picked (Enter or a click): {code, displayName, level, type, ...}.
    signal chosen(var row)

    placeholderText: qsTr("Cari nama wilayah (minimal 2 huruf)…")
    selectByMouse: true
    Accessible.name: qsTr("Cari wilayah")

    Keys.onDownPressed: {
        if (resultPopup.visible)
            resultList.currentIndex = Math.min(resultList.count - 1, resultList.currentIndex + 1)
    }
    Keys.onUpPressed: {
        if (resultPopup.visible)
            resultList.currentIndex = Math.max(0, resultList.currentIndex - 1)
    }
    Keys.onReturnPressed: root._choose(resultList.currentIndex)
    Keys.onEnterPressed: root._choose(resultList.currentIndex)
    Keys.onEscapePressed: event => {
        event.accepted = text !== ""
        text = ""
    }

    Popup {
        id: resultPopup
        objectName: "searchResults"
        y: root.height + 2
        width: root.width
        height: Math.min(320, resultColumn.implicitHeight + topPadding + bottomPadding)
        padding: 1
        visible: root.activeFocus && root.text.trim().length >= 2
        closePolicy: Popup.NoAutoClose
        focus: false

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        contentItem: ColumnLayout {
            id: resultColumn
            spacing: 0

            Label {
                visible: search.loading || resultList.count === 0 || search.error !== ""
                text: search.error !== "" ? search.error
                      : (search.loading ? qsTr("Mencari…")
                                        : qsTr("Tidak ada wilayah dengan nama itu di wilayah Anda"))
                color: search.error !== "" ? Theme.danger : Theme.textMuted
                wrapMode: Text.Wrap
                padding: Theme.spacingS
                Layout.fillWidth: true
            }

            ListView {
                id: resultList
                objectName: "searchResultList"
                model: search
                clip: true
                currentIndex: count > 0 ? 0 : -1
                implicitHeight: contentHeight
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: Math.min(contentHeight, 300)
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

                delegate: ItemDelegate {
                    id: resultItem
                    required property int index
                    required property string code
                    required property string displayName
                    required property string type
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    focusPolicy: Qt.NoFocus
                    onClicked: root._choose(index)
                    contentItem: RowLayout {
                        spacing: Theme.spacingS
                        Label {
                            text: resultItem.displayName
                            font.pixelSize: Theme.fontSize
                            color: resultItem.highlighted ? resultItem.palette.highlightedText
                                                          : Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: root._typeTitle(resultItem.type) + " · " + resultItem.code
                            font.pixelSize: Theme.fontSizeSmall
                            color: resultItem.highlighted ? resultItem.palette.highlightedText
                                                          : Theme.textMuted
                        }
                    }
                }
            }
        }
    }

    WilayahSearchModel {
        id: search
        query: root.text
    }

    function _choose(index) {
        const row = search.get(index)
        if (row.code)
            chosen(row)
    }

    function _typeTitle(type) {
        switch (type) {
        case "provinsi": return qsTr("Provinsi")
        case "kabupaten": return qsTr("Kabupaten")
        case "kota": return qsTr("Kota")
        case "kecamatan": return qsTr("Kecamatan")
        case "kelurahan": return qsTr("Kelurahan")
        case "desa": return qsTr("Desa")
        case "desa_adat": return qsTr("Desa adat")
        default: return ""
        }
    }
}
