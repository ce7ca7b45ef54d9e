import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components

// WilayahPicker against the real wilayah table: the levels each kind of user may choose
// from, picking down to a desa with the keyboard, and a search that stays inside the scope.
Item {
    id: window
    width: 1000
    height: 600

    Component {
        id: pickerComponent
        WilayahPicker {
            width: 800
            permission: "core.person.read"
        }
    }

    SignalSpy { id: pickedSpy; signalName: "picked" }
    SignalSpy { id: searchSpy; signalName: "finished" }

    TestCase {
        name: "WilayahPicker"
        when: windowShown

        function signIn(username) {
            TestSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function makePicker(properties) {
            const picker = createTemporaryObject(pickerComponent, window, properties || {})
            verify(picker)
            pickedSpy.clear()
            pickedSpy.target = picker
            return picker
        }

        function box(picker, level) {
            const names = ["provinsiBox", "kabupatenBox", "kecamatanBox", "desaBox"]
            const found = findChild(picker, names[level - 1])
            verify(found, names[level - 1])
            return found
        }

        function codesOf(combo) {
            const codes = []
            for (let i = 0; i < combo.count; ++i)
                codes.push(combo.valueAt(i))
            return codes
        }

        function search(picker, text) {
            searchSpy.clear()
            searchSpy.target = picker.searchResults
            const field = findChild(picker, "searchField")
            field.forceActiveFocus()
            field.text = text
            searchSpy.wait(10000)
            compare(picker.searchResults.error, "")
            const codes = []
            for (let i = 0; i < picker.searchResults.count; ++i)
                codes.push(picker.searchResults.get(i).code)
            return codes
        }

        function test_admin_chooses_among_every_provinsi() {
            signIn("admin")
            const picker = makePicker()
            compare(JSON.stringify(picker.scope), JSON.stringify([""]))
            const provinsi = box(picker, 1)
            tryCompare(provinsi, "count", TestSupport.childCount(""), 10000)
            compare(provinsi.count, 38)
            compare(JSON.stringify(codesOf(provinsi)), JSON.stringify(TestSupport.childCodes("")))
            verify(provinsi.enabled)
            verify(!box(picker, 2).enabled, "no kab/kota before a provinsi")
            compare(picker.code, "")
            compare(picker.level, 0)
        }

        function test_dinsos_at_a_kabupaten_chooses_its_kecamatan() {
            signIn("dinsos.bdg")
            const picker = makePicker()
            compare(JSON.stringify(picker.scope), JSON.stringify(["32.04"]))
            const provinsi = box(picker, 1)
            const kabupaten = box(picker, 2)
            const kecamatan = box(picker, 3)
            // Provinsi and kab/kota are fixed to the user's one binding, shown by name.
            verify(!provinsi.enabled)
            verify(!kabupaten.enabled)
            tryCompare(provinsi, "displayText", TestSupport.wilayahName("32"), 10000)
            tryCompare(kabupaten, "displayText", TestSupport.wilayahName("32.04"), 10000)
            compare(kabupaten.displayText, "Kabupaten Bandung")
            compare(picker.code, "32.04")
            compare(picker.level, 2)
            compare(picker.displayName, "Kabupaten Bandung")

            tryCompare(kecamatan, "count", TestSupport.childCount("32.04"), 10000)
            compare(kecamatan.count, 31)
            compare(JSON.stringify(codesOf(kecamatan)),
                    JSON.stringify(TestSupport.childCodes("32.04")))
            verify(kecamatan.enabled)
        }

        function test_picking_down_to_a_desa_with_the_keyboard() {
            signIn("dinsos.bdg")
            const picker = makePicker()
            const kecamatan = box(picker, 3)
            const desa = box(picker, 4)
            tryCompare(kecamatan, "count", 31, 10000)
            pickedSpy.clear()

            kecamatan.forceActiveFocus()
            keyClick(Qt.Key_Down)
            const firstKecamatan = TestSupport.childCodes("32.04")[0]
            tryCompare(picker, "code", firstKecamatan)
            compare(picker.level, 3)
            compare(picker.displayName, TestSupport.wilayahName(firstKecamatan))
            compare(kecamatan.displayText, TestSupport.wilayahName(firstKecamatan))

            tryCompare(desa, "count", TestSupport.childCount(firstKecamatan), 10000)
            verify(desa.count > 0)
            desa.forceActiveFocus()
            keyClick(Qt.Key_Down)
            const firstDesa = TestSupport.childCodes(firstKecamatan)[0]
            tryCompare(picker, "code", firstDesa)
            compare(firstDesa, "32.04.05.2001")
            compare(picker.displayName, "Cileunyi Kulon")
            compare(picker.level, 4)
            compare(pickedSpy.signalArguments[pickedSpy.count - 1][0], firstDesa)
            compare(pickedSpy.signalArguments[pickedSpy.count - 1][1], "Cileunyi Kulon")

            // Another kecamatan drops the desa chosen under the first one.
            kecamatan.forceActiveFocus()
            keyClick(Qt.Key_Down)
            const secondKecamatan = TestSupport.childCodes("32.04")[1]
            tryCompare(picker, "code", secondKecamatan)
            compare(desa.currentIndex, -1)
            tryCompare(desa, "count", TestSupport.childCount(secondKecamatan), 10000)
        }

        function test_two_kecamatan_offer_exactly_those() {
            signIn("tksk.dua")
            const picker = makePicker()
            compare(JSON.stringify(picker.scope), JSON.stringify(["32.04.05", "32.04.12"]))
            const kecamatan = box(picker, 3)
            tryCompare(box(picker, 2), "displayText", "Kabupaten Bandung", 10000)
            verify(!box(picker, 1).enabled)
            verify(!box(picker, 2).enabled)
            compare(kecamatan.count, 2)
            compare(JSON.stringify(codesOf(kecamatan)), JSON.stringify(["32.04.05", "32.04.12"]))
            // The rows are rebuilt when the names come in: look at the current first row each
            // time, not at the object that was first when the wait began.
            const cileunyi = TestSupport.wilayahName("32.04.05")
            tryVerify(() => kecamatan.model[0].displayName === cileunyi, 10000,
                      "the name replaces the code once it is in")
            verify(kecamatan.enabled)
            compare(picker.code, "32.04")

            kecamatan.forceActiveFocus()
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            tryCompare(picker, "code", "32.04.12")
            tryCompare(box(picker, 4), "count", TestSupport.childCount("32.04.12"), 10000)
        }

        function test_psm_at_a_desa_has_every_level_fixed() {
            signIn("psm.desa")
            const picker = makePicker()
            compare(picker.code, "32.04.05.2001")
            compare(picker.level, 4)
            for (let level = 1; level <= 4; ++level)
                verify(!box(picker, level).enabled, "level " + level)
            tryCompare(picker, "displayName", "Cileunyi Kulon", 10000)
            tryCompare(box(picker, 3), "displayText", "Cileunyi", 10000)

            const kecamatanOnly = makePicker({ maxLevel: 3 })
            compare(kecamatanOnly.code, "32.04.05")
            verify(!box(kecamatanOnly, 4).visible)
        }

        function test_min_level_withholds_a_higher_choice() {
            signIn("dinsos.bdg")
            const picker = makePicker({ minLevel: 3 })
            compare(picker.code, "", "a kab/kota is not enough when a kecamatan is required")
            const kecamatan = box(picker, 3)
            tryCompare(kecamatan, "count", 31, 10000)
            kecamatan.forceActiveFocus()
            keyClick(Qt.Key_Down)
            tryCompare(picker, "code", "32.04.05")
        }

        function test_search_stays_inside_the_scope() {
            signIn("admin")
            const everywhere = makePicker()
            const all = search(everywhere, "Bandung")
            verify(all.indexOf("32.73") >= 0, "admin finds Kota Bandung: " + all)
            verify(search(everywhere, "Aceh").length > 0)

            signIn("dinsos.bdg")
            const scoped = makePicker()
            const inside = search(scoped, "Bandung")
            verify(inside.indexOf("32.04") >= 0, "Kabupaten Bandung itself: " + inside)
            for (const code of inside)
                verify(code === "32.04" || code.startsWith("32.04."), code)
            compare(search(scoped, "Aceh").length, 0)
            // One letter asks nothing.
            findChild(scoped, "searchField").text = "B"
            compare(scoped.searchResults.count, 0)
        }

        function test_search_result_picked_with_enter() {
            signIn("dinsos.bdg")
            const picker = makePicker()
            const codes = search(picker, "Cileunyi")
            compare(codes[0], "32.04.05")
            keyClick(Qt.Key_Return)
            tryCompare(picker, "code", "32.04.05")
            compare(picker.displayName, "Cileunyi")
            compare(findChild(picker, "searchField").text, "")
            tryCompare(box(picker, 4), "count", TestSupport.childCount("32.04.05"), 10000)
            verify(box(picker, 4).activeFocus, "focus moves on to the desa")
        }

        function test_signed_out_offers_nothing() {
            TestSupport.signOut()
            tryCompare(Client.session, "signedIn", false)
            const picker = makePicker()
            compare(picker.scope.length, 0)
            verify(findChild(picker, "noScopeText").visible)
            compare(picker.code, "")
        }
    }
}
