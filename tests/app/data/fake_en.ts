<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>FakePlugin</name>
    <message>
        <source>Halo plugin</source>
        <translation>Hello plugin</translation>
    </message>
</context>
</TS>
