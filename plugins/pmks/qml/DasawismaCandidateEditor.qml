import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// One proposed candidate of a Dasawisma report form: the PMKS type first, then who (a person
// by NIK with name, sex and birth date; a family's No. KK; a community's name for type 26),
// the disability kinds of types 5 and 9, the event of types 21 and 22, and a note. Sex and
// birth date left empty are the NIK's. `fieldErrors` holds the server's refusals for this
// candidate ("subject.nik" -> message).
Rectangle {
    id: root

    property int number: 1
    property bool removable: true
    property var fieldErrors: ({})
    readonly property int pmksType: typeBox.currentValue === undefined ? 0 : typeBox.currentValue
    readonly property var typeInfo: PmksTypes.typeInfo(pmksType)
    readonly property string subjectKind: typeInfo.subjectKind || ""
    readonly property bool community: subjectKind === "community"
    readonly property alias nikField: nik
    signal removeRequested()

    readonly property var _typeChoices: [{ value: 0, text: qsTr("Pilih jenis PMKS") }]
        .concat(PmksTypes.choices.slice(1))

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    color: Theme.surface
    border.color: Object.keys(fieldErrors).length > 0 ? Theme.danger : Theme.border
    border.width: 1
    radius: Theme.radius

    function errorFor(prefix) {
        const keys = Object.keys(fieldErrors)
        for (let i = 0; i < keys.length; ++i) {
            if (keys[i] === prefix || keys[i].startsWith(prefix + "."))
                return fieldErrors[keys[i]]
        }
        return ""
    }

    // Chooses the type `order` (for tests and for a form filled from elsewhere).
    function setType(order) {
        typeBox.currentIndex = typeBox.indexOfValue(order)
    }

    // The candidate as DasawismaActions.createReport takes it.
    function formData() {
        const kinds = []
        if (typeInfo.needsDisabilityKinds === true) {
            for (let i = 0; i < kindRepeater.count; ++i) {
                const box = kindRepeater.itemAt(i)
                if (box && box.checked)
                    kinds.push(box.key)
            }
        }
        return {
            pmksType: pmksType,
            nik: community ? "" : nik.text,
            fullName: community ? "" : fullName.text,
            communityName: community ? fullName.text : "",
            sex: community ? "" : sexBox.currentValue,
            birthDate: community ? "" : birthDate.text.trim(),
            noKk: community ? "" : noKk.text,
            disabilityKinds: kinds,
            disasterEvent: pmksType === 21 || pmksType === 22 ? disasterEvent.text : "",
            note: note.text
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Calon %1").arg(root.number)
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "removeButton"
                visible: root.removable
                text: qsTr("Hapus calon")
                flat: true
                onClicked: root.removeRequested()
            }
        }

        FormLayout {
            Layout.fillWidth: true
            maximumColumns: 3
            twoColumnWidth: 600

            FormField {
                label: qsTr("Jenis PMKS")
                required: true
                error: root.errorFor("pmks_type")
                helpText: root.typeInfo.ageRule || ""
                ComboBox {
                    id: typeBox
                    objectName: "typeBox"
                    model: root._typeChoices
                    textRole: "text"
                    valueRole: "value"
                }
            }
            FormField {
                visible: !root.community
                label: root.subjectKind === "family" ? qsTr("NIK kepala keluarga") : qsTr("NIK")
                required: !root.community
                error: root.errorFor("subject.nik") || nik.message
                helpText: nik.summary
                NikField { id: nik; objectName: "nikField" }
            }
            FormField {
                label: root.community ? qsTr("Nama komunitas")
                                      : (root.subjectKind === "family" ? qsTr("Nama kepala keluarga")
                                                                       : qsTr("Nama lengkap"))
                required: true
                error: root.errorFor(root.community ? "subject.community_name" : "subject.full_name")
                TextField { id: fullName; objectName: "fullNameField" }
            }
            FormField {
                visible: !root.community
                label: qsTr("Jenis kelamin")
                error: root.errorFor("subject.sex")
                ComboBox {
                    id: sexBox
                    objectName: "sexBox"
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "", text: qsTr("Menurut NIK") },
                            { value: "L", text: qsTr("Laki-laki") },
                            { value: "P", text: qsTr("Perempuan") }]
                }
            }
            FormField {
                visible: !root.community
                label: qsTr("Tanggal lahir")
                error: root.errorFor("subject.birth_date")
                helpText: qsTr("TTTT-BB-HH; kosong: menurut NIK")
                TextField {
                    id: birthDate
                    objectName: "birthDateField"
                    placeholderText: nik.birthDate !== "" ? nik.birthDate : qsTr("TTTT-BB-HH")
                }
            }
            FormField {
                visible: root.subjectKind === "family"
                label: qsTr("No. KK")
                required: true
                error: root.errorFor("subject.no_kk")
                TextField {
                    id: noKk
                    objectName: "noKkField"
                    maximumLength: 16
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,16}/ }
                }
            }
            FormField {
                visible: root.pmksType === 21 || root.pmksType === 22
                label: qsTr("Kejadian bencana / konflik")
                error: root.errorFor("disaster_event")
                TextField { id: disasterEvent; objectName: "disasterEventField" }
            }
            FormField {
                label: qsTr("Keterangan")
                wide: true
                error: root.errorFor("note")
                TextField { id: note; objectName: "noteField" }
            }
        }

        ColumnLayout {
            objectName: "disabilityKinds"
            visible: root.typeInfo.needsDisabilityKinds === true
            Layout.fillWidth: true
            Label {
                text: qsTr("Ragam disabilitas")
                font.bold: true
                color: root.errorFor("disability_kinds") !== "" ? Theme.danger : Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Repeater {
                    id: kindRepeater
                    model: PmksTypes.disabilityKinds
                    delegate: CheckBox {
                        required property var modelData
                        readonly property string key: modelData.slug
                        text: modelData.name
                    }
                }
            }
        }

        Label {
            objectName: "candidateError"
            // A refusal on a field this editor does not show (the server's last word).
            visible: text !== ""
            text: root.fieldErrors[""] || root.fieldErrors["subject"] || ""
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
