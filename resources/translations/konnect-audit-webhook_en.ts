<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectionTestPanel</name>
    <message numerus="yes">
        <source>Waiting for Konnect&apos;s next delivery attempt after %1: checked %n time(s), every 30 s.</source>
        <translation>
            <numerusform>Waiting for Konnect&apos;s next delivery attempt after %1: checked %n time, every 30 s.</numerusform>
            <numerusform>Waiting for Konnect&apos;s next delivery attempt after %1: checked %n times, every 30 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Konnect is limiting requests (429 Too Many Requests) and still was after %n attempt(s): gave up. Your edits are kept; try again in a minute.</source>
        <translation>
            <numerusform>Konnect is limiting requests (429 Too Many Requests) and still was after %n attempt: gave up. Your edits are kept; try again in a minute.</numerusform>
            <numerusform>Konnect is limiting requests (429 Too Many Requests) and still was after %n attempts: gave up. Your edits are kept; try again in a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Konnect had a problem (HTTP %1) and still had it after %n attempt(s): gave up. Your edits are kept; try again later.</source>
        <translation>
            <numerusform>Konnect had a problem (HTTP %1) and still had it after %n attempt: gave up. Your edits are kept; try again later.</numerusform>
            <numerusform>Konnect had a problem (HTTP %1) and still had it after %n attempts: gave up. Your edits are kept; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWatch</name>
    <message numerus="yes">
        <source>%n scope(s): %1</source>
        <translation>
            <numerusform>%n scope: %1</numerusform>
            <numerusform>%n scopes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedEventsPanel</name>
    <message numerus="yes">
        <source>A SIEM stand-in on this computer (%1) receives what Test connection sends to it, checks each event&apos;s signature against the emulator&apos;s keys and lists it here. %n event(s) so far.</source>
        <translation>
            <numerusform>A SIEM stand-in on this computer (%1) receives what Test connection sends to it, checks each event&apos;s signature against the emulator&apos;s keys and lists it here. %n event so far.</numerusform>
            <numerusform>A SIEM stand-in on this computer (%1) receives what Test connection sends to it, checks each event&apos;s signature against the emulator&apos;s keys and lists it here. %n events so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message numerus="yes">
        <source>%n line(s) did not verify: they were changed after Konnect signed them, or were signed with a key that is not in this set.</source>
        <translation>
            <numerusform>%n line did not verify: it was changed after Konnect signed it, or was signed with a key that is not in this set.</numerusform>
            <numerusform>%n lines did not verify: they were changed after Konnect signed them, or were signed with a key that is not in this set.</numerusform>
        </translation>
    </message>
</context>
</TS>
