import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components

// PagedTable over WilayahListModel (ListChildren of Jawa Barat, 27 kab/kota) on the real
// server: pages arrive as the view scrolls, header clicks sort, the filter waits for a pause,
// Enter activates the current row, and a failing list shows its error with a retry.
Item {
    id: window
    width: 900
    height: 500

    Component {
        id: tableComponent
        PagedTable {
            id: table
            property alias wilayah: wilayahModel
            width: 640
            height: 300
            columns: [
                { role: "code", title: "Kode", width: 130, sortable: true },
                { role: "displayName", title: "Nama", sortable: true, sortKey: "displayName" },
                { role: "type", title: "Jenis", width: 0.3 }
            ]
            model: WilayahListModel {
                id: wilayahModel
                parentCode: "32"
                pageSize: 10
            }
        }
    }

    property int filterChanges: 0
    Connections {
        id: filterWatch
        target: null
        function onFilterChanged() { window.filterChanges += 1 }
    }

    SignalSpy { id: pageSpy; signalName: "pageLoaded" }
    SignalSpy { id: activatedSpy; signalName: "activated" }

    TestCase {
        name: "PagedTable"
        when: windowShown

        function signIn(username) {
            TestSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function makeTable(properties) {
            signIn("dinsos.bdg")
            const table = createTemporaryObject(tableComponent, window, properties || {})
            verify(table)
            pageSpy.clear()
            pageSpy.target = table.wilayah
            activatedSpy.clear()
            activatedSpy.target = table
            return table
        }

        function codesOf(model) {
            const codes = []
            for (let i = 0; i < model.count; ++i)
                codes.push(model.get(i).code)
            return codes
        }

        function namesOf(model) {
            const names = []
            for (let i = 0; i < model.count; ++i)
                names.push(model.get(i).displayName)
            return names
        }

        function waitLoaded(model) {
            tryVerify(() => !model.loading && model.count > 0, 10000)
        }

        function test_fetches_more_rows_as_it_scrolls() {
            const table = makeTable()
            const model = table.wilayah
            pageSpy.wait(10000)
            // The view asks for what it shows (about 17 rows with its cache), no more.
            tryVerify(() => !model.loading && model.count >= 10, 10000)
            wait(200)
            verify(!model.loading)
            verify(!model.complete, "pages come as needed, not all at once")
            verify(model.count < 27, model.count)

            // Walk to the end with the keyboard until every page is in.
            table.forceActiveFocus()
            tryVerify(() => {
                keyClick(Qt.Key_End)
                return model.complete && !model.loading
            }, 10000, "all pages fetched")
            compare(model.count, TestSupport.childCount("32"))
            compare(model.count, 27)
            verify(pageSpy.count >= 3, "10 + 10 + 7 rows come in at least three pages")
            compare(JSON.stringify(codesOf(model)), JSON.stringify(TestSupport.childCodes("32")))
            keyClick(Qt.Key_End)
            compare(table.currentIndex, 26)
            compare(table.currentRow.code, "32.79")
            keyClick(Qt.Key_Home)
            compare(table.currentIndex, 0)
        }

        function test_header_click_sorts_by_the_column() {
            const table = makeTable()
            const model = table.wilayah
            waitLoaded(model)

            mouseClick(findChild(table, "header_displayName"))
            compare(model.orderBy, "displayName")
            waitLoaded(model)
            compare(model.count, 27, "a sorted list comes whole")
            const ascending = namesOf(model)
            const expected = ascending.slice().sort((a, b) => a.localeCompare(b))
            compare(JSON.stringify(ascending), JSON.stringify(expected))
            verify(ascending[0] !== ascending[26])

            mouseClick(findChild(table, "header_displayName"))
            compare(model.orderBy, "displayName desc")
            waitLoaded(model)
            compare(JSON.stringify(namesOf(model)), JSON.stringify(expected.slice().reverse()))

            // A column that is not sortable leaves the order alone.
            mouseClick(findChild(table, "header_type"))
            compare(model.orderBy, "displayName desc")

            mouseClick(findChild(table, "header_code"))
            compare(model.orderBy, "code")
            waitLoaded(model)
            compare(JSON.stringify(codesOf(model)), JSON.stringify(TestSupport.childCodes("32")))
        }

        function test_filter_is_applied_after_a_pause() {
            const table = makeTable()
            const model = table.wilayah
            waitLoaded(model)
            filterWatch.target = model
            window.filterChanges = 0
            // Typing goes on while the events of each keystroke are handled: the
            // filter waits for the pause (counted, not timed: Qt timers may fire
            // a few per cent early, so a wall-clock bound would be flaky).
            for (const typed of ["k", "ko", "kot", "kota"]) {
                table.filterText = typed
                wait(0)
                compare(model.filter, "", "not while typing: " + typed)
            }
            tryCompare(model, "filter", "kota", 3000)
            compare(window.filterChanges, 1, "one query for the whole word")
            waitLoaded(model)
            // Kota have kab/kota parts 71-99.
            const kota = TestSupport.childCodes("32").filter(c => Number(c.split(".")[1]) >= 71)
            compare(JSON.stringify(codesOf(model)), JSON.stringify(kota))
            for (const name of namesOf(model))
                verify(name.startsWith("Kota "), name)

            table.filterText = "tidak ada yang begini"
            tryVerify(() => model.filter === table.filterText && !model.loading, 5000)
            compare(model.count, 0)
            tryVerify(() => findChild(table, "emptyText").visible)
        }

        function test_enter_activates_the_current_row() {
            const table = makeTable()
            const model = table.wilayah
            waitLoaded(model)
            table.forceActiveFocus()
            tryCompare(table.view, "activeFocus", true)
            // ListView makes the first row current when it lays the rows out, not when they
            // arrive: before that a Down selects row 0 (a flaky failure once).
            tryCompare(table, "currentIndex", 0)
            keyClick(Qt.Key_Down)
            compare(table.currentIndex, 1)
            keyClick(Qt.Key_Return)
            compare(activatedSpy.count, 1)
            compare(activatedSpy.signalArguments[0][0], 1)
            compare(activatedSpy.signalArguments[0][1].code, TestSupport.childCodes("32")[1])
        }

        function test_failure_shows_error_and_retry() {
            const table = makeTable({ "wilayah.parentCode": "99.99" })
            const model = table.wilayah
            tryVerify(() => model.error !== "", 10000)
            compare(model.count, 0)
            const banner = findChild(table, "errorRow")
            verify(banner.visible)
            compare(banner.text, model.error)
            verify(!findChild(table, "emptyText").visible, "an error is not an empty list")

            // Retry asks again (and fails again: the wilayah does not exist).
            const loadingSpy = createTemporaryObject(spyComponent, window,
                                                     { target: model, signalName: "loadingChanged" })
            mouseClick(findChild(banner, "retryButton"))
            tryVerify(() => loadingSpy.count >= 2 && model.error !== "", 10000)

            // Pointing the model at a real parent clears the error.
            model.parentCode = "32.04"
            tryVerify(() => model.count >= 10 && !model.loading, 10000)
            compare(model.error, "")
            compare(model.get(0).code, TestSupport.childCodes("32.04")[0])
            verify(!banner.visible)
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
