pragma Singleton
import QtQuick

// Colours, spacing and type sizes of the desktop, light or dark. The shell sets `dark` from
// the settings; every component takes its measures from here so pages line up.
QtObject {
    id: theme

    property bool dark: false

    // Spacing on a 4 px grid.
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int radius: 4

    // Type sizes in pixels; readable on a 1366x768 laptop at 100 % scaling.
    readonly property int fontSizeSmall: 12
    readonly property int fontSize: 14
    readonly property int fontSizeLarge: 16
    readonly property int fontSizeTitle: 20
    readonly property int fontSizeHeading: 24

    readonly property int controlHeight: 32
    readonly property int rowHeight: 34
    readonly property int focusWidth: 2

    readonly property color window: dark ? "#1f2125" : "#f4f5f7"
    readonly property color surface: dark ? "#2a2d32" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#31353b" : "#f7f8fa"
    readonly property color header: dark ? "#363a41" : "#eceef2"
    readonly property color border: dark ? "#4a4f57" : "#cfd4dc"
    readonly property color text: dark ? "#e8eaed" : "#1d2127"
    readonly property color textMuted: dark ? "#a9afb8" : "#5b6470"
    readonly property color accent: dark ? "#5aa2ff" : "#1f63c6"
    readonly property color accentText: "#ffffff"
    readonly property color selection: dark ? "#24426b" : "#dbe8fb"
    readonly property color hover: dark ? "#383d45" : "#eef2f8"
    readonly property color focus: dark ? "#8cc0ff" : "#1f63c6"
    readonly property color danger: dark ? "#ff7b72" : "#b3261e"
    readonly property color dangerSurface: dark ? "#4a2523" : "#fcebea"
    readonly property color success: dark ? "#6fcf97" : "#1e7b3c"
    readonly property color warning: dark ? "#f2c14e" : "#8a5a00"
    readonly property color warningSurface: dark ? "#4a3c1c" : "#fff4d6"
    readonly property color scrim: dark ? "#99000000" : "#80ffffff"
}
