import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// VerificationQueuePage as the Kepala Desa: it lists the SUBMITTED records of the desa only;
// one is verified from its record page, then "Verifikasi semua yang tampil" verifies the
// rest. Period 2022 is this file's own.
Item {
    id: window
    width: 1200
    height: 800

    Component {
        id: pageComponent
        VerificationQueuePage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "VerificationQueuePage"
        when: windowShown

        property var submitted: []
        property string draft

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function initTestCase() {
            for (let serial = 201; serial <= 203; ++serial) {
                const name = PmksSupport.createRecord("psm.desa", 11, serial, serial % 2 === 0,
                                                      "2022", "32.04.05.2001")
                verify(name !== "")
                compare(PmksSupport.step("psm.desa", "submit", name), 2)
                submitted.push(name)
            }
            draft = PmksSupport.createRecord("psm.desa", 12, 204, false, "2022", "32.04.05.2001")
            verify(draft !== "")
        }

        function test_verifyOneThenAllShown() {
            signIn("kades.desa")
            const page = createTemporaryObject(pageComponent, window)
            verify(page)
            page.records.period = "2022"
            tryVerify(() => page.pageLoaded && !page.records.loading
                      && page.records.count === 3, 10000)
            for (let i = 0; i < 3; ++i)
                compare(page.records.get(i).statusKey, "submitted")

            // One, from its page.
            page.openRecord(submitted[0])
            const verifyButton = findChild(page, "verifyButton")
            verify(verifyButton)
            tryCompare(verifyButton, "visible", true, 10000)
            verifyButton.clicked()
            tryCompare(findChild(page, "statusValue"), "text", PmksTypes.statusText(3), 10000)
            compare(PmksSupport.statusOf(submitted[0]), 3)
            findChild(page, "backButton").clicked()

            // The rest, all at once.
            page.records.reload()
            tryVerify(() => !page.records.loading && page.records.count === 2, 10000)
            page.runBatch()
            tryVerify(() => page.lastBatchMessage !== "", 10000)
            compare(PmksSupport.statusOf(submitted[1]), 3)
            compare(PmksSupport.statusOf(submitted[2]), 3)
            compare(PmksSupport.statusOf(draft), 1)
            tryVerify(() => !page.records.loading && page.records.count === 0, 10000)
        }
    }
}
