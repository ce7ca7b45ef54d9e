import QtQuick
import QtTest
import Simpul.Components
import Simpul.Shell

// The shell's login page against the real simpul-data of TestSupport: a wrong password shows
// the server's own message, the right one signs in, Enter submits, and the form cannot be
// sent twice while a login is in flight.
Item {
    id: window

    // The page is shown in this item: a TestCase itself is invisible, and so would be its
    // children (and an invisible field never gets the focus).
    width: 1366
    height: 768

    Component {
        id: pageComponent
        LoginPage {
            width: window.width
            height: window.height
        }
    }

    TestCase {
        id: testCase

        name: "LoginPage"
        when: windowShown

        // The server's words for a failed login (core/server/auth/auth_service.cpp), in the UI
        // language the session uses: English when QLocale's default is English, else Indonesian.
        readonly property string wrongPasswordText: Qt.locale().name.startsWith("en")
                                                    ? "Wrong username or password"
                                                    : "Nama pengguna atau kata sandi salah"

        function init() {
            TestSupport.signOut()
            tryCompare(Client.session, "signedIn", false)
            tryCompare(Client.session, "busy", false)
        }

        function cleanup() {
            TestSupport.signOut()
        }

        function createPage() {
            const page = createTemporaryObject(pageComponent, window)
            verify(page, "LoginPage created")
            page.forceActiveFocus()
            return page
        }

        function part(page, name) {
            const item = findChild(page, name)
            verify(item, name + " exists")
            return item
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text.charAt(i))
        }

        function test_wrongPasswordShowsServerMessageThenRightPasswordSignsIn() {
            const page = createPage()
            const user = part(page, "usernameField")
            const password = part(page, "passwordField")
            const button = part(page, "loginButton")
            const banner = part(page, "loginError")

            // The username field has the focus first; an empty form cannot be sent.
            tryCompare(user, "activeFocus", true)
            verify(!button.enabled)
            verify(!banner.visible)

            // Tab order: username → password; Enter in the password field submits.
            typeText("admin")
            keyClick(Qt.Key_Tab)
            tryCompare(password, "activeFocus", true)
            typeText("bukan-kata-sandinya-9")
            verify(button.enabled)
            keyClick(Qt.Key_Return)

            // In flight: busy, and the button refuses a second submit.
            verify(Client.session.busy)
            verify(!button.enabled)
            tryCompare(Client.session, "busy", false, 15000)
            verify(!Client.session.signedIn)

            compare(Client.session.loginError, testCase.wrongPasswordText)
            tryCompare(banner, "visible", true)
            compare(banner.text, Client.session.loginError)
            // The failed password is selected, ready to be typed over.
            tryCompare(password, "activeFocus", true)
            compare(password.selectionStart, 0)
            compare(password.selectionEnd, "bukan-kata-sandinya-9".length)

            typeText(TestSupport.adminPassword)
            compare(password.text, TestSupport.adminPassword)
            mouseClick(button)
            verify(!button.enabled)
            tryCompare(Client.session, "signedIn", true, 15000)
            compare(Client.session.username, "admin")
            compare(Client.session.loginError, "")
            verify(!banner.visible)
        }

        function test_enterInUsernameMovesToPasswordThenSubmits() {
            const page = createPage()
            const user = part(page, "usernameField")
            const password = part(page, "passwordField")

            tryCompare(user, "activeFocus", true)
            typeText("admin")
            // With no password yet, Enter moves on instead of sending half a form.
            keyClick(Qt.Key_Return)
            tryCompare(password, "activeFocus", true)
            verify(!Client.session.busy)

            typeText(TestSupport.adminPassword)
            keyClick(Qt.Key_Enter)
            verify(Client.session.busy)
            tryCompare(Client.session, "signedIn", true, 15000)
        }

        function test_noticeAndServerLineShowOnlyWhenSet() {
            const page = createPage()
            const notice = part(page, "loginNotice")
            const server = part(page, "serverText")
            verify(!notice.visible)
            verify(!server.visible)

            page.notice = "Sesi Anda telah berakhir. Silakan masuk lagi."
            page.serverText = "Server: " + TestSupport.serverAddress
            verify(notice.visible)
            compare(notice.text, page.notice)
            verify(server.visible)
            compare(server.text, "Server: " + TestSupport.serverAddress)
        }
    }
}
