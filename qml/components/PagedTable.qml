import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// A table over a PagedListModel (or any list model with the same properties): a header row
// from `columns`, rows that are fetched page by page as the view scrolls, and the list's
// states in the table itself (loading row, error row with "Coba lagi", empty text).
//
// columns: [{role, title, width, sortable, sortKey, format, align}]
//   width    px (> 1) or a fraction (0..1] of what the px columns leave; none: an equal share
//   sortable a header click sets model.orderBy to sortKey (default: role), a second click
//            to "<sortKey> desc"
//   format   function(value, row) -> text (optional); align Text.AlignLeft/Right/HCenter
// filterText goes to model.filter after a 300 ms pause (bind it to a search field, or set
// searchVisible for the built-in one). Keyboard: Up/Down/PageUp/PageDown/Home/End move,
// Enter (or a double click) emits activated(row, rowData).
FocusScope {
    id: root

    property var model: null
    property var columns: []
    property string filterText: ""
    property int filterDelay: 300
    property bool searchVisible: false
    property string searchPlaceholder: qsTr("Cari…")
    property string emptyText: qsTr("Tidak ada data")
    property alias currentIndex: list.currentIndex
    readonly property int count: list.count
    readonly property var currentRow: model && currentIndex >= 0 && currentIndex < count
                                      ? model.get(currentIndex) : ({})
    readonly property alias view: list
    signal activated(int row, var rowData)

    implicitWidth: 520
    implicitHeight: 360
    activeFocusOnTab: true

    onActiveFocusChanged: if (activeFocus && !searchField.activeFocus) list.forceActiveFocus()
    onFilterTextChanged: filterTimer.restart()

    Timer {
        id: filterTimer
        interval: root.filterDelay
        onTriggered: {
            if (root.model && root.model.filter !== root.filterText)
                root.model.filter = root.filterText
        }
    }

    readonly property var _widths: _computeWidths(list.width, columns)

    function _computeWidths(total, cols) {
        let fixed = 0, fractions = 0, open = 0
        for (const c of cols) {
            const w = Number(c.width || 0)
            if (w > 1) fixed += w
            else if (w > 0) fractions += w
            else open += 1
        }
        const rest = Math.max(0, total - fixed)
        const openShare = open > 0 ? Math.max(0, 1 - fractions) / open : 0
        const scale = Math.max(1, fractions + openShare * open)
        return cols.map(c => {
            const w = Number(c.width || 0)
            const px = w > 1 ? w : rest * (w > 0 ? w : openShare) / scale
            return Math.max(40, Math.floor(px))
        })
    }

    function _sortKey(column) {
        return column.sortKey ? column.sortKey : column.role
    }

    function sortBy(column) {
        if (!model || !column.sortable)
            return
        const key = _sortKey(column)
        model.orderBy = model.orderBy === key ? key + " desc" : key
    }

    function _cellText(column, row) {
        const value = row[column.role]
        if (column.format)
            return String(column.format(value, row))
        return value === undefined || value === null ? "" : String(value)
    }

    function _activate(index) {
        if (model && index >= 0 && index < list.count)
            root.activated(index, model.get(index))
    }

    function _fetchMoreIfAtEnd() {
        // The view asks for more when it creates the last row's delegate; this covers a view
        // that is already scrolled to the end when a page arrives.
        if (model && typeof model.canFetchMore === "function" && list.atYEnd && !model.loading
                && !model.complete && !model.error && model.canFetchMore(model.index(-1, 0)))
            model.fetchMore(model.index(-1, 0))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        TextField {
            id: searchField
            objectName: "tableSearch"
            visible: root.searchVisible
            placeholderText: root.searchPlaceholder
            text: root.filterText
            selectByMouse: true
            Layout.fillWidth: true
            onTextEdited: root.filterText = text
            Keys.onDownPressed: list.forceActiveFocus()
            Accessible.name: root.searchPlaceholder
        }

        Rectangle {
            id: frame
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: list.activeFocus ? Theme.focus : Theme.border
            border.width: 1
            radius: Theme.radius
            clip: true

            Rectangle {
                id: header
                x: 1; y: 1
                width: parent.width - 2
                height: Theme.rowHeight
                color: Theme.header

                Row {
                    anchors.fill: parent
                    Repeater {
                        model: root.columns
                        delegate: AbstractButton {
                            id: headerCell
                            required property var modelData
                            required property int index
                            readonly property string key: root._sortKey(modelData)
                            readonly property string order: root.model ? root.model.orderBy : ""
                            readonly property bool sortedAsc: modelData.sortable === true && order === key
                            readonly property bool sortedDesc: modelData.sortable === true && order === key + " desc"
                            objectName: "header_" + modelData.role
                            width: root._widths[index] !== undefined ? root._widths[index] : 80
                            height: header.height
                            enabled: modelData.sortable === true
                            focusPolicy: modelData.sortable === true ? Qt.StrongFocus : Qt.NoFocus
                            hoverEnabled: true
                            onClicked: root.sortBy(modelData)
                            Accessible.role: Accessible.ColumnHeader
                            Accessible.name: modelData.title || ""

                            background: Rectangle {
                                color: headerCell.down ? Theme.selection
                                       : (headerCell.hovered ? Theme.hover : "transparent")
                                border.color: Theme.focus
                                border.width: headerCell.visualFocus ? Theme.focusWidth : 0
                            }
                            contentItem: RowLayout {
                                spacing: Theme.spacingXs
                                Label {
                                    text: headerCell.modelData.title || ""
                                    font.bold: true
                                    font.pixelSize: Theme.fontSize
                                    color: Theme.text
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.spacingS
                                    horizontalAlignment: headerCell.modelData.align === Text.AlignRight
                                                         ? Text.AlignRight : Text.AlignLeft
                                }
                                Label {
                                    visible: headerCell.sortedAsc || headerCell.sortedDesc
                                    text: headerCell.sortedDesc ? "▼" : "▲"
                                    font.pixelSize: Theme.fontSizeSmall
                                    color: Theme.textMuted
                                    Layout.rightMargin: Theme.spacingS
                                }
                            }
                        }
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }

            ListView {
                id: list
                objectName: "tableRows"
                anchors.top: header.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 1
                anchors.topMargin: 0
                clip: true
                model: root.model
                focus: true
                activeFocusOnTab: false
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                Accessible.role: Accessible.Table

                onAtYEndChanged: root._fetchMoreIfAtEnd()
                onCountChanged: Qt.callLater(root._fetchMoreIfAtEnd)

                Keys.onReturnPressed: root._activate(currentIndex)
                Keys.onEnterPressed: root._activate(currentIndex)
                Keys.onPressed: event => {
                    const page = Math.max(1, Math.floor(height / Theme.rowHeight) - 1)
                    if (event.key === Qt.Key_PageDown) {
                        currentIndex = Math.min(count - 1, currentIndex + page)
                    } else if (event.key === Qt.Key_PageUp) {
                        currentIndex = Math.max(0, currentIndex - page)
                    } else if (event.key === Qt.Key_Home) {
                        currentIndex = count > 0 ? 0 : -1
                    } else if (event.key === Qt.Key_End) {
                        currentIndex = count - 1
                    } else {
                        return
                    }
                    event.accepted = true
                }

                delegate: Rectangle {
                    id: rowItem
                    required property int index
                    required property var model
                    readonly property bool current: ListView.isCurrentItem
                    width: ListView.view ? ListView.view.width : 0
                    height: Theme.rowHeight
                    color: current ? Theme.selection
                           : (rowMouse.containsMouse ? Theme.hover
                              : (index % 2 === 1 ? Theme.surfaceAlt : Theme.surface))

                    Row {
                        anchors.fill: parent
                        Repeater {
                            model: root.columns
                            delegate: Label {
                                required property var modelData
                                required property int index
                                width: root._widths[index] !== undefined ? root._widths[index] : 80
                                height: rowItem.height
                                leftPadding: Theme.spacingS
                                rightPadding: Theme.spacingS
                                verticalAlignment: Text.AlignVCenter
                                horizontalAlignment: modelData.align !== undefined ? modelData.align
                                                                                  : Text.AlignLeft
                                text: root._cellText(modelData, rowItem.model)
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSize
                                color: Theme.text
                            }
                        }
                    }

                    Rectangle {
                        anchors.fill: parent
                        color: "transparent"
                        border.color: Theme.focus
                        border.width: Theme.focusWidth
                        visible: rowItem.current && list.activeFocus
                    }

                    MouseArea {
                        id: rowMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: {
                            list.currentIndex = rowItem.index
                            list.forceActiveFocus()
                        }
                        onDoubleClicked: root._activate(rowItem.index)
                    }
                }

                footer: Item {
                    width: list.width
                    height: footerColumn.implicitHeight + (footerColumn.visibleChildren.length > 0
                                                            ? 2 * Theme.spacingS : 0)

                    Column {
                        id: footerColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingS

                        RowLayout {
                            objectName: "loadingRow"
                            visible: root.model !== null && root.model.loading === true
                            width: parent.width
                            spacing: Theme.spacingS
                            BusyIndicator {
                                running: parent.visible
                                implicitWidth: 24
                                implicitHeight: 24
                            }
                            Label {
                                text: qsTr("Memuat data…")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSize
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                        }

                        ErrorBanner {
                            objectName: "errorRow"
                            width: parent.width
                            text: root.model && root.model.error ? root.model.error : ""
                            retryVisible: true
                            onRetry: root.model.retry()
                        }

                        Label {
                            objectName: "emptyText"
                            visible: root.model !== null && list.count === 0
                                     && !root.model.loading && !root.model.error
                            width: parent.width
                            text: root.emptyText
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSize
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
