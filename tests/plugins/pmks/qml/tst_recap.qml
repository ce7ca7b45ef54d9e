import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// RecapPage as Dinas Sosial: the table holds exactly what GetRecap answers (read here
// directly), and opening a row goes one level down. Period 2023 is this file's own.
Item {
    id: window
    width: 1200
    height: 800

    Component {
        id: pageComponent
        RecapPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "RecapPage"
        when: windowShown

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function initTestCase() {
            const plan = [["psm.desa", 11, 301, false, "32.04.05.2001"],
                          ["psm.desa", 11, 302, true, "32.04.05.2001"],
                          ["psm.desa", 12, 303, true, "32.04.05.2001"],
                          ["psm.lain", 11, 304, false, "32.04.05.2002"]]
            for (const p of plan) {
                const name = PmksSupport.createRecord(p[0], p[1], p[2], p[3], "2023", p[4])
                verify(name !== "")
                compare(PmksSupport.step(p[0], "submit", name), 2)
            }
        }

        function rowsOf(model) {
            const rows = []
            for (let i = 0; i < model.count; ++i) {
                const r = model.get(i)
                rows.push({ wilayahCode: r.wilayahCode, typeOrder: r.typeOrder,
                            male: Number(r.male), female: Number(r.female),
                            total: Number(r.total) })
            }
            return rows
        }

        function plain(rows) {
            return rows.map(r => ({ wilayahCode: r.wilayahCode, typeOrder: r.typeOrder,
                                    male: Number(r.male), female: Number(r.female),
                                    total: Number(r.total) }))
        }

        function test_tableEqualsGetRecapAndDrillsDown() {
            signIn("dinsos.bdg")
            const page = createTemporaryObject(pageComponent, window)
            verify(page)
            page.recap.period = "2023"
            page.recap.status = -1 // every status: the records are SUBMITTED
            page.wilayahCode = "32.04"
            page.level = 3
            tryVerify(() => page.pageLoaded && page.recap.wilayahCode === "32.04"
                      && page.recap.level === 3 && page.recap.period === "2023", 10000)
            const expected = plain(PmksSupport.recap("dinsos.bdg", "32.04", "2023", 3, -1))
            compare(expected.length, 2) // kecamatan 32.04.05: types 11 and 12
            compare(rowsOf(page.recap), expected)
            compare(page.table.count, expected.length)
            compare(Number(page.recap.grandTotal), 4)

            // Down from the kecamatan row to its desa.
            verify(page.drillDown(page.recap.get(0)))
            compare(page.recap.wilayahCode, "32.04.05")
            compare(page.recap.level, 4)
            tryVerify(() => page.recap.ready, 10000)
            const desa = plain(PmksSupport.recap("dinsos.bdg", "32.04.05", "2023", 4, -1))
            compare(rowsOf(page.recap), desa)
            const codes = desa.map(r => r.wilayahCode)
            verify(codes.indexOf("32.04.05.2001") >= 0 && codes.indexOf("32.04.05.2002") >= 0)
            // No level below a desa.
            verify(!page.drillDown(page.recap.get(0)))
        }

        function test_validatedOnlyByDefault() {
            signIn("dinsos.bdg")
            const page = createTemporaryObject(pageComponent, window)
            page.recap.period = "2023"
            page.wilayahCode = "32.04"
            page.level = 3
            tryVerify(() => page.pageLoaded && page.recap.level === 3
                      && page.recap.period === "2023", 10000)
            // Nothing is validated yet.
            compare(page.recap.count, 0)
            compare(PmksSupport.recap("dinsos.bdg", "32.04", "2023", 3, 4).length, 0)
        }
    }
}
