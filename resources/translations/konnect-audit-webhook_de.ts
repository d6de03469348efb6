<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Activity: the requests of this session</source>
        <translation>Aktivität: die Anfragen dieser Sitzung</translation>
    </message>
    <message>
        <source>Requests of this session</source>
        <translation>Anfragen dieser Sitzung</translation>
    </message>
    <message>
        <source>Secrets are masked. The curl command reads the token from $KONNECT_TOKEN.</source>
        <translation>Geheimnisse sind maskiert. Der curl-Befehl liest das Token aus $KONNECT_TOKEN.</translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ApplyDiffDialog</name>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Anzuwendende Änderungen</translation>
    </message>
    <message>
        <source>Changes: field, current value, new value</source>
        <translation>Änderungen: Feld, aktueller Wert, neuer Wert</translation>
    </message>
    <message>
        <source>Konnect will change these settings of the audit-log webhook in %1:</source>
        <translation>Konnect ändert diese Einstellungen des Audit-Log-Webhooks in %1:</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Now in Konnect</source>
        <translation>Jetzt in Konnect</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Nach dem Anwenden</translation>
    </message>
    <message>
        <source>The new authorization is sent to Konnect, which will not show it again.</source>
        <translation>Die neue Autorisierung wird an Konnect gesendet, das sie nie wieder anzeigt.</translation>
    </message>
    <message>
        <source>The authorization stored in Konnect is kept.</source>
        <translation>Die in Konnect gespeicherte Autorisierung bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Connection test of these settings</source>
        <translation>Verbindungstest dieser Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Test first</source>
        <translation>&amp;Zuerst testen</translation>
    </message>
    <message>
        <source>Close this and run the connection test with these settings; apply afterwards</source>
        <translation>Dies schließen und den Verbindungstest mit diesen Einstellungen ausführen; danach anwenden</translation>
    </message>
    <message>
        <source>Test the connection first</source>
        <translation>Die Verbindung zuerst testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connection test of these settings: %1.</source>
        <translation>Verbindungstest dieser Einstellungen: %1.</translation>
    </message>
