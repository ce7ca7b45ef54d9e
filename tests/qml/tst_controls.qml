import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components

// The smaller components: ConfirmDialog keys, BusyOverlay blocking input, PeriodPicker
// values, FormLayout columns and FormField errors, ErrorBanner, Theme.
Item {
    id: window
    width: 1000
    height: 700

    Component {
        id: dialogComponent
        ConfirmDialog {
            title: "Hapus data?"
            text: "Data ini akan dihapus."
            confirmText: "Hapus"
            destructive: true
        }
    }

    Component {
        id: coveredComponent
        Item {
            id: area
            property alias button: button
            property alias field: field
            property alias overlay: overlay
            width: 400
            height: 300
            Button { id: button; objectName: "coveredButton"; text: "Simpan"; x: 20; y: 20 }
            TextField { id: field; x: 20; y: 80; width: 200 }
            BusyOverlay { id: overlay; anchors.fill: parent; text: "Menyimpan…" }
        }
    }

    Component {
        id: periodComponent
        PeriodPicker { fromYear: 2020; toYear: 2026 }
    }

    Component {
        id: formComponent
        FormLayout {
            id: form
            property alias first: first
            property alias second: second
            width: 900
            FormField { id: first; label: "Nama"; required: true; TextField {} }
            FormField { id: second; label: "Alamat"; helpText: "Jalan dan nomor"; TextField {} }
        }
    }

    SignalSpy { id: confirmedSpy; signalName: "confirmed" }
    SignalSpy { id: cancelledSpy; signalName: "cancelled" }
    SignalSpy { id: pickedSpy; signalName: "picked" }
    SignalSpy { id: clickedSpy; signalName: "clicked" }

    TestCase {
        name: "Controls"
        when: windowShown

        function openDialog() {
            const dialog = createTemporaryObject(dialogComponent, window)
            confirmedSpy.clear()
            confirmedSpy.target = dialog
            cancelledSpy.clear()
            cancelledSpy.target = dialog
            dialog.open()
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function test_confirm_dialog_escape_cancels() {
            const dialog = openDialog()
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
            compare(cancelledSpy.count, 1)
            compare(confirmedSpy.count, 0)
        }

        function test_confirm_dialog_enter_confirms() {
            const dialog = openDialog()
            verify(findChild(dialog.footer, "confirmButton").activeFocus)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false)
            compare(confirmedSpy.count, 1)
            compare(cancelledSpy.count, 0)
        }

        function test_confirm_dialog_enter_on_cancel_cancels() {
            const dialog = openDialog()
            const cancel = findChild(dialog.footer, "cancelButton")
            keyClick(Qt.Key_Tab)
            verify(cancel.activeFocus, "Tab reaches the other button")
            keyClick(Qt.Key_Enter)
            tryCompare(dialog, "visible", false)
            compare(cancelledSpy.count, 1)
            compare(confirmedSpy.count, 0)
        }

        function test_confirm_dialog_buttons_by_mouse() {
            let dialog = openDialog()
            mouseClick(findChild(dialog.footer, "confirmButton"))
            tryCompare(dialog, "visible", false)
            compare(confirmedSpy.count, 1)
            dialog = openDialog()
            mouseClick(findChild(dialog.footer, "cancelButton"))
            tryCompare(dialog, "visible", false)
            compare(cancelledSpy.count, 1)
            compare(confirmedSpy.count, 0)
        }

        function test_confirm_dialog_fits_a_small_window() {
            const dialog = openDialog()
            verify(dialog.width <= window.width)
            const label = dialog.contentItem
            compare(label.text, "Data ini akan dihapus.")
            verify(label.width > 0 && label.implicitHeight > 0)
            compare(findChild(dialog.footer, "confirmButton").text, "Hapus")
            compare(findChild(dialog.footer, "cancelButton").text, "Batal")
            dialog.close()
        }

        function test_busy_overlay_blocks_clicks_and_keys() {
            const area = createTemporaryObject(coveredComponent, window)
            clickedSpy.clear()
            clickedSpy.target = area.button
            mouseClick(area.button)
            compare(clickedSpy.count, 1, "clickable while idle")

            area.field.forceActiveFocus()
            area.overlay.running = true
            tryCompare(area.overlay, "opacity", 1)
            verify(area.overlay.visible)
            mouseClick(area.button)
            compare(clickedSpy.count, 1, "the overlay swallowed the click")
            verify(!area.field.activeFocus, "focus left the covered field")
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_Tab)
            compare(area.field.text, "")
            verify(area.overlay.activeFocus, "Tab does not walk into covered fields")
            compare(findChild(area.overlay, "busyText").text, "Menyimpan…")

            area.overlay.running = false
            tryCompare(area.overlay, "visible", false)
            verify(area.field.activeFocus, "focus comes back")
            mouseClick(area.button)
            compare(clickedSpy.count, 2)
        }

        function test_busy_overlay_shows_progress() {
            const area = createTemporaryObject(coveredComponent, window)
            area.overlay.text = ""
            area.overlay.progress = 0.42
            area.overlay.running = true
            const bar = findChild(area.overlay, "progressBar")
            verify(bar.visible)
            compare(bar.value, 0.42)
            compare(findChild(area.overlay, "busyText").text, "42%")
        }

        function test_period_picker_years() {
            const picker = createTemporaryObject(periodComponent, window, { period: "2024" })
            pickedSpy.clear()
            pickedSpy.target = picker
            const years = findChild(picker, "yearBox")
            compare(years.count, 7)
            compare(years.displayText, "2024")
            verify(!findChild(picker, "semesterBox").visible)
            years.forceActiveFocus()
            keyClick(Qt.Key_Down) // newest first: down is an older year
            compare(picker.period, "2023")
            compare(pickedSpy.count, 1)
            compare(pickedSpy.signalArguments[0][0], "2023")
        }

        function test_period_picker_semesters() {
            const picker = createTemporaryObject(periodComponent, window,
                                                 { mode: "semester", period: "2025-S2" })
            pickedSpy.clear()
            pickedSpy.target = picker
            const semesters = findChild(picker, "semesterBox")
            verify(semesters.visible)
            compare(semesters.currentIndex, 1)
            compare(picker.year, 2025)
            semesters.forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(picker.period, "2025-S1")
            compare(pickedSpy.signalArguments[0][0], "2025-S1")
            findChild(picker, "yearBox").forceActiveFocus()
            keyClick(Qt.Key_Up)
            compare(picker.period, "2026-S1", "a year change keeps the semester")

            picker.mode = "year"
            compare(picker.period, "2026")
            picker.mode = "semester"
            compare(picker.period, "2026-S1")
        }

        function test_period_picker_normalises_what_it_is_given() {
            const picker = createTemporaryObject(periodComponent, window, { mode: "semester" })
            const current = PeriodRules.current("semester")
            compare(picker.period, current, "defaults to the current semester")
            picker.period = "2024-Q3"
            compare(picker.period, "2024-S2", "a quarter becomes its semester")
            picker.period = "not a period"
            compare(picker.period, "2024-S2", "nonsense is refused")
            picker.period = "2012-S1"
            compare(findChild(picker, "yearBox").displayText, "2012", "an older year is offered")
            compare(PeriodRules.parse("2024-S2").end, "2024-12-31")
            compare(PeriodRules.make("semester", 2024, 3), "")
        }

        function test_form_layout_columns_follow_the_width() {
            const form = createTemporaryObject(formComponent, window)
            compare(form.columns, 2)
            verify(form.second.x > form.first.x, "side by side")
            compare(form.first.y, form.second.y)
            form.width = 500
            compare(form.columns, 1)
            tryVerify(() => form.second.y > form.first.y)
            compare(form.first.x, form.second.x)
        }

        function test_form_field_shows_error_instead_of_help() {
            const form = createTemporaryObject(formComponent, window)
            const field = form.second
            const help = findChild(field, "fieldHelp")
            const error = findChild(field, "fieldError")
            verify(help.visible)
            verify(!error.visible)
            field.error = "Alamat wajib diisi"
            verify(error.visible)
            verify(!help.visible)
            compare(error.text, "Alamat wajib diisi")
            compare(findChild(form.first, "fieldLabel").text, "Nama *")
            verify(field.editor.width > 0)
            compare(field.editor.width, field.width)
        }

        function test_error_banner_retry() {
            const banner = createTemporaryObject(bannerComponent, window)
            verify(!banner.visible, "hidden without text")
            banner.text = "Server tidak dapat dihubungi"
            verify(banner.visible)
            const spy = createTemporaryObject(spyComponent, window, { target: banner, signalName: "retry" })
            mouseClick(findChild(banner, "retryButton"))
            compare(spy.count, 1)
        }

        function test_theme_switches_colours() {
            const light = String(Theme.window)
            Theme.dark = true
            verify(String(Theme.window) !== light, light)
            Theme.dark = false
            compare(String(Theme.window), light)
            verify(Theme.spacingM > Theme.spacingS)
        }
    }

    Component {
        id: bannerComponent
        ErrorBanner { width: 500; retryVisible: true }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
