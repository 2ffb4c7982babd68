<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ToolsButton</name>
    <message numerus="yes">
        <source>Tools: %n server(s) on</source>
        <translation>
            <numerusform>Tools: %n server on</numerusform>
            <numerusform>Tools: %n servers on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>Running · %n tool</numerusform>
            <numerusform>Running · %n tools</numerusform>
        </translation>
    </message>
</context>
</TS>