</context>
<context>
    <name>AuditLogCompareDialog</name>
    <message>
        <source>Compare with a SIEM export</source>
        <translation>Mit einem SIEM-Export vergleichen</translation>
    </message>
    <message>
        <source>State of the comparison</source>
        <translation>Stand des Vergleichs</translation>
    </message>
    <message>
        <source>Events missing from the export</source>
        <translation>Im Export fehlende Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Lines of the export Konnect does not know</source>
        <translation>Zeilen des Exports, die Konnect nicht kennt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>&amp;Replay the missing window…</source>
        <translation>Fehlenden Zeitraum &amp;erneut senden…</translation>
    </message>
    <message>
        <source>Replay the window of the missing events</source>
        <translation>Den Zeitraum der fehlenden Ereignisse erneut senden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no audit event (CEF, JSON or CPS lines with a name and a time), so there is nothing to compare.</source>
        <translation>%1 enthält kein Audit-Ereignis (CEF-, JSON- oder CPS-Zeilen mit Name und Zeit); es gibt also nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Every event of %1 (%2 to %3) is older than the 7 days Konnect keeps: there is nothing to compare it with.</source>
        <translation>Jedes Ereignis von %1 (%2 bis %3) ist älter als die 7 Tage, die Konnect aufbewahrt: Es gibt nichts, womit es sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>%1: %2 events. Reading Konnect&apos;s records of %3 to %4…</source>
        <translation>%1: %2 Ereignisse. Die Einträge von Konnect von %3 bis %4 werden gelesen…</translation>
    </message>
    <message>
        <source>Reading Konnect&apos;s audit logs</source>
        <translation>Die Audit-Logs von Konnect werden gelesen</translation>
    </message>
    <message>
        <source>Stopped: the comparison needs every record of the window, so it was not made.</source>
        <translation>Angehalten: Der Vergleich braucht jeden Eintrag des Zeitraums und wurde daher nicht angestellt.</translation>
    </message>
    <message>
        <source>Konnect&apos;s records could not all be read: %1 The comparison needs every record of the window, so it was not made.</source>
        <translation>Die Einträge von Konnect konnten nicht alle gelesen werden: %1 Der Vergleich braucht jeden Eintrag des Zeitraums und wurde daher nicht angestellt.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4</source>
        <translation>%1, %2 bis %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the export are no audit event.</source>
        <translation>
            <numerusform>%n Zeile des Exports ist kein Audit-Ereignis.</numerusform>
            <numerusform>%n Zeilen des Exports sind keine Audit-Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the export lie outside the window and were not compared.</source>
        <translation>
            <numerusform>%n Ereignis des Exports liegt außerhalb des Zeitraums und wurde nicht verglichen.</numerusform>
            <numerusform>%n Ereignisse des Exports liegen außerhalb des Zeitraums und wurden nicht verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A replay of %1 to %2 re-sends them.</source>
        <translation>Ein Replay von %1 bis %2 sendet sie erneut.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Es fehlt nichts.</translation>
    </message>
    <message>
        <source>&amp;Missing from the export (Konnect has them): %1, the first %2 listed</source>
        <translation>Im Export &amp;fehlend (Konnect hat sie): %1, die ersten %2 aufgeführt</translation>
    </message>
    <message>
        <source>&amp;Missing from the export (Konnect has them): %1</source>
        <translation>Im Export &amp;fehlend (Konnect hat sie): %1</translation>
    </message>
    <message>
        <source>&amp;Extra in the export (Konnect does not know them): %1, the first %2 listed</source>
        <translation>&amp;Zusätzlich im Export (Konnect kennt sie nicht): %1, die ersten %2 aufgeführt</translation>
    </message>
    <message>
        <source>&amp;Extra in the export (Konnect does not know them): %1</source>
        <translation>&amp;Zusätzlich im Export (Konnect kennt sie nicht): %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>AuditLogComparison</name>
    <message>
        <source>%1 of %2 events Konnect has for the window are in the export; %3 missing from the export, %4 extra in it.</source>
        <translation>%1 von %2 Ereignissen, die Konnect für den Zeitraum hat, sind im Export; %3 fehlen im Export, %4 zusätzlich darin.</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>AuditLogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>AuditLogTableModel</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified by the documented rules</source>
        <translation>mit den dokumentierten Regeln nicht bestätigt</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (Kong-initiated)</source>
        <translation>%1 (von Kong ausgelöst)</translation>
    </message>
    <message>
        <source>Kong-initiated: done by Konnect itself, not by a user or a token of the organization.</source>
        <translation>Von Kong ausgelöst: von Konnect selbst ausgeführt, nicht von einem Benutzer oder Token der Organisation.</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name / outcome</source>
        <translation>Name / Ergebnis</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Resource or URI</source>
        <translation>Ressource oder URI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>AuditLogsPage</name>
    <message>
        <source>Win&amp;dow:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Audit log window</source>
        <translation>Zeitraum der Audit-Logs</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Start of the window (local time)</source>
        <translation>Beginn des Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>End of the window (local time)</source>
        <translation>Ende des Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load the audit logs of the window</source>
        <translation>Die Audit-Logs des Zeitraums laden</translation>
    </message>
    <message>
        <source>Foll&amp;ow</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Follow new audit events</source>
        <translation>Neue Audit-Ereignisse mitverfolgen</translation>
    </message>
    <message>
        <source>Problem with the start</source>
        <translation>Problem mit dem Beginn</translation>
    </message>
    <message>
        <source>Problem with the end</source>
        <translation>Problem mit dem Ende</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>&amp;Authentifizierung</translation>
    </message>
    <message>
        <source>Show authentication events</source>
        <translation>Authentifizierungsereignisse anzeigen</translation>
    </message>
    <message>
        <source>Authori&amp;zation</source>
        <translation>Autori&amp;sierung</translation>
    </message>
    <message>
        <source>Show authorization events</source>
        <translation>Autorisierungsereignisse anzeigen</translation>
    </message>
    <message>
        <source>&amp;Gateway access</source>
        <translation>&amp;Gateway-Zugriff</translation>
    </message>
    <message>
        <source>Show gateway access events</source>
        <translation>Gateway-Zugriffsereignisse anzeigen</translation>
    </message>
    <message>
        <source>Hide &amp;Kong-initiated</source>
        <translation>Von Kong ausgelöste aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide events Konnect initiated itself</source>
        <translation>Ereignisse ausblenden, die Konnect selbst ausgelöst hat</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Die Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Search (any text in the record, ignoring case)</source>
        <translation>Suchen (beliebiger Text im Eintrag, ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Records shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <source>Result of the pull</source>
        <translation>Ergebnis des Abrufs</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;raw record</source>
        <translation>&amp;Rohen Eintrag kopieren</translation>
    </message>
    <message>
        <source>Every field and the raw record of the selected event</source>
        <translation>Alle Felder und der rohe Eintrag des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Select an event to see every field and the record as Konnect sent it.</source>
        <translation>Wählen Sie ein Ereignis, um alle Felder und den Eintrag so zu sehen, wie Konnect ihn gesendet hat.</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Export &amp;shown rows...</source>
        <translation>Angezeigte Zeilen &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export the rows shown to a file</source>
        <translation>Die angezeigten Zeilen in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Die Signaturen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Pulling the audit logs</source>
        <translation>Audit-Logs werden abgerufen</translation>
    </message>
    <message>
        <source>Stopped; the %1 records loaded so far stay shown.</source>
        <translation>Angehalten; die %1 bisher geladenen Einträge bleiben angezeigt.</translation>
    </message>
    <message>
        <source>The pull stopped: %1 The %2 records loaded so far stay shown; Load pulls the window again.</source>
        <translation>Der Abruf wurde beendet: %1 Die %2 bisher geladenen Einträge bleiben angezeigt; „Laden“ ruft den Zeitraum erneut ab.</translation>
    </message>
    <message>
        <source>The pull failed: %1</source>
        <translation>Der Abruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source> (filtering…)</source>
        <translation> (wird gefiltert…)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>The record as Konnect sent it:</source>
        <translation>Der Eintrag, wie Konnect ihn gesendet hat:</translation>
    </message>
    <message>
        <source>Export shown rows</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>JSON Lines, the records as Konnect sent them (*.jsonl);;CSV (*.csv);;CEF, the webhook&apos;s line shape (*.cef)</source>
        <translation>JSON Lines, die Einträge wie von Konnect gesendet (*.jsonl);;CSV (*.csv);;CEF, die Zeilenform des Webhooks (*.cef)</translation>
    </message>
    <message>
        <source>Seconds between polls while following</source>
        <translation>Sekunden zwischen den Abfragen beim Mitverfolgen</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reads the window, then asks Konnect for new events at every poll (from the newest one seen minus %1 s, since Konnect does not document how late an event may become visible); each event is shown once. A custom end is not used while following.</source>
        <translation>Liest den Zeitraum und fragt Konnect dann bei jeder Abfrage nach neuen Ereignissen (ab dem neuesten gesehenen minus %1 s, da Konnect nicht dokumentiert, wie spät ein Ereignis sichtbar werden kann); jedes Ereignis wird einmal angezeigt. Ein eigenes Ende wird beim Mitverfolgen nicht verwendet.</translation>
    </message>
    <message>
        <source>State of the follow</source>
        <translation>Stand des Mitverfolgens</translation>
    </message>
    <message>
        <source>Compare a SIEM export with Konnect&apos;s records</source>
        <translation>Einen SIEM-Export mit den Einträgen von Konnect vergleichen</translation>
    </message>
    <message>
        <source>Which events of the export&apos;s time span Konnect has that the export lacks, and which of its lines Konnect does not know.</source>
        <translation>Welche Ereignisse aus der Zeitspanne des Exports Konnect hat, die im Export fehlen, und welche seiner Zeilen Konnect nicht kennt.</translation>
    </message>
    <message>
        <source>Following: %1 new events since the window was read; the next poll at %2.</source>
        <translation>Mitverfolgen: %1 neue Ereignisse, seit der Zeitraum gelesen wurde; die nächste Abfrage um %2.</translation>
    </message>
    <message>
        <source>A poll failed: %1 Following goes on; the poll at %2 reads its window again.</source>
        <translation>Eine Abfrage ist fehlgeschlagen: %1 Das Mitverfolgen geht weiter; die Abfrage um %2 liest ihren Zeitraum erneut.</translation>
    </message>
    <message>
        <source>Following: reading the window first…</source>
        <translation>Mitverfolgen: Zuerst wird der Zeitraum gelesen…</translation>
    </message>
    <message>
        <source>Following stopped: %1 The %2 records loaded so far stay shown.</source>
        <translation>Mitverfolgen beendet: %1 Die %2 bisher geladenen Einträge bleiben angezeigt.</translation>
    </message>
    <message>
        <source>Following stopped; the %1 records loaded stay shown.</source>
        <translation>Mitverfolgen beendet; die %1 geladenen Einträge bleiben angezeigt.</translation>
    </message>
    <message>
        <source>Compare with a SIEM export</source>
        <translation>Mit einem SIEM-Export vergleichen</translation>
    </message>
    <message>
        <source>SIEM exports (*.log *.cef *.json *.jsonl *.txt *.gz);;All files (*)</source>
        <translation>SIEM-Exporte (*.log *.cef *.json *.jsonl *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare with SIEM export…</source>
        <translation>Mit SIEM-Export vergleichen…</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Konnect Audit Webhook</source>
        <translation>Konnect Audit Webhook</translation>
    </message>
    <message>
        <source>Watches the audit-log webhooks of your Konnect organizations from the system tray</source>
        <translation>Überwacht die Audit-Log-Webhooks Ihrer Konnect-Organisationen aus dem Systembereich der Kontrollleiste</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the start at login.</source>
        <translation>Der Ordner %1 für den Start bei der Anmeldung konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>BindingController</name>
    <message>
        <source>Binding %1</source>
        <translation>Binde %1</translation>
    </message>
    <message>
        <source>Unbinding %1</source>
        <translation>Bindung lösen: %1</translation>
    </message>
</context>
<context>
    <name>BindingEditor</name>
    <message>
        <source>Which model the webhook uses, and its destination</source>
        <translation>Welches Modell der Webhook nutzt, und sein Ziel</translation>
    </message>
    <message>
        <source>Which of Konnect&apos;s models this webhook uses</source>
        <translation>Welches von Konnects Modellen dieser Webhook nutzt</translation>
    </message>
    <message>
        <source>Move to a destination…</source>
        <translation>In ein Ziel überführen…</translation>
    </message>
    <message>
        <source>Create an audit log destination with this webhook&apos;s settings and bind the webhook to it</source>
        <translation>Ein Audit-Log-Ziel mit den Einstellungen dieses Webhooks anlegen und den Webhook daran binden</translation>
    </message>
    <message>
        <source>Where this webhook delivers</source>
        <translation>Wohin dieser Webhook liefert</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Audit log destination of this webhook</source>
        <translation>Audit-Log-Ziel dieses Webhooks</translation>
    </message>
    <message>
        <source>Enabled: Konnect delivers audit logs to the destination</source>
        <translation>Aktiviert: Konnect liefert Audit-Logs an das Ziel</translation>
    </message>
    <message>
        <source>Result of the last binding request</source>
        <translation>Ergebnis der letzten Bindungsanfrage</translation>
    </message>
    <message>
        <source>Apply binding…</source>
        <translation>Bindung anwenden…</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>It is bound to a destination that Konnect no longer has (%1): choose another.</source>
        <translation>Er ist an ein Ziel gebunden, das Konnect nicht mehr kennt (%1): wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>(not bound)</source>
        <translation>(nicht gebunden)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (no longer in Konnect)</source>
        <translation>%1 (nicht mehr in Konnect)</translation>
    </message>
    <message>
        <source>New destination…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <source>Choose a destination first.</source>
        <translation>Wählen Sie zuerst ein Ziel.</translation>
    </message>
    <message>
        <source>Review the change, then send it to Konnect</source>
        <translation>Die Änderung prüfen und dann an Konnect senden</translation>
    </message>
    <message>
        <source>Nothing to apply: this is what Konnect has.</source>
        <translation>Nichts anzuwenden: das hat Konnect bereits.</translation>
    </message>
    <message>
        <source>Konnect will change the webhook of %1:</source>
        <translation>Konnect ändert den Webhook von %1:</translation>
    </message>
    <message>
        <source>No secret is sent: the destination keeps its authorization.</source>
        <translation>Es wird kein Geheimnis gesendet: das Ziel behält seine Autorisierung.</translation>
    </message>
    <message>
        <source>Applied: %1 now delivers to &quot;%2&quot;%3.</source>
        <translation>Angewendet: %1 liefert jetzt an „%2“%3.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 SIEM</source>
        <translation>%1 SIEM</translation>
    </message>
    <message>
        <source>Webhook delivers through</source>
        <translation>Webhook liefert über</translation>
    </message>
    <message>
        <source>its inline settings (v2)</source>
        <translation>seine eigenen Einstellungen (v2)</translation>
    </message>
    <message>
        <source>the new destination &quot;%1&quot;</source>
        <translation>das neue Ziel „%1“</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Konnect will create the destination &quot;%1&quot;, then bind %2 to it:</source>
        <translation>Konnect legt das Ziel „%1“ an und bindet dann %2 daran:</translation>
    </message>
    <message>
        <source>The move is half done</source>
        <translation>Die Überführung ist halb fertig</translation>
    </message>
    <message>
        <source>Unbind…</source>
        <translation>Bindung lösen…</translation>
    </message>
    <message>
        <source>Stop this webhook&apos;s deliveries and leave it without a destination (the destination itself stays)</source>
        <translation>Die Zustellungen dieses Webhooks beenden und ihn ohne Ziel lassen (das Ziel selbst bleibt bestehen)</translation>
    </message>
    <message>
        <source>Konnect will stop delivering the audit logs of %1 and unbind its webhook:</source>
        <translation>Konnect stellt die Audit-Logs von %1 nicht mehr zu und löst die Bindung seines Webhooks:</translation>
    </message>
    <message>
        <source>The destination itself stays, with its authorization, for the other webhooks that use it.</source>
        <translation>Das Ziel selbst bleibt mit seiner Autorisierung für die anderen Webhooks bestehen, die es nutzen.</translation>
    </message>
    <message>
        <source>Unbound: %1 no longer delivers audit logs.</source>
        <translation>Bindung gelöst: %1 stellt keine Audit-Logs mehr zu.</translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (verborgen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (new, hidden: the URL holds a key)</source>
        <translation>%1 (neu, verborgen: die URL enthält einen Schlüssel)</translation>
    </message>
    <message>
        <source>set, hidden by Konnect</source>
        <translation>gesetzt, von Konnect verborgen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (new value, hidden)</source>
        <translation>%1 (neuer Wert, verborgen)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>nicht gebunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection to Konnect</source>
        <translation>Verbindung zu Konnect</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Verwalten…</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Konnect region</source>
        <translation>Konnect-Region</translation>
    </message>
    <message>
        <source>Each region has its own audit-log webhook</source>
        <translation>Jede Region hat ihren eigenen Audit-Log-Webhook</translation>
    </message>
    <message>
        <source>Konnect API address</source>
        <translation>Adresse der Konnect-API</translation>
    </message>
    <message>
        <source>Konnect token:</source>
        <translation>Konnect-Token:</translation>
    </message>
    <message>
        <source>Konnect token state</source>
        <translation>Zustand des Konnect-Tokens</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <source>Set the Konnect token</source>
        <translation>Das Konnect-Token festlegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve token</source>
        <translation>Token ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the Konnect token</source>
        <translation>Das Konnect-Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import tokens from kongctl, decK or the environment</source>
        <translation>Tokens aus kongctl, decK oder der Umgebung importieren</translation>
    </message>
    <message>
        <source>About the Konnect token</source>
        <translation>Zum Konnect-Token</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Region and base URL…</source>
        <translation>Region und &amp;Basis-URL…</translation>
    </message>
    <message>
        <source>Re&amp;name this profile…</source>
        <translation>Dieses Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete this profile…</source>
        <translation>Dieses Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>Demo mode has one profile of its own and never touches your profiles.</source>
        <translation>Der Demo-Modus hat ein eigenes Profil und rührt Ihre Profile nie an.</translation>
    </message>
    <message>
        <source>The base URL decides where requests go: edit it under Manage.</source>
        <translation>Die Basis-URL bestimmt, wohin Anfragen gehen: Ändern Sie sie unter „Verwalten“.</translation>
    </message>
    <message>
        <source>Each Konnect region has its own audit-log webhook.</source>
        <translation>Jede Konnect-Region hat ihren eigenen Audit-Log-Webhook.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Replace &amp;token…</source>
        <translation>&amp;Token ersetzen…</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;? Its token and SIEM authorization are removed from the system keychain. The webhook in Konnect is not changed.</source>
        <translation>Profil „%1“ löschen? Sein Token und seine SIEM-Autorisierung werden aus dem System-Schlüsselbund entfernt. Der Webhook in Konnect wird nicht geändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>from the system keychain</source>
        <translation>aus dem System-Schlüsselbund</translation>
    </message>
    <message>
        <source>from memory</source>
        <translation>aus dem Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Remove the token?</source>
        <translation>Token entfernen?</translation>
    </message>
    <message>
        <source>Remove the Konnect token of profile &quot;%1&quot; %2? The window cannot reach Konnect until a token is set again.</source>
        <translation>Das Konnect-Token des Profils „%1“ %2 entfernen? Das Fenster kann Konnect erst wieder erreichen, wenn erneut ein Token festgelegt ist.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Webhook of:</source>
        <translation>Webhook von:</translation>
    </message>
    <message>
        <source>Whose webhook</source>
        <translation>Wessen Webhook</translation>
    </message>
    <message>
        <source>The organization&apos;s webhook of the region, or a Dev Portal&apos;s</source>
        <translation>Der Webhook der Organisation in der Region oder der eines Dev Portals</translation>
    </message>
    <message>
        <source>Dev Portal: %1</source>
        <translation>Dev Portal: %1</translation>
    </message>
    <message>
        <source>Whose audit-log webhook the tabs show and change</source>
        <translation>Wessen Audit-Log-Webhook die Reiter zeigen und ändern</translation>
    </message>
    <message>
        <source>This region has no Dev Portals (or they are still loading).</source>
        <translation>Diese Region hat keine Dev Portals (oder sie werden noch geladen).</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>About the connection test</source>
        <translation>Zum Verbindungstest</translation>
    </message>
    <message>
        <source>Konnect checks of the connection test</source>
        <translation>Konnect-Prüfungen des Verbindungstests</translation>
    </message>
    <message>
        <source>What the connection test sends</source>
        <translation>Was der Verbindungstest sendet</translation>
    </message>
    <message>
        <source>Delivery attempts to the SIEM</source>
        <translation>Zustellversuche an das SIEM</translation>
    </message>
    <message>
        <source>From this computer:</source>
        <translation>Von diesem Computer:</translation>
    </message>
    <message>
        <source>Verdict of the connection test</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>What the connection test cannot tell</source>
        <translation>Was der Verbindungstest nicht feststellen kann</translation>
    </message>
    <message>
        <source>From Konnect&apos;s own delivery:</source>
        <translation>Aus der Zustellung durch Konnect:</translation>
    </message>
    <message>
        <source>Konnect&apos;s own delivery result</source>
        <translation>Ergebnis der Zustellung durch Konnect</translation>
    </message>
    <message>
        <source>Watch Konnect&apos;s next delivery</source>
        <translation>Nächste Zustellung von Konnect beobachten</translation>
    </message>
    <message>
        <source>Watch the webhook status until Konnect&apos;s next delivery attempt</source>
        <translation>Den Webhook-Status bis zum nächsten Zustellversuch von Konnect beobachten</translation>
    </message>
    <message>
        <source>Checks Konnect&apos;s webhook status every 30 s (for up to 15 minutes) until its next delivery attempt reports what your SIEM answered</source>
        <translation>Prüft den Webhook-Status von Konnect alle 30 s (bis zu 15 Minuten), bis sein nächster Zustellversuch meldet, was Ihr SIEM geantwortet hat</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Beobachten beenden</translation>
    </message>
    <message>
        <source>Stop watching Konnect&apos;s deliveries</source>
        <translation>Das Beobachten der Zustellungen von Konnect beenden</translation>
    </message>
    <message>
        <source>CEF</source>
        <translation>CEF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Content-Encoding</source>
        <translation>Content-Encoding</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Wait before next</source>
        <translation>Wartezeit bis zum nächsten</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Konnect&apos;s next delivery attempt after %1: checked %n time(s), every 30 s.</source>
        <translation>
            <numerusform>Warten auf den nächsten Zustellversuch von Konnect nach %1: einmal geprüft, alle 30 s.</numerusform>
            <numerusform>Warten auf den nächsten Zustellversuch von Konnect nach %1: %n-mal geprüft, alle 30 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Konnect: checking…</source>
        <translation>Konnect: wird geprüft…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Die Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Konnect:</source>
        <translation>Konnect:</translation>
    </message>
    <message>
        <source>the authorization from the form</source>
        <translation>der Autorisierung aus dem Formular</translation>
    </message>
    <message>
        <source>the preset&apos;s placeholder authorization</source>
        <translation>der Platzhalter-Autorisierung der Vorlage</translation>
    </message>
    <message>
        <source>no authorization (Konnect never shows the stored one: type it in the form to test it)</source>
        <translation>keiner Autorisierung (Konnect zeigt die gespeicherte nie an: Geben Sie sie im Formular ein, um sie zu testen)</translation>
    </message>
    <message>
        <source>SIEM: sending %1 signed %2 events to %3 with %4; TLS certificate %5.</source>
        <translation>SIEM: %1 signierte %2-Ereignisse werden an %3 gesendet, mit %4; TLS-Zertifikat %5.</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Applied. Konnect&apos;s own next delivery tells what your SIEM answers Konnect&apos;s network: Watch Konnect&apos;s next delivery to see it here.</source>
        <translation>Angewendet. Erst die nächste Zustellung durch Konnect zeigt, was Ihr SIEM dem Netz von Konnect antwortet: Mit „Nächste Zustellung von Konnect beobachten“ sehen Sie es hier.</translation>
    </message>
    <message>
        <source>Waiting for Konnect&apos;s next delivery attempt after %1…</source>
        <translation>Warten auf den nächsten Zustellversuch von Konnect nach %1…</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Konnect&apos;s delivery at %1 got %2: %3.</source>
        <translation>Die Zustellung von Konnect um %1 erhielt %2: %3.</translation>
    </message>
    <message>
        <source>Test connection sends your SIEM what Konnect sends (signed events, gzip, the form&apos;s authorization) under Konnect&apos;s retry rule. The Konnect token never goes to the SIEM.</source>
        <translation>„Verbindung testen“ sendet Ihrem SIEM, was Konnect sendet (signierte Ereignisse, gzip, die Autorisierung aus dem Formular), nach der Wiederholungsregel von Konnect. Das Konnect-Token geht nie an das SIEM.</translation>
    </message>
    <message>
        <source>Whether the test result still matches the form</source>
        <translation>Ob das Testergebnis noch zum Formular passt</translation>
    </message>
    <message>
        <source>Konnect&apos;s endpoint</source>
        <translation>den Endpunkt von Konnect</translation>
    </message>
    <message>
        <source>Tested against %1, changed since: the result below is for the old values. Test connection again to test what the form holds now.</source>
        <translation>Getestet gegen %1, seitdem geändert: Das Ergebnis unten gilt für die alten Werte. Testen Sie die Verbindung erneut, um zu prüfen, was jetzt im Formular steht.</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>zugestellt: %1</translation>
    </message>
    <message>
        <source>unreachable: host not found</source>
        <translation>nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <source>unreachable: connection refused</source>
        <translation>nicht erreichbar: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>unreachable: timed out</source>
        <translation>nicht erreichbar: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>refused: the TLS certificate is not trusted</source>
        <translation>abgelehnt: dem TLS-Zertifikat wird nicht vertraut</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CurrentConfigPanel</name>
    <message>
        <source>What Konnect has now</source>
        <translation>Was Konnect jetzt hat</translation>
    </message>
    <message>
        <source>Current configuration in Konnect</source>
        <translation>Aktuelle Konfiguration in Konnect</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Current endpoint</source>
        <translation>Aktueller Endpunkt</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Current authorization</source>
        <translation>Aktuelle Autorisierung</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Currently enabled</source>
        <translation>Derzeit aktiviert</translation>
    </message>
    <message>
        <source>Log format:</source>
        <translation>Log-Format:</translation>
    </message>
    <message>
        <source>Current log format</source>
        <translation>Aktuelles Log-Format</translation>
    </message>
    <message>
        <source>TLS verification:</source>
        <translation>TLS-Prüfung:</translation>
    </message>
    <message>
        <source>Current TLS verification</source>
        <translation>Aktuelle TLS-Prüfung</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>State of the current configuration</source>
        <translation>Zustand der aktuellen Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktua&amp;lisieren</translation>
    </message>
    <message>
        <source>Load the configuration from Konnect again (F5)</source>
        <translation>Die Konfiguration erneut aus Konnect laden (F5)</translation>
    </message>
    <message>
        <source>Refresh the current configuration</source>
        <translation>Die aktuelle Konfiguration aktualisieren</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>Loading from Konnect…</source>
        <translation>Wird aus Konnect geladen…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>No webhook is configured in this region yet: fill in the form and apply.</source>
        <translation>In dieser Region ist noch kein Webhook eingerichtet: Füllen Sie das Formular aus und wenden Sie es an.</translation>
    </message>
    <message>
        <source>%1 (hidden: the URL holds a key)</source>
        <translation>%1 (verborgen: die URL enthält einen Schlüssel)</translation>
    </message>
    <message>
        <source>set, hidden by Konnect</source>
        <translation>gesetzt, von Konnect verborgen</translation>
    </message>
    <message>
        <source>yes: Konnect is sending audit logs</source>
        <translation>ja: Konnect sendet Audit-Logs</translation>
    </message>
    <message>
        <source>no: Konnect is not sending</source>
        <translation>nein: Konnect sendet nicht</translation>
    </message>
    <message>
        <source>skipped (certificates are not checked)</source>
        <translation>übersprungen (Zertifikate werden nicht geprüft)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>DeliveryWatch</name>
    <message>
        <source>Stopped watching.</source>
        <translation>Beobachten beendet.</translation>
    </message>
    <message>
        <source>Konnect&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Konnect konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Konnect made no delivery attempt within %1 minutes of the Apply (it sends when there are audit events). The Status tab shows the next one.</source>
        <translation>Konnect hat innerhalb von %1 Minuten nach dem Anwenden keinen Zustellversuch unternommen (es sendet, sobald es Audit-Ereignisse gibt). Der Reiter „Status“ zeigt den nächsten.</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <source>&amp;Demo</source>
        <translation>De&amp;mo</translation>
    </message>
    <message>
        <source>Konnect is &amp;busy for the next two attempts (watch the retries)</source>
        <translation>Konnect ist bei den nächsten zwei Versuchen &amp;ausgelastet (Wiederholungen beobachten)</translation>
    </message>
    <message>
        <source>Demo: the next two attempts get 503 Service Unavailable with Retry-After: 3. Refresh or apply to watch the countdown.</source>
        <translation>Demo: Die nächsten zwei Versuche erhalten 503 Service Unavailable mit Retry-After: 3. Aktualisieren Sie oder wenden Sie an, um den Countdown zu sehen.</translation>
    </message>
    <message>
        <source>Konnect is &amp;down for the next request (gives up after 5 attempts)</source>
        <translation>Konnect ist bei der nächsten Anfrage aus&amp;gefallen (gibt nach 5 Versuchen auf)</translation>
    </message>
    <message>
        <source>Demo: the next five attempts get 503. Refresh or apply to see the window give up.</source>
        <translation>Demo: Die nächsten fünf Versuche erhalten 503. Aktualisieren Sie oder wenden Sie an, um zu sehen, wie das Fenster aufgibt.</translation>
    </message>
    <message>
        <source>The next request&apos;s token is &amp;expired (401)</source>
        <translation>Das Token der nächsten Anfrage ist abge&amp;laufen (401)</translation>
    </message>
    <message>
        <source>Demo: the next request gets 401 Unauthorized.</source>
        <translation>Demo: Die nächste Anfrage erhält 401 Unauthorized.</translation>
    </message>
    <message>
        <source>The next request is &amp;not from an Organization Admin (403)</source>
        <translation>Die nächste Anfrage kommt &amp;nicht von einem Organization Admin (403)</translation>
    </message>
    <message>
        <source>Demo: the next request gets 403 Forbidden.</source>
        <translation>Demo: Die nächste Anfrage erhält 403 Forbidden.</translation>
    </message>
    <message>
        <source>Demo SIEM receiver</source>
        <translation>Demo-SIEM-Empfänger</translation>
    </message>
    <message>
        <source>Use the demo SIEM &amp;receiver (fills the form)</source>
        <translation>Demo-SIEM-&amp;Empfänger verwenden (füllt das Formular aus)</translation>
    </message>
    <message>
        <source>Show the demo SIEM receiver&apos;s &amp;events</source>
        <translation>Ereignisse des Demo-SIEM-Empfängers an&amp;zeigen</translation>
    </message>
    <message>
        <source>Demo: the form points at the demo SIEM receiver. Press Test connection and watch the events arrive in the Demo SIEM receiver panel; Apply to make the emulated Konnect use it.</source>
        <translation>Demo: Das Formular zeigt auf den Demo-SIEM-Empfänger. Drücken Sie „Verbindung testen“ und sehen Sie zu, wie die Ereignisse im Bereich „Demo-SIEM-Empfänger“ ankommen; wenden Sie an, damit das emulierte Konnect ihn verwendet.</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Audit log destination</source>
        <translation>Audit-Log-Ziel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>e.g. Production SIEM</source>
        <translation>z. B. Produktions-SIEM</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Result of saving the destination</source>
        <translation>Ergebnis des Speicherns</translation>
    </message>
    <message>
        <source>Edit the destination &quot;%1&quot;</source>
        <translation>Das Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New audit log destination</source>
        <translation>Neues Audit-Log-Ziel</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>Konnect will create the audit log destination &quot;%1&quot;:</source>
        <translation>Konnect legt das Audit-Log-Ziel „%1“ an:</translation>
    </message>
    <message>
        <source>Konnect will change the audit log destination &quot;%1&quot;:</source>
        <translation>Konnect ändert das Audit-Log-Ziel „%1“:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DestinationMove</name>
    <message>
        <source>A Dev Portal has no inline webhook to move: bind it to a destination instead.</source>
        <translation>Ein Dev Portal hat keinen eigenen Inline-Webhook zum Überführen: binden Sie es stattdessen an ein Ziel.</translation>
    </message>
    <message>
        <source>Creating the audit log destination &quot;%1&quot;</source>
        <translation>Lege das Audit-Log-Ziel „%1“ an</translation>
    </message>
    <message>
        <source>Konnect created the destination but its answer cannot be read (%1).</source>
        <translation>Konnect hat das Ziel angelegt, aber seine Antwort ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>Binding %1 to &quot;%2&quot;</source>
        <translation>Binde %1 an „%2“</translation>
    </message>
    <message>
        <source>Nothing changed: the destination could not be created (%1). %2 still uses its inline webhook.</source>
        <translation>Nichts geändert: das Ziel konnte nicht angelegt werden (%1). %2 nutzt weiter seinen Inline-Webhook.</translation>
    </message>
    <message>
        <source>Moved: %1 now delivers through the destination &quot;%2&quot; (%3), with the same endpoint, format and TLS setting%4.</source>
        <translation>Überführt: %1 liefert jetzt über das Ziel „%2“ (%3), mit demselben Endpunkt, Format und derselben TLS-Einstellung%4.</translation>
    </message>
    <message>
        <source>, enabled</source>
        <translation>, aktiviert</translation>
    </message>
    <message>
        <source>, disabled as before</source>
        <translation>, deaktiviert wie zuvor</translation>
    </message>
    <message>
        <source>The destination was probably created, but %1 was not bound to it and still uses its inline webhook. Look for it with `destinations list%2`, then bind with `apply --destination ID%2`, or delete it with `destinations delete ID --yes%2`.</source>
        <translation>Das Ziel wurde wahrscheinlich angelegt, aber %1 wurde nicht daran gebunden und nutzt weiter seinen Inline-Webhook. Suchen Sie es mit `destinations list%2`, binden Sie dann mit `apply --destination ID%2` oder löschen Sie es mit `destinations delete ID --yes%2`.</translation>
    </message>
    <message>
        <source>Half done: the destination &quot;%1&quot; (%2) now exists, but binding %3 to it failed (%4). The region still delivers through its inline webhook, unchanged. To finish: `apply --destination %2%5%6`; to undo: `destinations delete %2 --yes%6`.</source>
        <translation>Halb fertig: das Ziel „%1“ (%2) existiert jetzt, aber %3 daran zu binden schlug fehl (%4). Die Region liefert weiter unverändert über ihren Inline-Webhook. Zum Abschließen: `apply --destination %2%5%6`; zum Rückgängigmachen: `destinations delete %2 --yes%6`.</translation>
    </message>
</context>
<context>
    <name>DestinationUsageScan</name>
    <message>
        <source>The Dev Portals of region %1 could not be listed: %2</source>
        <translation>Die Dev Portals der Region %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Dev Portal &quot;%1&quot; (region %2, %3)</source>
        <translation>Dev Portal „%1“ (Region %2, %3)</translation>
    </message>
    <message>
        <source>organization webhook (region %1, %2)</source>
        <translation>Webhook der Organisation (Region %1, %2)</translation>
    </message>
</context>
<context>
    <name>DestinationsController</name>
    <message>
        <source>Listing the audit log destinations</source>
        <translation>Lese die Audit-Log-Ziele</translation>
    </message>
    <message>
        <source>Creating the audit log destination &quot;%1&quot;</source>
        <translation>Lege das Audit-Log-Ziel „%1“ an</translation>
    </message>
    <message>
        <source>Saving the audit log destination &quot;%1&quot;</source>
        <translation>Speichere das Audit-Log-Ziel „%1“</translation>
    </message>
    <message>
        <source>Deleting the audit log destination &quot;%1&quot;</source>
        <translation>Lösche das Audit-Log-Ziel „%1“</translation>
    </message>
</context>
<context>
    <name>DestinationsPage</name>
    <message>
        <source>Audit log destinations</source>
        <translation>Audit-Log-Ziele</translation>
    </message>
    <message>
        <source>Konnect&apos;s current model: a destination holds the SIEM endpoint and its authorization; the organization&apos;s webhook of each region and each Dev Portal&apos;s webhook point at one.</source>
        <translation>Konnects aktuelles Modell: ein Ziel enthält den SIEM-Endpunkt und seine Autorisierung; der Webhook der Organisation in jeder Region und der Webhook jedes Dev Portals zeigen auf eines.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Result of the last destination request</source>
        <translation>Ergebnis der letzten Anfrage zu Zielen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New destination…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Created the destination &quot;%1&quot;.</source>
        <translation>Das Ziel „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Saved the destination &quot;%1&quot;.</source>
        <translation>Das Ziel „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the destination.</source>
        <translation>Das Ziel wurde gelöscht.</translation>
    </message>
    <message>
        <source>Dev Portal %1</source>
        <translation>Dev Portal %1</translation>
    </message>
    <message>
        <source>organization (%1)</source>
        <translation>Organisation (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Delete the audit log destination &quot;%1&quot;? This cannot be undone.</source>
        <translation>Das Audit-Log-Ziel „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>It is still used by: %1. Konnect refuses to delete it until they point elsewhere.</source>
        <translation>Es wird noch genutzt von: %1. Konnect verweigert das Löschen, bis diese auf ein anderes Ziel zeigen.</translation>
    </message>
    <message>
        <source>Delete the destination?</source>
        <translation>Das Ziel löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Used by: %1. Bind those webhooks to another destination first.</source>
        <translation>Genutzt von: %1. Binden Sie diese Webhooks zuerst an ein anderes Ziel.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Log-Format</translation>
    </message>
    <message>
        <source>Skip TLS verification</source>
        <translation>TLS-Prüfung überspringen</translation>
    </message>
    <message>
        <source>Konnect refused this value: %1</source>
        <translation>Konnect hat diesen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>Konnect refused the token (401): it is invalid or has expired. Create a new token in Konnect and store it with Replace token.</source>
        <translation>Konnect hat das Token abgelehnt (401): Es ist ungültig oder abgelaufen. Erstellen Sie in Konnect ein neues Token und speichern Sie es mit „Token ersetzen“.</translation>
    </message>
    <message>
        <source>The token is valid, but its owner may not change audit-log settings (403): this needs an Organization Admin. Use a token of an Organization Admin.</source>
        <translation>Das Token ist gültig, aber sein Inhaber darf die Audit-Log-Einstellungen nicht ändern (403): Dafür ist ein Organization Admin nötig. Verwenden Sie das Token eines Organization Admins.</translation>
    </message>
    <message>
        <source>Konnect refused the settings: see the messages next to the fields. Your edits are kept.</source>
        <translation>Konnect hat die Einstellungen abgelehnt: Beachten Sie die Meldungen neben den Feldern. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Konnect refused the settings: %1. Your edits are kept.</source>
        <translation>Konnect hat die Einstellungen abgelehnt: %1. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Konnect is limiting requests (429 Too Many Requests) and still was after %n attempt(s): gave up. Your edits are kept; try again in a minute.</source>
        <translation>
            <numerusform>Konnect begrenzt die Anfragen (429 Too Many Requests) und tat es auch nach %n Versuch noch: aufgegeben. Ihre Änderungen bleiben erhalten; versuchen Sie es in einer Minute erneut.</numerusform>
            <numerusform>Konnect begrenzt die Anfragen (429 Too Many Requests) und tat es auch nach %n Versuchen noch: aufgegeben. Ihre Änderungen bleiben erhalten; versuchen Sie es in einer Minute erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Konnect had a problem (HTTP %1) and still had it after %n attempt(s): gave up. Your edits are kept; try again later.</source>
        <translation>
            <numerusform>Konnect hatte ein Problem (HTTP %1) und hatte es auch nach %n Versuch noch: aufgegeben. Ihre Änderungen bleiben erhalten; versuchen Sie es später erneut.</numerusform>
            <numerusform>Konnect hatte ein Problem (HTTP %1) und hatte es auch nach %n Versuchen noch: aufgegeben. Ihre Änderungen bleiben erhalten; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached Konnect, Refresh shows whether it took effect.</source>
        <translation>Abgebrochen. Falls die Anfrage Konnect schon erreicht hatte, zeigt „Aktualisieren“, ob sie wirksam wurde.</translation>
    </message>
    <message>
        <source>%1 Your edits are kept.</source>
        <translation>%1 Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The connection to Konnect broke before its answer arrived (%1), so the change may be stored anyway: press Refresh to see what Konnect has now. Your edits are kept.</source>
        <translation>Die Verbindung zu Konnect brach ab, bevor die Antwort kam (%1); die Änderung kann trotzdem gespeichert sein: Drücken Sie „Aktualisieren“, um zu sehen, was Konnect jetzt hat. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 Konnect accepted the change, so it is probably stored: press Refresh to see what Konnect has now. Your edits are kept.</source>
        <translation>%1 Konnect hat die Änderung angenommen, sie ist also wahrscheinlich gespeichert: Drücken Sie „Aktualisieren“, um zu sehen, was Konnect jetzt hat. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The answer to %1 %2 was far larger than any of Konnect&apos;s and was refused: check the profile&apos;s base URL.</source>
        <translation>Die Antwort auf %1 %2 war weit größer als jede von Konnect und wurde abgelehnt: Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
</context>
<context>
    <name>FailingWebhookBanner</name>
    <message>
        <source>Delivery problem</source>
        <translation>Zustellproblem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Audit logs are not reaching your SIEM: Konnect&apos;s last delivery got %1.</source>
        <translation>Audit-Logs erreichen Ihr SIEM nicht: Die letzte Zustellung von Konnect erhielt %1.</translation>
    </message>
    <message>
        <source>See the Status tab.</source>
        <translation>Siehe Reiter „Status“.</translation>
    </message>
</context>
<context>
    <name>FleetScan</name>
    <message>
        <source>No keychain.</source>
        <translation>Kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>No Konnect token in the keychain for profile &quot;%1&quot;.</source>
        <translation>Kein Konnect-Token im Schlüsselbund für das Profil „%1“.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the Dev Portals could not be listed: %1</source>
        <translation>die Dev Portals konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>(Dev Portals)</source>
        <translation>(Dev Portals)</translation>
    </message>
</context>
<context>
    <name>FleetScopeRead</name>
    <message>
        <source>The webhook status could not be read: %1</source>
        <translation>Der Webhook-Status konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FleetVerdict</name>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Store the profile&apos;s Konnect token with `konnect-audit-webhook token set --profile %1` (it reads the token from standard input).</source>
        <translation>Speichern Sie das Konnect-Token des Profils mit `konnect-audit-webhook token set --profile %1` (es liest das Token von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Konnect refused the token: %1</source>
        <translation>Konnect hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Store a valid token of an organization admin with `konnect-audit-webhook token set --profile %1`.</source>
        <translation>Speichern Sie ein gültiges Token eines Organization Admins mit `konnect-audit-webhook token set --profile %1`.</translation>
    </message>
    <message>
        <source>Konnect&apos;s API could not be read after the retries: %1</source>
        <translation>Die API von Konnect war auch nach den Wiederholungen nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Check the network, the base URL and Konnect&apos;s status page, then scan again.</source>
        <translation>Prüfen Sie das Netzwerk, die Basis-URL und die Statusseite von Konnect und lesen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Run `test-endpoint` to find out why deliveries fail, fix it, then enable the webhook again.</source>
        <translation>Finden Sie mit `test-endpoint` heraus, warum Zustellungen scheitern, beheben Sie es und aktivieren Sie den Webhook dann wieder.</translation>
    </message>
    <message>
        <source>Inactive: the last delivery failed (%1); Konnect is not delivering.</source>
        <translation>Inaktiv: die letzte Zustellung ist gescheitert (%1); Konnect liefert nicht.</translation>
    </message>
    <message>
        <source>Inactive and turned off after a failed delivery (%1).</source>
        <translation>Inaktiv und nach einer gescheiterten Zustellung abgeschaltet (%1).</translation>
    </message>
    <message>
        <source> Replay the lost window (up to 7 days) once it works.</source>
        <translation> Spielen Sie den verlorenen Zeitraum (bis zu 7 Tage) erneut ab, sobald es funktioniert.</translation>
    </message>
    <message>
        <source>Enabled, but bound to the audit log destination %1, which Konnect no longer has.</source>
        <translation>Aktiviert, aber an das Audit-Log-Ziel %1 gebunden, das Konnect nicht mehr kennt.</translation>
    </message>
    <message>
        <source>Enabled, but nothing is configured: Konnect has nowhere to send audit logs.</source>
        <translation>Aktiviert, aber nichts ist eingerichtet: Konnect weiß nicht, wohin es Audit-Logs senden soll.</translation>
    </message>
    <message>
        <source>Bind the webhook to a destination (`apply --destination`), or disable it.</source>
        <translation>Binden Sie den Webhook an ein Ziel (`apply --destination`) oder deaktivieren Sie ihn.</translation>
    </message>
    <message>
        <source>Turned off: the webhook is saved, but Konnect sends nothing.</source>
        <translation>Abgeschaltet: der Webhook ist gespeichert, aber Konnect sendet nichts.</translation>
    </message>
    <message>
        <source>Nothing configured here: Konnect sends nothing.</source>
        <translation>Hier ist nichts eingerichtet: Konnect sendet nichts.</translation>
    </message>
    <message>
        <source>Enable it (`apply --enable`) if audit logs should go there.</source>
        <translation>Aktivieren Sie ihn (`apply --enable`), wenn Audit-Logs dorthin gehen sollen.</translation>
    </message>
    <message>
        <source>The last delivery got %1, which Konnect retries: it may still arrive, and the webhook turns inactive if the retries fail too.</source>
        <translation>Die letzte Zustellung erhielt %1, was Konnect wiederholt: sie kann noch ankommen, und der Webhook wird inaktiv, wenn auch die Wiederholungen scheitern.</translation>
    </message>
    <message>
        <source>Check the SIEM&apos;s health and capacity.</source>
        <translation>Prüfen Sie Zustand und Kapazität des SIEM.</translation>
    </message>
    <message>
        <source>The SIEM refused the last delivery with %1, which Konnect does not retry: that batch is lost.</source>
        <translation>Das SIEM hat die letzte Zustellung mit %1 abgelehnt, was Konnect nicht wiederholt: dieser Stapel ist verloren.</translation>
    </message>
    <message>
        <source>Konnect has not attempted a delivery for %1 (last %2), longer than the %3 allowed.</source>
        <translation>Konnect hat seit %1 keine Zustellung versucht (zuletzt %2), länger als die erlaubten %3.</translation>
    </message>
    <message>
        <source>Enabled, but Konnect has not attempted a delivery yet.</source>
        <translation>Aktiviert, aber Konnect hat noch keine Zustellung versucht.</translation>
    </message>
    <message>
        <source>Check that the organization has activity, and run `test-endpoint` to check the SIEM.</source>
        <translation>Prüfen Sie, ob in der Organisation etwas geschieht, und prüfen Sie das SIEM mit `test-endpoint`.</translation>
    </message>
    <message>
        <source>Delivering, but Konnect skips the SIEM&apos;s certificate check (skip_ssl_verification).</source>
        <translation>Liefert, aber Konnect überspringt die Zertifikatsprüfung des SIEM (skip_ssl_verification).</translation>
    </message>
    <message>
        <source>Give the SIEM a publicly trusted certificate and turn the check back on.</source>
        <translation>Geben Sie dem SIEM ein öffentlich vertrauenswürdiges Zertifikat und schalten Sie die Prüfung wieder ein.</translation>
    </message>
    <message>
        <source>Delivering: the last delivery %1 got %2.</source>
        <translation>Liefert: die letzte Zustellung %1 erhielt %2.</translation>
    </message>
</context>
<context>
    <name>FleetWatch</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>No profiles to watch.</source>
        <translation>Keine Profile zu überwachen.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s): %1</source>
        <translation>
            <numerusform>%n Bereich: %1</numerusform>
            <numerusform>%n Bereiche: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>profile %1, Dev Portal &quot;%2&quot; (region %3)</source>
        <translation>Profil %1, Dev Portal „%2“ (Region %3)</translation>
    </message>
    <message>
        <source>profile %1, region %2</source>
        <translation>Profil %1, Region %2</translation>
    </message>
    <message>
        <source>Audit logs reach the SIEM again: %1</source>
        <translation>Audit-Logs erreichen das SIEM wieder: %1</translation>
    </message>
    <message>
        <source>Audit logs %1: %2</source>
        <translation>Audit-Logs %1: %2</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Open the window on a built-in Konnect emulator with a demo token; nothing is read from or written to your profiles or keychain.</source>
        <translation>Öffnet das Fenster mit einem eingebauten Konnect-Emulator und einem Demo-Token; aus Ihren Profilen und Ihrem Schlüsselbund wird nichts gelesen und nichts geschrieben.</translation>
    </message>
    <message>
        <source>Show the window, load the configuration, paint once, print start-up timings to stderr and exit (0 when the configuration loaded).</source>
        <translation>Zeigt das Fenster, lädt die Konfiguration, zeichnet einmal, gibt die Startzeiten auf stderr aus und beendet sich (0, wenn die Konfiguration geladen wurde).</translation>
    </message>
    <message>
        <source>The profile to open.</source>
        <translation>Das zu öffnende Profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The Konnect region for this run (global, us, eu, au, me, in, sg).</source>
        <translation>Die Konnect-Region für diesen Lauf (global, us, eu, au, me, in, sg).</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The API root for this run, e.g. a proxy or an emulator.</source>
        <translation>Die API-Wurzel für diesen Lauf, z. B. ein Proxy oder ein Emulator.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the Konnect token for this run from standard input.</source>
        <translation>Das Konnect-Token für diesen Lauf von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Configure Kong Konnect&apos;s audit-log webhook.</source>
        <translation>Den Audit-Log-Webhook von Kong Konnect einrichten.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--demo uses its own emulator, profile and token: leave out --profile, --base-url and --token-stdin.</source>
        <translation>--demo verwendet eigenen Emulator, eigenes Profil und eigenes Token: Lassen Sie --profile, --base-url und --token-stdin weg.</translation>
    </message>
    <message>
        <source>Start minimised to the system tray, watching every profile in the background (what &quot;Start at login&quot; runs); without a tray the window opens instead.</source>
        <translation>Minimiert im Systembereich der Kontrollleiste starten und alle Profile im Hintergrund überwachen (das startet „Bei der Anmeldung starten“); ohne Systembereich öffnet sich stattdessen das Fenster.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a Konnect token</source>
        <translation>Ein Konnect-Token importieren</translation>
    </message>
    <message>
        <source>Tokens found where Kong&apos;s tools keep them. The one you import goes into the system keychain; the files are only read, never changed.</source>
        <translation>Tokens, die dort gefunden wurden, wo Kongs Werkzeuge sie ablegen. Das importierte Token kommt in den System-Schlüsselbund; die Dateien werden nur gelesen, nie geändert.</translation>
    </message>
    <message>
        <source>Tokens found</source>
        <translation>Gefundene Tokens</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>Als &amp;Profil speichern:</translation>
    </message>
    <message>
        <source>Profile to save the token in</source>
        <translation>Profil, in dem das Token gespeichert wird</translation>
    </message>
    <message>
        <source>About the selected token</source>
        <translation>Zum ausgewählten Token</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 — region %2</source>
        <translation>%1 — Region %2</translation>
    </message>
    <message>
        <source> (cannot be imported)</source>
        <translation> (kann nicht importiert werden)</translation>
    </message>
    <message>
        <source> (the same token as above)</source>
        <translation> (dasselbe Token wie oben)</translation>
    </message>
    <message>
        <source>No token was found in KONNECT_TOKEN, kongctl&apos;s config.yaml or decK&apos;s ~/.deck.yaml. Use Set token instead.</source>
        <translation>In KONNECT_TOKEN, in der config.yaml von kongctl und in der ~/.deck.yaml von decK wurde kein Token gefunden. Verwenden Sie stattdessen „Token festlegen“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; exists: importing replaces its token, region and base URL.</source>
        <translation>Das Profil „%1“ existiert bereits: Der Import ersetzt sein Token, seine Region und seine Basis-URL.</translation>
    </message>
</context>
<context>
    <name>KonnectClient</name>
    <message>
        <source>No Konnect token: set one with `konnect-audit-webhook token set` (it reads the token from standard input) or pass it for one run with --token-stdin.</source>
        <translation>Kein Konnect-Token: Legen Sie eines mit `konnect-audit-webhook token set` fest (es liest das Token von der Standardeingabe) oder übergeben Sie es für einen Lauf mit --token-stdin.</translation>
    </message>
    <message>
        <source>Nothing to change: Konnect already has these settings.</source>
        <translation>Nichts zu ändern: Konnect hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source> (gave up after %1 attempts)</source>
        <translation> (nach %1 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source> Konnect says: %1</source>
        <translation> Konnect meldet: %1</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. The request was not retried.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2. Die Anfrage wurde nicht wiederholt.</translation>
    </message>
    <message>
        <source>Could not reach Konnect for %1 %2: %3%4</source>
        <translation>Konnect war für %1 %2 nicht erreichbar: %3%4</translation>
    </message>
    <message>
        <source>Konnect refused the request (400 Bad Request).%1</source>
        <translation>Konnect hat die Anfrage abgelehnt (400 Bad Request).%1</translation>
    </message>
    <message>
        <source>Konnect refused the token (401 Unauthorized): it is invalid, expired or revoked. Create a new token in Konnect and store it with `konnect-audit-webhook token set`.</source>
        <translation>Konnect hat das Token abgelehnt (401 Unauthorized): Es ist ungültig, abgelaufen oder widerrufen. Erstellen Sie in Konnect ein neues Token und speichern Sie es mit `konnect-audit-webhook token set`.</translation>
    </message>
    <message>
        <source>The token is valid, but its owner may not change audit-log settings (403 Forbidden): use a token of an Organization Admin.</source>
        <translation>Das Token ist gültig, aber sein Inhaber darf die Audit-Log-Einstellungen nicht ändern (403 Forbidden): Verwenden Sie das Token eines Organization Admins.</translation>
    </message>
    <message>
        <source>Konnect answered 404 Not Found for %1 %2: check the region and --base-url.%3</source>
        <translation>Konnect antwortete 404 Not Found für %1 %2: Prüfen Sie die Region und --base-url.%3</translation>
    </message>
    <message>
        <source>A replay job is already running in this region: wait until it completes, then try again.</source>
        <translation>In dieser Region läuft bereits ein Replay-Auftrag: Warten Sie, bis er abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Konnect answered 409 Conflict.%1</source>
        <translation>Konnect antwortete 409 Conflict.%1</translation>
    </message>
    <message>
        <source>Konnect answered %1 to %2 %3%4.%5</source>
        <translation>Konnect antwortete %1 auf %2 %3%4.%5</translation>
    </message>
    <message>
        <source>Konnect answered with a redirect (%1) to %2 %3, which is not followed so that the token stays with Konnect: check --base-url.</source>
        <translation>Konnect antwortete auf %2 %3 mit einer Weiterleitung (%1), der nicht gefolgt wird, damit das Token bei Konnect bleibt: Prüfen Sie --base-url.</translation>
    </message>
    <message>
        <source>Konnect answered %1 to %2 %3.%4</source>
        <translation>Konnect antwortete %1 auf %2 %3.%4</translation>
    </message>
    <message>
        <source>The answer to %1 %2 was larger than %3 KiB and was refused: Konnect&apos;s answers are small, so this is not Konnect&apos;s API. Check --base-url.</source>
        <translation>Die Antwort auf %1 %2 war größer als %3 KiB und wurde abgelehnt: Die Antworten von Konnect sind klein, das ist also nicht die API von Konnect. Prüfen Sie --base-url.</translation>
    </message>
    <message>
        <source> The request may have reached Konnect, so the change may be stored: run `konnect-audit-webhook get` to see what Konnect has now.</source>
        <translation> Die Anfrage kann Konnect erreicht haben, die Änderung kann also gespeichert sein: Führen Sie `konnect-audit-webhook get` aus, um zu sehen, was Konnect jetzt hat.</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>Konnect answered %1 %2 without a `data` list: this is not the page expected.</source>
        <translation>Konnect hat auf %1 %2 ohne `data`-Liste geantwortet: das ist nicht die erwartete Seite.</translation>
    </message>
    <message>
        <source>Konnect&apos;s next page link for %1 has no page[after] cursor.</source>
        <translation>Der Link zur nächsten Seite von %1 hat keinen page[after]-Cursor.</translation>
    </message>
    <message>
        <source>Konnect returned the same page cursor twice for %1: the listing would never end, so it was stopped after %2 pages.</source>
        <translation>Konnect hat für %1 zweimal denselben Seiten-Cursor geliefert: die Liste würde nie enden, daher wurde nach %2 Seiten abgebrochen.</translation>
    </message>
    <message>
        <source>Konnect&apos;s listing %1 went on past %2 pages; it was stopped there.</source>
        <translation>Konnects Liste %1 ging über %2 Seiten hinaus; dort wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Konnect answered %1 to %2 %3, but the answer is not the JSON object expected (%4). Check --base-url: it must point at Konnect&apos;s API host.</source>
        <translation>Konnect hat mit %1 auf %2 %3 geantwortet, aber die Antwort ist nicht das erwartete JSON-Objekt (%4). Prüfen Sie --base-url: sie muss auf Konnects API-Host zeigen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Konnect Audit Webhook</source>
        <translation>Konnect Audit Webhook</translation>
    </message>
    <message>
        <source>What you want Konnect to have</source>
        <translation>Was Konnect haben soll</translation>
    </message>
    <message>
        <source>Result of the last request</source>
        <translation>Ergebnis der letzten Anfrage</translation>
    </message>
    <message>
        <source>Why Apply is not available</source>
        <translation>Warum „Anwenden“ nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Dis&amp;card edits</source>
        <translation>Änderungen verw&amp;erfen</translation>
    </message>
    <message>
        <source>Discard your edits and show what Konnect has</source>
        <translation>Ihre Änderungen verwerfen und anzeigen, was Konnect hat</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>Review the changes, then send them to Konnect (Ctrl+Return)</source>
        <translation>Die Änderungen prüfen und dann an Konnect senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Apply the changes to Konnect</source>
        <translation>Die Änderungen auf Konnect anwenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh from Konnect</source>
        <translation>Aus Konnect a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Show activity &amp;log</source>
        <translation>Aktivitäts&amp;protokoll anzeigen</translation>
    </message>
    <message>
        <source>About Konnect Audit Webhook</source>
        <translation>Über Konnect Audit Webhook</translation>
    </message>
    <message>
        <source>Konnect Audit Webhook %1
Configures where Kong Konnect sends its audit logs.</source>
        <translation>Konnect Audit Webhook %1
Legt fest, wohin Kong Konnect seine Audit-Logs sendet.</translation>
    </message>
    <message>
        <source>Demo mode keeps everything in memory.</source>
        <translation>Der Demo-Modus hält alles im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>region %1 (profile %2)</source>
        <translation>Region %1 (Profil %2)</translation>
    </message>
    <message>
        <source>custom URL</source>
        <translation>eigene URL</translation>
    </message>
    <message>
        <source>Waiting for the Konnect token…</source>
        <translation>Warten auf das Konnect-Token…</translation>
    </message>
    <message>
        <source>No Konnect token: set one with Set token.</source>
        <translation>Kein Konnect-Token: Legen Sie eines mit „Token festlegen“ fest.</translation>
    </message>
    <message>
        <source>Restored the edits you had not applied last time. Discard edits goes back to what Konnect has.</source>
        <translation>Die beim letzten Mal nicht angewendeten Änderungen wurden wiederhergestellt. „Änderungen verwerfen“ kehrt zu dem zurück, was Konnect hat.</translation>
    </message>
    <message>
        <source>Set a Konnect token to load and apply.</source>
        <translation>Legen Sie ein Konnect-Token fest, um zu laden und anzuwenden.</translation>
    </message>
    <message>
        <source>Apply needs Konnect&apos;s current configuration: Refresh.</source>
        <translation>„Anwenden“ braucht die aktuelle Konfiguration von Konnect: Bitte aktualisieren.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to apply.</source>
        <translation>Korrigieren Sie die rot markierten Felder, um anzuwenden.</translation>
    </message>
    <message>
        <source>Nothing to apply: the form matches Konnect.</source>
        <translation>Nichts anzuwenden: Das Formular stimmt mit Konnect überein.</translation>
    </message>
    <message>
        <source>Wait for the request to finish, or cancel it.</source>
        <translation>Warten Sie, bis die Anfrage fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Apply these changes to %1?
%2</source>
        <translation>Diese Änderungen in %1 anwenden?
%2</translation>
    </message>
    <message>
        <source>Applied: Konnect now has these settings in %1.</source>
        <translation>Angewendet: Konnect hat jetzt diese Einstellungen in %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close with unapplied changes?</source>
        <translation>Mit nicht angewendeten Änderungen schließen?</translation>
    </message>
    <message>
        <source>Your changes have not been applied to Konnect. Keep them as a draft for next time (without secrets), or discard them?</source>
        <translation>Ihre Änderungen wurden nicht auf Konnect angewendet. Als Entwurf für das nächste Mal behalten (ohne Geheimnisse) oder verwerfen?</translation>
    </message>
    <message>
        <source>Keep as draft and close</source>
        <translation>Als Entwurf behalten und schließen</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Send your SIEM what Konnect would send, with the settings in the form (Ctrl+T)</source>
        <translation>Ihrem SIEM senden, was Konnect senden würde, mit den Einstellungen im Formular (Strg+T)</translation>
    </message>
    <message>
        <source>Test the connection to the SIEM with the settings in the form</source>
        <translation>Die Verbindung zum SIEM mit den Einstellungen im Formular testen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Verify signatures</source>
        <translation>Signaturen prüfen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>no Konnect token is set.</source>
        <translation>es ist kein Konnect-Token festgelegt.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>This webhook is set by its binding above (Konnect&apos;s v3 model); destinations are on the Destinations tab.</source>
        <translation>Dieser Webhook wird über seine Bindung oben eingestellt (Konnects v3-Modell); die Ziele stehen im Reiter Ziele.</translation>
    </message>
    <message>
        <source>%1 (failing)</source>
        <translation>%1 (gestört)</translation>
    </message>
    <message>
        <source>Configure the webhook</source>
        <translation>Den Webhook einrichten</translation>
    </message>
    <message>
        <source>%1 — nothing here touches a real Konnect — %2</source>
        <translation>%1 – nichts hier berührt ein echtes Konnect – %2</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>To apply: %1</source>
        <translation>Zum Anwenden: %1</translation>
    </message>
    <message>
        <source>Connection test of these settings: %1.</source>
        <translation>Verbindungstest dieser Einstellungen: %1.</translation>
    </message>
    <message>
        <source>Security downgrade: Konnect will no longer check the endpoint&apos;s TLS certificate, so anyone who can intercept the connection can read the audit logs.</source>
        <translation>Weniger Sicherheit: Konnect prüft das TLS-Zertifikat des Endpunkts nicht mehr, sodass jeder, der die Verbindung abfangen kann, die Audit-Logs lesen kann.</translation>
    </message>
    <message>
        <source>Change &amp;many scopes…</source>
        <translation>Viele Be&amp;reiche ändern…</translation>
    </message>
    <message>
        <source>&amp;Watch in the background</source>
        <translation>Im &amp;Hintergrund überwachen</translation>
    </message>
    <message>
        <source>Background watch</source>
        <translation>Überwachung im Hintergrund</translation>
    </message>
    <message>
        <source>No system tray here: the watch runs only while this window is open. %1</source>
        <translation>Kein Systembereich in der Kontrollleiste: Die Überwachung läuft nur, solange dieses Fenster offen ist. %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Every profile, region and Dev Portal at a glance</source>
        <translation>Alle Profile, Regionen und Dev Portals auf einen Blick</translation>
    </message>
    <message>
        <source>Still watching</source>
        <translation>Überwacht weiter</translation>
    </message>
    <message>
        <source>Konnect Audit Webhook keeps watching your webhooks in the tray. Quit from the tray&apos;s menu to stop.</source>
        <translation>Konnect Audit Webhook überwacht Ihre Webhooks weiter aus der Kontrollleiste. Zum Beenden im Menü des Symbols „Beenden“ wählen.</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Audit-Logs</translation>
    </message>
    <message numerus="yes">
        <source>Checks every profile, region and Dev Portal every %n minute(s) (set on the Overview) and tells you when one stops delivering; closing the window keeps watching.</source>
        <translation>
            <numerusform>Prüft jedes Profil, jede Region und jedes Dev Portal jede Minute (einstellbar in der Übersicht) und meldet, wenn eines nicht mehr zustellt; das Schließen des Fensters beendet die Überwachung nicht.</numerusform>
            <numerusform>Prüft jedes Profil, jede Region und jedes Dev Portal alle %n Minuten (einstellbar in der Übersicht) und meldet, wenn eines nicht mehr zustellt; das Schließen des Fensters beendet die Überwachung nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveToDestinationDialog</name>
    <message>
        <source>Move to a destination</source>
        <translation>In ein Ziel überführen</translation>
    </message>
    <message>
        <source>Destination &amp;name:</source>
        <translation>&amp;Name des Ziels:</translation>
    </message>
    <message>
        <source>Name of the new destination</source>
        <translation>Name des neuen Ziels</translation>
    </message>
    <message>
        <source>SIEM &amp;authorization:</source>
        <translation>SIEM-&amp;Autorisierung:</translation>
    </message>
    <message>
        <source>The full Authorization header your SIEM expects</source>
        <translation>Der vollständige Authorization-Header, den Ihr SIEM erwartet</translation>
    </message>
    <message>
        <source>A new audit log destination takes the endpoint, log format and TLS setting of %1, which is then bound to it. Konnect never shows the inline webhook&apos;s authorization, so give the SIEM&apos;s again.</source>
        <translation>Ein neues Audit-Log-Ziel übernimmt Endpunkt, Log-Format und TLS-Einstellung von %1, das dann daran gebunden wird. Konnect zeigt die Autorisierung des Inline-Webhooks nie, geben Sie die des SIEM daher erneut an.</translation>
    </message>
    <message>
        <source>From the keychain: the authorization last applied here.</source>
        <translation>Aus dem Schlüsselbund: die zuletzt hier angewendete Autorisierung.</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
</context>
<context>
    <name>MultiScopeChange</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 (no longer in Konnect)</source>
        <translation>%1 (nicht mehr in Konnect)</translation>
    </message>
    <message>
        <source>inline v2 webhook (%1)</source>
        <translation>eingebetteter v2-Webhook (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>No keychain.</source>
        <translation>Kein Schlüsselbund.</translation>
    </message>
    <message>
        <source>No Konnect token in the keychain for profile &quot;%1&quot;.</source>
        <translation>Kein Konnect-Token im Schlüsselbund für Profil „%1“.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit log destinations could not be listed: %1</source>
        <translation>Die Audit-Log-Ziele konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>audit log destination</source>
        <translation>Audit-Log-Ziel</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>The Dev Portals could not be listed: %1</source>
        <translation>Die Dev Portals konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Dev Portal</source>
        <translation>Dev Portal</translation>
    </message>
    <message>
        <source>%1 (Dev Portals of region %2)</source>
        <translation>%1 (Dev Portals der Region %2)</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to change: Konnect already has these settings.</source>
        <translation>Nichts zu ändern: Konnect hat diese Einstellungen bereits.</translation>
    </message>
    <message>
        <source>This API has no audit log destinations (no v3): only its inline webhook can change.</source>
        <translation>Diese API hat keine Audit-Log-Ziele (kein v3): nur ihr eingebetteter Webhook lässt sich ändern.</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Bound to the destination %1, which Konnect no longer has: bind it to another one first.</source>
        <translation>An das Ziel %1 gebunden, das Konnect nicht mehr hat: zuerst an ein anderes binden.</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>via destination &quot;%1&quot;</source>
        <translation>über das Ziel „%1“</translation>
    </message>
    <message>
        <source>rotated with the destination (one change, see its line)</source>
        <translation>mit dem Ziel erneuert (eine Änderung, siehe dessen Zeile)</translation>
    </message>
    <message>
        <source>set, hidden by Konnect</source>
        <translation>gesetzt, von Konnect verborgen</translation>
    </message>
    <message>
        <source>Nothing is configured here, so there is no authorization to rotate: bind it to a destination first.</source>
        <translation>Hier ist nichts eingerichtet, also gibt es keine Autorisierung zu erneuern: zuerst an ein Ziel binden.</translation>
    </message>
    <message>
        <source>Not bound to an audit log destination, so there is nothing to deliver to: choose a destination too.</source>
        <translation>Nicht an ein Audit-Log-Ziel gebunden, es gibt also nichts, wohin geliefert wird: wählen Sie auch ein Ziel.</translation>
    </message>
    <message>
        <source>destination &quot;%1&quot; of %2</source>
        <translation>Ziel „%1“ von %2</translation>
    </message>
    <message numerus="yes">
        <source>one change for the %n scope(s) that use it: %1</source>
        <translation>
            <numerusform>eine Änderung für den %n Bereich, der es nutzt: %1</numerusform>
            <numerusform>eine Änderung für die %n Bereiche, die es nutzen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>rotating the authorization of destination &quot;%1&quot;</source>
        <translation>erneuere die Autorisierung des Ziels „%1“</translation>
    </message>
    <message>
        <source>Authorization rotated.</source>
        <translation>Autorisierung erneuert.</translation>
    </message>
    <message>
        <source>Not changed: the authorization of destination &quot;%1&quot; could not be changed: %2</source>
        <translation>Nicht geändert: die Autorisierung des Ziels „%1“ konnte nicht geändert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Changed: the authorization of destination &quot;%1&quot; (%n scope(s) use it) was rotated.</source>
        <translation>
            <numerusform>Geändert: die Autorisierung des Ziels „%1“ (%n Bereich nutzt es) wurde erneuert.</numerusform>
            <numerusform>Geändert: die Autorisierung des Ziels „%1“ (%n Bereiche nutzen es) wurde erneuert.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the binding</source>
        <translation>speichere die Bindung</translation>
    </message>
    <message>
        <source>saving the inline webhook</source>
        <translation>speichere den eingebetteten Webhook</translation>
    </message>
    <message>
        <source>enabling deliveries</source>
        <translation>Zustellungen einschalten</translation>
    </message>
    <message>
        <source>disabling deliveries</source>
        <translation>Zustellungen ausschalten</translation>
    </message>
    <message>
        <source>the webhook&apos;s own change</source>
        <translation>die eigene Änderung des Webhooks</translation>
    </message>
    <message>
        <source>Changed: both steps stored (the destination&apos;s authorization, then %1).</source>
        <translation>Geändert: beide Schritte gespeichert (die Autorisierung des Ziels, dann %1).</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Geändert.</translation>
    </message>
    <message>
        <source>Half done: step 1 of 2 was stored (the authorization of destination &quot;%1&quot; was rotated); step 2 of 2 (%2) failed: %3</source>
        <translation>Halb erledigt: Schritt 1 von 2 wurde gespeichert (die Autorisierung des Ziels „%1“ wurde erneuert); Schritt 2 von 2 (%2) schlug fehl: %3</translation>
    </message>
    <message>
        <source>Konnect&apos;s answer was lost, so whether it was stored is unknown: look (get) before retrying.</source>
        <translation>Die Antwort von Konnect ging verloren, ob gespeichert wurde, ist also unbekannt: vor einem neuen Versuch nachsehen (get).</translation>
    </message>
</context>
<context>
    <name>MultiScopeChangeDialog</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation>Halb erledigt</translation>
    </message>
    <message>
        <source>Change many scopes</source>
        <translation>Viele Bereiche ändern</translation>
    </message>
    <message>
        <source>Scopes to change (every profile&apos;s regions and Dev Portals):</source>
        <translation>Zu ändernde Bereiche (Regionen und Dev Portals jedes Profils):</translation>
    </message>
    <message>
        <source>Point at another destination</source>
        <translation>Auf ein anderes Ziel richten</translation>
    </message>
    <message>
        <source>Rotate the SIEM authorization</source>
        <translation>SIEM-Autorisierung erneuern</translation>
    </message>
    <message>
        <source>Enable deliveries</source>
        <translation>Zustellungen einschalten</translation>
    </message>
    <message>
        <source>Disable deliveries</source>
        <translation>Zustellungen ausschalten</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>Än&amp;derung:</translation>
    </message>
    <message>
        <source>name or id, looked up in each profile&apos;s organization</source>
        <translation>Name oder ID, in der Organisation jedes Profils gesucht</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>e.g. Splunk &lt;HEC token&gt;; never shown</source>
        <translation>z. B. Splunk &lt;HEC-Token&gt;; wird nie angezeigt</translation>
    </message>
    <message>
        <source>New &amp;authorization:</source>
        <translation>Neue &amp;Autorisierung:</translation>
    </message>
    <message>
        <source>Also &amp;enable deliveries</source>
        <translation>Zustellungen auch &amp;einschalten</translation>
    </message>
    <message>
        <source>Show the &amp;plan</source>
        <translation>&amp;Plan anzeigen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Reading the fleet&apos;s scopes…</source>
        <translation>Lese die Bereiche der Flotte…</translation>
    </message>
    <message>
        <source>Tick at least one scope.</source>
        <translation>Haken Sie mindestens einen Bereich an.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n scope(s)…</source>
        <translation>
            <numerusform>Lese %n Bereich…</numerusform>
            <numerusform>Lese %n Bereiche…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not part of the change:</source>
        <translation>Nicht Teil der Änderung:</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n scope(s) at the same time…</source>
        <translation>
            <numerusform>Ändere %n Bereich…</numerusform>
            <numerusform>Ändere %n Bereiche gleichzeitig…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to change. Nothing was sent yet.</source>
        <translation>
            <numerusform>%n Bereich zu ändern. Noch wurde nichts gesendet.</numerusform>
            <numerusform>%n Bereiche zu ändern. Noch wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change on the ticked scopes.</source>
        <translation>Nichts zu ändern in den angehakten Bereichen.</translation>
    </message>
    <message numerus="yes">
        <source>Apply this change to %n scope(s)? Each is sent at once; a failure stops only its own scope.</source>
        <translation>
            <numerusform>Diese Änderung auf %n Bereich anwenden? Ein Fehler hält nur seinen eigenen Bereich auf.</numerusform>
            <numerusform>Diese Änderung auf %n Bereiche anwenden? Jeder wird gleichzeitig gesendet; ein Fehler hält nur seinen eigenen Bereich auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 failed: &quot;Retry failed&quot; reads and applies only those.</source>
        <translation>%1 geändert, %2 fehlgeschlagen: „Fehlgeschlagene wiederholen“ liest und ändert nur diese.</translation>
    </message>
    <message>
        <source>%1 changed; nothing failed.</source>
        <translation>%1 geändert; nichts schlug fehl.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n failed scope(s) again…</source>
        <translation>
            <numerusform>Lese %n fehlgeschlagenen Bereich erneut…</numerusform>
            <numerusform>Lese %n fehlgeschlagene Bereiche erneut…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultiScopeEdit</name>
    <message>
        <source>Nothing to change: choose a destination, a new authorization, or enabling or disabling.</source>
        <translation>Nichts zu ändern: wählen Sie ein Ziel, eine neue Autorisierung, oder Ein- bzw. Ausschalten.</translation>
    </message>
    <message>
        <source>Give either a destination or a new authorization, not both: a destination&apos;s authorization changes with the destination itself.</source>
        <translation>Geben Sie entweder ein Ziel oder eine neue Autorisierung an, nicht beides: die Autorisierung eines Ziels ändert sich mit dem Ziel selbst.</translation>
    </message>
    <message>
        <source>The destination is empty: give the name or id of an audit log destination.</source>
        <translation>Das Ziel ist leer: geben Sie Name oder ID eines Audit-Log-Ziels an.</translation>
    </message>
    <message>
        <source>The new authorization is empty.</source>
        <translation>Die neue Autorisierung ist leer.</translation>
    </message>
    <message>
        <source>point at destination &quot;%1&quot;</source>
        <translation>auf das Ziel „%1“ richten</translation>
    </message>
    <message>
        <source>rotate the SIEM authorization</source>
        <translation>die SIEM-Autorisierung erneuern</translation>
    </message>
    <message>
        <source>enable deliveries</source>
        <translation>Zustellungen einschalten</translation>
    </message>
    <message>
        <source>disable deliveries</source>
        <translation>Zustellungen ausschalten</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Reason and what to do</source>
        <translation>Grund und was zu tun ist</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the &amp;overview</source>
        <translation>Ü&amp;bersicht aktualisieren</translation>
    </message>
    <message>
        <source>Every profile, region and Dev Portal with its verdict</source>
        <translation>Alle Profile, Regionen und Dev Portals mit ihrem Urteil</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open that webhook on the Configure tab.</source>
        <translation>Doppelklick auf eine Zeile (oder Eingabetaste) öffnet diesen Webhook im Tab Konfigurieren.</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Checking every profile, region and Dev Portal…</source>
        <translation>Alle Profile, Regionen und Dev Portals werden geprüft…</translation>
    </message>
    <message>
        <source>Worst: %1. %2</source>
        <translation>Schlechtestes: %1. %2</translation>
    </message>
    <message>
        <source>&amp;All regions</source>
        <translation>Alle &amp;Regionen</translation>
    </message>
    <message>
        <source>&amp;Change selected scopes…</source>
        <translation>Ausgewählte Bereiche ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Check all seven Konnect regions of every profile, not only the region it uses (like fleet --all-regions). A custom base URL that names no region serves only its own.</source>
        <translation>Alle sieben Konnect-Regionen jedes Profils prüfen, nicht nur die verwendete (wie fleet --all-regions). Eine eigene Basis-URL, die keine Region nennt, bedient nur ihre eigene.</translation>
    </message>
    <message>
        <source>Watch &amp;every</source>
        <translation>Über&amp;wachen alle</translation>
    </message>
    <message>
        <source>Minutes between two checks of the background watch</source>
        <translation>Minuten zwischen zwei Prüfungen der Überwachung im Hintergrund</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often the background watch checks every profile, region and Dev Portal.</source>
        <translation>Wie oft die Überwachung im Hintergrund jedes Profil, jede Region und jedes Dev Portal prüft.</translation>
    </message>
    <message>
        <source>Change the selected scopes together</source>
        <translation>Die ausgewählten Bereiche gemeinsam ändern</translation>
    </message>
    <message>
        <source>One change (destination, SIEM authorization, on or off) for every selected row, planned and confirmed in the many-scopes dialog.</source>
        <translation>Eine Änderung (Ziel, SIEM-Autorisierung, an oder aus) für jede ausgewählte Zeile, im Dialog für mehrere Bereiche geplant und bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>prod-eu</source>
        <translation>prod-eu</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Base URL (optional):</source>
        <translation>&amp;Basis-URL (optional):</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Overrides the region&apos;s API address, for a proxy or the local emulator</source>
        <translation>Ersetzt die API-Adresse der Region, für einen Proxy oder den lokalen Emulator</translation>
    </message>
    <message>
        <source>empty: the region&apos;s API, https://&lt;region&gt;.api.konghq.com/v2</source>
        <translation>leer: die API der Region, https://&lt;region&gt;.api.konghq.com/v2</translation>
    </message>
    <message>
        <source>Problem with the profile</source>
        <translation>Problem mit dem Profil</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Rename the profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Region and base URL of the profile</source>
        <translation>Region und Basis-URL des Profils</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>Die Basis-URL ist keine gültige URL.</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>No profile store.</source>
        <translation>Kein Profilspeicher.</translation>
    </message>
    <message>
        <source>checking the system keychain…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>given for this run only (not stored)</source>
        <translation>nur für diesen Lauf angegeben (nicht gespeichert)</translation>
    </message>
    <message>
        <source>from the environment variable KONNECT_TOKEN (not stored)</source>
        <translation>aus der Umgebungsvariable KONNECT_TOKEN (nicht gespeichert)</translation>
    </message>
    <message>
        <source>held in memory for this session only</source>
        <translation>nur für diese Sitzung im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>No Konnect token for this profile: set one with Set token.</source>
        <translation>Kein Konnect-Token für dieses Profil: Legen Sie eines mit „Token festlegen“ fest.</translation>
    </message>
    <message>
        <source>The token could not be used: %1</source>
        <translation>Das Token konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Demo mode has only its own profile.</source>
        <translation>Der Demo-Modus hat nur sein eigenes Profil.</translation>
    </message>
    <message>
        <source>There is no profile with this name.</source>
        <translation>Es gibt kein Profil mit diesem Namen.</translation>
    </message>
    <message>
        <source>A profile with this name exists already: choose another name.</source>
        <translation>Ein Profil mit diesem Namen existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No Konnect token: set one with Set token.</source>
        <translation>Kein Konnect-Token: Legen Sie eines mit „Token festlegen“ fest.</translation>
    </message>
    <message>
        <source>Demo mode does not import tokens.</source>
        <translation>Der Demo-Modus importiert keine Tokens.</translation>
    </message>
    <message>
        <source>The token could not be removed from the system keychain: %1</source>
        <translation>Das Token konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The SIEM authorization could not be stored in the system keychain: %1</source>
        <translation>Die SIEM-Autorisierung konnte nicht im System-Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be read; set the token again or check the keychain.</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden; legen Sie das Token erneut fest oder prüfen Sie den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The system keychain could not store the token, so it is kept for this session only.</source>
        <translation>Der System-Schlüsselbund konnte das Token nicht speichern, daher wird es nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not read the token from standard input.</source>
        <translation>Das Token konnte nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>The demo could not start its emulator: %1</source>
        <translation>Die Demo konnte ihren Emulator nicht starten: %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No tab %1 to show in the screenshot.</source>
        <translation>Kein Reiter %1 für das Bildschirmfoto.</translation>
    </message>
</context>
<context>
    <name>ReceivedEventsPanel</name>
    <message>
        <source>Events received by the demo SIEM receiver</source>
        <translation>Vom Demo-SIEM-Empfänger empfangene Ereignisse</translation>
    </message>
    <message>
        <source>Demo SIEM receiver</source>
        <translation>Demo-SIEM-Empfänger</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the received events</source>
        <translation>Die empfangenen Ereignisse löschen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>no key to check</source>
        <translation>kein Schlüssel zum Prüfen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>refused with %1: %2</source>
        <translation>abgelehnt mit %1: %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>A SIEM stand-in on this computer (%1) receives what Test connection sends to it, checks each event&apos;s signature against the emulator&apos;s keys and lists it here. %n event(s) so far.</source>
        <translation>
            <numerusform>Ein SIEM-Ersatz auf diesem Computer (%1) empfängt, was „Verbindung testen“ an ihn sendet, prüft die Signatur jedes Ereignisses mit den Schlüsseln des Emulators und listet es hier auf. Bisher %n Ereignis.</numerusform>
            <numerusform>Ein SIEM-Ersatz auf diesem Computer (%1) empfängt, was „Verbindung testen“ an ihn sendet, prüft die Signatur jedes Ereignisses mit den Schlüsseln des Emulators und listet es hier auf. Bisher %n Ereignisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayTab</name>
    <message>
        <source>Replay audit logs</source>
        <translation>Audit-Logs erneut senden</translation>
    </message>
    <message>
        <source>About replays</source>
        <translation>Zum erneuten Senden</translation>
    </message>
    <message>
        <source>What to send again</source>
        <translation>Was erneut gesendet wird</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Replay the last hour</source>
        <translation>Die letzte Stunde erneut senden</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Replay the last 6 hours</source>
        <translation>Die letzten 6 Stunden erneut senden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Replay the last 24 hours</source>
        <translation>Die letzten 24 Stunden erneut senden</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Replay a custom range</source>
        <translation>Einen eigenen Zeitraum erneut senden</translation>
    </message>
    <message>
        <source>From (local time):</source>
        <translation>Von (Ortszeit):</translation>
    </message>
    <message>
        <source>Start of the replay window, local time</source>
        <translation>Beginn des Zeitraums, Ortszeit</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Problem with the start</source>
        <translation>Problem mit dem Beginn</translation>
    </message>
    <message>
        <source>To (local time):</source>
        <translation>Bis (Ortszeit):</translation>
    </message>
    <message>
        <source>End of the replay window, local time</source>
        <translation>Ende des Zeitraums, Ortszeit</translation>
    </message>
    <message>
        <source>Problem with the end</source>
        <translation>Problem mit dem Ende</translation>
    </message>
    <message>
        <source>The window as sent to Konnect, in UTC</source>
        <translation>Der Zeitraum, wie er an Konnect gesendet wird, in UTC</translation>
    </message>
    <message>
        <source>Check replay job</source>
        <translation>Replay-Auftrag prüfen</translation>
    </message>
    <message>
        <source>Ask Konnect for the replay job&apos;s status</source>
        <translation>Konnect nach dem Status des Replay-Auftrags fragen</translation>
    </message>
    <message>
        <source>Start replay</source>
        <translation>Replay starten</translation>
    </message>
    <message>
        <source>Start the replay job</source>
        <translation>Den Replay-Auftrag starten</translation>
    </message>
    <message>
        <source>Ask Konnect to send the audit logs of this window to the webhook again</source>
        <translation>Konnect bitten, die Audit-Logs dieses Zeitraums erneut an den Webhook zu senden</translation>
    </message>
    <message>
        <source>Result of the replay request</source>
        <translation>Ergebnis der Replay-Anfrage</translation>
    </message>
    <message>
        <source>The region&apos;s replay job</source>
        <translation>Der Replay-Auftrag der Region</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Replay job status</source>
        <translation>Status des Replay-Auftrags</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>What the replay job status means</source>
        <translation>Was der Status des Replay-Auftrags bedeutet</translation>
    </message>
    <message>
        <source>Window of the replay job</source>
        <translation>Zeitraum des Replay-Auftrags</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>When the replay job last changed</source>
        <translation>Wann sich der Replay-Auftrag zuletzt geändert hat</translation>
    </message>
    <message>
        <source>Konnect keeps audit logs for 7 days. A replay sends those of a window again to the webhook, for example after your SIEM was down. Only one replay runs at a time in a region.</source>
        <translation>Konnect bewahrt Audit-Logs 7 Tage lang auf. Ein Replay sendet die eines Zeitraums erneut an den Webhook, etwa nachdem Ihr SIEM ausgefallen war. In einer Region läuft immer nur ein Replay gleichzeitig.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Asking Konnect for the replay job</source>
        <translation>Konnect wird nach dem Replay-Auftrag gefragt</translation>
    </message>
    <message>
        <source>Stopped following the replay job; Check replay job looks again.</source>
        <translation>Der Replay-Auftrag wird nicht mehr verfolgt; „Replay-Auftrag prüfen“ sieht erneut nach.</translation>
    </message>
    <message>
        <source>Set a Konnect token to start a replay.</source>
        <translation>Legen Sie ein Konnect-Token fest, um ein Replay zu starten.</translation>
    </message>
    <message>
        <source>Sent to Konnect as %1 to %2 (UTC).</source>
        <translation>An Konnect gesendet als %1 bis %2 (UTC).</translation>
    </message>
    <message>
        <source>A replay is running in this region: wait until it is done.</source>
        <translation>In dieser Region läuft ein Replay: Warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the window first.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie zuerst den Zeitraum.</translation>
    </message>
    <message>
        <source>Starting the replay</source>
        <translation>Das Replay wird gestartet</translation>
    </message>
    <message>
        <source>Konnect accepted the replay of %1 to %2 (UTC). Its progress shows below.</source>
        <translation>Konnect hat das Replay von %1 bis %2 (UTC) angenommen. Der Fortschritt wird unten angezeigt.</translation>
    </message>
    <message>
        <source>The replay completed: Konnect sent the window&apos;s audit logs again.</source>
        <translation>Das Replay ist abgeschlossen: Konnect hat die Audit-Logs des Zeitraums erneut gesendet.</translation>
    </message>
    <message>
        <source>The replay failed. Check the Status tab (is the webhook delivering?), then start it again.</source>
        <translation>Das Replay ist fehlgeschlagen. Prüfen Sie den Reiter „Status“ (stellt der Webhook zu?) und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No replay job has run in this region.</source>
        <translation>In dieser Region ist noch kein Replay-Auftrag gelaufen.</translation>
    </message>
    <message>
        <source>Konnect accepted the job; it starts soon.</source>
        <translation>Konnect hat den Auftrag angenommen; er beginnt bald.</translation>
    </message>
    <message>
        <source>Waiting to run.</source>
        <translation>Wartet auf die Ausführung.</translation>
    </message>
    <message>
        <source>Konnect is sending the window&apos;s audit logs to the webhook again.</source>
        <translation>Konnect sendet die Audit-Logs des Zeitraums erneut an den Webhook.</translation>
    </message>
    <message>
        <source>Done: the window&apos;s audit logs were sent again.</source>
        <translation>Fertig: Die Audit-Logs des Zeitraums wurden erneut gesendet.</translation>
    </message>
    <message>
        <source>The replay failed.</source>
        <translation>Das Replay ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A status this tool does not know; see Konnect&apos;s documentation.</source>
        <translation>Ein Status, den dieses Werkzeug nicht kennt; siehe die Dokumentation von Konnect.</translation>
    </message>
    <message>
        <source>Send the audit logs of %1 to %2 (%3 to %4 UTC) to your SIEM again?

Konnect sends every event of that window to the endpoint configured in this region; events your SIEM already has may then appear twice. Once Konnect has accepted the replay it cannot be stopped.</source>
        <translation>Die Audit-Logs von %1 bis %2 (%3 bis %4 UTC) erneut an Ihr SIEM senden?

Konnect sendet jedes Ereignis dieses Zeitraums an den in dieser Region eingerichteten Endpunkt; Ereignisse, die Ihr SIEM schon hat, können dann doppelt erscheinen. Hat Konnect das Replay angenommen, lässt es sich nicht mehr anhalten.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Checking whether a replay is already running in this region…</source>
        <translation>Es wird geprüft, ob in dieser Region schon ein Replay läuft…</translation>
    </message>
    <message>
        <source>A replay is already running in this region: start the window shown once it is done.</source>
        <translation>In dieser Region läuft schon ein Replay: Starten Sie den angezeigten Zeitraum, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>RequestProgressWidget</name>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Request progress</source>
        <translation>Fortschritt der Anfrage</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Status der Anfrage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Die Anfrage stoppen (Esc)</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Die Anfrage abbrechen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>attempt %1 of %2…</source>
        <translation>Versuch %1 von %2…</translation>
    </message>
    <message>
        <source>Konnect answered %1</source>
        <translation>Konnect antwortete %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>attempt %1 of %2, retrying in %3 s</source>
        <translation>Versuch %1 von %2, neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RetryingRequest</name>
    <message>
        <source>Cancelled before the next attempt.</source>
        <translation>Vor dem nächsten Versuch abgebrochen.</translation>
    </message>
    <message>
        <source>The answer was larger than %1 KiB and was refused.</source>
        <translation>Die Antwort war größer als %1 KiB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>The answer did not arrive whole within %1 s.</source>
        <translation>Die Antwort kam nicht innerhalb von %1 s vollständig an.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): does the server speak HTTPS on this port? The request was not retried.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (%1): Spricht der Server auf diesem Port HTTPS? Die Anfrage wurde nicht wiederholt.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>Dev Portal &quot;%1&quot; (region %2)</source>
        <translation>Dev Portal „%1“ (Region %2)</translation>
    </message>
    <message>
        <source>the organization&apos;s webhook in region %1</source>
        <translation>der Webhook der Organisation in Region %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ScopeWebhook</name>
    <message>
        <source>v3: bound to an audit log destination</source>
        <translation>v3: an ein Audit-Log-Ziel gebunden</translation>
    </message>
    <message>
        <source>v2: inline webhook (the older model; it can move to a destination)</source>
        <translation>v2: Inline-Webhook (das ältere Modell; er kann in ein Ziel überführt werden)</translation>
    </message>
    <message>
        <source>v2: inline webhook (this API has no v3)</source>
        <translation>v2: Inline-Webhook (diese API hat kein v3)</translation>
    </message>
    <message>
        <source>v3: not bound to a destination</source>
        <translation>v3: an kein Ziel gebunden</translation>
    </message>
</context>
<context>
    <name>ScopeWebhookReader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the webhook of %1</source>
        <translation>Lese den Webhook von %1</translation>
    </message>
    <message>
        <source>Reading the audit log destination %1</source>
        <translation>Lese das Audit-Log-Ziel %1</translation>
    </message>
    <message>
        <source>Reading the inline webhook of region %1</source>
        <translation>Lese den Inline-Webhook der Region %1</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>Webhook status</source>
        <translation>Webhook-Status</translation>
    </message>
    <message>
        <source>About the status</source>
        <translation>Zum Status</translation>
    </message>
    <message>
        <source>Konnect&apos;s delivery status for this region</source>
        <translation>Der Zustellstatus von Konnect für diese Region</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Webhook enabled</source>
        <translation>Webhook aktiviert</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>What the status means</source>
        <translation>Was der Status bedeutet</translation>
    </message>
    <message>
        <source>Last attempt:</source>
        <translation>Letzter Versuch:</translation>
    </message>
    <message>
        <source>Last delivery attempt</source>
        <translation>Letzter Zustellversuch</translation>
    </message>
    <message>
        <source>Last response:</source>
        <translation>Letzte Antwort:</translation>
    </message>
    <message>
        <source>Last response of the SIEM</source>
        <translation>Letzte Antwort des SIEM</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>What to do about the status</source>
        <translation>Was angesichts des Status zu tun ist</translation>
    </message>
    <message>
        <source>State of the status view</source>
        <translation>Zustand der Statusansicht</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the webhook status now</source>
        <translation>Den Webhook-Status jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Ask Konnect for the status now (it also refreshes every 30 s while this tab is shown)</source>
        <translation>Konnect jetzt nach dem Status fragen (er wird außerdem alle 30 s aktualisiert, solange dieser Reiter angezeigt wird)</translation>
    </message>
    <message>
        <source>Whether Konnect is delivering audit logs to your SIEM right now, and what its last delivery attempt got back. It refreshes every 30 seconds while this tab is shown.</source>
        <translation>Ob Konnect gerade Audit-Logs an Ihr SIEM zustellt und was sein letzter Zustellversuch zurückbekam. Wird alle 30 Sekunden aktualisiert, solange dieser Reiter angezeigt wird.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>Asking Konnect for the webhook status</source>
        <translation>Konnect wird nach dem Webhook-Status gefragt</translation>
    </message>
    <message>
        <source>Cancelled. Automatic refresh is paused until you press Refresh status.</source>
        <translation>Abgebrochen. Die automatische Aktualisierung pausiert, bis Sie „Status aktualisieren“ drücken.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Set a Konnect token to see the status.</source>
        <translation>Legen Sie ein Konnect-Token fest, um den Status zu sehen.</translation>
    </message>
    <message>
        <source>Konnect&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Konnect konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert: %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <source>Konnect reports &quot;%1&quot;.</source>
        <translation>Konnect meldet „%1“.</translation>
    </message>
    <message>
        <source>delivering</source>
        <translation>liefert</translation>
    </message>
    <message>
        <source>failing: the last delivery did not get through</source>
        <translation>gestört: Die letzte Zustellung kam nicht durch</translation>
    </message>
    <message>
        <source>saved, not sending</source>
        <translation>gespeichert, sendet nicht</translation>
    </message>
    <message>
        <source>turned off after a failed delivery</source>
        <translation>nach einer fehlgeschlagenen Zustellung ausgeschaltet</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>unknown (Konnect says &quot;%1&quot;)</source>
        <translation>unbekannt (Konnect meldet „%1“)</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Konnect token</source>
        <translation>Konnect-Token</translation>
    </message>
    <message>
        <source>&amp;Token (kpat_… or spat_…):</source>
        <translation>&amp;Token (kpat_… oder spat_…):</translation>
    </message>
    <message>
        <source>Problem with the token</source>
        <translation>Problem mit dem Token</translation>
    </message>
    <message>
        <source>Replace the Konnect token</source>
        <translation>Das Konnect-Token ersetzen</translation>
    </message>
    <message>
        <source>Set the Konnect token</source>
        <translation>Das Konnect-Token festlegen</translation>
    </message>
    <message>
        <source>The token for profile &quot;%1&quot; goes into the system keychain and is never shown again. Create one in Konnect under your account&apos;s Personal access tokens (it needs an Organization Admin).</source>
        <translation>Das Token für das Profil „%1“ kommt in den System-Schlüsselbund und wird nie wieder angezeigt. Erstellen Sie eines in Konnect in Ihrem Konto unter „Personal access tokens“ (dafür ist ein Organization Admin nötig).</translation>
    </message>
    <message>
        <source>The token is held in memory for this session only.</source>
        <translation>Das Token wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>TrayWatch</name>
    <message>
        <source>&amp;Quiet (no notifications)</source>
        <translation>&amp;Still (keine Benachrichtigungen)</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Starts the watch minimised to the tray when you log in (%1).</source>
        <translation>Startet die Überwachung bei der Anmeldung minimiert in der Kontrollleiste (%1).</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Audit-log watch: %1. %2</source>
        <translation>Audit-Log-Überwachung: %1. %2</translation>
    </message>
    <message>
        <source>Audit-log watch: %1</source>
        <translation>Audit-Log-Überwachung: %1</translation>
    </message>
    <message>
        <source>(quiet: no notifications)</source>
        <translation>(still: keine Benachrichtigungen)</translation>
    </message>
</context>
<context>
    <name>VerdictLook</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message>
        <source>Verify signatures</source>
        <translation>Signaturen prüfen</translation>
    </message>
    <message>
        <source>About signature verification</source>
        <translation>Zur Signaturprüfung</translation>
    </message>
    <message>
        <source>Audit-log files (CEF, JSON or CPS lines; .gz allowed)</source>
        <translation>Audit-Log-Dateien (CEF-, JSON- oder CPS-Zeilen; .gz erlaubt)</translation>
    </message>
    <message>
        <source>Files to verify</source>
        <translation>Zu prüfende Dateien</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files to verify</source>
        <translation>Zu prüfende Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Die ausgewählten Dateien entfernen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove all files</source>
        <translation>Alle Dateien entfernen</translation>
    </message>
    <message>
        <source>Keys to verify with (JWKS)</source>
        <translation>Schlüssel für die Prüfung (JWKS)</translation>
    </message>
    <message>
        <source>From Konnect (this region&apos;s jwks.json)</source>
        <translation>Von Konnect (die jwks.json dieser Region)</translation>
    </message>
    <message>
        <source>Take the keys from Konnect</source>
        <translation>Die Schlüssel von Konnect nehmen</translation>
    </message>
    <message>
        <source>From a JWKS file:</source>
        <translation>Aus einer JWKS-Datei:</translation>
    </message>
    <message>
        <source>Take the keys from a JWKS file</source>
        <translation>Die Schlüssel aus einer JWKS-Datei nehmen</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>JWKS-Datei</translation>
    </message>
    <message>
        <source>/path/to/jwks.json</source>
        <translation>/pfad/zu/jwks.json</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the JWKS file</source>
        <translation>Die JWKS-Datei auswählen</translation>
    </message>
    <message>
        <source>Problem with the keys</source>
        <translation>Problem mit den Schlüsseln</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Verification progress in lines</source>
        <translation>Fortschritt der Prüfung in Zeilen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop verifying</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Verify the signatures of the files</source>
        <translation>Die Signaturen der Dateien prüfen</translation>
    </message>
    <message>
        <source>Result of the verification</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Lines with a valid signature</source>
        <translation>Zeilen mit gültiger Signatur</translation>
    </message>
    <message>
        <source>Invalid:</source>
        <translation>Ungültig:</translation>
    </message>
    <message>
        <source>Lines with an invalid signature</source>
        <translation>Zeilen mit ungültiger Signatur</translation>
    </message>
    <message>
        <source>Unsigned:</source>
        <translation>Unsigniert:</translation>
    </message>
    <message>
        <source>Lines without a signature</source>
        <translation>Zeilen ohne Signatur</translation>
    </message>
    <message>
        <source>Lines whose signature is invalid</source>
        <translation>Zeilen, deren Signatur ungültig ist</translation>
    </message>
    <message>
        <source>Konnect signs every audit event with Ed25519. Verifying the lines your SIEM kept shows that they came from Konnect unchanged. Every key of the set is tried, so lines signed before a key rotation verify too.</source>
        <translation>Konnect signiert jedes Audit-Ereignis mit Ed25519. Die Prüfung der Zeilen, die Ihr SIEM aufbewahrt hat, zeigt, dass sie unverändert von Konnect stammen. Jeder Schlüssel des Satzes wird versucht, sodass auch Zeilen, die vor einem Schlüsselwechsel signiert wurden, gültig sind.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Set a Konnect token to take Konnect&apos;s keys.</source>
        <translation>Legen Sie ein Konnect-Token fest, um die Schlüssel von Konnect zu nehmen.</translation>
    </message>
    <message>
        <source>Audit-log files to verify</source>
        <translation>Zu prüfende Audit-Log-Dateien</translation>
    </message>
    <message>
        <source>Audit logs (*.log *.txt *.json *.cef *.gz)</source>
        <translation>Audit-Logs (*.log *.txt *.json *.cef *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON Web Key Sets (*.json)</source>
        <translation>JSON Web Key Sets (*.json)</translation>
    </message>
    <message>
        <source>Add the files to verify.</source>
        <translation>Fügen Sie die zu prüfenden Dateien hinzu.</translation>
    </message>
    <message>
        <source>Choose the JWKS file.</source>
        <translation>Wählen Sie die JWKS-Datei aus.</translation>
    </message>
    <message>
        <source>Set a Konnect token, or choose a JWKS file.</source>
        <translation>Legen Sie ein Konnect-Token fest oder wählen Sie eine JWKS-Datei aus.</translation>
    </message>
    <message>
        <source>The file holds no Ed25519 key.</source>
        <translation>Die Datei enthält keinen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Fetching the signing keys from Konnect</source>
        <translation>Die Signaturschlüssel werden von Konnect abgerufen</translation>
    </message>
    <message>
        <source>Konnect&apos;s key set could not be used: %1</source>
        <translation>Der Schlüsselsatz von Konnect konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Stopped: %1 The counts cover the lines read before.</source>
        <translation>Angehalten: %1 Die Zahlen umfassen die bis dahin gelesenen Zeilen.</translation>
    </message>
    <message>
        <source>Cancelled: the counts cover the lines verified until then.</source>
        <translation>Abgebrochen: Die Zahlen umfassen die bis dahin geprüften Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) did not verify: they were changed after Konnect signed them, or were signed with a key that is not in this set.</source>
        <translation>
            <numerusform>%n Zeile ist ungültig: Sie wurde geändert, nachdem Konnect sie signiert hat, oder mit einem Schlüssel signiert, der nicht in diesem Satz ist.</numerusform>
            <numerusform>%n Zeilen sind ungültig: Sie wurden geändert, nachdem Konnect sie signiert hat, oder mit einem Schlüssel signiert, der nicht in diesem Satz ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signed line was found.</source>
        <translation>Es wurde keine signierte Zeile gefunden.</translation>
    </message>
    <message>
        <source>Every signed line verified: they came from Konnect unchanged.</source>
        <translation>Alle signierten Zeilen sind gültig: Sie stammen unverändert von Konnect.</translation>
    </message>
    <message>
        <source>The first %1 invalid lines are listed.</source>
        <translation>Die ersten %1 ungültigen Zeilen sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>WebhookController</name>
    <message>
        <source>Applying the webhook configuration</source>
        <translation>Die Webhook-Konfiguration wird angewendet</translation>
    </message>
    <message>
        <source>Konnect&apos;s answer could not be read: %1</source>
        <translation>Die Antwort von Konnect konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>WebhookForm</name>
    <message>
        <source>Webhook settings to apply</source>
        <translation>Anzuwendende Webhook-Einstellungen</translation>
    </message>
    <message>
        <source>Vendor pre&amp;set:</source>
        <translation>Anbietervorla&amp;ge:</translation>
    </message>
    <message>
        <source>Vendor preset</source>
        <translation>Anbietervorlage</translation>
    </message>
    <message>
        <source>Fills the endpoint template, the authorization scheme and the log format for a SIEM vendor</source>
        <translation>Füllt die Endpunkt-Vorlage, das Autorisierungsschema und das Log-Format für einen SIEM-Anbieter aus</translation>
    </message>
    <message>
        <source>Notes on the vendor preset</source>
        <translation>Hinweise zur Anbietervorlage</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>The HTTPS URL where Konnect sends audit logs</source>
        <translation>Die HTTPS-URL, an die Konnect Audit-Logs sendet</translation>
    </message>
    <message>
        <source>https://siem.example.com/path</source>
        <translation>https://siem.example.com/path</translation>
    </message>
    <message>
        <source>Show URL</source>
        <translation>URL anzeigen</translation>
    </message>
    <message>
        <source>Show the endpoint URL</source>
        <translation>Die URL des Endpunkts anzeigen</translation>
    </message>
    <message>
        <source>This vendor carries its key in the URL, so the URL is hidden like a password</source>
        <translation>Dieser Anbieter trägt seinen Schlüssel in der URL, daher wird die URL wie ein Passwort verborgen</translation>
    </message>
    <message>
        <source>Problem with the endpoint</source>
        <translation>Problem mit dem Endpunkt</translation>
    </message>
    <message>
        <source>A&amp;uthorization:</source>
        <translation>A&amp;utorisierung:</translation>
    </message>
    <message>
        <source>Authorization scheme</source>
        <translation>Autorisierungsschema</translation>
    </message>
    <message>
        <source>The word before the credential in the Authorization header Konnect sends to your SIEM</source>
        <translation>Das Wort vor den Zugangsdaten im Authorization-Header, den Konnect an Ihr SIEM sendet</translation>
    </message>
    <message>
        <source>Authorization credential</source>
        <translation>Zugangsdaten der Autorisierung</translation>
    </message>
    <message>
        <source>The secret your SIEM expects; hidden unless Show is checked</source>
        <translation>Das Geheimnis, das Ihr SIEM erwartet; verborgen, solange „Anzeigen“ nicht angehakt ist</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the authorization</source>
        <translation>Die Autorisierung anzeigen</translation>
    </message>
    <message>
        <source>About the authorization</source>
        <translation>Zur Autorisierung</translation>
    </message>
    <message>
        <source>Problem with the authorization</source>
        <translation>Problem mit der Autorisierung</translation>
    </message>
    <message>
        <source>Remem&amp;ber the SIEM authorization in the system keychain for this profile</source>
        <translation>SIEM-Autorisierung für dieses Profil im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Remember the SIEM authorization in the system keychain</source>
        <translation>SIEM-Autorisierung im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory only and forgotten when the window closes</source>
        <translation>Sonst wird sie nur im Arbeitsspeicher gehalten und beim Schließen des Fensters vergessen</translation>
    </message>
    <message>
        <source>Enab&amp;led: Konnect sends audit logs to this endpoint</source>
        <translation>A&amp;ktiviert: Konnect sendet Audit-Logs an diesen Endpunkt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Lo&amp;g format:</source>
        <translation>L&amp;og-Format:</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Log-Format</translation>
    </message>
    <message>
        <source>Problem with the log format</source>
        <translation>Problem mit dem Log-Format</translation>
    </message>
    <message>
        <source>S&amp;kip TLS certificate verification</source>
        <translation>TLS-Zertifikatsprüfung ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip TLS certificate verification</source>
        <translation>TLS-Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <source>Warning about skipping TLS verification</source>
        <translation>Warnung zum Überspringen der TLS-Prüfung</translation>
    </message>
    <message>
        <source>Warning: Konnect will send audit logs to this endpoint without checking its certificate, so anyone who can intercept the connection can read them. Use this only for a self-signed certificate outside production.</source>
        <translation>Warnung: Konnect sendet Audit-Logs an diesen Endpunkt, ohne sein Zertifikat zu prüfen, sodass jeder, der die Verbindung abfangen kann, sie lesen kann. Verwenden Sie dies nur für ein selbstsigniertes Zertifikat außerhalb der Produktion.</translation>
    </message>
    <message>
        <source>Problem with TLS verification</source>
        <translation>Problem mit der TLS-Prüfung</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>Splunk</source>
        <translation>Splunk</translation>
    </message>
    <message>
        <source>Basic (user:password)</source>
        <translation>Basic (Benutzer:Passwort)</translation>
    </message>
    <message>
        <source>Custom (whole header value)</source>
        <translation>Eigene (ganzer Header-Wert)</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>authorization scheme</source>
        <translation>Autorisierungsschema</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>log format</source>
        <translation>Log-Format</translation>
    </message>
    <message>
        <source>CEF</source>
        <translation>CEF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CPS (CrowdStrike)</source>
        <translation>CPS (CrowdStrike)</translation>
    </message>
    <message>
        <source>None: fill in the fields yourself</source>
        <translation>Keine: Felder selbst ausfüllen</translation>
    </message>
    <message>
        <source>Replace the highlighted parts of the endpoint: %1.</source>
        <translation>Ersetzen Sie die hervorgehobenen Teile des Endpunkts: %1.</translation>
    </message>
    <message>
        <source>Konnect needs an authorization for a new webhook: enter what your SIEM expects. For a receiver that takes none, choose its vendor preset to fill in a harmless placeholder.</source>
        <translation>Konnect braucht für einen neuen Webhook eine Autorisierung: Geben Sie ein, was Ihr SIEM erwartet. Für einen Empfänger, der keine verlangt, wählen Sie seine Anbietervorlage, um einen harmlosen Platzhalter einzutragen.</translation>
    </message>
    <message>
        <source>Warning: Konnect will send audit logs without checking this endpoint&apos;s certificate, so anyone who can intercept the connection can read them. Use this only for a self-signed certificate outside production.</source>
        <translation>Warnung: Konnect sendet Audit-Logs, ohne das Zertifikat dieses Endpunkts zu prüfen, sodass jeder, der die Verbindung abfangen kann, sie lesen kann. Verwenden Sie dies nur für ein selbstsigniertes Zertifikat außerhalb der Produktion.</translation>
    </message>
    <message>
        <source>%1 reads no authorization header, but Konnect refuses an empty one: this harmless placeholder is sent instead.</source>
        <translation>%1 liest keinen Authorization-Header, aber Konnect lehnt einen leeren ab: Stattdessen wird dieser harmlose Platzhalter gesendet.</translation>
    </message>
    <message>
        <source>Konnect keeps the authorization it has (it never shows it). Type one only to replace it.</source>
        <translation>Konnect behält seine Autorisierung (und zeigt sie nie an). Geben Sie nur dann eine ein, wenn Sie sie ersetzen wollen.</translation>
    </message>
    <message>
        <source>This is the authorization last applied from this computer.</source>
        <translation>Dies ist die zuletzt von diesem Computer aus angewendete Autorisierung.</translation>
    </message>
    <message>
        <source>Enter user:password; it is sent Base64-encoded.</source>
        <translation>Geben Sie Benutzer:Passwort ein; es wird Base64-kodiert gesendet.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie Folgendes ein: %1.</translation>
    </message>
    <message>
        <source>The %1 preset would replace what you typed in: %2. Replace it?</source>
        <translation>Die Vorlage %1 würde ersetzen, was Sie eingegeben haben: %2. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace your values?</source>
        <translation>Ihre Werte ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep mine, fill the rest</source>
        <translation>Meine behalten, Rest ausfüllen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Endpoint: &lt;code&gt;%1&lt;/code&gt; (replace the underlined parts)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Endpunkt: &lt;code&gt;%1&lt;/code&gt; (ersetzen Sie die unterstrichenen Teile)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch out:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Achtung:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A working receiver answers %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein funktionierender Empfänger antwortet mit %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored authorization (Konnect never shows it). Type one only to replace it.</source>
        <translation>Leer lassen, um die gespeicherte Autorisierung zu behalten (Konnect zeigt sie nie). Nur zum Ersetzen eine eingeben.</translation>
    </message>
    <message>
        <source>%1://%2/%3 (hidden: the URL holds a key)</source>
        <translation>%1://%2/%3 (verborgen: die URL enthält einen Schlüssel)</translation>
    </message>
    <message>
        <source>Show the notes on the vendor preset</source>
        <translation>Hinweise zur Anbietervorlage zeigen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Notes on %1: the endpoint to use, pitfalls, what success looks like</source>
        <translation>Hinweise zu %1: der passende Endpunkt, Stolperfallen, woran man Erfolg erkennt</translation>
    </message>
</context>
<context>
    <name>WebhookStatusExplanation</name>
    <message>
        <source> Audit logs of the time it failed can be sent again from the Replay tab (up to 7 days back) once it works.</source>
        <translation> Die Audit-Logs der Zeit, in der es fehlschlug, lassen sich im Tab „Replay“ (bis zu 7 Tage zurück) erneut senden, sobald es funktioniert.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Konnect is delivering audit logs to your SIEM, or is ready and has had nothing to send yet.</source>
        <translation>Konnect stellt Audit-Logs an Ihr SIEM zu oder ist bereit und hatte noch nichts zu senden.</translation>
    </message>
    <message>
        <source>Nothing to do. Konnect sends audit logs as they happen; Test connection on the Configure tab checks the endpoint without waiting.</source>
        <translation>Nichts zu tun. Konnect sendet Audit-Logs, sobald sie entstehen; „Verbindung testen“ im Tab „Einrichten“ prüft den Endpunkt, ohne zu warten.</translation>
    </message>
    <message>
        <source>Nothing to do: your SIEM accepted the last delivery.</source>
        <translation>Nichts zu tun: Ihr SIEM hat die letzte Zustellung angenommen.</translation>
    </message>
    <message>
        <source>Nothing to do yet, but the last answer was not a success: %1 If deliveries keep failing, the status turns inactive.</source>
        <translation>Noch nichts zu tun, aber die letzte Antwort war kein Erfolg: %1 Schlagen Zustellungen weiter fehl, wird der Status inaktiv.</translation>
    </message>
    <message>
        <source>The last delivery failed: Konnect could not hand audit logs to your SIEM (an endpoint or SIEM problem).</source>
        <translation>Die letzte Zustellung schlug fehl: Konnect konnte Ihrem SIEM keine Audit-Logs übergeben (ein Problem des Endpunkts oder des SIEM).</translation>
    </message>
    <message>
        <source>Konnect does not say why: run Test connection (headless: `test-endpoint`) to find out, fix what it reports, then Apply.</source>
        <translation>Konnect sagt nicht, warum: Führen Sie „Verbindung testen“ aus (ohne Fenster: `test-endpoint`), beheben Sie, was es meldet, und wenden Sie dann an.</translation>
    </message>
    <message>
        <source>The webhook is saved, but Konnect is not sending: it is turned off.</source>
        <translation>Der Webhook ist gespeichert, aber Konnect sendet nicht: Er ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>To start delivering, tick Enabled and Apply (headless: `apply --enable`).</source>
        <translation>Um die Zustellung zu starten, kreuzen Sie „Aktiviert“ an und wenden Sie an (ohne Fenster: `apply --enable`).</translation>
    </message>
    <message>
        <source>The last delivery failed and the webhook was then turned off: Konnect is not sending.</source>
        <translation>Die letzte Zustellung schlug fehl, danach wurde der Webhook ausgeschaltet: Konnect sendet nicht.</translation>
    </message>
    <message>
        <source>Run Test connection (headless: `test-endpoint`) to find out why deliveries failed and fix it.</source>
        <translation>Führen Sie „Verbindung testen“ aus (ohne Fenster: `test-endpoint`), um herauszufinden, warum Zustellungen fehlschlugen, und beheben Sie es.</translation>
    </message>
    <message>
        <source> Then tick Enabled and Apply.</source>
        <translation> Kreuzen Sie dann „Aktiviert“ an und wenden Sie an.</translation>
    </message>
    <message>
        <source>Nothing is configured in this region yet: Konnect has nowhere to send audit logs.</source>
        <translation>In dieser Region ist noch nichts eingerichtet: Konnect kann Audit-Logs nirgendwohin senden.</translation>
    </message>
    <message>
        <source>Nothing is configured in this region yet: enter your SIEM&apos;s endpoint and authorization and Apply (headless: `apply`).</source>
        <translation>In dieser Region ist noch nichts eingerichtet: Geben Sie Endpunkt und Autorisierung Ihres SIEM ein und wenden Sie an (ohne Fenster: `apply`).</translation>
    </message>
    <message>
        <source>Konnect reported a combination this tool does not know: enabled %1, status &quot;%2&quot;.</source>
        <translation>Konnect meldete eine Kombination, die dieses Werkzeug nicht kennt: aktiviert %1, Status „%2“.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Refresh in a moment; if it stays, compare with Konnect&apos;s documentation of the audit-log webhook status.</source>
        <translation>Aktualisieren Sie gleich noch einmal; bleibt es so, vergleichen Sie mit der Dokumentation von Konnect zum Status des Audit-Log-Webhooks.</translation>
    </message>
    <message>
        <source>in the future (this computer&apos;s clock is behind Konnect&apos;s)</source>
        <translation>in der Zukunft (die Uhr dieses Computers geht gegenüber der von Konnect nach)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation>%1 Ortszeit</translation>
    </message>
    <message>
        <source>Konnect got no answer from your SIEM (DNS, connection, timeout or TLS certificate)</source>
        <translation>Konnect bekam keine Antwort von Ihrem SIEM (DNS, Verbindung, Zeitüberschreitung oder TLS-Zertifikat)</translation>
    </message>
    <message>
        <source>your SIEM accepted the delivery</source>
        <translation>Ihr SIEM hat die Zustellung angenommen</translation>
    </message>
    <message>
        <source>the endpoint redirects elsewhere</source>
        <translation>der Endpunkt leitet anderswohin um</translation>
    </message>
    <message>
        <source>your SIEM refused the authorization</source>
        <translation>Ihr SIEM hat die Autorisierung abgelehnt</translation>
    </message>
    <message>
        <source>nothing receives events at the endpoint&apos;s path</source>
        <translation>unter dem Pfad des Endpunkts nimmt nichts Ereignisse an</translation>
    </message>
    <message>
        <source>your SIEM does not accept the events&apos; format or their gzip encoding</source>
        <translation>Ihr SIEM nimmt das Format der Ereignisse oder ihre gzip-Kodierung nicht an</translation>
    </message>
    <message>
        <source>your SIEM refused the batch as too large</source>
        <translation>Ihr SIEM hat den Stapel als zu groß abgelehnt</translation>
    </message>
    <message>
        <source>your SIEM was overloaded or unavailable, even after Konnect&apos;s retries</source>
        <translation>Ihr SIEM war überlastet oder nicht erreichbar, auch nach den Wiederholungen von Konnect</translation>
    </message>
    <message>
        <source>your SIEM refused the delivery</source>
        <translation>Ihr SIEM hat die Zustellung abgelehnt</translation>
    </message>
    <message>
        <source>Konnect got no answer from your SIEM — check that the endpoint is reachable from the internet (DNS, firewall) with a publicly trusted certificate, then Apply.</source>
        <translation>Konnect bekam keine Antwort von Ihrem SIEM – prüfen Sie, dass der Endpunkt aus dem Internet erreichbar ist (DNS, Firewall) und ein öffentlich vertrauenswürdiges Zertifikat hat, und wenden Sie dann an.</translation>
    </message>
    <message>
        <source>The endpoint redirects elsewhere — put the final address in the endpoint and Apply.</source>
        <translation>Der Endpunkt leitet anderswohin um – tragen Sie die endgültige Adresse als Endpunkt ein und wenden Sie an.</translation>
    </message>
    <message>
        <source>Your SIEM refused the authorization — set it again and Apply.</source>
        <translation>Ihr SIEM hat die Autorisierung abgelehnt – setzen Sie sie neu und wenden Sie an.</translation>
    </message>
    <message>
        <source>Nothing receives events at the endpoint&apos;s path — correct the path (Splunk, for example, takes Konnect&apos;s lines at /services/collector/raw) and Apply.</source>
        <translation>Unter dem Pfad des Endpunkts nimmt nichts Ereignisse an – korrigieren Sie den Pfad (Splunk zum Beispiel nimmt die Zeilen von Konnect unter /services/collector/raw an) und wenden Sie an.</translation>
    </message>
    <message>
        <source>Your SIEM does not accept the events&apos; format or their gzip encoding — check the log format and the receiver&apos;s input settings, then Apply.</source>
        <translation>Ihr SIEM nimmt das Format der Ereignisse oder ihre gzip-Kodierung nicht an – prüfen Sie das Log-Format und die Eingangseinstellungen des Empfängers und wenden Sie dann an.</translation>
    </message>
    <message>
        <source>Your SIEM refused the batch as too large — raise the receiver&apos;s request size limit.</source>
        <translation>Ihr SIEM hat den Stapel als zu groß abgelehnt – erhöhen Sie die Größengrenze für Anfragen beim Empfänger.</translation>
    </message>
    <message>
        <source>Your SIEM was overloaded or unavailable even after Konnect&apos;s retries — check its health and capacity; Konnect goes on with new audit logs once it answers again.</source>
        <translation>Ihr SIEM war auch nach den Wiederholungen von Konnect überlastet oder nicht erreichbar – prüfen Sie seinen Zustand und seine Kapazität; Konnect macht mit neuen Audit-Logs weiter, sobald es wieder antwortet.</translation>
    </message>
    <message>
        <source>Your SIEM answered %1 — look in its logs for the reason, fix it, then Apply.</source>
        <translation>Ihr SIEM antwortete %1 – suchen Sie in seinen Logs nach dem Grund, beheben Sie ihn und wenden Sie dann an.</translation>
    </message>
    <message>
        <source>Nothing is configured for this Dev Portal yet: Konnect has nowhere to send its audit logs.</source>
        <translation>Für dieses Dev Portal ist noch nichts eingerichtet: Konnect kann seine Audit-Logs nirgendwohin senden.</translation>
    </message>
    <message>
        <source>Bind one of the organization&apos;s audit log destinations to the portal&apos;s webhook, tick Enabled and Apply (headless: `apply --portal %1 --destination NAME --enable`).</source>
        <translation>Binden Sie eines der Audit-Log-Ziele der Organisation an den Webhook des Portals, setzen Sie Aktiviert und wenden Sie an (ohne Fenster: `apply --portal %1 --destination NAME --enable`).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>I&amp;mport the token found</source>
        <translation>Gefundenes Token i&amp;mportieren</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Three steps connect this window to your Konnect organization:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen&lt;/h2&gt;&lt;p&gt;Drei Schritte verbinden dieses Fenster mit Ihrer Konnect-Organisation:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 1: create a personal access token</source>
        <translation>Schritt 1: ein persönliches Zugriffstoken anlegen</translation>
    </message>
    <message>
        <source>Step 2: pick the region</source>
        <translation>Schritt 2: die Region wählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; Pick your organization&apos;s region in the bar above (Region). The link in step 1 follows it.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Wählen Sie oben die Region Ihrer Organisation (Region). Der Link in Schritt 1 folgt ihr.</translation>
    </message>
    <message>
        <source>Step 3: paste the token</source>
        <translation>Schritt 3: das Token einfügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;3.&lt;/b&gt; Paste the token: it goes into the system keychain, never into a file.</source>
        <translation>&lt;b&gt;3.&lt;/b&gt; Fügen Sie das Token ein: Es kommt in den System-Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Paste the token…</source>
        <translation>Token &amp;einfügen…</translation>
    </message>
    <message>
        <source>Paste the Konnect token</source>
        <translation>Das Konnect-Token einfügen</translation>
    </message>
    <message>
        <source>Import the token found</source>
        <translation>Gefundenes Token importieren</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Die Demo ausprobieren</translation>
    </message>
    <message>
        <source>Opens a second window on a built-in Konnect emulator; nothing touches your keychain</source>
        <translation>Öffnet ein zweites Fenster mit einem eingebauten Konnect-Emulator; nichts berührt Ihren Schlüsselbund</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Create a personal access token in Konnect: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (it needs an Organization Admin).</source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Legen Sie in Konnect ein persönliches Zugriffstoken an: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (es braucht einen Organization Admin).</translation>
    </message>
    <message>
        <source>Or import the token this computer already has: found in %1.</source>
        <translation>Oder importieren Sie das Token, das dieser Computer schon hat: gefunden in %1.</translation>
    </message>
</context>
</TS>
