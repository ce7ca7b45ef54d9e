<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>LanguageProbe</name>
    <message>
        <source>Beranda uji</source>
        <translation>Test home</translation>
    </message>
</context>
<context>
    <name>simpul::app::AppController</name>
    <message>
        <source>Nama modul atau tipe halaman tidak sah: %1 %2</source>
        <translation>Not a valid module or page type name: %1 %2</translation>
    </message>
</context>
</TS>
