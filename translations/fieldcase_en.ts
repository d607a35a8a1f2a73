<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>The backup&apos;s change log is not whole (%n change(s) follow on from changes it does not hold); nothing was restored.</source>
        <translation>
            <numerusform>The backup&apos;s change log is not whole (%n change follows on from changes it does not hold); nothing was restored.</numerusform>
            <numerusform>The backup&apos;s change log is not whole (%n changes follow on from changes it does not hold); nothing was restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Audit trail: %1 (%n entries)</source>
        <translation>
            <numerusform>Audit trail: %1 (%n entry)</numerusform>
            <numerusform>Audit trail: %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change log:  %1 (%n changes)</source>
        <translation>
            <numerusform>Change log:  %1 (%n change)</numerusform>
            <numerusform>Change log:  %1 (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n bundle(s) every device already has.</source>
        <translation>
            <numerusform>Removed %n bundle every device already has.</numerusform>
            <numerusform>Removed %n bundles every device already has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n record(s) for the team. Sync to spread the purge.</source>
        <translation>
            <numerusform>Purged %n record for the team. Sync to spread the purge.</numerusform>
            <numerusform>Purged %n records for the team. Sync to spread the purge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after closing</source>
        <translation>
            <numerusform>%n month after closing</numerusform>
            <numerusform>%n months after closing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due; nothing was purged (dry run).</source>
        <translation>
            <numerusform>%n record due; nothing was purged (dry run).</numerusform>
            <numerusform>%n records due; nothing was purged (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged. Export to take the purge to the team.</source>
        <translation>
            <numerusform>%n record purged. Export to take the purge to the team.</numerusform>
            <numerusform>%n records purged. Export to take the purge to the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made-up training data: %n case(s).</source>
        <translation>
            <numerusform>Made-up training data: %n case.</numerusform>
            <numerusform>Made-up training data: %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &apos;%1&apos;, header row %2: %n rows.</source>
        <translation>
            <numerusform>Sheet &apos;%1&apos;, header row %2: %n row.</numerusform>
            <numerusform>Sheet &apos;%1&apos;, header row %2: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown value for %1: &apos;%2&apos; (%n rows, the first is row %3)</source>
        <translation>
            <numerusform>Unknown value for %1: &apos;%2&apos; (%n row, the first is row %3)</numerusform>
            <numerusform>Unknown value for %1: &apos;%2&apos; (%n rows, the first is row %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>The file is larger than %n MiB.</source>
        <translation>
            <numerusform>The file is larger than %n MiB.</numerusform>
            <numerusform>The file is larger than %n MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>The clock of device %1 is %n day(s) ahead.</source>
        <translation>
            <numerusform>The clock of device %1 is %n day ahead.</numerusform>
            <numerusform>The clock of device %1 is %n days ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bundle from %1 carried %n change(s) with their content removed, though no purge here allows it. They are asked for again from the others; if this repeats, that laptop may be in other hands.</source>
        <translation>
            <numerusform>The bundle from %1 carried %n change with its content removed, though no purge here allows it. It is asked for again from the others; if this repeats, that laptop may be in other hands.</numerusform>
            <numerusform>The bundle from %1 carried %n changes with their content removed, though no purge here allows it. They are asked for again from the others; if this repeats, that laptop may be in other hands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, a field worker&apos;s laptop, purged %n record(s) it did not create. They are kept here until a coordinator purges them.</source>
        <translation>
            <numerusform>%1, a field worker&apos;s laptop, purged %n record it did not create. It is kept here until a coordinator purges it.</numerusform>
            <numerusform>%1, a field worker&apos;s laptop, purged %n records it did not create. They are kept here until a coordinator purges them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 purged more records in one week than a laptop may alone: %n of them are kept here until a coordinator of another laptop confirms them.</source>
        <translation>
            <numerusform>%1 purged more records in one week than a laptop may alone: %n of them is kept here until a coordinator of another laptop confirms it.</numerusform>
            <numerusform>%1 purged more records in one week than a laptop may alone: %n of them are kept here until a coordinator of another laptop confirms them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>is too long (at most %n characters).</source>
        <translation>
            <numerusform>is too long (at most %n character).</numerusform>
            <numerusform>is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device name is too long (at most %n characters).</source>
        <translation>
            <numerusform>The device name is too long (at most %n character).</numerusform>
            <numerusform>The device name is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseListView</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DestroyKeysCountdown</name>
    <message numerus="yes">
        <source>Destroying the keys in %n second(s)…</source>
        <translation>
            <numerusform>Destroying the keys in %n second…</numerusform>
            <numerusform>Destroying the keys in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FollowUpsView</name>
    <message numerus="yes">
        <source>&amp;Overdue (%Ln)</source>
        <translation>
            <numerusform>&amp;Overdue (%Ln)</numerusform>
            <numerusform>&amp;Overdue (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Today (%Ln)</source>
        <translation>
            <numerusform>&amp;Today (%Ln)</numerusform>
            <numerusform>&amp;Today (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This &amp;week (%Ln)</source>
        <translation>
            <numerusform>This &amp;week (%Ln)</numerusform>
            <numerusform>This &amp;week (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Later (%Ln)</source>
        <translation>
            <numerusform>&amp;Later (%Ln)</numerusform>
            <numerusform>&amp;Later (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ImportWizard</name>
    <message numerus="yes">
        <source>%n texts are not known.</source>
        <translation>
            <numerusform>%n text is not known.</numerusform>
            <numerusform>%n texts are not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows will not be imported; each says why below.</source>
        <translation>
            <numerusform>%n row will not be imported; it says why below.</numerusform>
            <numerusform>%n rows will not be imported; each says why below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NewPassphraseFields</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RetentionReview</name>
    <message numerus="yes">
        <source>The team&apos;s retention rules call for purging %n record(s) on this laptop.</source>
        <translation>
            <numerusform>The team&apos;s retention rules call for purging %n record on this laptop.</numerusform>
            <numerusform>The team&apos;s retention rules call for purging %n records on this laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SyncPage</name>
    <message numerus="yes">
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>Received %n change</numerusform>
            <numerusform>Received %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n bundle(s); your changes are in the folder for the others.</source>
        <translation>
            <numerusform>from %n bundle; your changes are in the folder for the others.</numerusform>
            <numerusform>from %n bundles; your changes are in the folder for the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for someone to choose (below).</source>
        <translation>
            <numerusform>%n conflict waits for someone to choose (below).</numerusform>
            <numerusform>%n conflicts wait for someone to choose (below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last automatic exchange with %1 at %2: %n change(s) received.</source>
        <translation>
            <numerusform>Last automatic exchange with %1 at %2: %n change received.</numerusform>
            <numerusform>Last automatic exchange with %1 at %2: %n changes received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n bundle(s).</source>
        <translation>
            <numerusform>from %n bundle.</numerusform>
            <numerusform>from %n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the team.</source>
        <translation>
            <numerusform>%n change received from the team.</numerusform>
            <numerusform>%n changes received from the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait on the Sync screen.</source>
        <translation>
            <numerusform>%n conflict waits on the Sync screen.</numerusform>
            <numerusform>%n conflicts wait on the Sync screen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TeamPage</name>
    <message numerus="yes">
        <source>Its clock is %n hour(s) ahead of this laptop&apos;s.</source>
        <translation>
            <numerusform>Its clock is %n hour ahead of this laptop&apos;s.</numerusform>
            <numerusform>Its clock is %n hours ahead of this laptop&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its clock is %n day(s) ahead of this laptop&apos;s.</source>
        <translation>
            <numerusform>Its clock is %n day ahead of this laptop&apos;s.</numerusform>
            <numerusform>Its clock is %n days ahead of this laptop&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its later change(s) refused.</source>
        <translation>
            <numerusform>%n of its later changes refused.</numerusform>
            <numerusform>%n of its later changes refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged for the team. The next exchange takes the purge to the others.</source>
        <translation>
            <numerusform>%n record purged for the team. The next exchange takes the purge to the others.</numerusform>
            <numerusform>%n records purged for the team. The next exchange takes the purge to the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge the %n record(s) that “%1” purged, on every laptop of the team? Their content is gone for good.</source>
        <translation>
            <numerusform>Purge the %n record that “%1” purged, on every laptop of the team? Its content is gone for good.</numerusform>
            <numerusform>Purge the %n records that “%1” purged, on every laptop of the team? Their content is gone for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased (%n record(s))</source>
        <translation>
            <numerusform>Erased (%n record)</numerusform>
            <numerusform>Erased (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::UnlockPage</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
