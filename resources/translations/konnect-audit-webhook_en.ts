<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLogCompareDialog</name>
    <message numerus="yes">
        <source>%n line(s) of the export are no audit event.</source>
        <translation>
            <numerusform>%n line of the export is no audit event.</numerusform>
            <numerusform>%n lines of the export are no audit event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the export lie outside the window and were not compared.</source>
        <translation>
            <numerusform>%n event of the export lies outside the window and was not compared.</numerusform>
            <numerusform>%n events of the export lie outside the window and were not compared.</numerusform>
        </translation>
    </message>
</context>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Checks every profile, region and Dev Portal every %n minute(s) (set on the Overview) and tells you when one stops delivering; closing the window keeps watching.</source>
        <translation>
            <numerusform>Checks every profile, region and Dev Portal every minute (set on the Overview) and tells you when one stops delivering; closing the window keeps watching.</numerusform>
            <numerusform>Checks every profile, region and Dev Portal every %n minutes (set on the Overview) and tells you when one stops delivering; closing the window keeps watching.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiScopeChange</name>
    <message numerus="yes">
        <source>one change for the %n scope(s) that use it: %1</source>
        <translation>
            <numerusform>one change for the %n scope that uses it: %1</numerusform>
            <numerusform>one change for the %n scopes that use it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: the authorization of destination &quot;%1&quot; (%n scope(s) use it) was rotated.</source>
        <translation>
            <numerusform>Changed: the authorization of destination &quot;%1&quot; (%n scope uses it) was rotated.</numerusform>
            <numerusform>Changed: the authorization of destination &quot;%1&quot; (%n scopes use it) was rotated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiScopeChangeDialog</name>
    <message numerus="yes">
        <source>Reading %n scope(s)…</source>
        <translation>
            <numerusform>Reading %n scope…</numerusform>
            <numerusform>Reading %n scopes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n scope(s) at the same time…</source>
        <translation>
            <numerusform>Applying to %n scope at the same time…</numerusform>
            <numerusform>Applying to %n scopes at the same time…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to change. Nothing was sent yet.</source>
        <translation>
            <numerusform>%n scope to change. Nothing was sent yet.</numerusform>
            <numerusform>%n scopes to change. Nothing was sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply this change to %n scope(s)? Each is sent at once; a failure stops only its own scope.</source>
        <translation>
            <numerusform>Apply this change to %n scope? Each is sent at once; a failure stops only its own scope.</numerusform>
            <numerusform>Apply this change to %n scopes? Each is sent at once; a failure stops only its own scope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n failed scope(s) again…</source>
        <translation>
            <numerusform>Reading %n failed scope again…</numerusform>
            <numerusform>Reading %n failed scopes again…</numerusform>
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
