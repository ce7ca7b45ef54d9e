import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// The signed-in main window: sidebar, header, and the selected page. Pages of the shell are
// built in; a plugin's page is created from its own QML module (PluginPageHost). Every page
// is reported to App.pageReady once it has finished its first load.
FocusScope {
    id: root

    readonly property var builtinPages: ["dashboard", "inbox", "plugins", "settings", "about"]
    property string currentId
    readonly property string currentTitle: {
        const entry = sidebar.entry(currentId)
        return entry ? entry.text : currentId
    }
    property string currentModule
    property string currentType
    // A start page (App.startPage) that names a plugin entry not (yet) in the sidebar.
    property string pendingId

    function open(entry) {
        // The page's module and type before its id: a new id makes the loader create the
        // plugin page host at once, which must not see the previous (or no) module and report
        // a "no such page" page ready while the real one is still to come.
        currentModule = entry.pageModule
        currentType = entry.pageType
        currentId = entry.pageId
        pendingId = ""
    }

    function openById(pageId) {
        const entry = sidebar.entry(pageId)
        if (entry) {
            open(entry)
            return true
        }
        return false
    }

    Component.onCompleted: {
        const start = App.startPage !== "" && App.startPage !== "login" && App.startPage !== "setup"
                      ? App.startPage : "dashboard"
        if (!openById(start)) {
            // Plugin entries may arrive after the shell appears; wait for them a while.
            pendingId = start
            pendingTimer.start()
        }
    }

    Connections {
        target: sidebar
        function onEntriesChanged() {
            if (root.pendingId !== "")
                root.openById(root.pendingId)
        }
    }

    Timer {
        id: pendingTimer
        interval: 10000
        onTriggered: {
            if (root.pendingId === "")
                return
            // Nothing by that id: show why instead of an empty window.
            root.currentId = root.pendingId
            root.currentModule = ""
            root.currentType = ""
            root.pendingId = ""
        }
    }

    // Ctrl+1 … Ctrl+9 open the sidebar's entries in order.
    Repeater {
        model: 9
        delegate: Item {
            id: shortcutHolder
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (shortcutHolder.index + 1)
                enabled: shortcutHolder.index < sidebar.entries.length
                onActivated: root.open(sidebar.entries[shortcutHolder.index])
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            Layout.fillHeight: true
            Layout.preferredWidth: implicitWidth
            currentId: root.currentId
            onActivated: entry => {
                root.open(entry)
                content.forceActiveFocus()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ShellHeader {
                Layout.fillWidth: true
            }

            Loader {
                id: content
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                // Re-created whenever the page changes, so each visit loads fresh data.
                sourceComponent: {
                    switch (root.currentId) {
                    case "":
                        return waitingComponent
                    case "dashboard":
                        return dashboardComponent
                    case "inbox":
                        return inboxComponent
                    case "plugins":
                        return pluginsComponent
                    case "settings":
                        return settingsComponent
                    case "about":
                        return aboutComponent
                    }
                    return pluginComponent
                }

                // Each page (and each plugin page the host swaps in) is reported once.
                property var reportedItem: null
                property string reportedId
                readonly property bool itemLoaded: item !== null && item.pageLoaded === true

                function report() {
                    if (!itemLoaded || root.currentId === "")
                        return
                    if (reportedItem === item && reportedId === root.currentId)
                        return
                    reportedItem = item
                    reportedId = root.currentId
                    App.pageReady(root.currentId)
                }

                onItemLoadedChanged: report()
                onLoaded: report()
            }
        }
    }

    Component {
        id: waitingComponent
        Item {
            property bool pageLoaded: false
            BusyIndicator {
                anchors.centerIn: parent
                running: true
            }
        }
    }
    Component {
        id: dashboardComponent
        DashboardPage {
            onOpenPage: pageId => root.openById(pageId)
        }
    }
    Component {
        id: inboxComponent
        InboxPage {}
    }
    Component {
        id: pluginsComponent
        PluginsPage {}
    }
    Component {
        id: settingsComponent
        SettingsPage {}
    }
    Component {
        id: aboutComponent
        AboutPage {}
    }
    Component {
        id: pluginComponent
        PluginPageHost {
            pageId: root.currentId
            title: root.currentTitle
            module: root.currentModule
            qmlType: root.currentType
        }
    }
}
