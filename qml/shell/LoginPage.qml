import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// Sign-in: username, password, Enter submits. Uses only the session (Client.session), so a
// test can create it without the app.
FocusScope {
    id: root

    readonly property var session: Client.session
    readonly property bool busy: session ? session.busy : false
    readonly property bool canSubmit: !busy && usernameField.text.trim() !== ""
                                      && passwordField.text !== ""
    // A line above the form (e.g. that the previous session expired).
    property string notice
    // Which server this signs in to, shown under the form.
    property string serverText
    property bool pageLoaded: true

    function submit() {
        if (!canSubmit)
            return
        session.login(usernameField.text.trim(), passwordField.text)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    // After a failed login the password is selected, ready to be typed over. Later than the
    // signal itself: the field leaves read-only (which moves the cursor) in the same round.
    function selectFailedPassword() {
        if (session && !session.busy && session.loginError !== "") {
            passwordField.forceActiveFocus()
            passwordField.selectAll()
        }
    }

    Connections {
        target: root.session
        function onLoginErrorChanged() {
            Qt.callLater(root.selectFailedPassword)
        }
        function onBusyChanged() {
            Qt.callLater(root.selectFailedPassword)
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, 420)
        spacing: Theme.spacingL

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.alignment: Qt.AlignHCenter
                text: "Simpul"
                font.pixelSize: Theme.fontSizeTitle * 1.6
                font.weight: Font.Bold
                color: Theme.accent
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Administrasi kesejahteraan sosial")
                color: Theme.textMuted
            }
        }

        // A Control is a focus scope: it must hold the focus for the field inside to get it.
        Pane {
            Layout.fillWidth: true
            focus: true
            padding: Theme.spacingXl
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingS

                Label {
                    objectName: "loginTitle"
                    text: qsTr("Masuk")
                    font.pixelSize: Theme.fontSizeTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    objectName: "loginNotice"
                    Layout.fillWidth: true
                    visible: root.notice !== ""
                    text: root.notice
                    wrapMode: Text.WordWrap
                    color: Theme.warning
                }

                Label {
                    Layout.topMargin: Theme.spacingXs
                    text: qsTr("Nama pengguna")
                    color: Theme.text
                }
                TextField {
                    id: usernameField
                    implicitHeight: Theme.controlHeight
                    objectName: "usernameField"
                    Layout.fillWidth: true
                    focus: true
                    readOnly: root.busy
                    placeholderText: qsTr("contoh: dinsos")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Nama pengguna")
                    KeyNavigation.tab: passwordField
                    onAccepted: {
                        if (passwordField.text === "")
                            passwordField.forceActiveFocus()
                        else
                            root.submit()
                    }
                }

                Label {
                    Layout.topMargin: Theme.spacingXs
                    text: qsTr("Kata sandi")
                    color: Theme.text
                }
                TextField {
                    id: passwordField
                    implicitHeight: Theme.controlHeight
                    objectName: "passwordField"
                    Layout.fillWidth: true
                    readOnly: root.busy
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Kata sandi")
                    KeyNavigation.tab: loginButton
                    KeyNavigation.backtab: usernameField
                    onAccepted: root.submit()
                }

                ErrorBanner {
                    objectName: "loginError"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingXs
                    visible: text !== "" && !root.busy
                    text: root.session ? root.session.loginError : ""
                    retryVisible: false
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    spacing: Theme.spacingS

                    BusyIndicator {
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                        running: root.busy
                        visible: running
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.busy
                        text: qsTr("Memeriksa…")
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                    Item {
                        Layout.fillWidth: true
                        visible: !root.busy
                    }
                    ActionButton {
                        id: loginButton
                        objectName: "loginButton"
                        text: qsTr("Masuk")
                        highlighted: true
                        enabled: root.canSubmit
                        Layout.preferredWidth: Math.max(implicitWidth, 120)
                        KeyNavigation.backtab: passwordField
                        onClicked: root.submit()
                    }
                }
            }
        }

        Label {
            objectName: "serverText"
            Layout.fillWidth: true
            visible: root.serverText !== ""
            horizontalAlignment: Text.AlignHCenter
            text: root.serverText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            elide: Text.ElideMiddle
        }
    }
}
