import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// The application window. What it shows follows the data service and the session:
// starting → (first start: the first-administrator page) → login → the main shell; a data
// service that cannot start shows why.
ApplicationWindow {
    id: window

    readonly property var session: Client.session
    readonly property string view: {
        switch (App.serverState) {
        case "setup":
        case "initializing":
            return "setup"
        case "failed":
            return "failed"
        case "ready":
            return session && session.signedIn ? "shell" : "login"
        }
        return "starting"
    }
    // The session ended on its own (token expired or revoked): the login page says so.
    property bool sessionExpired: false
    property bool loginReported: false

    // The login page is ready once no sign-in is in flight: with --login the app signs in
    // right after the server is ready (in the same round as the page appears), and the
    // page to report is then the one after sign-in.
    function reportLogin() {
        if (view === "login" && !loginReported && !session.busy) {
            loginReported = true
            App.pageReady("login")
        }
    }

    onViewChanged: loginReported = false

    title: "Simpul"
    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    color: Theme.window

    font.pixelSize: Theme.fontSize

    // Fusion draws every control from the palette: derive it from the theme.
    readonly property color buttonColor: Theme.dark ? "#3a3f46" : "#f7f8fa"

    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: window.buttonColor
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.textMuted
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.link: Theme.accent
    palette.light: Theme.dark ? Qt.lighter(window.buttonColor, 1.4) : "#ffffff"
    palette.midlight: Theme.dark ? Qt.lighter(window.buttonColor, 1.2) : Qt.darker(window.buttonColor, 1.03)
    palette.mid: Theme.border
    palette.dark: Theme.dark ? Qt.darker(window.buttonColor, 1.5) : Qt.darker(window.buttonColor, 1.4)
    palette.shadow: Theme.dark ? "#000000" : "#60000000"

    Binding {
        target: Theme
        property: "dark"
        value: App.theme === "dark"
    }

    Connections {
        target: window.session
        function onSessionExpired() {
            window.sessionExpired = true
        }
        function onSignedInChanged() {
            if (window.session.signedIn)
                window.sessionExpired = false
        }
        function onBusyChanged() {
            Qt.callLater(window.reportLogin)
        }
    }

    Loader {
        id: viewLoader
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (window.view) {
            case "setup":
                return setupComponent
            case "failed":
                return failedComponent
            case "login":
                return loginComponent
            case "shell":
                return shellComponent
            }
            return startingComponent
        }
        onLoaded: item.forceActiveFocus()
    }

    // The pages before sign-in have no header: the language can be chosen here.
    LanguageSwitch {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacingL
        visible: window.view !== "shell"
    }

    Component {
        id: startingComponent
        StartingPage {}
    }

    Component {
        id: setupComponent
        SetupPage {
            Component.onCompleted: App.pageReady("setup")
        }
    }

    Component {
        id: failedComponent
        StartupErrorPage {}
    }

    Component {
        id: loginComponent
        LoginPage {
            notice: window.sessionExpired
                    ? qsTr("Sesi Anda telah berakhir. Silakan masuk lagi.") : ""
            serverText: App.embedded ? qsTr("Server bawaan di komputer ini")
                                     : qsTr("Server: %1").arg(App.serverAddress)
            Component.onCompleted: Qt.callLater(window.reportLogin)
        }
    }

    Component {
        id: shellComponent
        ShellPage {}
    }
}
