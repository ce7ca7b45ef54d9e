import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// A Dasawisma group: a new one (`group` empty) or an edit of one (`group` = a group row with
// name and etag). Where (a desa within the user's pmks.dasawisma.write, dusun, RW, RT), its
// name, its ketua (a person by NIK) and its households (10-20, refused here already with the
// reason). The server checks everything again; an error it names a field for is shown on
// that field.
FocusScope {
    id: root

    property var group: ({})
    readonly property bool editing: (group.name || "") !== ""
    // Server field ("group.households") -> its message, from the last refused save.
    property var fieldErrors: ({})
    property string generalError
    readonly property alias busy: actions.busy
    readonly property alias wilayahPicker: picker
    readonly property alias nikField: ketuaNik
    readonly property int minHouseholds: 10
    readonly property int maxHouseholds: 20
    readonly property string householdsRule:
        qsTr("Satu kelompok dasawisma beranggotakan %1 sampai %2 rumah tangga.")
            .arg(minHouseholds).arg(maxHouseholds)
    // What is wrong with the households as typed, "" while empty or right.
    readonly property string householdsMessage: {
        const t = households.text.trim()
        if (t === "")
            return ""
        const n = Number(t)
        return n >= minHouseholds && n <= maxHouseholds ? "" : householdsRule
    }
    signal saved(var group)
    signal cancelled()

    function errorFor(prefix) {
        const keys = Object.keys(fieldErrors)
        for (let i = 0; i < keys.length; ++i) {
            if (keys[i] === prefix || keys[i].startsWith(prefix + "."))
                return fieldErrors[keys[i]]
        }
        return ""
    }

    // The form as DasawismaActions.saveGroup takes it. The ketua's sex and birth date are the
    // NIK's (the registry fills them in).
    function formData() {
        return {
            displayName: displayName.text,
            wilayahCode: picker.code,
            dusun: dusun.text, rw: rw.text, rt: rt.text,
            ketuaNik: ketuaNik.text,
            ketuaName: ketuaName.text,
            ketuaSex: "", ketuaBirthDate: "",
            households: Number(households.text.trim() || 0)
        }
    }

    // Checks what the form can know by itself, then saves; false when it refused.
    function submit() {
        generalError = ""
        const errors = {}
        const n = Number(households.text.trim() || 0)
        if (households.text.trim() === "" || n < minHouseholds || n > maxHouseholds)
            errors["group.households"] = householdsRule
        if (!editing && ketuaNik.text === "")
            errors["group.ketua.nik"] = qsTr("NIK ketua wajib diisi.")
        fieldErrors = errors
        if (Object.keys(errors).length > 0)
            return false
        actions.saveGroup(formData(), group.name || "", group.etag || "")
        return true
    }

    function _load() {
        if (!editing)
            return
        const g = group
        displayName.text = g.displayName || ""
        dusun.text = g.dusun || ""
        rw.text = g.rw || ""
        rt.text = g.rt || ""
        ketuaNik.text = g.ketuaNikMasked ? "" : (g.ketuaNik || "")
        ketuaName.text = g.ketuaName || ""
        households.text = String(g.households || "")
        picker.select(g.wilayahCode, g.wilayahName)
    }

    Component.onCompleted: _load()

    DasawismaActions {
        id: actions
        onGroupSaved: (ok, message, field, saved) => {
            if (ok) {
                root.saved(saved)
                return
            }
            if (field !== "") {
                const errors = {}
                errors[field] = message
                root.fieldErrors = errors
            } else {
                root.generalError = message
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingL

            PageHeader {
                Layout.fillWidth: true
                title: root.editing ? qsTr("Ubah kelompok dasawisma") : qsTr("Kelompok dasawisma baru")
                subtitle: qsTr("Satu kelompok dasawisma adalah 10 sampai 20 rumah tangga dalam satu RT, dipimpin seorang ketua.")
            }

            ErrorBanner {
                objectName: "formError"
                Layout.fillWidth: true
                text: root.generalError
            }

            Label {
                text: qsTr("Lokasi")
                font.bold: true
            }
            WilayahPicker {
                id: picker
                objectName: "wilayahPicker"
                permission: "pmks.dasawisma.write"
                minLevel: 4
                Layout.fillWidth: true
            }
            Label {
                objectName: "wilayahError"
                visible: text !== ""
                text: root.errorFor("group.location.wilayah_code")
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FormLayout {
                Layout.fillWidth: true
                maximumColumns: 3
                twoColumnWidth: 600
                FormField {
                    label: qsTr("Dusun")
                    error: root.errorFor("group.location.dusun")
                    TextField { id: dusun; objectName: "dusunField" }
                }
                FormField {
                    label: qsTr("RW")
                    required: true
                    error: root.errorFor("group.location.rw")
                    TextField {
                        id: rw
                        objectName: "rwField"
                        maximumLength: 3
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,3}/ }
                    }
                }
                FormField {
                    label: qsTr("RT")
                    required: true
                    error: root.errorFor("group.location.rt")
                    TextField {
                        id: rt
                        objectName: "rtField"
                        maximumLength: 3
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,3}/ }
                    }
                }
            }

            FormLayout {
                Layout.fillWidth: true

                FormField {
                    objectName: "nameFormField"
                    label: qsTr("Nama kelompok")
                    required: true
                    wide: true
                    error: root.errorFor("group.display_name")
                    TextField {
                        id: displayName
                        objectName: "nameField"
                        placeholderText: qsTr("mis. Dasawisma Melati 3")
                    }
                }
                FormField {
                    objectName: "ketuaNikFormField"
                    label: qsTr("NIK ketua")
                    required: !root.editing
                    error: root.errorFor("group.ketua.nik") || ketuaNik.message
                    helpText: ketuaNik.summary !== "" ? ketuaNik.summary
                              : (root.editing ? qsTr("Kosongkan bila ketua tidak berganti.") : "")
                    NikField { id: ketuaNik; objectName: "ketuaNikField" }
                }
                FormField {
                    label: qsTr("Nama ketua")
                    required: !root.editing
                    error: root.errorFor("group.ketua.full_name") || root.errorFor("group.ketua")
                    TextField { id: ketuaName; objectName: "ketuaNameField" }
                }
                FormField {
                    objectName: "householdsFormField"
                    label: qsTr("Jumlah rumah tangga")
                    required: true
                    error: root.errorFor("group.households") || root.householdsMessage
                    helpText: qsTr("10 sampai 20")
                    TextField {
                        id: households
                        objectName: "householdsField"
                        maximumLength: 3
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,3}/ }
                    }
                }
            }

            RowLayout {
                spacing: Theme.spacingS
                Button {
                    objectName: "saveButton"
                    text: root.editing ? qsTr("Simpan perubahan") : qsTr("Simpan kelompok")
                    enabled: !actions.busy && picker.code !== ""
                    onClicked: root.submit()
                }
                Button {
                    objectName: "cancelButton"
                    text: qsTr("Batal")
                    onClicked: root.cancelled()
                }
            }
        }
    }
}
