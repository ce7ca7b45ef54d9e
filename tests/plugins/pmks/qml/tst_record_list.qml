import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// RecordListPage against the real server: the list holds the caller's records only (not
// another desa's), the NIK is masked for a PSM (no core.person.read_nik) and whole for the
// Kepala Desa, the status filter narrows the list, and opening a row shows the record with
// its history. Period 2021 is this file's own.
Item {
    id: window
    width: 1200
    height: 800

    Component {
        id: pageComponent
        RecordListPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "RecordListPage"
        when: windowShown

        property var mine: []
        property string other

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function initTestCase() {
            mine = [PmksSupport.createRecord("psm.desa", 11, 101, false, "2021", "32.04.05.2001"),
                    PmksSupport.createRecord("psm.desa", 12, 102, true, "2021", "32.04.05.2001"),
                    PmksSupport.createRecord("psm.desa", 13, 103, false, "2021", "32.04.05.2001")]
            other = PmksSupport.createRecord("psm.lain", 11, 104, true, "2021", "32.04.05.2002")
            for (const name of mine)
                verify(name !== "", "record created")
            verify(other !== "")
            compare(PmksSupport.step("psm.desa", "submit", mine[0]), 2)
        }

        function makePage(username) {
            signIn(username)
            const page = createTemporaryObject(pageComponent, window)
            verify(page)
            page.records.period = "2021"
            tryVerify(() => page.pageLoaded && page.records.period === "2021"
                      && !page.records.loading, 10000)
            return page
        }

        function namesOf(model) {
            const names = []
            for (let i = 0; i < model.count; ++i)
                names.push(model.get(i).name)
            return names.sort()
        }

        function test_psmSeesOwnDesaOnlyWithMaskedNik() {
            const page = makePage("psm.desa")
            tryCompare(page.records, "count", 3, 10000)
            compare(namesOf(page.records), mine.slice().sort())
            for (let i = 0; i < page.records.count; ++i) {
                const row = page.records.get(i)
                verify(row.nikMasked, "masked for a PSM")
                verify(row.nik.indexOf("*") >= 0, "NIK shows stars: " + row.nik)
                verify(row.nik !== PmksSupport.nikFor(101, false))
                compare(row.wilayahCode, "32.04.05.2001")
            }
            // The table draws what the model holds.
            compare(page.table.count, 3)
        }

        function test_kadesSeesWholeNik() {
            const page = makePage("kades.desa")
            tryCompare(page.records, "count", 3, 10000)
            const niks = []
            for (let i = 0; i < page.records.count; ++i) {
                verify(!page.records.get(i).nikMasked)
                niks.push(page.records.get(i).nik)
            }
            verify(niks.indexOf(PmksSupport.nikFor(101, false)) >= 0)
        }

        function test_statusFilter() {
            const page = makePage("psm.desa")
            tryCompare(page.records, "count", 3, 10000)
            page.records.status = 2 // SUBMITTED
            tryVerify(() => !page.records.loading && page.records.count === 1, 10000)
            compare(page.records.get(0).name, mine[0])
            compare(page.records.get(0).statusKey, "submitted")
            page.records.status = 1 // DRAFT
            tryVerify(() => !page.records.loading && page.records.count === 2, 10000)
        }

        function test_openRecordShowsHistory() {
            const page = makePage("psm.desa")
            tryCompare(page.records, "count", 3, 10000)
            page.openRecord(mine[0])
            const status = findChild(page, "statusValue")
            verify(status)
            tryCompare(status, "text", PmksTypes.statusText(2), 10000)
            const history = findChild(page, "history")
            verify(history)
            tryVerify(() => history.count >= 1, 10000)
            // A PSM may not verify: no such button.
            compare(findChild(page, "verifyButton").visible, false)
            findChild(page, "backButton").clicked()
            compare(page.detailName, "")
        }
    }
}
