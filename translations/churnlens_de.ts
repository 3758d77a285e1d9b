<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>churnlens</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Canceled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Target (churn)</source>
        <translation>Ziel (Abwanderung)</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tenure (months)</source>
        <translation>Vertragsdauer (Monate)</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation>Monatliche Gebühren</translation>
    </message>
    <message>
        <source>Total charges</source>
        <translation>Gesamtgebühren</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Support calls</source>
        <translation>Supportanrufe</translation>
    </message>
    <message>
        <source>Service (add-on)</source>
        <translation>Zusatzdienst</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>%1 values could not be read as %2 and are now missing (first: &quot;%3&quot; in row %4).</source>
        <translation>%1 Werte konnten nicht als %2 gelesen werden und fehlen jetzt (erster: „%3“ in Zeile %4).</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>it has more than two different values; a Yes/No column has two.</source>
        <translation>sie hat mehr als zwei verschiedene Werte; eine Ja/Nein-Spalte hat zwei.</translation>
    </message>
    <message>
        <source>%1 is read as No and %2 as Yes.</source>
        <translation>%1 wird als Nein und %2 als Ja gelesen.</translation>
    </message>
    <message>
        <source>it has %1 different labels; a Yes/No column has two.</source>
        <translation>sie hat %1 verschiedene Werte; eine Ja/Nein-Spalte hat zwei.</translation>
    </message>
    <message>
        <source>Keep it as a category, or merge labels in the source.</source>
        <translation>Behalten Sie sie als Kategorie oder führen Sie Werte in der Quelle zusammen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as No and &quot;%2&quot; as Yes.</source>
        <translation>„%1“ wird als Nein und „%2“ als Ja gelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as Yes.</source>
        <translation>„%1“ wird als Ja gelesen.</translation>
    </message>
    <message>
        <source>its numbers are not dates (written as yyyymmdd).</source>
        <translation>ihre Zahlen sind keine Datumsangaben (geschrieben als JJJJMMTT).</translation>
    </message>
    <message>
        <source>Dates are read from text such as 2024-01-31.</source>
        <translation>Datumsangaben werden aus Text wie 2024-01-31 gelesen.</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>none of its labels is a date.</source>
        <translation>keiner ihrer Werte ist ein Datum.</translation>
    </message>
    <message>
        <source>Dates are read as 2024-01-31, 31.01.2024 or 01/31/2024.</source>
        <translation>Datumsangaben werden als 2024-01-31, 31.01.2024 oder 01/31/2024 gelesen.</translation>
    </message>
    <message>
        <source>Day and month cannot be told apart; dates are read as month/day/year.</source>
        <translation>Tag und Monat lassen sich nicht unterscheiden; Datumsangaben werden als Monat/Tag/Jahr gelesen.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Column %1 has no name; it is called &quot;%2&quot;.</source>
        <translation>Spalte %1 hat keinen Namen; sie heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>The column name &quot;%1&quot; appears more than once; column %2 is called &quot;%3&quot;.</source>
        <translation>Der Spaltenname „%1“ kommt mehrfach vor; Spalte %2 heißt jetzt „%3“.</translation>
    </message>
    <message>
        <source>The file does not look like text (it holds binary data).</source>
        <translation>Die Datei sieht nicht wie Text aus (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>Choose a CSV or TSV file, or a SQLite database.</source>
        <translation>Wählen Sie eine CSV- oder TSV-Datei oder eine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The field size limit must be positive.</source>
        <translation>Die Feldgrößengrenze muss positiv sein.</translation>
    </message>
    <message>
        <source>There are no data rows, only a header.</source>
        <translation>Es gibt keine Datenzeilen, nur eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Choose a file with customer rows under the header.</source>
        <translation>Wählen Sie eine Datei mit Kundenzeilen unter der Kopfzeile.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8; characters that cannot be read are shown as �. Choose the file&apos;s encoding (for example Latin-1) in the import options.</source>
        <translation>Diese Zeile ist kein gültiges UTF-8; nicht lesbare Zeichen werden als � angezeigt. Wählen Sie die Kodierung der Datei (zum Beispiel Latin-1) in den Importoptionen.</translation>
    </message>
    <message>
        <source>This row has %1 fields, %2 expected; the row is skipped.</source>
        <translation>Diese Zeile hat %1 Felder, erwartet sind %2; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>This row has %1 fields, %2 expected; the missing fields are left empty.</source>
        <translation>Diese Zeile hat %1 Felder, erwartet sind %2; die fehlenden Felder bleiben leer.</translation>
    </message>
    <message>
        <source>%1 rows had too few fields (the missing ones are left empty) and %2 rows too many (those rows are skipped).</source>
        <translation>%1 Zeilen hatten zu wenige Felder (die fehlenden bleiben leer) und %2 Zeilen zu viele (diese Zeilen werden übersprungen).</translation>
    </message>
    <message>
        <source>%1 rows end with extra empty fields (a trailing delimiter); they are ignored.</source>
        <translation>%1 Zeilen enden mit zusätzlichen leeren Feldern (ein Trennzeichen am Zeilenende); sie werden ignoriert.</translation>
    </message>
    <message>
        <source>A quoted field that starts on this line is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Add the closing quote (&quot;), or double quotes that are part of the text (&quot;&quot;).</source>
        <translation>Ergänzen Sie das schließende Anführungszeichen (&quot;) oder verdoppeln Sie Anführungszeichen, die zum Text gehören (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A field on this line is longer than the limit of %1 MB.</source>
        <translation>Ein Feld in dieser Zeile ist länger als die Grenze von %1 MB.</translation>
    </message>
    <message>
        <source>This often means a quote is not closed; otherwise raise the field size limit.</source>
        <translation>Oft ist ein Anführungszeichen nicht geschlossen; andernfalls erhöhen Sie die Feldgrößengrenze.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Choose a file with a header row and customer rows.</source>
        <translation>Wählen Sie eine Datei mit einer Kopfzeile und Kundenzeilen.</translation>
    </message>
    <message>
        <source>The delimiter cannot be a line break or the quote character.</source>
        <translation>Das Trennzeichen darf kein Zeilenumbruch und kein Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>The file has no readable rows.</source>
        <translation>Die Datei hat keine lesbaren Zeilen.</translation>
    </message>
    <message>
        <source>Check for a quote that is never closed near the start of the file.</source>
        <translation>Prüfen Sie, ob am Anfang der Datei ein Anführungszeichen nicht geschlossen wird.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Recognising columns</source>
        <translation>Spalten werden erkannt</translation>
    </message>
    <message>
        <source>A CSV file has no tables; open it as a file.</source>
        <translation>Eine CSV-Datei hat keine Tabellen; öffnen Sie sie als Datei.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>The number of customers must be between 0 and %1.</source>
        <translation>Die Anzahl der Kunden muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>There is no column called “%1”. The columns are: %2.</source>
        <translation>Es gibt keine Spalte „%1“. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>No churn column was found. Choose the column that tells whether a customer left.</source>
        <translation>Es wurde keine Abwanderungsspalte gefunden. Wählen Sie die Spalte, die angibt, ob ein Kunde gekündigt hat.</translation>
    </message>
    <message>
        <source>The churn column “%1” is empty in %2 rows (%3); those customers are left out of training and evaluation.</source>
        <translation>Die Abwanderungsspalte „%1“ ist in %2 Zeilen leer (%3); diese Kunden werden beim Training und bei der Auswertung nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>The churn column “%1” has %2 different values; churn needs two (left / stayed). Every value other than “%3” counts as stayed.</source>
        <translation>Die Abwanderungsspalte „%1“ hat %2 verschiedene Werte; für Abwanderung werden zwei benötigt (abgewandert / geblieben). Jeder Wert außer „%3“ zählt als geblieben.</translation>
    </message>
    <message>
        <source>No customer in “%1” has the value “%2”, so nobody churned; a model needs customers who left and customers who stayed.</source>
        <translation>Kein Kunde in „%1“ hat den Wert „%2“, also ist niemand abgewandert; ein Modell braucht Kunden, die gegangen, und Kunden, die geblieben sind.</translation>
    </message>
    <message>
        <source>Every customer in “%1” has the value “%2”, so nobody stayed; a model needs customers who left and customers who stayed.</source>
        <translation>Jeder Kunde in „%1“ hat den Wert „%2“, also ist niemand geblieben; ein Modell braucht Kunden, die gegangen, und Kunden, die geblieben sind.</translation>
    </message>
    <message>
        <source>“%1” is empty in every row.</source>
        <translation>„%1“ ist in jeder Zeile leer.</translation>
    </message>
    <message>
        <source>“%1” is missing in %2 of the rows; filling in that many values is mostly guesswork. Consider ignoring the column.</source>
        <translation>„%1“ fehlt in %2 der Zeilen; so viele Werte aufzufüllen ist überwiegend Raterei. Erwägen Sie, die Spalte zu ignorieren.</translation>
    </message>
    <message>
        <source>“%1” has the same value in every row, so it cannot tell customers apart.</source>
        <translation>„%1“ hat in jeder Zeile denselben Wert und kann daher Kunden nicht unterscheiden.</translation>
    </message>
    <message>
        <source>“%1” looks like an identifier (nearly every value is different) but is used as a feature; a model would learn names, not behaviour. Consider ignoring it.</source>
        <translation>„%1“ sieht wie eine Kennung aus (fast jeder Wert ist anders), wird aber als Merkmal verwendet; ein Modell würde Namen lernen, nicht Verhalten. Erwägen Sie, sie zu ignorieren.</translation>
    </message>
    <message>
        <source>“%1” has %2 different categories; rare ones add noise. Consider grouping them or ignoring the column.</source>
        <translation>„%1“ hat %2 verschiedene Kategorien; seltene erzeugen Rauschen. Erwägen Sie, sie zu gruppieren oder die Spalte zu ignorieren.</translation>
    </message>
    <message>
        <source>The query has an unterminated quote or comment.</source>
        <translation>Die Abfrage enthält ein nicht abgeschlossenes Anführungszeichen oder einen nicht abgeschlossenen Kommentar.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>Only one statement can be run; remove everything after the ‘;’.</source>
        <translation>Es kann nur eine Anweisung ausgeführt werden; entfernen Sie alles nach dem ‚;‘.</translation>
    </message>
    <message>
        <source>Only a reading query (SELECT, or WITH … SELECT) can be run, not “%1”.</source>
        <translation>Nur eine lesende Abfrage (SELECT oder WITH … SELECT) kann ausgeführt werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>The query contains “%1”; only reading queries (SELECT, or WITH … SELECT) can be run. If “%1” is a column name, put it in double quotes.</source>
        <translation>Die Abfrage enthält „%1“; nur lesende Abfragen (SELECT oder WITH … SELECT) können ausgeführt werden. Ist „%1“ ein Spaltenname, setzen Sie ihn in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Only reading queries can be run.</source>
        <translation>Nur lesende Abfragen können ausgeführt werden.</translation>
    </message>
    <message>
        <source>The query returned no columns.</source>
        <translation>Die Abfrage hat keine Spalten geliefert.</translation>
    </message>
    <message>
        <source>Reading stopped after %1 rows: %2</source>
        <translation>Das Lesen wurde nach %1 Zeilen beendet: %2</translation>
    </message>
    <message>
        <source>There is no table or view called “%1”.</source>
        <translation>Es gibt keine Tabelle und keine Sicht namens „%1“.</translation>
    </message>
    <message>
        <source>The database has no tables.</source>
        <translation>Die Datenbank hat keine Tabellen.</translation>
    </message>
    <message>
        <source>Tables: %1%2</source>
        <translation>Tabellen: %1%2</translation>
    </message>
    <message>
        <source>The table name “%1” cannot be quoted safely.</source>
        <translation>Der Tabellenname „%1“ lässt sich nicht sicher maskieren.</translation>
    </message>
    <message>
        <source>Read it with a query instead.</source>
        <translation>Lesen Sie sie stattdessen mit einer Abfrage.</translation>
    </message>
    <message>
        <source>The column name “%1” in “%2” cannot be quoted safely.</source>
        <translation>Der Spaltenname „%1“ in „%2“ lässt sich nicht sicher maskieren.</translation>
    </message>
    <message>
        <source>Read the table with a query instead.</source>
        <translation>Lesen Sie die Tabelle stattdessen mit einer Abfrage.</translation>
    </message>
    <message>
        <source>Could not read the table “%1”: %2</source>
        <translation>Die Tabelle „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose a table or write a query.</source>
        <translation>Wählen Sie eine Tabelle oder schreiben Sie eine Abfrage.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
    <message>
        <source>“%1” holds binary data in %2 rows; those cells are read as missing.</source>
        <translation>„%1“ enthält in %2 Zeilen Binärdaten; diese Zellen werden als fehlend gelesen.</translation>
    </message>
    <message>
        <source>A CSV file is not a database.</source>
        <translation>Eine CSV-Datei ist keine Datenbank.</translation>
    </message>
    <message>
        <source>The database driver “%1” is not installed. Installed drivers: %2.</source>
        <translation>Der Datenbanktreiber „%1“ ist nicht installiert. Installierte Treiber: %2.</translation>
    </message>
    <message>
        <source>On Debian, install libqt6sql6-psql for PostgreSQL, libqt6sql6-mysql for MySQL/MariaDB or libqt6sql6-odbc for ODBC.</source>
        <translation>Installieren Sie unter Debian libqt6sql6-psql für PostgreSQL, libqt6sql6-mysql für MySQL/MariaDB oder libqt6sql6-odbc für ODBC.</translation>
    </message>
    <message>
        <source>Could not connect to the database: %1</source>
        <translation>Verbindung zur Datenbank fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check the host, port, database name, user name and password, and that the server accepts connections.</source>
        <translation>Prüfen Sie Host, Port, Datenbankname, Benutzername und Passwort und ob der Server Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This file is not a SQLite database.</source>
        <translation>Diese Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Open CSV and text files as files, not as databases.</source>
        <translation>Öffnen Sie CSV- und Textdateien als Dateien, nicht als Datenbanken.</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not start a read-only transaction: %1</source>
        <translation>Eine Nur-Lese-Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the list of tables: %1</source>
        <translation>Die Liste der Tabellen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This row has %1 values, %2 expected; the missing ones are left empty.</source>
        <translation>Diese Zeile hat %1 Werte, erwartet sind %2; die fehlenden bleiben leer.</translation>
    </message>
    <message>
        <source>This row has %1 values, %2 expected; the extra ones are ignored.</source>
        <translation>Diese Zeile hat %1 Werte, erwartet sind %2; die überzähligen werden ignoriert.</translation>
    </message>
    <message>
        <source>There are no data rows, only column names.</source>
        <translation>Es gibt keine Datenzeilen, nur Spaltennamen.</translation>
    </message>
    <message>
        <source>Choose a table or query that returns customers.</source>
        <translation>Wählen Sie eine Tabelle oder Abfrage, die Kunden liefert.</translation>
    </message>
    <message>
        <source>%1 rows had the wrong number of values.</source>
        <translation>%1 Zeilen hatten die falsche Anzahl an Werten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; it is treated as a missing value.</source>
        <translation>„%1“ ist keine Zahl; der Wert wird als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a number; it is treated as a missing value.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl; der Wert wird als fehlend behandelt.</translation>
    </message>
    <message>
        <source>1 value in this numeric column is not a number and was treated as missing.</source>
        <translation>1 Wert in dieser Zahlenspalte ist keine Zahl und wurde als fehlend behandelt.</translation>
    </message>
    <message>
        <source>%1 values in this numeric column are not numbers and were treated as missing.</source>
        <translation>%1 Werte in dieser Zahlenspalte sind keine Zahlen und wurden als fehlend behandelt.</translation>
    </message>
    <message>
        <source>This column looks like dates, but day and month cannot be told apart (no day is above 12); it is kept as text. Change its type to Date to read it as month/day/year.</source>
        <translation>Diese Spalte sieht wie Datumsangaben aus, aber Tag und Monat lassen sich nicht unterscheiden (kein Tag liegt über 12); sie bleibt Text. Ändern Sie ihren Typ auf Datum, um sie als Monat/Tag/Jahr zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n levels)</source>
        <translation>
            <numerusform>Sonstige (%n Wert)</numerusform>
            <numerusform>Sonstige (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>0–12 months</source>
        <translation>0–12 Monate</translation>
    </message>
    <message>
        <source>12–24 months</source>
        <translation>12–24 Monate</translation>
    </message>
    <message>
        <source>over 24 months</source>
        <translation>über 24 Monate</translation>
    </message>
    <message>
        <source>Features are ranked by Cramér&apos;s V (bias-corrected, 0 = no association, 1 = perfect) between churn and the feature&apos;s groups: category levels, or deciles for numbers; missing values count as a group of their own.</source>
        <translation>Merkmale werden nach Cramérs V geordnet (verzerrungskorrigiert, 0 = kein Zusammenhang, 1 = vollständiger Zusammenhang) zwischen Abwanderung und den Gruppen des Merkmals: Kategorien, bei Zahlen Dezile; fehlende Werte bilden eine eigene Gruppe.</translation>
    </message>
    <message>
        <source>The table has no columns to profile.</source>
        <translation>Die Tabelle hat keine Spalten zum Analysieren.</translation>
    </message>
    <message numerus="yes">
        <source>Profiling %n column(s)…</source>
        <translation>
            <numerusform>%n Spalte wird analysiert…</numerusform>
            <numerusform>%n Spalten werden analysiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiling failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check when this value is recorded. If it is only known once a customer has left, set the column&apos;s role to Ignored before training.</source>
        <translation>Prüfen Sie, wann dieser Wert erfasst wird. Ist er erst bekannt, nachdem ein Kunde gekündigt hat, setzen Sie die Rolle der Spalte vor dem Training auf Ignoriert.</translation>
    </message>
    <message>
        <source>%1 alone separates churners from stayers almost perfectly (AUC %2): a possible leak of the outcome into the data.</source>
        <translation>%1 allein trennt Abwanderer fast perfekt von gebliebenen Kunden (AUC %2): möglicherweise steckt das Ergebnis bereits in den Daten (Datenleck).</translation>
    </message>
    <message>
        <source>%1 of all churners have %2 = %3, and %4 of the customers with that value churned: a possible leak of the outcome into the data.</source>
        <translation>%1 aller Abwanderer haben %2 = %3, und %4 der Kunden mit diesem Wert sind abgewandert: möglicherweise steckt das Ergebnis bereits in den Daten (Datenleck).</translation>
    </message>
    <message>
        <source>%1 is empty in every row.</source>
        <translation>%1 ist in jeder Zeile leer.</translation>
    </message>
    <message>
        <source>Set its role to Ignored.</source>
        <translation>Setzen Sie die Rolle auf Ignoriert.</translation>
    </message>
    <message>
        <source>%1 is missing in %2 of the rows.</source>
        <translation>%1 fehlt in %2 der Zeilen.</translation>
    </message>
    <message>
        <source>Filling in most of a column invents data: consider leaving it out.</source>
        <translation>Den Großteil einer Spalte aufzufüllen erfindet Daten: erwägen Sie, sie wegzulassen.</translation>
    </message>
    <message>
        <source>%1 has the same value (%2) in every row and says nothing about churn.</source>
        <translation>%1 hat in jeder Zeile denselben Wert (%2) und sagt nichts über Abwanderung aus.</translation>
    </message>
    <message>
        <source>%1 looks like an identifier (%2 different values in %3 rows).</source>
        <translation>%1 sieht wie eine Kennung aus (%2 verschiedene Werte in %3 Zeilen).</translation>
    </message>
    <message>
        <source>Set its role to Id: a model would learn individual customers, not patterns.</source>
        <translation>Setzen Sie die Rolle auf Kunden-ID: ein Modell würde einzelne Kunden lernen, keine Muster.</translation>
    </message>
    <message>
        <source>%1 has %2 different values; charts show the most frequent ones and group the rest as “Other”.</source>
        <translation>%1 hat %2 verschiedene Werte; Diagramme zeigen die häufigsten und fassen den Rest als „Sonstige“ zusammen.</translation>
    </message>
    <message>
        <source>Group rare values, or leave the column out if it is close to an id.</source>
        <translation>Fassen Sie seltene Werte zusammen oder lassen Sie die Spalte weg, wenn sie fast eine Kennung ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n negative value(s) (lowest %2), which should not happen for %3.</source>
        <translation>
            <numerusform>%1 hat %n negativen Wert (niedrigster %2), was bei %3 nicht vorkommen sollte.</numerusform>
            <numerusform>%1 hat %n negative Werte (niedrigster %2), was bei %3 nicht vorkommen sollte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the source system; treat them as missing if they are errors.</source>
        <translation>Prüfen Sie das Quellsystem; behandeln Sie die Werte als fehlend, wenn es Fehler sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with %1 = 0 have %2 larger than %3.</source>
        <translation>
            <numerusform>%n Kunde mit %1 = 0 hat %2 größer als %3.</numerusform>
            <numerusform>%n Kunden mit %1 = 0 haben %2 größer als %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>two monthly charges</source>
        <translation>zwei Monatsgebühren</translation>
    </message>
    <message>
        <source>the median total</source>
        <translation>der Median der Gesamtsumme</translation>
    </message>
    <message>
        <source>New customers cannot have paid that much: check how tenure is counted.</source>
        <translation>Neue Kunden können nicht so viel gezahlt haben: prüfen Sie, wie die Vertragsdauer gezählt wird.</translation>
    </message>
    <message>
        <source>No churn column is set, so churn rates and drivers cannot be shown.</source>
        <translation>Es ist keine Abwanderungsspalte festgelegt, daher können Abwanderungsraten und Treiber nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Choose the churn column in the Data view, or pass --target.</source>
        <translation>Wählen Sie die Abwanderungsspalte in der Datenansicht oder übergeben Sie --target.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no churn value and are left out of churn rates.</source>
        <translation>
            <numerusform>%n Zeile hat keinen Abwanderungswert und wird bei den Abwanderungsraten nicht berücksichtigt.</numerusform>
            <numerusform>%n Zeilen haben keinen Abwanderungswert und werden bei den Abwanderungsraten nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer has the same churn value: check the churn column and its positive value (now %1).</source>
        <translation>Alle Kunden haben denselben Abwanderungswert: prüfen Sie die Abwanderungsspalte und ihren Wert für „abgewandert“ (derzeit %1).</translation>
    </message>
    <message>
        <source>Only %1 of customers are in the smaller class: accuracy will look high even for a useless model; judge models by recall, precision and PR AUC.</source>
        <translation>Nur %1 der Kunden gehören zur kleineren Klasse: die Genauigkeit (Accuracy) wirkt selbst bei einem nutzlosen Modell hoch; beurteilen Sie Modelle nach Trefferquote (Recall), Präzision (Precision) und PR AUC.</translation>
    </message>
    <message>
        <source> (ignoring %1)</source>
        <translation> (ohne %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) (%1) repeat an earlier row exactly%2.</source>
        <translation>
            <numerusform>%n Zeile (%1) wiederholt eine frühere Zeile exakt%2.</numerusform>
            <numerusform>%n Zeilen (%1) wiederholen eine frühere Zeile exakt%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical profiles can be real; repeated exports of the same customer are not.</source>
        <translation>Identische Profile können echt sein; wiederholte Exporte desselben Kunden sind es nicht.</translation>
    </message>
    <message>
        <source>The feature-to-column map does not match the %1 features.</source>
        <translation>Die Zuordnung von Merkmalen zu Spalten passt nicht zu den %1 Merkmalen.</translation>
    </message>
    <message>
        <source>Feature %1 has an invalid source column.</source>
        <translation>Merkmal %1 hat eine ungültige Quellspalte.</translation>
    </message>
    <message>
        <source>The SHAP values have %1 features; the field map has %2.</source>
        <translation>Die SHAP-Werte haben %1 Merkmale; die Feldzuordnung hat %2.</translation>
    </message>
    <message>
        <source>There is no field %1 in the SHAP values.</source>
        <translation>Es gibt kein Feld %1 in den SHAP-Werten.</translation>
    </message>
    <message>
        <source>The row map does not match the SHAP values.</source>
        <translation>Die Zeilenzuordnung passt nicht zu den SHAP-Werten.</translation>
    </message>
    <message>
        <source>Row %1 is not in column &quot;%2&quot;.</source>
        <translation>Zeile %1 ist nicht in Spalte „%2“.</translation>
    </message>
    <message>
        <source>The linear model has %1 weights and %2 feature means.</source>
        <translation>Das lineare Modell hat %1 Gewichte und %2 Merkmalsmittelwerte.</translation>
    </message>
    <message>
        <source>The linear model has a weight or mean that is not a number.</source>
        <translation>Das lineare Modell hat ein Gewicht oder einen Mittelwert, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>A negative number of rows was given.</source>
        <translation>Es wurde eine negative Zeilenzahl angegeben.</translation>
    </message>
    <message>
        <source>The data has %1 features but the model expects %2.</source>
        <translation>Die Daten haben %1 Merkmale, das Modell erwartet aber %2.</translation>
    </message>
    <message>
        <source>Prepare the data with the preparation saved with the model.</source>
        <translation>Bereiten Sie die Daten mit der Aufbereitung auf, die mit dem Modell gespeichert wurde.</translation>
    </message>
    <message>
        <source>Invalid buffers were given for SHAP values.</source>
        <translation>Für die SHAP-Werte wurden ungültige Puffer übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>Explaining %n customer(s)</source>
        <translation>
            <numerusform>%n Kunde wird erklärt</numerusform>
            <numerusform>%n Kunden werden erklärt</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 has a missing value in feature %2; a linear model cannot explain it.</source>
        <translation>Zeile %1 hat einen fehlenden Wert in Merkmal %2; ein lineares Modell kann sie nicht erklären.</translation>
    </message>
    <message>
        <source>Impute missing values with the preparation saved with the model.</source>
        <translation>Füllen Sie fehlende Werte mit der Aufbereitung auf, die mit dem Modell gespeichert wurde.</translation>
    </message>
    <message>
        <source>The model file could not be opened: %1</source>
        <translation>Die Modelldatei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Use a binary classification model saved by XGBoost in JSON format.</source>
        <translation>Verwenden Sie ein binäres Klassifikationsmodell, das von XGBoost im JSON-Format gespeichert wurde.</translation>
    </message>
    <message>
        <source>The model is not valid JSON: %1 at byte %2.</source>
        <translation>Das Modell ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The model has no &quot;learner&quot; object; it is not an XGBoost JSON model.</source>
        <translation>Das Modell hat kein „learner“-Objekt; es ist kein XGBoost-JSON-Modell.</translation>
    </message>
    <message>
        <source>The model parameters (num_feature, base_score) are missing or invalid.</source>
        <translation>Die Modellparameter (num_feature, base_score) fehlen oder sind ungültig.</translation>
    </message>
    <message>
        <source>Multi-class and multi-target models are not supported.</source>
        <translation>Mehrklassen- und Mehrzielmodelle werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>base_score %1 is not a probability.</source>
        <translation>base_score %1 ist keine Wahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is not supported.</source>
        <translation>Die Zielfunktion „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>A DART tree weight is not a number.</source>
        <translation>Ein DART-Baumgewicht ist keine Zahl.</translation>
    </message>
    <message>
        <source>The booster &quot;%1&quot; has no trees (gbtree or dart expected).</source>
        <translation>Der Booster „%1“ hat keine Bäume (gbtree oder dart erwartet).</translation>
    </message>
    <message>
        <source>The model has no trees.</source>
        <translation>Das Modell hat keine Bäume.</translation>
    </message>
    <message>
        <source>The model&apos;s tree_info does not match its trees.</source>
        <translation>tree_info des Modells passt nicht zu seinen Bäumen.</translation>
    </message>
    <message>
        <source>Multi-class models are not supported.</source>
        <translation>Mehrklassenmodelle werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The DART weights do not match the trees.</source>
        <translation>Die DART-Gewichte passen nicht zu den Bäumen.</translation>
    </message>
    <message>
        <source>Tree %1: %2</source>
        <translation>Baum %1: %2</translation>
    </message>
    <message>
        <source>no nodes.</source>
        <translation>keine Knoten.</translation>
    </message>
    <message>
        <source>the node arrays have different lengths.</source>
        <translation>die Knoten-Arrays sind unterschiedlich lang.</translation>
    </message>
    <message>
        <source>vector leaves are not supported.</source>
        <translation>Vektor-Blätter werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>node %1 is reached twice.</source>
        <translation>Knoten %1 wird zweimal erreicht.</translation>
    </message>
    <message>
        <source>node %1 has an invalid child.</source>
        <translation>Knoten %1 hat ein ungültiges Kind.</translation>
    </message>
    <message>
        <source>node %1 has an invalid value.</source>
        <translation>Knoten %1 hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <source>leaf %1 has an invalid value.</source>
        <translation>Blatt %1 hat einen ungültigen Wert.</translation>
    </message>
    <message>
        <source>node %1 splits on a feature the model does not have.</source>
        <translation>Knoten %1 teilt nach einem Merkmal, das das Modell nicht hat.</translation>
    </message>
    <message>
        <source>categorical splits are not supported; one-hot encode categories.</source>
        <translation>kategoriale Teilungen werden nicht unterstützt; kodieren Sie Kategorien per One-Hot.</translation>
    </message>
    <message>
        <source>Invalid buffers were given for predictions.</source>
        <translation>Für die Vorhersagen wurden ungültige Puffer übergeben.</translation>
    </message>
    <message>
        <source>Tree %1 has a split that no training row reached (zero cover); its SHAP values are undefined.</source>
        <translation>Baum %1 hat eine Teilung, die keine Trainingszeile erreicht hat (Cover null); ihre SHAP-Werte sind nicht definiert.</translation>
    </message>
    <message>
        <source>Tree %1 has a path with more than %2 distinct features; SHAP values are not supported for it.</source>
        <translation>Baum %1 hat einen Pfad mit mehr als %2 verschiedenen Merkmalen; SHAP-Werte werden dafür nicht unterstützt.</translation>
    </message>
    <message>
        <source>The test share must be between 0 and 1 (got %1).</source>
        <translation>Der Testanteil muss zwischen 0 und 1 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Both churners and non-churners need at least 2 rows to split (found %1 and %2).</source>
        <translation>Abwanderer und gebliebene Kunden brauchen für die Aufteilung je mindestens 2 Zeilen (gefunden: %1 und %2).</translation>
    </message>
    <message>
        <source>Too few rows (%1) for a %2% test share.</source>
        <translation>Zu wenige Zeilen (%1) für einen Testanteil von %2 %.</translation>
    </message>
    <message>
        <source>Cross-validation needs at least 2 folds (got %1).</source>
        <translation>Die Kreuzvalidierung braucht mindestens 2 Folds (erhalten: %1).</translation>
    </message>
    <message>
        <source>%1-fold cross-validation needs at least %1 churners and %1 non-churners (found %2 and %3).</source>
        <translation>Eine %1-fache Kreuzvalidierung braucht mindestens %1 Abwanderer und %1 gebliebene Kunden (gefunden: %2 und %3).</translation>
    </message>
    <message>
        <source>Use fewer folds or more data.</source>
        <translation>Verwenden Sie weniger Folds oder mehr Daten.</translation>
    </message>
    <message>
        <source>The data has no Id column to match test ids against.</source>
        <translation>Die Daten haben keine ID-Spalte, mit der Test-IDs abgeglichen werden können.</translation>
    </message>
    <message>
        <source>Mark the customer id column as Id.</source>
        <translation>Kennzeichnen Sie die Spalte mit den Kunden-IDs als Kunden-ID.</translation>
    </message>
    <message>
        <source>The data has no target column.</source>
        <translation>Die Daten haben keine Zielspalte.</translation>
    </message>
    <message>
        <source>None of the %1 test ids was found in column &quot;%2&quot;.</source>
        <translation>Keine der %1 Test-IDs wurde in Spalte „%2“ gefunden.</translation>
    </message>
    <message>
        <source>Check that the id file belongs to this data.</source>
        <translation>Prüfen Sie, ob die ID-Datei zu diesen Daten gehört.</translation>
    </message>
    <message>
        <source>%1 of %2 test ids were not found (e.g. %3).</source>
        <translation>%1 von %2 Test-IDs wurden nicht gefunden (z. B. %3).</translation>
    </message>
    <message>
        <source>Every labelled row is a test row: nothing is left to train on.</source>
        <translation>Jede Zeile mit bekanntem Ziel ist eine Testzeile: für das Training bleibt nichts übrig.</translation>
    </message>
    <message>
        <source>Cannot read the id file: %1</source>
        <translation>Die ID-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Klassengewichte</translation>
    </message>
    <message>
        <source>Random undersampling</source>
        <translation>Zufälliges Undersampling</translation>
    </message>
    <message>
        <source>SMOTE (SMOTE-NC with categories)</source>
        <translation>SMOTE (SMOTE-NC bei Kategorien)</translation>
    </message>
    <message>
        <source>SMOTE on all features</source>
        <translation>SMOTE auf allen Merkmalen</translation>
    </message>
    <message>
        <source>The labels do not match the training rows.</source>
        <translation>Die Zielwerte passen nicht zu den Trainingszeilen.</translation>
    </message>
    <message>
        <source>Training rows need a known target (0 or 1) for rebalancing.</source>
        <translation>Trainingszeilen brauchen für den Ausgleich ein bekanntes Ziel (0 oder 1).</translation>
    </message>
    <message>
        <source>The wanted class ratio must be in (0, 1].</source>
        <translation>Das gewünschte Klassenverhältnis muss in (0, 1] liegen.</translation>
    </message>
    <message>
        <source>The training rows contain only one class; there is nothing to rebalance.</source>
        <translation>Die Trainingszeilen enthalten nur eine Klasse; es gibt nichts auszugleichen.</translation>
    </message>
    <message>
        <source>Check the target column and its churn value.</source>
        <translation>Prüfen Sie die Zielspalte und ihren Wert für „abgewandert“.</translation>
    </message>
    <message>
        <source>Logistic regression needs at least 2 rows and 1 feature.</source>
        <translation>Die logistische Regression braucht mindestens 2 Zeilen und 1 Merkmal.</translation>
    </message>
    <message>
        <source>Labels or weights do not match the rows.</source>
        <translation>Zielwerte oder Gewichte passen nicht zu den Zeilen.</translation>
    </message>
    <message>
        <source>C must be a positive number (got %1).</source>
        <translation>C muss eine positive Zahl sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>Logistic regression got a missing or infinite value (row %1, feature %2).</source>
        <translation>Die logistische Regression hat einen fehlenden oder unendlichen Wert erhalten (Zeile %1, Merkmal %2).</translation>
    </message>
    <message>
        <source>Impute missing values before training.</source>
        <translation>Füllen Sie fehlende Werte vor dem Training auf.</translation>
    </message>
    <message>
        <source>Labels must be 0 or 1.</source>
        <translation>Zielwerte müssen 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>A sample weight is negative or not a number.</source>
        <translation>Ein Stichprobengewicht ist negativ oder keine Zahl.</translation>
    </message>
    <message>
        <source>Logistic regression did not converge (singular system).</source>
        <translation>Die logistische Regression ist nicht konvergiert (singuläres System).</translation>
    </message>
    <message>
        <source>This is not a ChurnLens logistic regression model.</source>
        <translation>Dies ist kein logistisches Regressionsmodell von ChurnLens.</translation>
    </message>
    <message>
        <source>Unsupported logistic model version %1.</source>
        <translation>Nicht unterstützte Version %1 des logistischen Modells.</translation>
    </message>
    <message>
        <source>Update ChurnLens to load this model.</source>
        <translation>Aktualisieren Sie ChurnLens, um dieses Modell zu laden.</translation>
    </message>
    <message>
        <source>The logistic model has no coefficients or no intercept.</source>
        <translation>Das logistische Modell hat keine Koeffizienten oder keinen Achsenabschnitt.</translation>
    </message>
    <message>
        <source>The logistic model has a coefficient that is not a number.</source>
        <translation>Das logistische Modell hat einen Koeffizienten, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not a valid JSON object: %1</source>
        <translation>Kein gültiges JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>There is no trained model to save.</source>
        <translation>Es gibt kein trainiertes Modell zum Speichern.</translation>
    </message>
    <message>
        <source>The model was not fitted.</source>
        <translation>Das Modell wurde nicht angepasst.</translation>
    </message>
    <message>
        <source>Cannot create the model directory.</source>
        <translation>Der Modellordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This is not a ChurnLens model directory.</source>
        <translation>Dies ist kein ChurnLens-Modellordner.</translation>
    </message>
    <message>
        <source>The model was saved by a newer ChurnLens (format %1).</source>
        <translation>Das Modell wurde von einer neueren ChurnLens-Version gespeichert (Format %1).</translation>
    </message>
    <message>
        <source>Unknown model kind &quot;%1&quot;.</source>
        <translation>Unbekannte Modellart „%1“.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is not a number.</source>
        <translation>Der Parameter „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;.</source>
        <translation>Unbekannter Parameter „%1“.</translation>
    </message>
    <message>
        <source>The metadata lacks the feature names or the threshold.</source>
        <translation>In den Metadaten fehlen die Merkmalsnamen oder der Schwellenwert.</translation>
    </message>
    <message>
        <source>The preparation makes other features than the model expects.</source>
        <translation>Die Aufbereitung erzeugt andere Merkmale, als das Modell erwartet.</translation>
    </message>
    <message>
        <source>Unknown or invalid parameter &quot;%1&quot; for %2.</source>
        <translation>Unbekannter oder ungültiger Parameter „%1“ für %2.</translation>
    </message>
    <message>
        <source>%1 feature names for %2 features.</source>
        <translation>%1 Merkmalsnamen für %2 Merkmale.</translation>
    </message>
    <message>
        <source>%1 labels for %2 rows.</source>
        <translation>%1 Zielwerte für %2 Zeilen.</translation>
    </message>
    <message>
        <source>%1 · fold %2/%3</source>
        <translation>%1 · Fold %2/%3</translation>
    </message>
    <message>
        <source> · round %1/%2</source>
        <translation> · Runde %1/%2</translation>
    </message>
    <message>
        <source>The search has no folds.</source>
        <translation>Die Suche hat keine Folds.</translation>
    </message>
    <message>
        <source>A model family has no parameter set to try.</source>
        <translation>Für eine Modellfamilie gibt es keinen Parametersatz zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Invalid parameter set for %1: %2</source>
        <translation>Ungültiger Parametersatz für %1: %2</translation>
    </message>
    <message>
        <source>n_estimators must be at least 1.</source>
        <translation>n_estimators muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The folds were built without tree matrices.</source>
        <translation>Die Folds wurden ohne Baummatrizen erstellt.</translation>
    </message>
    <message>
        <source>The folds were built without the training values.</source>
        <translation>Die Folds wurden ohne die Trainingswerte erstellt.</translation>
    </message>
    <message>
        <source>No %1 parameter set could be scored (a validation fold has a single class).</source>
        <translation>Kein %1-Parametersatz konnte bewertet werden (ein Validierungs-Fold enthält nur eine Klasse).</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Random Forest</translation>
    </message>
    <message>
        <source>A cross-validation fold is inconsistent.</source>
        <translation>Ein Fold der Kreuzvalidierung ist inkonsistent.</translation>
    </message>
    <message>
        <source>SMOTE needs at least two rows of the smaller class; there are %1.</source>
        <translation>SMOTE braucht mindestens zwei Zeilen der kleineren Klasse; es gibt %1.</translation>
    </message>
    <message>
        <source>Use class weights or undersampling instead.</source>
        <translation>Verwenden Sie stattdessen Klassengewichte oder Undersampling.</translation>
    </message>
    <message>
        <source>SMOTE needs at least one neighbour.</source>
        <translation>SMOTE braucht mindestens einen Nachbarn.</translation>
    </message>
    <message>
        <source>Row %1 is outside the feature matrix.</source>
        <translation>Zeile %1 liegt außerhalb der Merkmalsmatrix.</translation>
    </message>
    <message>
        <source>SMOTE needs features without missing values.</source>
        <translation>SMOTE braucht Merkmale ohne fehlende Werte.</translation>
    </message>
    <message>
        <source>Turn imputation on in the preparation.</source>
        <translation>Schalten Sie in der Aufbereitung das Auffüllen fehlender Werte ein.</translation>
    </message>
    <message>
        <source>SMOTE-NC needs at least one numeric feature; all features are categories.</source>
        <translation>SMOTE-NC braucht mindestens ein numerisches Merkmal; alle Merkmale sind Kategorien.</translation>
    </message>
    <message>
        <source>Making synthetic rows</source>
        <translation>Synthetische Zeilen werden erzeugt</translation>
    </message>
    <message>
        <source>Too many rows for the neighbour search.</source>
        <translation>Zu viele Zeilen für die Nachbarsuche.</translation>
    </message>
    <message>
        <source>The neighbour search needs at least one feature.</source>
        <translation>Die Nachbarsuche braucht mindestens ein Merkmal.</translation>
    </message>
    <message>
        <source>The neighbour search needs features without missing values.</source>
        <translation>Die Nachbarsuche braucht Merkmale ohne fehlende Werte.</translation>
    </message>
    <message>
        <source>Finding nearest neighbours</source>
        <translation>Nächste Nachbarn werden gesucht</translation>
    </message>
    <message>
        <source>No model has been trained or loaded.</source>
        <translation>Es wurde kein Modell trainiert oder geladen.</translation>
    </message>
    <message>
        <source>The model expects %1 features but got %2.</source>
        <translation>Das Modell erwartet %1 Merkmale, erhalten hat es %2.</translation>
    </message>
    <message>
        <source>Prepare the data with the preparation saved with this model.</source>
        <translation>Bereiten Sie die Daten mit der Aufbereitung auf, die mit diesem Modell gespeichert wurde.</translation>
    </message>
    <message>
        <source>A missing value reached the logistic regression (row %1).</source>
        <translation>Ein fehlender Wert hat die logistische Regression erreicht (Zeile %1).</translation>
    </message>
    <message>
        <source>The preparation must impute missing values for this model.</source>
        <translation>Die Aufbereitung muss für dieses Modell fehlende Werte auffüllen.</translation>
    </message>
    <message>
        <source>The logistic model is not valid JSON: %1</source>
        <translation>Das logistische Modell ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The logistic model has %1 coefficients for %2 features.</source>
        <translation>Das logistische Modell hat %1 Koeffizienten für %2 Merkmale.</translation>
    </message>
    <message>
        <source>The XGBoost model has %1 features but the metadata lists %2.</source>
        <translation>Das XGBoost-Modell hat %1 Merkmale, die Metadaten nennen aber %2.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message>
        <source>Folds must be 0 (no cross-validation) or between 2 and 20 (got %1).</source>
        <translation>Die Anzahl der Folds muss 0 (keine Kreuzvalidierung) oder zwischen 2 und 20 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Tuning needs cross-validation: use at least 2 folds.</source>
        <translation>Das Tuning braucht Kreuzvalidierung: verwenden Sie mindestens 2 Folds.</translation>
    </message>
    <message>
        <source>Early stopping rounds must not be negative.</source>
        <translation>Die Runden für das vorzeitige Beenden (Early Stopping) dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Choose the column that says whether a customer left.</source>
        <translation>Wählen Sie die Spalte, die angibt, ob ein Kunde gekündigt hat.</translation>
    </message>
    <message>
        <source>The test file has no target column &quot;%1&quot;.</source>
        <translation>Die Testdatei hat keine Zielspalte „%1“.</translation>
    </message>
    <message>
        <source>The training rows need both churners and non-churners.</source>
        <translation>Die Trainingszeilen brauchen sowohl Abwanderer als auch gebliebene Kunden.</translation>
    </message>
    <message>
        <source>There are no labelled test rows.</source>
        <translation>Es gibt keine Testzeilen mit bekanntem Ziel.</translation>
    </message>
    <message>
        <source>Preparing fold %1/%2</source>
        <translation>Fold %1/%2 wird vorbereitet</translation>
    </message>
    <message>
        <source>Preparing the training rows</source>
        <translation>Die Trainingszeilen werden vorbereitet</translation>
    </message>
    <message>
        <source>Training the final %1 model</source>
        <translation>Das endgültige %1-Modell wird trainiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>TreeTrainer cannot train a logistic regression.</source>
        <translation>TreeTrainer kann keine logistische Regression trainieren.</translation>
    </message>
    <message>
        <source>Training needs both churners and non-churners (%1 rows, %2 churners).</source>
        <translation>Das Training braucht sowohl Abwanderer als auch gebliebene Kunden (%1 Zeilen, %2 Abwanderer).</translation>
    </message>
    <message>
        <source>The training matrix does not match the training rows.</source>
        <translation>Die Trainingsmatrix passt nicht zu den Trainingszeilen.</translation>
    </message>
    <message>
        <source>All planned rounds are done.</source>
        <translation>Alle geplanten Runden sind abgeschlossen.</translation>
    </message>
    <message>
        <source>The model is not fully trained (%1 of %2 rounds).</source>
        <translation>Das Modell ist nicht vollständig trainiert (%1 von %2 Runden).</translation>
    </message>
    <message>
        <source>XGBoost returned %1 predictions for %2 rows.</source>
        <translation>XGBoost hat %1 Vorhersagen für %2 Zeilen geliefert.</translation>
    </message>
    <message>
        <source>The XGBoost model file is empty.</source>
        <translation>Die XGBoost-Modelldatei ist leer.</translation>
    </message>
    <message>
        <source>Gradients do not match the training rows.</source>
        <translation>Die Gradienten passen nicht zu den Trainingszeilen.</translation>
    </message>
    <message>
        <source>Unexpected evaluation output from XGBoost: %1</source>
        <translation>Unerwartete Auswertungsausgabe von XGBoost: %1</translation>
    </message>
    <message>
        <source>XGBoost failed (%1): %2</source>
        <translation>XGBoost ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>There are no rows or no features to train on.</source>
        <translation>Es gibt keine Zeilen oder keine Merkmale zum Trainieren.</translation>
    </message>
    <message>
        <source>%1 weights for %2 rows.</source>
        <translation>%1 Gewichte für %2 Zeilen.</translation>
    </message>
    <message>
        <source>No feature column is mapped to %1.</source>
        <translation>Keine Merkmalsspalte hat die Bedeutung „%1“.</translation>
    </message>
    <message>
        <source>Contract levels not recognised: %1 (expected month-to-month, one year, two year).</source>
        <translation>Nicht erkannte Vertragsarten: %1 (erwartet: month-to-month, one year, two year).</translation>
    </message>
    <message>
        <source>Row %1 is outside the table (%2 rows).</source>
        <translation>Zeile %1 liegt außerhalb der Tabelle (%2 Zeilen).</translation>
    </message>
    <message>
        <source>Preparing features</source>
        <translation>Merkmale werden aufbereitet</translation>
    </message>
    <message>
        <source>The preparation has not been fitted.</source>
        <translation>Die Aufbereitung wurde noch nicht angepasst.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has no values in the training rows and is not used.</source>
        <translation>Spalte „%1“ hat in den Trainingszeilen keine Werte und wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Its input columns have no values in the training rows.</source>
        <translation>Seine Eingabespalten haben in den Trainingszeilen keine Werte.</translation>
    </message>
    <message>
        <source>There are no training rows to learn the preparation from.</source>
        <translation>Es gibt keine Trainingszeilen, aus denen die Aufbereitung gelernt werden kann.</translation>
    </message>
    <message>
        <source>At least two categories per column must be kept.</source>
        <translation>Pro Spalte müssen mindestens zwei Kategorien behalten werden.</translation>
    </message>
    <message>
        <source>Learning the preparation</source>
        <translation>Die Aufbereitung wird gelernt</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is free text (%2 distinct values) and is not used as a feature; set its type to Category to use it.</source>
        <translation>Spalte „%1“ ist Freitext (%2 verschiedene Werte) und wird nicht als Merkmal verwendet; setzen Sie ihren Typ auf Kategorie, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>No column can be used as a feature.</source>
        <translation>Keine Spalte kann als Merkmal verwendet werden.</translation>
    </message>
    <message>
        <source>Set the role of at least one numeric or categorical column to Feature.</source>
        <translation>Setzen Sie die Rolle mindestens einer numerischen oder kategorialen Spalte auf Merkmal.</translation>
    </message>
    <message>
        <source>%1 is not made: %2</source>
        <translation>Merkmal „%1“ wird nicht erzeugt: %2</translation>
    </message>
    <message>
        <source>The saved preparation is damaged: %1.</source>
        <translation>Die gespeicherte Aufbereitung ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Train the model again, or restore the model folder from a backup.</source>
        <translation>Trainieren Sie das Modell erneut oder stellen Sie den Modellordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>it is not a ChurnLens preparation</source>
        <translation>es ist keine ChurnLens-Aufbereitung</translation>
    </message>
    <message>
        <source>The saved preparation has format version %1; this ChurnLens reads up to %2.</source>
        <translation>Die gespeicherte Aufbereitung hat die Formatversion %1; diese ChurnLens-Version liest bis %2.</translation>
    </message>
    <message>
        <source>Update ChurnLens, or train the model again.</source>
        <translation>Aktualisieren Sie ChurnLens oder trainieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>a column has no name</source>
        <translation>eine Spalte hat keinen Namen</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has an unknown type, meaning or encoding</source>
        <translation>Spalte „%1“ hat einen unbekannten Typ, eine unbekannte Bedeutung oder Kodierung</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has no levels</source>
        <translation>Spalte „%1“ hat keine Kategorien</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has a wrong fill level</source>
        <translation>Spalte „%1“ hat einen falschen Füllwert</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; needs two levels</source>
        <translation>Spalte „%1“ braucht zwei Kategorien</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has wrong pooled levels</source>
        <translation>Spalte „%1“ hat falsch zusammengefasste Kategorien</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has no median</source>
        <translation>Spalte „%1“ hat keinen Median</translation>
    </message>
    <message>
        <source>it has no columns</source>
        <translation>sie hat keine Spalten</translation>
    </message>
    <message>
        <source>an engineered feature is unknown</source>
        <translation>ein abgeleitetes Merkmal ist unbekannt</translation>
    </message>
    <message>
        <source>an engineered feature reads an unknown column</source>
        <translation>ein abgeleitetes Merkmal liest eine unbekannte Spalte</translation>
    </message>
    <message>
        <source>an engineered feature has the wrong inputs</source>
        <translation>ein abgeleitetes Merkmal hat die falschen Eingaben</translation>
    </message>
    <message>
        <source>an engineered feature reads a column of the wrong kind</source>
        <translation>ein abgeleitetes Merkmal liest eine Spalte der falschen Art</translation>
    </message>
    <message>
        <source>the contract numbers do not match the contract levels</source>
        <translation>die Vertragszahlen passen nicht zu den Vertragsarten</translation>
    </message>
    <message>
        <source>the services in use do not match the service columns</source>
        <translation>die genutzten Dienste passen nicht zu den Dienstspalten</translation>
    </message>
    <message>
        <source>it lists %1 features, its columns make %2</source>
        <translation>sie nennt %1 Merkmale, ihre Spalten ergeben %2</translation>
    </message>
    <message>
        <source>feature %1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>Merkmal %1 ist „%2“, erwartet „%3“</translation>
    </message>
    <message>
        <source>feature &quot;%1&quot; has no scaling</source>
        <translation>Merkmal „%1“ hat keine Skalierung</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is missing: its values are treated as missing and filled in as in training.</source>
        <translation>Spalte „%1“ fehlt: ihre Werte werden als fehlend behandelt und wie im Training aufgefüllt.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is missing: its values are treated as missing.</source>
        <translation>Spalte „%1“ fehlt: ihre Werte werden als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was a number column in training and is %2 here: values that read as numbers are used.</source>
        <translation>Spalte „%1“ war im Training eine Zahlenspalte und ist hier %2: Werte, die sich als Zahlen lesen lassen, werden verwendet.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was %2 in training and is %3 here: values are matched by their text.</source>
        <translation>Spalte „%1“ war im Training %2 und ist hier %3: Werte werden über ihren Text zugeordnet.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; was %2 in training and holds numbers here: numbers are matched to the training categories.</source>
        <translation>Spalte „%1“ war im Training %2 und enthält hier Zahlen: Zahlen werden den Trainingskategorien zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>Column &quot;%1&quot;: %n value(s) are not numbers and are treated as missing.</source>
        <translation>
            <numerusform>Spalte „%1“: %n Wert ist keine Zahl und wird als fehlend behandelt.</numerusform>
            <numerusform>Spalte „%1“: %n Werte sind keine Zahlen und werden als fehlend behandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>they match no training category</source>
        <translation>sie passen zu keiner Trainingskategorie</translation>
    </message>
    <message>
        <source>they are treated as missing</source>
        <translation>sie werden als fehlend behandelt</translation>
    </message>
    <message numerus="yes">
        <source>Column &quot;%1&quot;: %n row(s) have a category not seen in training; %2.</source>
        <translation>
            <numerusform>Spalte „%1“: %n Zeile hat eine Kategorie, die im Training nicht vorkam; %2.</numerusform>
            <numerusform>Spalte „%1“: %n Zeilen haben eine Kategorie, die im Training nicht vorkam; %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column &quot;%1&quot;: %n row(s) have a category not seen in training (e.g. &quot;%2&quot;); %3.</source>
        <translation>
            <numerusform>Spalte „%1“: %n Zeile hat eine Kategorie, die im Training nicht vorkam (z. B. „%2“); %3.</numerusform>
            <numerusform>Spalte „%1“: %n Zeilen haben eine Kategorie, die im Training nicht vorkam (z. B. „%2“); %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenure bins (0-12, 12-24, 24+ months)</source>
        <translation>Vertragsdauer-Klassen (0–12, 12–24, 24+ Monate)</translation>
    </message>
    <message>
        <source>Total charges per month of tenure</source>
        <translation>Gesamtgebühren pro Monat Vertragsdauer</translation>
    </message>
    <message>
        <source>Contract as a number (0, 1, 2)</source>
        <translation>Vertrag als Zahl (0, 1, 2)</translation>
    </message>
    <message>
        <source>Support calls per month</source>
        <translation>Supportanrufe pro Monat</translation>
    </message>
    <message>
        <source>Number of services used</source>
        <translation>Anzahl genutzter Dienste</translation>
    </message>
    <message>
        <source>Preparation options: &quot;%1&quot; has a wrong value.</source>
        <translation>Aufbereitungsoptionen: „%1“ hat einen falschen Wert.</translation>
    </message>
    <message>
        <source>The contact cost must be a number of at least 0 (got %1).</source>
        <translation>Die Kontaktkosten müssen eine Zahl von mindestens 0 sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The offer acceptance rate must lie between 0 and 1 (got %1).</source>
        <translation>Die Annahmequote des Angebots muss zwischen 0 und 1 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The probability threshold must lie between 0 and 1 (got %1).</source>
        <translation>Der Wahrscheinlichkeitsschwellenwert muss zwischen 0 und 1 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The number of customers to select cannot be negative (got %1).</source>
        <translation>Die Anzahl auszuwählender Kunden darf nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The budget must be a number of at least 0 (got %1).</source>
        <translation>Das Budget muss eine Zahl von mindestens 0 sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>Selecting by budget needs a contact cost above 0.</source>
        <translation>Die Auswahl nach Budget braucht Kontaktkosten über 0.</translation>
    </message>
    <message>
        <source>probability ≥ %1</source>
        <translation>Wahrscheinlichkeit ≥ %1</translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <source>budget %1 at %2 per contact</source>
        <translation>Budget %1 bei %2 pro Kontakt</translation>
    </message>
    <message>
        <source>Unknown campaign selection mode &quot;%1&quot;.</source>
        <translation>Unbekannte Auswahlart der Kampagne „%1“.</translation>
    </message>
    <message>
        <source>Campaign planning got %1 customer values for %2 customers.</source>
        <translation>Die Kampagnenplanung hat %1 Kundenwerte für %2 Kunden erhalten.</translation>
    </message>
    <message>
        <source>Campaign selection got %1 customer values for %2 customers.</source>
        <translation>Die Kampagnenauswahl hat %1 Kundenwerte für %2 Kunden erhalten.</translation>
    </message>
    <message>
        <source>A CSV delimiter cannot be a quote or a line break.</source>
        <translation>Ein CSV-Trennzeichen darf kein Anführungszeichen und kein Zeilenumbruch sein.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>Die Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1.</source>
        <translation>Das Schreiben der Datei ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Check the free disk space; nothing was written.</source>
        <translation>Prüfen Sie den freien Speicherplatz; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not finish the file: %1.</source>
        <translation>Die Datei konnte nicht abgeschlossen werden: %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and that you may write to the folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The value horizon must be a positive number of months (got %1).</source>
        <translation>Der Zeitraum für den Kundenwert muss eine positive Anzahl von Monaten sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>There is no column called &quot;%1&quot; for the customer value.</source>
        <translation>Es gibt keine Spalte „%1“ für den Kundenwert.</translation>
    </message>
    <message>
        <source>The customer value needs a numeric column; &quot;%1&quot; is %2.</source>
        <translation>Der Kundenwert braucht eine Zahlenspalte; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>Choose the monthly charges column, or leave the value out to rank by probability.</source>
        <translation>Wählen Sie die Spalte mit den monatlichen Gebühren oder lassen Sie den Wert weg, um nach Wahrscheinlichkeit zu ordnen.</translation>
    </message>
    <message>
        <source>%1 customers have no monthly charges: their value counts as 0 in campaign lists.</source>
        <translation>%1 Kunden haben keine monatlichen Gebühren: ihr Wert zählt in Kampagnenlisten als 0.</translation>
    </message>
    <message>
        <source>%1 customers have negative monthly charges: their expected value is negative.</source>
        <translation>%1 Kunden haben negative monatliche Gebühren: ihr erwarteter Wert ist negativ.</translation>
    </message>
    <message>
        <source>An export record needs a time, a file and a row count.</source>
        <translation>Ein Exporteintrag braucht eine Zeit, eine Datei und eine Zeilenzahl.</translation>
    </message>
    <message>
        <source>Cannot open the export log: %1.</source>
        <translation>Das Exportprotokoll kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write to the export log: %1.</source>
        <translation>In das Exportprotokoll kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot read the export log: %1.</source>
        <translation>Das Exportprotokoll kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Skipped a damaged export record: %1</source>
        <translation>Beschädigter Exporteintrag übersprungen: %1</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
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
        <source>The trees use %1 features; the model has %2.</source>
        <translation>Die Bäume verwenden %1 Merkmale; das Modell hat %2.</translation>
    </message>
    <message>
        <source>The model folder does not keep the training averages: factors of the logistic regression are relative to the average customer of this file.</source>
        <translation>Der Modellordner enthält die Trainingsmittelwerte nicht: Faktoren der logistischen Regression beziehen sich auf den durchschnittlichen Kunden dieser Datei.</translation>
    </message>
    <message>
        <source>The model folder does not keep the training averages: factors of the logistic regression are relative to a customer with all features at zero.</source>
        <translation>Der Modellordner enthält die Trainingsmittelwerte nicht: Faktoren der logistischen Regression beziehen sich auf einen Kunden, bei dem alle Merkmale null sind.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Risk thresholds must satisfy 0 &lt;= medium &lt;= high &lt;= 1 (got medium %1, high %2).</source>
        <translation>Die Risikoschwellen müssen 0 &lt;= mittel &lt;= hoch &lt;= 1 erfüllen (erhalten: mittel %1, hoch %2).</translation>
    </message>
    <message>
        <source>Risk thresholds need numbers &quot;medium&quot; and &quot;high&quot;.</source>
        <translation>Die Risikoschwellen brauchen die Zahlen „medium“ und „high“.</translation>
    </message>
    <message>
        <source>The scores are of another table (%1 rows, not %2).</source>
        <translation>Die Scores gehören zu einer anderen Tabelle (%1 Zeilen, nicht %2).</translation>
    </message>
    <message>
        <source>Row %1 is outside the scored table.</source>
        <translation>Zeile %1 liegt außerhalb der bewerteten Tabelle.</translation>
    </message>
    <message>
        <source>No column called %1 to export.</source>
        <translation>Keine Spalte %1 zum Exportieren.</translation>
    </message>
    <message>
        <source>Columns the model does not use (ignored): %1.</source>
        <translation>Spalten, die das Modell nicht verwendet (ignoriert): %1.</translation>
    </message>
    <message>
        <source>None of the model&apos;s columns are in this file (it expects %1).</source>
        <translation>Keine der Spalten des Modells ist in dieser Datei (es erwartet %1).</translation>
    </message>
    <message>
        <source>Check that this is a customer file of the kind the model was trained on.</source>
        <translation>Prüfen Sie, ob dies eine Kundendatei der Art ist, mit der das Modell trainiert wurde.</translation>
    </message>
    <message>
        <source>Columns the model needs are missing: %1.</source>
        <translation>Spalten, die das Modell braucht, fehlen: %1.</translation>
    </message>
    <message>
        <source>This logistic regression was saved without imputation, so it cannot fill them in; add the columns to the file.</source>
        <translation>Diese logistische Regression wurde ohne Auffüllen fehlender Werte gespeichert und kann sie daher nicht ergänzen; fügen Sie die Spalten der Datei hinzu.</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 columns are missing: %3.</source>
        <translation>%1 der %2 Spalten des Modells fehlen: %3.</translation>
    </message>
    <message>
        <source>Scores would mostly reflect filled-in values. Add the columns, or allow scoring anyway.</source>
        <translation>Die Scores würden überwiegend aufgefüllte Werte widerspiegeln. Fügen Sie die Spalten hinzu oder lassen Sie die Bewertung trotzdem zu.</translation>
    </message>
    <message>
        <source>The number of factors cannot be negative.</source>
        <translation>Die Anzahl der Faktoren darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is no column called &quot;%1&quot; for the customer ids.</source>
        <translation>Es gibt keine Spalte „%1“ für die Kunden-IDs.</translation>
    </message>
    <message>
        <source>Preparing customers</source>
        <translation>Kunden werden vorbereitet</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Kunden werden bewertet</translation>
    </message>
    <message>
        <source>%1 customers could not be scored.</source>
        <translation>%1 Kunden konnten nicht bewertet werden.</translation>
    </message>
    <message>
        <source>Explaining</source>
        <translation>Erklärungen werden berechnet</translation>
    </message>
    <message>
        <source>Factors are not available for this model: %1</source>
        <translation>Für dieses Modell sind keine Faktoren verfügbar: %1</translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation>Für den Export wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte zum Exportieren.</translation>
    </message>
    <message>
        <source>Export column &quot;%1&quot; has no way to read its cells.</source>
        <translation>Die Exportspalte „%1“ kann ihre Zellen nicht lesen.</translation>
    </message>
    <message>
        <source>This is a folder, not a file name.</source>
        <translation>Dies ist ein Ordner, kein Dateiname.</translation>
    </message>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>Wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <source>There is no customer in row %1.</source>
        <translation>In Zeile %1 gibt es keinen Kunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column the model uses in this file.</source>
        <translation>„%1“ ist keine Spalte, die das Modell in dieser Datei verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>„%1“ ist kein gültiger Wert für %2.</translation>
    </message>
    <message>
        <source>A what-if search needs at least one change and one suggestion.</source>
        <translation>Eine Was-wäre-wenn-Suche braucht mindestens eine Änderung und einen Vorschlag.</translation>
    </message>
    <message>
        <source>The target probability must lie in (0, 1] (got %1).</source>
        <translation>Die Zielwahrscheinlichkeit muss in (0, 1] liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>Trying single changes</source>
        <translation>Einzelne Änderungen werden ausprobiert</translation>
    </message>
    <message>
        <source>Trying pairs of changes</source>
        <translation>Paare von Änderungen werden ausprobiert</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 1,048,575 rows; this export has %1.</source>
        <translation>Ein Excel-Tabellenblatt fasst höchstens 1.048.575 Zeilen; dieser Export hat %1.</translation>
    </message>
    <message>
        <source>Export to CSV, or select fewer customers.</source>
        <translation>Exportieren Sie als CSV oder wählen Sie weniger Kunden aus.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 16,384 columns.</source>
        <translation>Ein Excel-Tabellenblatt fasst höchstens 16.384 Spalten.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Cannot start the Excel file.</source>
        <translation>Die Excel-Datei kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the Excel file.</source>
        <translation>Der Excel-Datei kann kein Tabellenblatt hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Writing the Excel file failed: %1.</source>
        <translation>Das Schreiben der Excel-Datei ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Finishing the Excel file</source>
        <translation>Excel-Datei wird abgeschlossen</translation>
    </message>
    <message>
        <source>Could not put the Excel file in place: %1.</source>
        <translation>Die Excel-Datei konnte nicht an ihren Platz gelegt werden: %1.</translation>
    </message>
    <message>
        <source>The Excel file came out incomplete (%1).</source>
        <translation>Die Excel-Datei ist unvollständig geworden (%1).</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>no zip directory</source>
        <translation>kein ZIP-Verzeichnis</translation>
    </message>
    <message>
        <source>no parts</source>
        <translation>keine Teile</translation>
    </message>
    <message>
        <source>broken zip directory</source>
        <translation>beschädigtes ZIP-Verzeichnis</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>kein Tabellenblatt</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>fehlendes Argument</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Run &quot;churnlens-cli %1 --help&quot; for usage.
</source>
        <translation>Hinweise zur Verwendung: &quot;churnlens-cli %1 --help&quot;.
</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · noch %1 s</translation>
    </message>
    <message>
        <source>(combined features)</source>
        <translation>(kombinierte Merkmale)</translation>
    </message>
    <message>
        <source>Customer file: CSV/TSV, or a SQLite file (.sqlite, .db).</source>
        <translation>Kundendatei: CSV/TSV oder eine SQLite-Datei (.sqlite, .db).</translation>
    </message>
    <message>
        <source>Customers to explain, by id (comma-separated).</source>
        <translation>Zu erklärende Kunden, nach ID (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Factors per customer (default 5).</source>
        <translation>Faktoren pro Kunde (Standard 5).</translation>
    </message>
    <message>
        <source>Column with the customer ids (default: guessed).</source>
        <translation>Spalte mit den Kunden-IDs (Standard: erraten).</translation>
    </message>
    <message>
        <source>Table of a SQLite file to read.</source>
        <translation>Zu lesende Tabelle einer SQLite-Datei.</translation>
    </message>
    <message>
        <source>Read-only SELECT to run on a SQLite file.</source>
        <translation>Nur lesendes SELECT, das auf einer SQLite-Datei ausgeführt wird.</translation>
    </message>
    <message>
        <source>Explain even when most of the model&apos;s columns are missing.</source>
        <translation>Auch erklären, wenn die meisten Spalten des Modells fehlen.</translation>
    </message>
    <message>
        <source>Threads (default: all cores).</source>
        <translation>Threads (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Ein JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>Explain a saved model on a customer file: which fields matter most (mean |SHAP| and the model&apos;s gain), and why given customers are at risk.</source>
        <translation>Ein gespeichertes Modell auf einer Kundendatei erklären: welche Felder am meisten zählen (mittleres |SHAP| und der Gain des Modells) und warum bestimmte Kunden gefährdet sind.</translation>
    </message>
    <message>
        <source>--factors must be between 1 and 50</source>
        <translation>--factors muss zwischen 1 und 50 liegen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>This model cannot be explained.</source>
        <translation>Dieses Modell kann nicht erklärt werden.</translation>
    </message>
    <message>
        <source>No customer with the id %1.</source>
        <translation>Kein Kunde mit der ID %1.</translation>
    </message>
    <message>
        <source>Ids are read from column &quot;%1&quot;.</source>
        <translation>IDs werden aus Spalte „%1“ gelesen.</translation>
    </message>
    <message>
        <source>The file has no id column: use row numbers (1 = first customer), or --id COL.</source>
        <translation>Die Datei hat keine ID-Spalte: verwenden Sie Zeilennummern (1 = erster Kunde) oder --id COL.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mean |SHAP|</source>
        <translation>Mittleres |SHAP|</translation>
    </message>
    <message>
        <source>
%1: churn probability %2, %3 risk
</source>
        <translation>
%1: Abwanderungswahrscheinlichkeit %2, Risiko: %3
</translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation>
Warnungen:
</translation>
    </message>
    <message>
        <source>Number of customers (default 100000).</source>
        <translation>Anzahl der Kunden (Standard 100000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same file (default 42).</source>
        <translation>Startwert für den Zufallsgenerator; derselbe Wert ergibt dieselbe Datei (Standard 42).</translation>
    </message>
    <message>
        <source>CSV file to write (required).</source>
        <translation>Zu schreibende CSV-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Write a realistic sample customer file (CSV).</source>
        <translation>Eine realistische Beispiel-Kundendatei (CSV) schreiben.</translation>
    </message>
    <message>
        <source>--rows must be at least 1</source>
        <translation>--rows muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>--seed must not be negative</source>
        <translation>--seed darf nicht negativ sein</translation>
    </message>
    <message>
        <source>--out FILE.csv is required</source>
        <translation>--out FILE.csv ist erforderlich</translation>
    </message>
    <message>
        <source>Generating customers</source>
        <translation>Kunden werden erzeugt</translation>
    </message>
    <message>
        <source>Wrote %1 customers to %2 in %3 s
</source>
        <translation>%1 Kunden in %3 s nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>
  What goes with churn (Cramér&apos;s V: 0 = no link, 1 = decides churn):
</source>
        <translation>
  Was mit Abwanderung zusammenhängt (Cramérs V: 0 = kein Zusammenhang, 1 = entscheidet über Abwanderung):
</translation>
    </message>
    <message>
        <source>
  Churn by %1:
</source>
        <translation>
  Abwanderung nach %1:
</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1
</source>
        <translation>%1
</translation>
    </message>
    <message>
        <source>  %1 customers, %2 columns, loaded in %3 s
</source>
        <translation>  %1 Kunden, %2 Spalten, geladen in %3 s
</translation>
    </message>
    <message>
        <source>  Churn column: %1 (churned = &quot;%2&quot;), churn rate %3
</source>
        <translation>  Abwanderungsspalte: %1 (abgewandert = „%2“), Abwanderungsrate %3
</translation>
    </message>
    <message>
        <source>  No churn column found: pass --target COLUMN.
</source>
        <translation>  Keine Abwanderungsspalte gefunden: übergeben Sie --target COLUMN.
</translation>
    </message>
    <message>
        <source>  Customers with a missing value: %1 (%2)
</source>
        <translation>  Kunden mit einem fehlenden Wert: %1 (%2)
</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Ausprägungen</translation>
    </message>
    <message>
        <source>
  Warnings:
</source>
        <translation>
  Warnungen:
</translation>
    </message>
    <message>
        <source>CSV/TSV file, or a SQLite file (.sqlite, .db).</source>
        <translation>CSV/TSV-Datei oder eine SQLite-Datei (.sqlite, .db).</translation>
    </message>
    <message>
        <source>The churn column (default: guessed from names and values).</source>
        <translation>Die Abwanderungsspalte (Standard: aus Namen und Werten erraten).</translation>
    </message>
    <message>
        <source>Only load and infer the schema; skip the statistics.</source>
        <translation>Nur laden und das Schema erkennen; die Statistik überspringen.</translation>
    </message>
    <message>
        <source>Load customer data and summarise it: columns, types, roles, churn rate.</source>
        <translation>Kundendaten laden und zusammenfassen: Spalten, Typen, Rollen, Abwanderungsrate.</translation>
    </message>
    <message>
        <source>use either --table or --query, not both</source>
        <translation>verwenden Sie entweder --table oder --query, nicht beides</translation>
    </message>
    <message>
        <source>--table and --query apply to SQLite files only</source>
        <translation>--table und --query gelten nur für SQLite-Dateien</translation>
    </message>
    <message>
        <source>no column called &quot;%1&quot;</source>
        <translation>keine Spalte „%1“</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>%1: %2 customers scored in %3 s (threshold %4)
</source>
        <translation>%1: %2 Kunden in %3 s bewertet (Schwellenwert %4)
</translation>
    </message>
    <message>
        <source>  High risk   %1 (%2)  probability &gt;= %3
</source>
        <translation>  Hohes Risiko     %1 (%2)  Wahrscheinlichkeit &gt;= %3
</translation>
    </message>
    <message>
        <source>  Medium risk %1 (%2)  probability &gt;= %3
</source>
        <translation>  Mittleres Risiko %1 (%2)  Wahrscheinlichkeit &gt;= %3
</translation>
    </message>
    <message>
        <source>  Low risk    %1 (%2)
</source>
        <translation>  Niedriges Risiko %1 (%2)
</translation>
    </message>
    <message>
        <source>
Campaign list: %1 customers, %2 expected churners, cost %3</source>
        <translation>
Kampagnenliste: %1 Kunden, %2 erwartete Abwanderer, Kosten %3</translation>
    </message>
    <message>
        <source>, expected value %1</source>
        <translation>, erwarteter Wert %1</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2
</source>
        <translation>%1 Kunden nach %2 exportiert
</translation>
    </message>
    <message>
        <source>
Highest churn risk:
</source>
        <translation>
Höchstes Abwanderungsrisiko:
</translation>
    </message>
    <message>
        <source>Export the list to FILE.csv or FILE.xlsx (written atomically).</source>
        <translation>Die Liste nach FILE.csv oder FILE.xlsx exportieren (atomar geschrieben).</translation>
    </message>
    <message>
        <source>Campaign list: the N customers ranked highest.</source>
        <translation>Kampagnenliste: die N Kunden mit dem höchsten Rang.</translation>
    </message>
    <message>
        <source>Campaign list: customers with churn probability &gt;= T.</source>
        <translation>Kampagnenliste: Kunden mit Abwanderungswahrscheinlichkeit &gt;= T.</translation>
    </message>
    <message>
        <source>Campaign list: as many customers as budget B pays for (needs --cost).</source>
        <translation>Kampagnenliste: so viele Kunden, wie Budget B bezahlt (braucht --cost).</translation>
    </message>
    <message>
        <source>Cost of contacting one customer (default 10).</source>
        <translation>Kosten für die Kontaktaufnahme mit einem Kunden (Standard 10).</translation>
    </message>
    <message>
        <source>Share of contacted churners who accept the offer (default 0.3).</source>
        <translation>Anteil der kontaktierten Abwanderer, die das Angebot annehmen (Standard 0.3).</translation>
    </message>
    <message>
        <source>Monthly charges column for the customer value (default: the mapped one).</source>
        <translation>Spalte mit den monatlichen Gebühren für den Kundenwert (Standard: die zugeordnete).</translation>
    </message>
    <message>
        <source>Months of charges a kept customer is worth (default 12).</source>
        <translation>Wie viele Monatsgebühren ein gehaltener Kunde wert ist (Standard 12).</translation>
    </message>
    <message>
        <source>Factors per customer (default 3; 0 = none, faster).</source>
        <translation>Faktoren pro Kunde (Standard 3; 0 = keine, schneller).</translation>
    </message>
    <message>
        <source>Also export these columns of the file (comma-separated).</source>
        <translation>Diese Spalten der Datei zusätzlich exportieren (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Export log (JSON lines) to record the export in (default: %1).</source>
        <translation>Exportprotokoll (JSON Lines), in dem der Export vermerkt wird (Standard: %1).</translation>
    </message>
    <message>
        <source>Score even when most of the model&apos;s columns are missing.</source>
        <translation>Auch bewerten, wenn die meisten Spalten des Modells fehlen.</translation>
    </message>
    <message>
        <source>Score customers with a saved model: churn probability, risk level and top factors; select a campaign list and export it.</source>
        <translation>Kunden mit einem gespeicherten Modell bewerten: Abwanderungswahrscheinlichkeit, Risikostufe und wichtigste Faktoren; eine Kampagnenliste auswählen und exportieren.</translation>
    </message>
    <message>
        <source>use one of --top, --threshold and --budget</source>
        <translation>verwenden Sie eine der Optionen --top, --threshold und --budget</translation>
    </message>
    <message>
        <source>--factors must be between 0 and 50</source>
        <translation>--factors muss zwischen 0 und 50 liegen</translation>
    </message>
    <message>
        <source>--out must name a file, not a folder</source>
        <translation>--out muss eine Datei angeben, keinen Ordner</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;.</source>
        <translation>Es gibt keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; does not look like a churn flag (two values such as Yes/No or 1/0).</source>
        <translation>Spalte „%1“ sieht nicht wie ein Abwanderungskennzeichen aus (zwei Werte wie Yes/No oder 1/0).</translation>
    </message>
    <message>
        <source>Training rows %1 (%2 churners), test rows %3 (%4 churners), %5 features, %6 s

</source>
        <translation>Trainingszeilen %1 (%2 Abwanderer), Testzeilen %3 (%4 Abwanderer), %5 Merkmale, %6 s

</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>CV ROC AUC</source>
        <translation>CV ROC AUC</translation>
    </message>
    <message>
        <source>Test ROC AUC</source>
        <translation>Test-ROC-AUC</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>
  Note: %1</source>
        <translation>
  Hinweis: %1</translation>
    </message>
    <message>
        <source>Customer data with a churn column (CSV/TSV or SQLite).</source>
        <translation>Kundendaten mit einer Abwanderungsspalte (CSV/TSV oder SQLite).</translation>
    </message>
    <message>
        <source>Test on this file instead of a holdout (same columns).</source>
        <translation>Mit dieser Datei statt mit einem Holdout testen (gleiche Spalten).</translation>
    </message>
    <message>
        <source>File with one customer id per line: these rows are the test rows.</source>
        <translation>Datei mit einer Kunden-ID pro Zeile: diese Zeilen sind die Testzeilen.</translation>
    </message>
    <message>
        <source>Stop tree training in a CV fold after N rounds without improvement (default off).</source>
        <translation>Baumtraining in einem CV-Fold nach N Runden ohne Verbesserung beenden (Standard: aus).</translation>
    </message>
    <message>
        <source>Do not add engineered features (tenure bins, charges per month, ...).</source>
        <translation>Keine abgeleiteten Merkmale hinzufügen (Vertragsdauer-Klassen, Gebühren pro Monat, ...).</translation>
    </message>
    <message>
        <source>Save the best model (XGBoost JSON or coefficients, preparation, metadata) in DIR.</source>
        <translation>Das beste Modell (XGBoost-JSON oder Koeffizienten, Aufbereitung, Metadaten) in DIR speichern.</translation>
    </message>
    <message>
        <source>With --json: include ROC, PR, gains and calibration curves.</source>
        <translation>Mit --json: ROC-, PR-, Gains- und Kalibrierungskurven einschließen.</translation>
    </message>
    <message>
        <source>Train, tune and evaluate churn models with honest cross-validation.</source>
        <translation>Abwanderungsmodelle mit ehrlicher Kreuzvalidierung trainieren, abstimmen und auswerten.</translation>
    </message>
    <message>
        <source>--seed must be between 0 and 4294967295</source>
        <translation>--seed muss zwischen 0 und 4294967295 liegen</translation>
    </message>
    <message>
        <source>--threads, --iterations and --early-stopping must not be negative</source>
        <translation>--threads, --iterations und --early-stopping dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>use either --test-file or --test-ids, not both</source>
        <translation>verwenden Sie entweder --test-file oder --test-ids, nicht beides</translation>
    </message>
    <message>
        <source>unknown --model &quot;%1&quot; (xgboost, logistic, forest, auto)</source>
        <translation>unbekanntes --model &quot;%1&quot; (xgboost, logistic, forest, auto)</translation>
    </message>
    <message>
        <source>unknown --imbalance &quot;%1&quot; (none, weights, undersample, smote)</source>
        <translation>unbekanntes --imbalance &quot;%1&quot; (none, weights, undersample, smote)</translation>
    </message>
    <message>
        <source>--threshold must be f1, profit or a probability between 0 and 1</source>
        <translation>--threshold muss f1, profit oder eine Wahrscheinlichkeit zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>the --test-ids file is empty</source>
        <translation>die Datei für --test-ids ist leer</translation>
    </message>
    <message>
        <source>Saved the %1 model to %2
</source>
        <translation>%1-Modell nach %2 gespeichert
</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file.</source>
        <translation>Für diese Datei ist nicht genug Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <source>Close other programs, or read fewer rows or columns.</source>
        <translation>Schließen Sie andere Programme oder lesen Sie weniger Zeilen oder Spalten.</translation>
    </message>
    <message>
        <source>
Top of the list (ranked by expected value: probability x customer value x acceptance - cost):
</source>
        <translation>
Anfang der Liste (sortiert nach erwartetem Wert: Wahrscheinlichkeit x Kundenwert x Annahmequote - Kosten):
</translation>
    </message>
    <message>
        <source>
Top of the list (ranked by churn probability):
</source>
        <translation>
Anfang der Liste (sortiert nach Abwanderungswahrscheinlichkeit):
</translation>
    </message>
    <message>
        <source>No column looks like a churn flag.</source>
        <translation>Keine Spalte sieht wie eine Abwanderungskennzeichnung aus.</translation>
    </message>
    <message>
        <source>Name it with --target COL. Columns: %1</source>
        <translation>Geben Sie sie mit --target COL an. Spalten: %1</translation>
    </message>
    <message>
        <source>no --model DIR given, and the default model is not installed (looked in %1)</source>
        <translation>kein --model DIR angegeben, und das mitgelieferte Modell ist nicht installiert (gesucht in %1)</translation>
    </message>
    <message>
        <source>Model folder saved by &quot;churnlens-cli train --out&quot; (default: the model shipped with ChurnLens).</source>
        <translation>Modellordner, gespeichert mit „churnlens-cli train --out“ (Standard: das mit ChurnLens gelieferte Modell).</translation>
    </message>
    <message>
        <source>%1: %2 customers explained in %3 s
</source>
        <translation>%1: %2 Kunden in %3 s erklärt
</translation>
    </message>
    <message>
        <source>Model: %1
</source>
        <translation>Modell: %1
</translation>
    </message>
    <message>
        <source>xgboost, logistic, forest, or auto (all three, best by CV ROC AUC). Default %1.</source>
        <translation>xgboost, logistic, forest oder auto (alle drei, das beste nach CV ROC AUC). Standard %1.</translation>
    </message>
    <message>
        <source>none, weights, undersample or smote (training folds only). Default %1.</source>
        <translation>none, weights, undersample oder smote (nur Trainings-Folds). Standard %1.</translation>
    </message>
    <message>
        <source>Parameter sets tried by random search (default %1).</source>
        <translation>Parametersätze, die die Zufallssuche ausprobiert (Standard %1).</translation>
    </message>
    <message>
        <source>Stratified cross-validation folds (default %1; 0 = none).</source>
        <translation>Stratifizierte Folds der Kreuzvalidierung (Standard %1; 0 = keine).</translation>
    </message>
    <message>
        <source>Share of rows held out for testing (default %1).</source>
        <translation>Anteil der Zeilen, die zum Testen zurückgehalten werden (Standard %1).</translation>
    </message>
    <message>
        <source>f1, profit, or a fixed probability such as 0.5. Default %1.</source>
        <translation>f1, profit oder eine feste Wahrscheinlichkeit wie 0.5. Standard %1.</translation>
    </message>
    <message>
        <source>Cost of one retention contact, for --threshold profit (default %1).</source>
        <translation>Kosten eines Halteangebots, für --threshold profit (Standard %1).</translation>
    </message>
    <message>
        <source>Value of one kept customer, for --threshold profit (default %1).</source>
        <translation>Wert eines gehaltenen Kunden, für --threshold profit (Standard %1).</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>it changed while it was being read</source>
        <translation>sie wurde während des Lesens verändert</translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then open it again.</source>
        <translation>Warten Sie, bis das Programm, das sie schreibt, fertig ist, und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>The header names more than one column &quot;%1&quot;; column %2 is used as the churn column, not %3. Choose the churn column (--target) if that is wrong.</source>
        <translation>Die Kopfzeile nennt mehr als eine Spalte „%1“; Spalte %2 wird als Abwanderungsspalte verwendet, nicht %3. Wählen Sie die Abwanderungsspalte (--target), falls das falsch ist.</translation>
    </message>
    <message>
        <source>Could not read the columns of “%1”: %2</source>
        <translation>Die Spalten von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to use (beyond ±10^15; sums and ratios of it would overflow); it is treated as a missing value.</source>
        <translation>„%1“ ist zu groß (jenseits von ±10^15; Summen und Verhältnisse damit würden überlaufen); der Wert wird als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is too large to use (beyond ±10^15; sums and ratios of it would overflow); it is treated as a missing value.</source>
        <translation>Zeile %1: „%2“ ist zu groß (jenseits von ±10^15; Summen und Verhältnisse damit würden überlaufen); der Wert wird als fehlend behandelt.</translation>
    </message>
    <message>
        <source>Correlations are shown for the first %1 of %2 numeric columns only: the matrix grows with the square of the columns.</source>
        <translation>Korrelationen werden nur für die ersten %1 von %2 numerischen Spalten gezeigt: die Matrix wächst mit dem Quadrat der Spaltenzahl.</translation>
    </message>
    <message>
        <source>Set the other columns&apos; role to Ignore to correlate the ones that matter.</source>
        <translation>Setzen Sie die Rolle der übrigen Spalten auf „Ignoriert“, um die wichtigen zu korrelieren.</translation>
    </message>
    <message>
        <source>The threshold %1 is not a probability between 0 and 1.</source>
        <translation>Der Schwellenwert %1 ist keine Wahrscheinlichkeit zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>The feature names are empty or repeated.</source>
        <translation>Die Merkmalsnamen sind leer oder kommen mehrfach vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name a file in the model&apos;s folder, not &quot;%2&quot;.</source>
        <translation>„%1“ muss eine Datei im Ordner des Modells angeben, nicht „%2“.</translation>
    </message>
    <message>
        <source>The churn column &quot;%1&quot; has %2 different values; &quot;%3&quot; is trained as churn and all the others as staying.</source>
        <translation>Die Abwanderungsspalte „%1“ hat %2 verschiedene Werte; „%3“ wird als Abwanderung trainiert, alle anderen als geblieben.</translation>
    </message>
    <message>
        <source>The export was written, but it could not be recorded in the export log: %1</source>
        <translation>Der Export wurde geschrieben, konnte aber nicht im Exportprotokoll vermerkt werden: %1</translation>
    </message>
    <message>
        <source>--threads must be 0 (all cores) or a positive number of threads, got &quot;%1&quot;</source>
        <translation>--threads muss 0 (alle Kerne) oder eine positive Anzahl von Threads sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>churnlens-cli %1: --threads %2 is more than %3 per core; using %4.
</source>
        <translation>churnlens-cli %1: --threads %2 sind mehr als %3 pro Kern; es werden %4 verwendet.
</translation>
    </message>
    <message>
        <source>  Text encoding: %1%2
</source>
        <translation>  Textkodierung: %1%2
</translation>
    </message>
    <message>
        <source> (byte-order mark)</source>
        <translation> (Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>--months must be a positive number of months</source>
        <translation>--months muss eine positive Anzahl von Monaten sein</translation>
    </message>
    <message>
        <source>it does not look like text (it holds binary data)</source>
        <translation>sie sieht nicht wie Text aus (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>--iterations must be between 1 and 100000</source>
        <translation>--iterations muss zwischen 1 und 100000 liegen</translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation>Zufallsstartwert (Standard %1).</translation>
    </message>
    <message>
        <source>not enough memory to finish; work on a smaller file or free memory.</source>
        <translation>nicht genug Arbeitsspeicher zum Abschließen; arbeiten Sie mit einer kleineren Datei oder geben Sie Speicher frei.</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>A parallel step stopped without saying why.</source>
        <translation>Ein paralleler Arbeitsschritt wurde ohne Angabe eines Grundes beendet.</translation>
    </message>
    <message>
        <source>Write the features to FILE.csv (or FILE.xlsx), atomically.</source>
        <translation>Die Merkmale atomar in FILE.csv (oder FILE.xlsx) schreiben.</translation>
    </message>
    <message>
        <source>Write the features a saved model reads for each customer: one column per feature, named as the model names it, and the churn label (0/1) as the last column &quot;__label&quot; when the file has the model&apos;s churn column.</source>
        <translation>Die Merkmale schreiben, die ein gespeichertes Modell für jeden Kunden liest: eine Spalte pro Merkmal, benannt wie im Modell, und das Abwanderungslabel (0/1) als letzte Spalte „__label“, wenn die Datei die Abwanderungsspalte des Modells enthält.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>The model has a feature called &quot;%1&quot;, the name of the label column.</source>
        <translation>Das Modell hat ein Merkmal namens „%1“, den Namen der Label-Spalte.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Aufbereitung</translation>
    </message>
    <message>
        <source>The feature &quot;%1&quot; starts like a spreadsheet formula and is written with a leading quote; a model trained on this file will not match the preparation&apos;s name.</source>
        <translation>Das Merkmal „%1“ beginnt wie eine Tabellenformel und wird mit einem führenden Hochkomma geschrieben; ein mit dieser Datei trainiertes Modell passt nicht zum Namen in der Aufbereitung.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 features written to %4
</source>
        <translation>%1: %2 Kunden, %3 Merkmale nach %4 geschrieben
</translation>
    </message>
    <message>
        <source>No label column: the model does not record its churn column.
</source>
        <translation>Keine Label-Spalte: Das Modell verzeichnet seine Abwanderungsspalte nicht.
</translation>
    </message>
    <message>
        <source>No label column: the file has no column &quot;%1&quot;.
</source>
        <translation>Keine Label-Spalte: Die Datei hat keine Spalte „%1“.
</translation>
    </message>
    <message>
        <source>Label column %1: %2 churned, %3 stayed, %4 unknown (empty).
</source>
        <translation>Label-Spalte %1: %2 abgewandert, %3 geblieben, %4 unbekannt (leer).
</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is in use: another ChurnLens window or command has it open for writing.</source>
        <translation>Das Projekt „%1“ wird gerade verwendet: Ein anderes ChurnLens-Fenster oder ein anderer Befehl hat es zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Run this again once the other one is done; runs, models and history can read the project meanwhile.</source>
        <translation>Führen Sie dies erneut aus, sobald der andere Vorgang fertig ist; die Befehle runs, models und history können das Projekt währenddessen lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a model version: give its number, such as 3 or v3</source>
        <translation>„%1“ ist keine Modellversion: Geben Sie ihre Nummer an, etwa 3 oder v3</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has no champion model yet.</source>
        <translation>Das Projekt „%1“ hat noch kein Champion-Modell.</translation>
    </message>
    <message>
        <source>Train with &quot;churnlens-cli train FILE --project %1 --register --reason TEXT&quot;, or add a model folder with &quot;churnlens-cli model-import %1 DIR --reason TEXT&quot;; or score with --model DIR.</source>
        <translation>Trainieren Sie mit „churnlens-cli train FILE --project %1 --register --reason TEXT“ oder fügen Sie mit „churnlens-cli model-import %1 DIR --reason TEXT“ einen Modellordner hinzu; oder bewerten Sie mit --model DIR.</translation>
    </message>
    <message>
        <source>Archived v%1.
</source>
        <translation>v%1 archiviert.
</translation>
    </message>
    <message>
        <source>v%1 is now the champion; v%2 is archived.
</source>
        <translation>v%1 ist jetzt der Champion; v%2 ist archiviert.
</translation>
    </message>
    <message>
        <source>v%1 is now the champion.
</source>
        <translation>v%1 ist jetzt der Champion.
</translation>
    </message>
    <message>
        <source>Champion of %1: %2, threshold %3
</source>
        <translation>Champion von %1: %2, Schwelle %3
</translation>
    </message>
    <message>
        <source>A ChurnLens project (.churnlens).</source>
        <translation>Ein ChurnLens-Projekt (.churnlens).</translation>
    </message>
    <message>
        <source>The version to archive: 3 or v3.</source>
        <translation>Die zu archivierende Version: 3 oder v3.</translation>
    </message>
    <message>
        <source>Why (required; the registry&apos;s history keeps it).</source>
        <translation>Begründung (erforderlich; wird im Verlauf des Modellregisters gespeichert).</translation>
    </message>
    <message>
        <source>Archive a model version that is not the champion (it can be promoted again later).</source>
        <translation>Archiviert eine Modellversion, die nicht der Champion ist (sie kann später wieder zum Champion gemacht werden).</translation>
    </message>
    <message>
        <source>give a short reason with --reason TEXT</source>
        <translation>geben Sie mit --reason TEXT eine kurze Begründung an</translation>
    </message>
    <message>
        <source>Explain this project&apos;s champion (unless --model is given); the project is only read.</source>
        <translation>Erklärt den Champion dieses Projekts (sofern --model nicht angegeben ist); das Projekt wird nur gelesen.</translation>
    </message>
    <message>
        <source>Model: %1, threshold %2

</source>
        <translation>Modell: %1, Schwelle %2

</translation>
    </message>
    <message>
        <source>%1, champion of project %2</source>
        <translation>%1, Champion des Projekts %2</translation>
    </message>
    <message>
        <source>Which version was champion then: an ISO date (the end of that day, local time) or date-time such as 2026-03-03T14:00 or 2026-03-03T13:00:00Z.</source>
        <translation>Welche Version zu einem Zeitpunkt Champion war: ein ISO-Datum (Ende dieses Tages, Ortszeit) oder ein Datum mit Uhrzeit wie 2026-03-03T14:00 oder 2026-03-03T13:00:00Z.</translation>
    </message>
    <message>
        <source>Show the model registry&apos;s history (who changed what, when and why) and the champion now or at a date.</source>
        <translation>Zeigt den Verlauf des Modellregisters (wer wann was warum geändert hat) und den Champion jetzt oder zu einem Datum.</translation>
    </message>
    <message>
        <source>--at expects an ISO date or date-time such as 2026-03-03 or 2026-03-03T14:00, got &quot;%1&quot;</source>
        <translation>--at erwartet ein ISO-Datum oder ein Datum mit Uhrzeit wie 2026-03-03 oder 2026-03-03T14:00, erhalten: „%1“</translation>
    </message>
    <message>
        <source>History of %1: %2 events%3

</source>
        <translation>Verlauf von %1: %2 Ereignisse%3

</translation>
    </message>
    <message>
        <source> up to %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Champion before</source>
        <translation>Champion vorher</translation>
    </message>
    <message>
        <source>Champion after</source>
        <translation>Champion nachher</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1, threshold %2</source>
        <translation>%1, Schwelle %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Champion at %1 (local time): %2
</source>
        <translation>Champion am %1 (Ortszeit): %2
</translation>
    </message>
    <message>
        <source>Champion now: %1
</source>
        <translation>Aktueller Champion: %1
</translation>
    </message>
    <message>
        <source>The project file (.churnlens).</source>
        <translation>Die Projektdatei (.churnlens).</translation>
    </message>
    <message>
        <source>The model version: 3 or v3.</source>
        <translation>Die Modellversion: 3 oder v3.</translation>
    </message>
    <message>
        <source>The folder to write (created; an existing model folder is replaced).</source>
        <translation>Der zu schreibende Ordner (wird angelegt; ein vorhandener Modellordner wird ersetzt).</translation>
    </message>
    <message>
        <source>Write a model version as a folder: XGBoost&apos;s own JSON model (or the coefficients), the preparation, the metadata and a model card (MODEL_CARD.md) with data, metrics, threshold and intended use.</source>
        <translation>Schreibt eine Modellversion als Ordner: das eigene JSON-Modell von XGBoost (oder die Koeffizienten), die Aufbereitung, die Metadaten und eine Modellkarte (MODEL_CARD.md) mit Daten, Kennzahlen, Schwelle und vorgesehenem Einsatzzweck.</translation>
    </message>
    <message>
        <source>Exported %1 (%2, %3) to %4
</source>
        <translation>%1 (%2, %3) nach %4 exportiert
</translation>
    </message>
    <message>
        <source>The folder holds only an XGBoost model, and the project has no champion whose preparation it could use.</source>
        <translation>Der Ordner enthält nur ein XGBoost-Modell, und das Projekt hat keinen Champion, dessen Aufbereitung es verwenden könnte.</translation>
    </message>
    <message>
        <source>A model folder: one exported by ChurnLens, or one holding XGBoost&apos;s own model.json (Python: booster.save_model(&quot;model.json&quot;)).</source>
        <translation>Ein Modellordner: einer, der von ChurnLens exportiert wurde, oder einer mit der eigenen model.json von XGBoost (Python: booster.save_model(&quot;model.json&quot;)).</translation>
    </message>
    <message>
        <source>Why the model is added (required; kept in the registry&apos;s history).</source>
        <translation>Warum das Modell hinzugefügt wird (erforderlich; wird im Verlauf des Modellregisters gespeichert).</translation>
    </message>
    <message>
        <source>For an XGBoost model.json only: the version (3, v3) or model folder whose preparation makes its features (default: the champion&apos;s). The feature names must match.</source>
        <translation>Nur für eine model.json von XGBoost: die Version (3, v3) oder der Modellordner, dessen Aufbereitung die Merkmale erzeugt (Standard: die des Champions). Die Merkmalsnamen müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>For an XGBoost model.json only: the decision threshold (default 0.5).</source>
        <translation>Nur für eine model.json von XGBoost: die Entscheidungsschwelle (Standard 0.5).</translation>
    </message>
    <message>
        <source>Score a sample of FILE with the imported model and show the result.</source>
        <translation>Bewertet eine Stichprobe aus FILE mit dem importierten Modell und zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Add a model to a project as a new version (a challenger; the first version becomes champion). The model must load and its features must match its preparation.</source>
        <translation>Fügt einem Projekt ein Modell als neue Version hinzu (als Herausforderer; die erste Version wird Champion). Das Modell muss sich laden lassen, und seine Merkmale müssen zu seiner Aufbereitung passen.</translation>
    </message>
    <message>
        <source>--reason TEXT is required: the registry records why every model was added</source>
        <translation>--reason TEXT ist erforderlich: Das Modellregister hält fest, warum jedes Modell hinzugefügt wurde</translation>
    </message>
    <message>
        <source>--threshold must be between 0 and 1</source>
        <translation>--threshold muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>There is no model folder &quot;%1&quot;.</source>
        <translation>Es gibt keinen Modellordner „%1“.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3, threshold %4) from %5
</source>
        <translation>%1 (%2, %3, Schwelle %4) aus %5 hinzugefügt
</translation>
    </message>
    <message>
        <source>Verified on %1 of %2 customers: probabilities %3 to %4 (mean %5), %6 at or above the threshold</source>
        <translation>Geprüft an %1 von %2 Kunden: Wahrscheinlichkeiten %3 bis %4 (Mittelwert %5), %6 auf oder über der Schwelle</translation>
    </message>
    <message>
        <source>, ROC AUC %1 on %2 customers with known outcome</source>
        <translation>, ROC AUC %1 bei %2 Kunden mit bekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Check it on your data with --verify FILE, or score with it once it is promoted.
</source>
        <translation>Prüfen Sie es mit --verify FILE an Ihren Daten oder bewerten Sie damit, sobald es zum Champion gemacht wurde.
</translation>
    </message>
    <message>
        <source>List the model versions registered in a project and which one is champion.</source>
        <translation>Listet die in einem Projekt registrierten Modellversionen auf und zeigt, welche Champion ist.</translation>
    </message>
    <message>
        <source>The project %1 has no model versions yet: train with --project %2 --register --reason TEXT.
</source>
        <translation>Das Projekt %1 hat noch keine Modellversionen: Trainieren Sie mit --project %2 --register --reason TEXT.
</translation>
    </message>
    <message>
        <source>Model versions of %1: %2

</source>
        <translation>Modellversionen von %1: %2

</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Test AUC</source>
        <translation>Test-AUC</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>The version to make champion: 3 or v3.</source>
        <translation>Die Version, die Champion werden soll: 3 oder v3.</translation>
    </message>
    <message>
        <source>Make a model version the project&apos;s champion; the champion until now is archived.</source>
        <translation>Macht eine Modellversion zum Champion des Projekts; der bisherige Champion wird archiviert.</translation>
    </message>
    <message>
        <source>Make the previous champion champion again; the current one is archived. Repeatable, back through the promotions.</source>
        <translation>Macht den vorigen Champion wieder zum Champion; der aktuelle wird archiviert. Wiederholbar, Schritt für Schritt zurück durch die früheren Champions.</translation>
    </message>
    <message>
        <source>List the training runs recorded in a project, oldest first.</source>
        <translation>Listet die in einem Projekt gespeicherten Trainingsläufe auf, älteste zuerst.</translation>
    </message>
    <message>
        <source>The project %1 has no runs yet.
</source>
        <translation>Das Projekt %1 hat noch keine Läufe.
</translation>
    </message>
    <message>
        <source>Runs of %1: %2

</source>
        <translation>Läufe von %1: %2

</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Train rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <source>Test rows</source>
        <translation>Testzeilen</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bestes</translation>
    </message>
    <message>
        <source>CV AUC</source>
        <translation>CV AUC</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Score with this project&apos;s champion (unless --model is given) and record the scoring and the export in it.</source>
        <translation>Bewertet mit dem Champion dieses Projekts (sofern --model nicht angegeben ist) und speichert die Bewertung und den Export darin.</translation>
    </message>
    <message>
        <source>--log is for exports without a project: with --project the export is recorded in the project</source>
        <translation>--log ist für Exporte ohne Projekt gedacht: Mit --project wird der Export im Projekt gespeichert</translation>
    </message>
    <message>
        <source>The export was written, but it could not be recorded in the project: %1</source>
        <translation>Der Export wurde geschrieben, konnte aber nicht im Projekt gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Recorded as scoring %1 in project %2
</source>
        <translation>Als Bewertung %1 im Projekt %2 gespeichert
</translation>
    </message>
    <message>
        <source>Record the run (every model, the report and the column roles) in this project; made if it does not exist.</source>
        <translation>Speichert den Lauf (jedes Modell, den Bericht und die Spaltenrollen) in diesem Projekt; es wird angelegt, falls es nicht existiert.</translation>
    </message>
    <message>
        <source>With --project: register the best model as a new version (the project&apos;s first version becomes champion).</source>
        <translation>Mit --project: registriert das beste Modell als neue Version (die erste Version des Projekts wird Champion).</translation>
    </message>
    <message>
        <source>Why the version is registered (required with --register).</source>
        <translation>Warum die Version registriert wird (erforderlich mit --register).</translation>
    </message>
    <message>
        <source>--register needs --project FILE</source>
        <translation>--register erfordert --project FILE</translation>
    </message>
    <message>
        <source>--register needs --reason TEXT: the registry records why every version was added</source>
        <translation>--register erfordert --reason TEXT: Das Modellregister hält fest, warum jede Version hinzugefügt wurde</translation>
    </message>
    <message>
        <source>--reason goes with --register</source>
        <translation>--reason gehört zu --register</translation>
    </message>
    <message>
        <source>Recorded as run %1 in the new project %2
</source>
        <translation>Als Lauf %1 im neuen Projekt %2 gespeichert
</translation>
    </message>
    <message>
        <source>Recorded as run %1 in project %2
</source>
        <translation>Als Lauf %1 im Projekt %2 gespeichert
</translation>
    </message>
    <message>
        <source>Registered the %1 model as %2, %3, threshold %4
</source>
        <translation>Modell %1 als %2 registriert, %3, Schwelle %4
</translation>
    </message>
    <message>
        <source>Give a short reason: the registry&apos;s history records why every change was made.</source>
        <translation>Geben Sie eine kurze Begründung an: Der Verlauf des Modellregisters hält fest, warum jede Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>The project&apos;s first model version becomes champion.</source>
        <translation>Die erste Modellversion des Projekts wird Champion.</translation>
    </message>
    <message>
        <source>The project has no model version v%1.</source>
        <translation>Das Projekt hat keine Modellversion v%1.</translation>
    </message>
    <message>
        <source>List the model versions to see their numbers.</source>
        <translation>Listen Sie die Modellversionen auf, um ihre Nummern zu sehen.</translation>
    </message>
    <message>
        <source>v%1 is already the champion.</source>
        <translation>v%1 ist bereits der Champion.</translation>
    </message>
    <message>
        <source>There is no earlier champion to roll back to.</source>
        <translation>Es gibt keinen früheren Champion, zu dem zurückgerollt werden kann.</translation>
    </message>
    <message>
        <source>Promote another model version instead.</source>
        <translation>Machen Sie stattdessen eine andere Modellversion zum Champion.</translation>
    </message>
    <message>
        <source>v%1 is the champion and cannot be archived.</source>
        <translation>v%1 ist der Champion und kann nicht archiviert werden.</translation>
    </message>
    <message>
        <source>Promote another version, or roll back; the champion is then archived.</source>
        <translation>Machen Sie eine andere Version zum Champion oder kehren Sie zum vorigen Champion zurück; der aktuelle Champion wird dann archiviert.</translation>
    </message>
    <message>
        <source>v%1 is archived already.</source>
        <translation>v%1 ist bereits archiviert.</translation>
    </message>
    <message>
        <source>The project could not be written to &quot;%1&quot; (%2).</source>
        <translation>Das Projekt konnte nicht nach „%1“ geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, on a disk with free space.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, auf einem Laufwerk mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>A new project cannot be made in &quot;%1&quot;.</source>
        <translation>In „%1“ kann kein neues Projekt angelegt werden.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Check the name and folder, or make a new project.</source>
        <translation>Prüfen Sie Namen und Ordner oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is open in another ChurnLens window or command.</source>
        <translation>Das Projekt „%1“ ist in einem anderen ChurnLens-Fenster oder von einem anderen Befehl geöffnet.</translation>
    </message>
    <message>
        <source>Open it read-only to look at it, or close the other one and try again.</source>
        <translation>Öffnen Sie es schreibgeschützt, um es anzusehen, oder schließen Sie das andere Fenster bzw. den anderen Befehl und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is read-only: it or its folder cannot be written.</source>
        <translation>Das Projekt „%1“ ist schreibgeschützt: Die Datei oder ihr Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Open it read-only, or copy it to a folder you may write to.</source>
        <translation>Öffnen Sie es schreibgeschützt oder kopieren Sie es in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged: %2</source>
        <translation>Das Projekt „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Open the backup copy of the project if there is one (a file next to it ending in -backup.churnlens), or start a new project.</source>
        <translation>Öffnen Sie die Sicherungskopie des Projekts, falls vorhanden (eine Datei daneben, die auf -backup.churnlens endet), oder beginnen Sie ein neues Projekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ChurnLens project, or it is damaged.</source>
        <translation>„%1“ ist kein ChurnLens-Projekt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Open a file saved by ChurnLens (.churnlens), or make a new project.</source>
        <translation>Öffnen Sie eine von ChurnLens gespeicherte Datei (.churnlens) oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database, but not a ChurnLens project.</source>
        <translation>„%1“ ist eine Datenbank, aber kein ChurnLens-Projekt.</translation>
    </message>
    <message>
        <source>To read customer data from it, open it as data (File → Open Data), not as a project.</source>
        <translation>Um Kundendaten daraus zu lesen, öffnen Sie sie als Daten (Datei → Daten öffnen), nicht als Projekt.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was saved by a newer ChurnLens (project format %2; this version reads up to %3).</source>
        <translation>Das Projekt „%1“ wurde mit einer neueren ChurnLens-Version gespeichert (Projektformat %2; diese Version liest bis Format %3).</translation>
    </message>
    <message>
        <source>Open it with the newer ChurnLens, or update this one.</source>
        <translation>Öffnen Sie es mit der neueren ChurnLens-Version oder aktualisieren Sie diese.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was saved by an older ChurnLens and must be upgraded before it can be read.</source>
        <translation>Das Projekt „%1“ wurde mit einer älteren ChurnLens-Version gespeichert und muss aktualisiert werden, bevor es gelesen werden kann.</translation>
    </message>
    <message>
        <source>Open it once for writing: a backup copy is kept before the upgrade.</source>
        <translation>Öffnen Sie es einmal zum Schreiben: Vor der Aktualisierung wird eine Sicherungskopie angelegt.</translation>
    </message>
    <message>
        <source>The project must be upgraded to this version&apos;s format, but its backup copy could not be written: %1</source>
        <translation>Das Projekt muss auf das Format dieser Version aktualisiert werden, aber seine Sicherungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The data file cannot be read: %1</source>
        <translation>Die Datendatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The data file is too large to keep inside the project (%1 MB; at most %2 MB).</source>
        <translation>Die Datendatei ist zu groß, um sie im Projekt aufzubewahren (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>Keep the project next to its data file instead.</source>
        <translation>Legen Sie das Projekt stattdessen neben seiner Datendatei ab.</translation>
    </message>
    <message>
        <source>The project holds no copy of its data.</source>
        <translation>Das Projekt enthält keine Kopie seiner Daten.</translation>
    </message>
    <message>
        <source>The copy of the data inside the project is damaged.</source>
        <translation>Die Kopie der Daten im Projekt ist beschädigt.</translation>
    </message>
    <message>
        <source>Open the data file itself instead.</source>
        <translation>Öffnen Sie stattdessen die Datendatei selbst.</translation>
    </message>
    <message>
        <source>The data could not be written to &quot;%1&quot;: %2</source>
        <translation>Die Daten konnten nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>Das Projekt hat keinen Lauf %1.</translation>
    </message>
    <message>
        <source>List the runs to see their numbers.</source>
        <translation>Listen Sie die Läufe auf, um ihre Nummern zu sehen.</translation>
    </message>
    <message>
        <source>Run %1 has no model %2.</source>
        <translation>Lauf %1 hat kein Modell %2.</translation>
    </message>
    <message>
        <source>opening the project</source>
        <translation>beim Öffnen des Projekts</translation>
    </message>
    <message>
        <source>changing the project</source>
        <translation>beim Ändern des Projekts</translation>
    </message>
    <message>
        <source>The disk is full while %1: nothing was changed, the project is as it was.</source>
        <translation>Das Laufwerk war %1 voll: Es wurde nichts geändert, das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Free some space on the disk and try again.</source>
        <translation>Geben Sie Speicherplatz auf dem Laufwerk frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; cannot be changed: the file or its folder is read-only.</source>
        <translation>Das Projekt „%1“ kann nicht geändert werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Save the project under another name, or make the file writable.</source>
        <translation>Speichern Sie das Projekt unter einem anderen Namen oder machen Sie die Datei beschreibbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or is not a ChurnLens project (%2).</source>
        <translation>„%1“ ist beschädigt oder kein ChurnLens-Projekt (%2).</translation>
    </message>
    <message>
        <source>Open a backup copy of the project, or start a new project.</source>
        <translation>Öffnen Sie eine Sicherungskopie des Projekts oder beginnen Sie ein neues Projekt.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is busy: another program is writing to it.</source>
        <translation>Das Projekt „%1“ ist belegt: Ein anderes Programm schreibt gerade hinein.</translation>
    </message>
    <message>
        <source>Wait until the other program is done, then try again.</source>
        <translation>Warten Sie, bis das andere Programm fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; cannot be opened (%2).</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Reading or writing the project &quot;%1&quot; failed while %2 (%3).</source>
        <translation>Das Lesen oder Schreiben des Projekts „%1“ ist %2 fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <source>Check the disk; the project keeps its last complete state.</source>
        <translation>Prüfen Sie das Laufwerk; das Projekt behält seinen letzten vollständigen Stand.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; failed while %2: %3.</source>
        <translation>Fehler im Projekt „%1“ %2: %3.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>beim Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>saving to the project</source>
        <translation>beim Speichern im Projekt</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; was saved as %2 but can no longer be read that way: %3</source>
        <translation>Die Spalte „%1“ wurde als %2 gespeichert, kann aber nicht mehr so gelesen werden: %3</translation>
    </message>
    <message>
        <source>The data no longer has these columns the project was set up with: %1.</source>
        <translation>Den Daten fehlen jetzt diese Spalten, mit denen das Projekt eingerichtet wurde: %1.</translation>
    </message>
    <message>
        <source>The saved model in use is of an unknown kind &quot;%1&quot;.</source>
        <translation>Das verwendete gespeicherte Modell ist von unbekannter Art „%1“.</translation>
    </message>
    <message>
        <source>The saved model in use is incomplete.</source>
        <translation>Das verwendete gespeicherte Modell ist unvollständig.</translation>
    </message>
    <message>
        <source>The project&apos;s data source is incomplete.</source>
        <translation>Die Datenquelle des Projekts ist unvollständig.</translation>
    </message>
    <message>
        <source>The saved workspace was written by a newer ChurnLens.</source>
        <translation>Der gespeicherte Arbeitsbereich wurde von einer neueren ChurnLens-Version geschrieben.</translation>
    </message>
    <message>
        <source>Open the project with the newer ChurnLens, or update this one.</source>
        <translation>Öffnen Sie das Projekt mit der neueren ChurnLens-Version oder aktualisieren Sie diese.</translation>
    </message>
    <message>
        <source>Name the model version or model folder whose preparation makes the model&apos;s features.</source>
        <translation>Geben Sie die Modellversion oder den Modellordner an, dessen Aufbereitung die Merkmale des Modells erzeugt.</translation>
    </message>
    <message>
        <source>The threshold must be between 0 and 1.</source>
        <translation>Die Schwelle muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>A preparation and a threshold are given only for a folder with just XGBoost&apos;s model.json; this folder is a complete ChurnLens model.</source>
        <translation>Aufbereitung und Schwelle werden nur für einen Ordner angegeben, der allein XGBoosts model.json enthält; dieser Ordner ist ein vollständiges ChurnLens-Modell.</translation>
    </message>
    <message>
        <source>Keep a compressed copy of FILE inside the project (replaces an earlier copy).</source>
        <translation>Eine komprimierte Kopie von FILE im Projekt aufbewahren (ersetzt eine frühere Kopie).</translation>
    </message>
    <message>
        <source>Write the copy to DIR under its original file name.</source>
        <translation>Die Kopie unter ihrem ursprünglichen Dateinamen nach DIR schreiben.</translation>
    </message>
    <message>
        <source>Drop the copy from the project.</source>
        <translation>Die Kopie aus dem Projekt entfernen.</translation>
    </message>
    <message>
        <source>Keep the data inside the project, so that it can be mailed or moved without its data file; without an option, say whether it holds a copy.</source>
        <translation>Die Daten im Projekt aufbewahren, damit es ohne seine Datendatei verschickt oder verschoben werden kann; ohne Option wird angezeigt, ob es eine Kopie enthält.</translation>
    </message>
    <message>
        <source>give one of --embed, --extract and --remove</source>
        <translation>geben Sie eine der Optionen --embed, --extract und --remove an</translation>
    </message>
    <message>
        <source>Keep one with --embed FILE.</source>
        <translation>Bewahren Sie eine mit --embed FILE auf.</translation>
    </message>
    <message>
        <source>%1 holds no copy of its data.
</source>
        <translation>%1 enthält keine Kopie seiner Daten.
</translation>
    </message>
    <message>
        <source>%1 holds a copy of %2.
</source>
        <translation>%1 enthält eine Kopie von %2.
</translation>
    </message>
    <message>
        <source>Written to %1
</source>
        <translation>Geschrieben nach %1
</translation>
    </message>
    <message>
        <source>The model&apos;s calibration map is damaged; retrain the model.</source>
        <translation>Die Kalibrierung des Modells ist beschädigt; trainieren Sie das Modell neu.</translation>
    </message>
    <message>
        <source>The isotonic calibration has no &quot;%1&quot; list of numbers.</source>
        <translation>Der isotonen Kalibrierung fehlt die Zahlenliste „%1“.</translation>
    </message>
    <message>
        <source>Value %1 of the isotonic calibration&apos;s &quot;%2&quot; is not a finite number.</source>
        <translation>Wert %1 von „%2“ der isotonen Kalibrierung ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>Value %1 of the isotonic calibration&apos;s &quot;%2&quot; (%3) is outside [0, 1].</source>
        <translation>Wert %1 von „%2“ der isotonen Kalibrierung (%3) liegt außerhalb von [0, 1].</translation>
    </message>
    <message>
        <source>The calibration has no &quot;method&quot; text (none, platt or isotonic).</source>
        <translation>Der Kalibrierung fehlt der Text „method“ (none, platt oder isotonic).</translation>
    </message>
    <message>
        <source>Unknown calibration method &quot;%1&quot; (expected none, platt or isotonic).</source>
        <translation>Unbekannte Kalibrierungsmethode „%1“ (erwartet: none, platt oder isotonic).</translation>
    </message>
    <message>
        <source>The Platt calibration needs finite numbers &quot;a&quot; and &quot;b&quot;.</source>
        <translation>Die Platt-Kalibrierung braucht endliche Zahlen „a“ und „b“.</translation>
    </message>
    <message>
        <source>The Platt calibration&apos;s slope &quot;a&quot; must be positive (got %1).</source>
        <translation>Die Steigung „a“ der Platt-Kalibrierung muss positiv sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The isotonic calibration has %1 &quot;x&quot; values but %2 &quot;y&quot; values.</source>
        <translation>Die isotone Kalibrierung hat %1 „x“-Werte, aber %2 „y“-Werte.</translation>
    </message>
    <message>
        <source>The isotonic calibration has no points.</source>
        <translation>Die isotone Kalibrierung hat keine Punkte.</translation>
    </message>
    <message>
        <source>The isotonic calibration&apos;s &quot;x&quot; values are not strictly ascending (value %1).</source>
        <translation>Die „x“-Werte der isotonen Kalibrierung steigen nicht streng an (Wert %1).</translation>
    </message>
    <message>
        <source>The isotonic calibration&apos;s &quot;y&quot; values decrease (value %1).</source>
        <translation>Die „y“-Werte der isotonen Kalibrierung fallen (Wert %1).</translation>
    </message>
    <message>
        <source>The search was asked for fold %1 of %2.</source>
        <translation>Die Suche sollte Fold %1 von %2 auswerten.</translation>
    </message>
    <message>
        <source>The time budget must not be negative.</source>
        <translation>Das Zeitbudget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>auto (successive halving with early stopping), none (standard settings), grid or random parameter search. Default %1.</source>
        <translation>auto (schrittweises Halbieren mit frühem Stoppen), none (Standardeinstellungen), grid oder random Parametersuche. Standard: %1.</translation>
    </message>
    <message>
        <source>With --tune auto: quick or thorough (three times the parameter sets). Default %1.</source>
        <translation>Mit --tune auto: quick oder thorough (dreimal so viele Parametersätze). Standard: %1.</translation>
    </message>
    <message>
        <source>With --tune auto: stop searching when the run would take longer than this (default: no limit).</source>
        <translation>Mit --tune auto: die Suche beenden, wenn der Lauf länger als diese Zeit dauern würde (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>unknown --tune &quot;%1&quot; (auto, none, grid, random)</source>
        <translation>unbekanntes --tune „%1“ (auto, none, grid, random)</translation>
    </message>
    <message>
        <source>unknown --effort &quot;%1&quot; (quick, thorough)</source>
        <translation>unbekanntes --effort „%1“ (quick, thorough)</translation>
    </message>
    <message>
        <source>--budget-seconds must be between 0 (no limit) and 10000000</source>
        <translation>--budget-seconds muss zwischen 0 (keine Grenze) und 10000000 liegen</translation>
    </message>
    <message>
        <source>--budget-seconds and --effort go with --tune auto</source>
        <translation>--budget-seconds und --effort gehören zu --tune auto</translation>
    </message>
    <message>
        <source>Checking whether the probabilities need calibrating</source>
        <translation>Prüfen, ob die Wahrscheinlichkeiten kalibriert werden müssen</translation>
    </message>
    <message>
        <source>The offer cost must be a number of at least 0 (got %1).</source>
        <translation>Die Angebotskosten müssen eine Zahl ab 0 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>The acceptance rate must lie between 0% and 100% (got %1% to %2%).</source>
        <translation>Die Annahmequote muss zwischen 0% und 100% liegen (angegeben: %1% bis %2%).</translation>
    </message>
    <message>
        <source>The acceptance range must go from the lower to the higher rate (got %1% to %2%).</source>
        <translation>Der Bereich der Annahmequote muss von der niedrigeren zur höheren Quote reichen (angegeben: %1% bis %2%).</translation>
    </message>
    <message>
        <source>The months a kept customer is worth must be a number above 0 (got %1).</source>
        <translation>Die Anzahl der Monate, die ein gehaltener Kunde wert ist, muss eine Zahl über 0 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>The profit curve got %1 values and %2 outcomes for %3 customers.</source>
        <translation>Die Gewinnkurve hat %1 Werte und %2 Ergebnisse für %3 Kunden erhalten.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>There is no column %1 to break the customers down by.</source>
        <translation>Es gibt keine Spalte %1, nach der die Kunden aufgeschlüsselt werden können.</translation>
    </message>
    <message>
        <source>The segments got %1 probabilities for %2 rows.</source>
        <translation>Die Segmente haben %1 Wahrscheinlichkeiten für %2 Zeilen erhalten.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds %2: pick a column with categories or numbers.</source>
        <translation>Die Spalte „%1“ enthält %2: Wählen Sie eine Spalte mit Kategorien oder Zahlen.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Cannot write the chart: %1.</source>
        <translation>Das Diagramm kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Created with ChurnLens</source>
        <translation>Erstellt mit ChurnLens</translation>
    </message>
    <message>
        <source>A chart is saved as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Ein Diagramm wird als .png oder .svg gespeichert, nicht als „%1“.</translation>
    </message>
    <message>
        <source>A chart needs a size to be saved.</source>
        <translation>Ein Diagramm braucht eine Größe, um gespeichert zu werden.</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions, abbreviated (1.2B)</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions, abbreviated (1.2M)</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands, abbreviated (12k)</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1: %2 customers scored with %3
</source>
        <translation>%1: %2 Kunden mit %3 bewertet
</translation>
    </message>
    <message>
        <source> (training data %1)</source>
        <translation> (Trainingsdaten %1)</translation>
    </message>
    <message>
        <source>Predicted churn rate</source>
        <translation>Vorhergesagte Abwanderung</translation>
    </message>
    <message>
        <source>High-risk customers</source>
        <translation>Kunden mit hohem Risiko</translation>
    </message>
    <message>
        <source>Revenue at risk per month</source>
        <translation>Gefährdeter Umsatz pro Monat</translation>
    </message>
    <message>
        <source>Revenue at risk over %1 months</source>
        <translation>Gefährdeter Umsatz in %1 Monaten</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>
Campaign: without monthly charges no campaign can be priced (see --value-column).
</source>
        <translation>
Kampagne: Ohne Monatsgebühren lässt sich keine Kampagne beziffern (siehe --value-column).
</translation>
    </message>
    <message>
        <source>
Campaign: none pays at these assumptions (contacting everyone would cost %1 and keep %2).
</source>
        <translation>
Kampagne: Bei diesen Annahmen lohnt sich keine (alle zu kontaktieren würde %1 kosten und %2 halten).
</translation>
    </message>
    <message>
        <source>
Campaign: contact %1 customers (%2): %3 expected churners reached, %4 saved, revenue saved %5, cost %6, net saving %7, ROI %8
</source>
        <translation>
Kampagne: %1 Kunden kontaktieren (%2): %3 erwartete Abwanderer erreicht, %4 gehalten, geretteter Umsatz %5, Kosten %6, Nettoersparnis %7, ROI %8
</translation>
    </message>
    <message>
        <source>  Net saving 10-90%: %1 to %2
</source>
        <translation>  Nettoersparnis 10-90%: %1 bis %2
</translation>
    </message>
    <message>
        <source>  Limited by the budget (without it: %1 customers)
</source>
        <translation>  Durch das Budget begrenzt (ohne Budget: %1 Kunden)
</translation>
    </message>
    <message>
        <source>
Warning: the model&apos;s probabilities are not known to be calibrated; treat the money figures as rough.
</source>
        <translation>
Warnung: Es ist nicht bekannt, ob die Wahrscheinlichkeiten des Modells kalibriert sind; betrachten Sie die Geldbeträge nur als grobe Schätzung.
</translation>
    </message>
    <message>
        <source>Report written to %1
</source>
        <translation>Bericht gespeichert unter %1
</translation>
    </message>
    <message>
        <source>Use this project&apos;s champion (unless --model is given) and its scorings for the trend; the project is only read.</source>
        <translation>Verwendet den Champion dieses Projekts (sofern --model nicht angegeben ist) und seine Bewertungen für den Verlauf; das Projekt wird nur gelesen.</translation>
    </message>
    <message>
        <source>Monthly charges column for the revenue figures (default: the mapped one).</source>
        <translation>Spalte mit Monatsgebühren für die Umsatzzahlen (Standard: die zugeordnete).</translation>
    </message>
    <message>
        <source>Segment by these columns (comma-separated; default: contract, tenure and the columns that separate risk most).</source>
        <translation>Segmentiert nach diesen Spalten (durch Kommas getrennt; Standard: Vertrag, Vertragsdauer und die Spalten, die das Risiko am stärksten trennen).</translation>
    </message>
    <message>
        <source>Write the report as a PDF (A4, written atomically).</source>
        <translation>Schreibt den Bericht als PDF (A4, atomar geschrieben).</translation>
    </message>
    <message>
        <source>The impact report: customers and revenue at risk, segments and what a retention campaign would save, as a PDF and/or JSON.</source>
        <translation>Der Wirkungsbericht: gefährdete Kunden und gefährdeter Umsatz, Segmente und was eine Kundenbindungskampagne sparen würde, als PDF und/oder JSON.</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--out must name a file, not a folder: &quot;%1&quot;</source>
        <translation>--out muss eine Datei angeben, keinen Ordner: „%1“</translation>
    </message>
    <message>
        <source>churnlens-cli report: this churnlens-cli was built without the PDF renderer (CHURNLENS_BUILD_GUI=OFF); use --json, or a build with the GUI.
</source>
        <translation>churnlens-cli report: Dieses churnlens-cli wurde ohne PDF-Ausgabe erstellt (CHURNLENS_BUILD_GUI=OFF); verwenden Sie --json oder eine mit GUI erstellte Version.
</translation>
    </message>
    <message>
        <source>Cannot write the report: %1 is a file, not a folder.</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the report: the folder %1 does not exist.</source>
        <translation>Der Bericht kann nicht geschrieben werden: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Create the folder or choose another --out; nothing was written.</source>
        <translation>Legen Sie den Ordner an oder wählen Sie ein anderes --out; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>churnlens-cli report: no --out FILE.pdf given; printing the figures only.
</source>
        <translation>churnlens-cli report: kein --out FILE.pdf angegeben; es werden nur die Zahlen ausgegeben.
</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>Bericht wird berechnet</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <source>--%1 expects a positive number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine positive Zahl, angegeben: „%2“</translation>
    </message>
    <message>
        <source>--%1 expects a number of 0 or more, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl ab 0, angegeben: „%2“</translation>
    </message>
    <message>
        <source>Cost of the offer per customer who takes it (default %1).</source>
        <translation>Kosten des Angebots je Kunde, der es annimmt (Standard %1).</translation>
    </message>
    <message>
        <source>Cost of contacting one customer (default %1).</source>
        <translation>Kosten, um einen Kunden zu kontaktieren (Standard %1).</translation>
    </message>
    <message>
        <source>Share of contacted would-be churners who accept and stay: 0.24 or 24%, or a range such as 15-35% (default 24%).</source>
        <translation>Anteil der kontaktierten abwanderungsgefährdeten Kunden, die annehmen und bleiben: 0.24 oder 24% oder ein Bereich wie 15-35% (Standard 24%).</translation>
    </message>
    <message>
        <source>Most the campaign may cost (default: no limit).</source>
        <translation>Höchstbetrag, den die Kampagne kosten darf (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>Months of charges a kept customer is worth, and the horizon of the revenue at risk (default %1).</source>
        <translation>Wie viele Monatsgebühren ein gehaltener Kunde wert ist, und der Zeitraum für den gefährdeten Umsatz (Standard %1).</translation>
    </message>
    <message>
        <source>--acceptance expects a share from 0 to 1 or a percentage (0.24 or 24%), or a range from low to high (0.15-0.35 or 15-35%), got &quot;%1&quot;</source>
        <translation>--acceptance erwartet einen Anteil von 0 bis 1 oder einen Prozentwert (0.24 oder 24%) oder einen Bereich von niedrig nach hoch (0.15-0.35 oder 15-35%), angegeben: „%1“</translation>
    </message>
    <message>
        <source>the monthly charges in the column &quot;%1&quot;</source>
        <translation>die Monatsgebühren in der Spalte „%1“</translation>
    </message>
    <message>
        <source>a monthly value of %1 per customer (the file has no charges column)</source>
        <translation>ein Monatswert von %1 je Kunde (die Datei hat keine Gebührenspalte)</translation>
    </message>
    <message>
        <source>no monthly charges (the file has none, so money figures are left out)</source>
        <translation>keine Monatsgebühren (die Datei enthält keine, daher fehlen die Geldbeträge)</translation>
    </message>
    <message>
        <source>%1 to %2 (the figures use the middle, %3)</source>
        <translation>%1 bis %2 (die Zahlen rechnen mit der Mitte, %3)</translation>
    </message>
    <message>
        <source>Churn probability</source>
        <translation>Abwanderungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>The model gives every customer a probability of leaving, from what it learned on past customers with known outcomes. The predicted churn rate is the average of these probabilities: the share of customers expected to leave.</source>
        <translation>Das Modell gibt jedem Kunden eine Wahrscheinlichkeit, dass er abwandert, auf Grundlage dessen, was es an früheren Kunden mit bekanntem Ausgang gelernt hat. Die vorhergesagte Abwanderungsquote ist der Mittelwert dieser Wahrscheinlichkeiten: der Anteil der Kunden, die voraussichtlich abwandern.</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Customers whose probability is at least %1 (the risk cut point in use; medium from %2).</source>
        <translation>Kunden mit einer Wahrscheinlichkeit ab %1 (die verwendete Risikogrenze; mittleres Risiko ab %2).</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Monthly revenue at risk = the sum over customers of probability × monthly charge, using %1. Over a horizon it is multiplied by the months (%2). A customer with a 30% probability and charges of 100 a month puts 30 a month at risk.</source>
        <translation>Gefährdeter Umsatz pro Monat = Summe über alle Kunden von Wahrscheinlichkeit × Monatsgebühr (Grundlage: %1). Für einen längeren Zeitraum wird er mit der Anzahl der Monate multipliziert (%2). Ein Kunde mit 30% Wahrscheinlichkeit und einer Gebühr von 100 im Monat gefährdet 30 im Monat.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Contacting a customer costs %1. Of the contacted customers who would have left, %2 accept the offer and stay; each is worth %3 months of their charges. Whoever takes the offer costs %4: the would-be churners who accept, and the customers who were staying anyway.</source>
        <translation>Einen Kunden zu kontaktieren kostet %1. Von den kontaktierten Kunden, die gegangen wären, nehmen %2 das Angebot an und bleiben; jeder von ihnen ist die Gebühren von %3 Monaten wert. Jeder, der das Angebot annimmt, kostet %4: die abwanderungsgefährdeten Kunden, die annehmen, und die Kunden, die ohnehin geblieben wären.</translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation>Nettoersparnis</translation>
    </message>
    <message>
        <source>Per contacted customer with probability p and value V: revenue saved = acceptance × p × V; cost = contact cost + offer cost × (1 − p + acceptance × p); net saving = revenue saved − cost. ROI = net saving ÷ cost.</source>
        <translation>Je kontaktiertem Kunden mit Wahrscheinlichkeit p und Wert V: geretteter Umsatz = Annahmequote × p × V; Kosten = Kontaktkosten + Angebotskosten × (1 − p + Annahmequote × p); Nettoersparnis = geretteter Umsatz − Kosten. ROI = Nettoersparnis ÷ Kosten.</translation>
    </message>
    <message>
        <source>Best share to contact</source>
        <translation>Bester Kontaktanteil</translation>
    </message>
    <message>
        <source>Customers are ranked by their expected net saving, best first. The profit curve adds them up one by one; the best share is where the total is highest%1 (the expected-maximum-profit rule of Verbraken et al., 2013).</source>
        <translation>Die Kunden werden nach ihrer erwarteten Nettoersparnis sortiert, die besten zuerst. Die Gewinnkurve summiert sie nacheinander auf; der beste Anteil liegt dort, wo die Summe am höchsten ist%1 (die Regel des erwarteten Maximalgewinns nach Verbraken et al., 2013).</translation>
    </message>
    <message>
        <source> without the expected cost passing the budget of %1</source>
        <translation> – ohne dass die erwarteten Kosten das Budget von %1 überschreiten</translation>
    </message>
    <message>
        <source>Uncertainty band</source>
        <translation>Unsicherheitsband</translation>
    </message>
    <message>
        <source>The acceptance rate is only known to lie between %1 and %2. Taking every rate in that range as equally likely, the band shows the net saving from the 10%-point (%3) to the 90%-point (%4) of the range.</source>
        <translation>Von der Annahmequote ist nur bekannt, dass sie zwischen %1 und %2 liegt. Wenn jede Quote in diesem Bereich als gleich wahrscheinlich gilt, zeigt das Band die Nettoersparnis vom 10%-Punkt (%3) bis zum 90%-Punkt (%4) des Bereichs.</translation>
    </message>
    <message>
        <source>Gains and lift</source>
        <translation>Gains und Lift</translation>
    </message>
    <message>
        <source>Cumulative gains: the share of all expected churners (the sum of probabilities) among the first x% of the ranked customers; contacting at random reaches x%. Lift = gains ÷ x.</source>
        <translation>Kumulierte Gains: der Anteil aller erwarteten Abwanderer (die Summe der Wahrscheinlichkeiten) unter den ersten x% der sortierten Kunden; zufälliges Kontaktieren erreicht x%. Lift = Gains ÷ x.</translation>
    </message>
    <message>
        <source>Can the money be trusted?</source>
        <translation>Sind die Geldbeträge verlässlich?</translation>
    </message>
    <message>
        <source>Only as far as the probabilities are right. On its test customers this model&apos;s probabilities were off by %1 on average (calibration error, 10 bins); above 5% the figures get a warning.</source>
        <translation>Nur so weit, wie die Wahrscheinlichkeiten stimmen. Bei seinen Testkunden lagen die Wahrscheinlichkeiten dieses Modells im Mittel um %1 daneben (Kalibrierungsfehler, 10 Gruppen); über 5% erhalten die Zahlen eine Warnung.</translation>
    </message>
    <message>
        <source>Only as far as the probabilities are right. This model did not record how well its probabilities matched reality on its test customers; retrain it to measure that.</source>
        <translation>Nur so weit, wie die Wahrscheinlichkeiten stimmen. Dieses Modell hat nicht gespeichert, wie gut seine Wahrscheinlichkeiten bei seinen Testkunden mit der Wirklichkeit übereinstimmten; trainieren Sie es neu, um das zu messen.</translation>
    </message>
    <message>
        <source>The monthly value per customer cannot be negative (got %1).</source>
        <translation>Der Monatswert je Kunde darf nicht negativ sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>No monthly charges column, so there are no money figures: map a column to &quot;monthly charges&quot;, choose a value column, or give a monthly value per customer.</source>
        <translation>Keine Spalte mit Monatsgebühren, daher gibt es keine Geldbeträge: Ordnen Sie eine Spalte „Monatsgebühren“ zu, wählen Sie eine Wertspalte oder geben Sie einen Monatswert je Kunde an.</translation>
    </message>
    <message>
        <source>The impact report needs scored customers and their model.</source>
        <translation>Der Wirkungsbericht braucht bewertete Kunden und das zugehörige Modell.</translation>
    </message>
    <message>
        <source>The scores do not belong to this table (%1 scores, %2 rows).</source>
        <translation>Die Bewertungen gehören nicht zu dieser Tabelle (%1 Bewertungen, %2 Zeilen).</translation>
    </message>
    <message>
        <source>Adding up the revenue at risk</source>
        <translation>Gefährdeter Umsatz wird summiert</translation>
    </message>
    <message>
        <source>There is no column called &quot;%1&quot; to break the customers down by.</source>
        <translation>Es gibt keine Spalte namens „%1“, nach der die Kunden aufgeschlüsselt werden können.</translation>
    </message>
    <message>
        <source>Simulating the campaign</source>
        <translation>Kampagne wird simuliert</translation>
    </message>
    <message>
        <source>The model&apos;s training reference of &quot;%1&quot; is damaged: %2.</source>
        <translation>Die Trainingsreferenz des Modells „%1“ ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>Save the model again from its training data to rebuild the reference.</source>
        <translation>Speichern Sie das Modell erneut aus seinen Trainingsdaten, um die Referenz neu aufzubauen.</translation>
    </message>
    <message>
        <source>Other levels</source>
        <translation>Weitere Ausprägungen</translation>
    </message>
    <message>
        <source>All values</source>
        <translation>Alle Werte</translation>
    </message>
    <message>
        <source>a field has no name</source>
        <translation>ein Feld hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>a negative count</source>
        <translation>eine negative Anzahl</translation>
    </message>
    <message>
        <source>a negative or empty count</source>
        <translation>eine negative oder leere Anzahl</translation>
    </message>
    <message>
        <source>its bin edges are not ascending numbers</source>
        <translation>seine Intervallgrenzen sind keine aufsteigenden Zahlen</translation>
    </message>
    <message>
        <source>%1 counts for %2 bins</source>
        <translation>%1 Häufigkeiten für %2 Intervalle</translation>
    </message>
    <message>
        <source>%1 percentiles instead of 101</source>
        <translation>%1 Perzentile statt 101</translation>
    </message>
    <message>
        <source>its percentiles are not ascending numbers</source>
        <translation>seine Perzentile sind keine aufsteigenden Zahlen</translation>
    </message>
    <message>
        <source>its percentile shares do not match its percentiles</source>
        <translation>seine Perzentilanteile passen nicht zu seinen Perzentilen</translation>
    </message>
    <message>
        <source>its percentile shares are not shares</source>
        <translation>seine Perzentilanteile sind keine Anteile</translation>
    </message>
    <message>
        <source>%1 counts for %2 levels</source>
        <translation>%1 Häufigkeiten für %2 Ausprägungen</translation>
    </message>
    <message>
        <source>The training reference got row %1 of a table of %2 rows.</source>
        <translation>Die Trainingsreferenz hat Zeile %1 einer Tabelle mit %2 Zeilen erhalten.</translation>
    </message>
    <message>
        <source>The training reference could not be built: %1</source>
        <translation>Die Trainingsreferenz konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The model&apos;s training reference was written by a newer ChurnLens (format %1, this one reads %2).</source>
        <translation>Die Trainingsreferenz des Modells wurde von einer neueren ChurnLens-Version geschrieben (Format %1, diese Version liest %2).</translation>
    </message>
    <message>
        <source>Update ChurnLens to compare files with this model.</source>
        <translation>Aktualisieren Sie ChurnLens, um Dateien mit diesem Modell zu vergleichen.</translation>
    </message>
    <message>
        <source>the predictions are not stored as numbers</source>
        <translation>die Vorhersagen sind nicht als Zahlen gespeichert</translation>
    </message>
    <message>
        <source>the explanations</source>
        <translation>die Erklärungen</translation>
    </message>
    <message>
        <source>%1 values for %2 fields</source>
        <translation>%1 Werte für %2 Felder</translation>
    </message>
    <message>
        <source>%1 %2 &gt; %3</source>
        <translation>%1 %2 &gt; %3</translation>
    </message>
    <message>
        <source>The drift threshold &quot;%1&quot; must be a number of 0 or more.</source>
        <translation>Die Drift-Schwelle „%1“ muss eine Zahl ab 0 sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n other new level(s)</source>
        <translation>
            <numerusform>%n weitere neue Ausprägung</numerusform>
            <numerusform>%n weitere neue Ausprägungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The drift check got %1 probabilities for %2 rows.</source>
        <translation>Die Drift-Prüfung hat %1 Wahrscheinlichkeiten für %2 Zeilen erhalten.</translation>
    </message>
    <message>
        <source>The drift check failed: %1</source>
        <translation>Die Drift-Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Vorhergesagte Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>%1 (%2 customers) against %3

</source>
        <translation>%1 (%2 Kunden) verglichen mit %3

</translation>
    </message>
    <message>
        <source>missing from the file</source>
        <translation>fehlt in der Datei</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>gedriftet</translation>
    </message>
    <message>
        <source>KS / chi²</source>
        <translation>KS / chi²</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>
%1 of %2 fields drifted (%3).
</source>
        <translation>
%1 von %2 Feldern sind gedriftet (%3).
</translation>
    </message>
    <message>
        <source>Performance on this file&apos;s outcomes (95% intervals), the model&apos;s test figures in brackets:
  accuracy %1 (%2) [%3], ROC AUC %4 [%5], recall %6 (%7), precision %8 (%9)
</source>
        <translation>Leistung auf den Ergebnissen dieser Datei (95-%-Intervalle), die Testwerte des Modells in eckigen Klammern:
  Genauigkeit %1 (%2) [%3], ROC AUC %4 [%5], Trefferquote %6 (%7), Präzision %8 (%9)
</translation>
    </message>
    <message>
        <source>Estimated performance (the file has no outcomes; assumes customers with the same features behave as in training), the model&apos;s test figures in brackets:
  accuracy %1 (%2) [%3], ROC AUC %4 [%5], recall %6, precision %7
</source>
        <translation>Geschätzte Leistung (die Datei hat keine Ergebnisse; angenommen wird, dass sich Kunden mit gleichen Merkmalen wie im Training verhalten), die Testwerte des Modells in eckigen Klammern:
  Genauigkeit %1 (%2) [%3], ROC AUC %4 [%5], Trefferquote %6, Präzision %7
</translation>
    </message>
    <message>
        <source>--%1 cannot be negative</source>
        <translation>--%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>--accuracy-floor must be a share such as 0.85 or a percentage such as 85</source>
        <translation>--accuracy-floor muss ein Anteil wie 0.85 oder ein Prozentwert wie 85 sein</translation>
    </message>
    <message>
        <source>The new customer file: CSV/TSV, or a SQLite file (.sqlite, .db).</source>
        <translation>Die neue Kundendatei: CSV/TSV oder eine SQLite-Datei (.sqlite, .db).</translation>
    </message>
    <message>
        <source>Check against this project&apos;s champion (unless --model is given), with the project&apos;s monitor settings, and keep the check in the project.</source>
        <translation>Gegen den Champion dieses Projekts prüfen (sofern --model nicht angegeben ist), mit den Überwachungseinstellungen des Projekts, und die Prüfung im Projekt speichern.</translation>
    </message>
    <message>
        <source>A field drifts when its PSI passes this (default 0.2).</source>
        <translation>Ein Feld gilt als gedriftet, wenn sein PSI diesen Wert überschreitet (Standard 0.2).</translation>
    </message>
    <message>
        <source>... or its KL divergence passes this (default 0.3).</source>
        <translation>... oder wenn seine KL-Divergenz diesen Wert überschreitet (Standard 0.3).</translation>
    </message>
    <message>
        <source>... or its Jensen-Shannon distance passes this (default 0.1).</source>
        <translation>... oder wenn seine Jensen-Shannon-Distanz diesen Wert überschreitet (Standard 0.1).</translation>
    </message>
    <message>
        <source>Retrain when at least this share of the fields drift (default 0.3).</source>
        <translation>Neu trainieren, wenn mindestens dieser Anteil der Felder driftet (Standard 0.3).</translation>
    </message>
    <message>
        <source>Retrain when accuracy falls below this fixed floor (e.g. 0.85) instead of 3 points below the model&apos;s own test accuracy.</source>
        <translation>Neu trainieren, wenn die Genauigkeit unter diese feste Untergrenze fällt (z. B. 0.85), statt 3 Punkte unter die eigene Testgenauigkeit des Modells.</translation>
    </message>
    <message>
        <source>Checks a new customer file against the data the model was trained on: drift of every field, of the predictions and of the explanations, performance (realised when the file has outcomes, estimated otherwise) and whether to retrain. Exit code 0: no retraining needed; 4: retraining recommended.</source>
        <translation>Prüft eine neue Kundendatei gegen die Daten, auf denen das Modell trainiert wurde: Drift jedes Felds, der Vorhersagen und der Erklärungen, Leistung (gemessen, wenn die Datei Ergebnisse enthält, sonst geschätzt) und ob neu trainiert werden sollte. Exit-Code 0: kein neues Training nötig; 4: neues Training empfohlen.</translation>
    </message>
    <message>
        <source>Challenger v%1 registered (not promoted), compared with %2 on %3 held-out customers of %4:

</source>
        <translation>Herausforderer v%1 registriert (nicht befördert), verglichen mit %2 an %3 zurückgehaltenen Kunden aus %4:

</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>Herausforderer</translation>
    </message>
    <message>
        <source>Promote it with: churnlens-cli promote PROJECT %1 --reason &quot;...&quot;
</source>
        <translation>Zum Champion befördern mit: churnlens-cli promote PROJECT %1 --reason &quot;...&quot;
</translation>
    </message>
    <message>
        <source>The new labelled customer file (it has the churn column).</source>
        <translation>Die neue Kundendatei mit bekanntem Ausgang (sie enthält die Abwanderungsspalte).</translation>
    </message>
    <message>
        <source>The project whose champion is challenged; the challenger and the comparison are kept in it.</source>
        <translation>Das Projekt, dessen Champion herausgefordert wird; Herausforderer und Vergleich werden darin gespeichert.</translation>
    </message>
    <message>
        <source>The champion&apos;s training file (default: the project&apos;s copy of its data).</source>
        <translation>Die Trainingsdatei des Champions (Standard: die Kopie seiner Daten im Projekt).</translation>
    </message>
    <message>
        <source>Train the challenger on the new file alone.</source>
        <translation>Den Herausforderer nur mit der neuen Datei trainieren.</translation>
    </message>
    <message>
        <source>Share of the new file kept aside to compare the two on (default 0.3).</source>
        <translation>Anteil der neuen Datei, der für den Vergleich der beiden zurückgehalten wird (Standard 0.3).</translation>
    </message>
    <message>
        <source>Share of contacted churners a campaign keeps, for the campaign value (default 0.24).</source>
        <translation>Anteil der kontaktierten Abwanderer, den eine Kampagne hält, für den Kampagnenwert (Standard 0.24).</translation>
    </message>
    <message>
        <source>Cost of one contact (default 5).</source>
        <translation>Kosten eines Kontakts (Standard 5).</translation>
    </message>
    <message>
        <source>Months of charges a saved customer is worth (default 12).</source>
        <translation>Wie viele Monatsgebühren ein gehaltener Kunde wert ist (Standard 12).</translation>
    </message>
    <message>
        <source>Trains a challenger with the champion&apos;s settings on the champion&apos;s training data plus the new file (or the new file alone), registers it as a challenger and compares both on held-out rows of the new file.</source>
        <translation>Trainiert einen Herausforderer mit den Einstellungen des Champions auf dessen Trainingsdaten plus der neuen Datei (oder nur auf der neuen Datei), registriert ihn als Herausforderer und vergleicht beide an zurückgehaltenen Zeilen der neuen Datei.</translation>
    </message>
    <message>
        <source>--project is required: the challenger is registered in a project</source>
        <translation>--project ist erforderlich: Der Herausforderer wird in einem Projekt registriert</translation>
    </message>
    <message>
        <source>give --reference-data or --new-only, not both</source>
        <translation>geben Sie --reference-data oder --new-only an, nicht beides</translation>
    </message>
    <message>
        <source>--holdout must be between 0.05 and 0.9</source>
        <translation>--holdout muss zwischen 0.05 und 0.9 liegen</translation>
    </message>
    <message>
        <source>--acceptance must be from 0 to 1, --contact-cost not negative and --months above 0</source>
        <translation>--acceptance muss zwischen 0 und 1 liegen, --contact-cost darf nicht negativ und --months muss größer als 0 sein</translation>
    </message>
    <message>
        <source>The project has no monitor check %1.</source>
        <translation>Das Projekt hat keine Überwachungsprüfung %1.</translation>
    </message>
    <message>
        <source>The project has no comparison %1.</source>
        <translation>Das Projekt hat keinen Vergleich %1.</translation>
    </message>
    <message>
        <source>The stored comparison is incomplete.</source>
        <translation>Der gespeicherte Vergleich ist unvollständig.</translation>
    </message>
    <message>
        <source>Retraining needs the champion and the new file.</source>
        <translation>Für das neue Training werden der Champion und die neue Datei benötigt.</translation>
    </message>
    <message>
        <source>The new file has no &quot;%1&quot; column: a challenger can only learn from customers whose outcome is known.</source>
        <translation>Die neue Datei hat keine Spalte „%1“: Ein Herausforderer kann nur von Kunden lernen, deren Ausgang bekannt ist.</translation>
    </message>
    <message>
        <source>The champion&apos;s training data is needed to train on it plus the new file.</source>
        <translation>Um auf den Trainingsdaten des Champions plus der neuen Datei zu trainieren, werden diese Trainingsdaten benötigt.</translation>
    </message>
    <message>
        <source>Give the training file, or train on the new file alone.</source>
        <translation>Geben Sie die Trainingsdatei an, oder trainieren Sie nur mit der neuen Datei.</translation>
    </message>
    <message>
        <source>The new file needs at least 10 churners and 10 customers who stayed (it has %1 and %2).</source>
        <translation>Die neue Datei braucht mindestens 10 Abwanderer und 10 Kunden, die geblieben sind (sie hat %1 und %2).</translation>
    </message>
    <message>
        <source>Setting aside part of the new file for the comparison</source>
        <translation>Ein Teil der neuen Datei wird für den Vergleich zurückgehalten</translation>
    </message>
    <message>
        <source>The training data has no &quot;%1&quot; column.</source>
        <translation>Die Trainingsdaten haben keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>The churn column &quot;%1&quot; is written differently in the training data and the new file, so their outcomes cannot be combined.</source>
        <translation>Die Abwanderungsspalte „%1“ ist in den Trainingsdaten und der neuen Datei unterschiedlich geschrieben, daher lassen sich ihre Ergebnisse nicht zusammenführen.</translation>
    </message>
    <message>
        <source>Training the challenger</source>
        <translation>Herausforderer wird trainiert</translation>
    </message>
    <message>
        <source>Comparing the champion and the challenger</source>
        <translation>Champion und Herausforderer werden verglichen</translation>
    </message>
    <message>
        <source>The challenger is better: %1.</source>
        <translation>Der Herausforderer ist besser: %1.</translation>
    </message>
    <message>
        <source>The champion is better: %1.</source>
        <translation>Der Champion ist besser: %1.</translation>
    </message>
    <message>
        <source>No significant difference: %1.</source>
        <translation>Kein signifikanter Unterschied: %1.</translation>
    </message>
    <message>
        <source>Campaign value on the %1 held-out customers: challenger %2, champion %3 (difference %4, 95% interval %5 to %6; the challenger was better in %7 of the resamples).</source>
        <translation>Kampagnenwert auf den %1 zurückgehaltenen Kunden: Herausforderer %2, Champion %3 (Differenz %4, 95-%-Intervall %5 bis %6; der Herausforderer war in %7 der Wiederholungsstichproben besser).</translation>
    </message>
    <message>
        <source>Their top %1 lists share %2 customers (%3).</source>
        <translation>Ihre Top-%1-Listen haben %2 Kunden gemeinsam (%3).</translation>
    </message>
    <message>
        <source>Accuracy %1 vs %2, recall %3 vs %4, precision %5 vs %6 (challenger vs champion, each at its own threshold).</source>
        <translation>Genauigkeit %1 vs. %2, Trefferquote %3 vs. %4, Präzision %5 vs. %6 (Herausforderer vs. Champion, jeweils bei der eigenen Schwelle).</translation>
    </message>
    <message>
        <source>training data + %1</source>
        <translation>Trainingsdaten + %1</translation>
    </message>
    <message>
        <source>Challenger to %1</source>
        <translation>Herausforderer für %1</translation>
    </message>
    <message>
        <source>Challenger to %1, trained on %2</source>
        <translation>Herausforderer für %1, trainiert auf %2</translation>
    </message>
    <message>
        <source>Give the champion&apos;s training file, or train the challenger on the new file alone.</source>
        <translation>Geben Sie die Trainingsdatei des Champions an, oder trainieren Sie den Herausforderer nur mit der neuen Datei.</translation>
    </message>
    <message>
        <source>The project keeps no copy of the champion&apos;s training data.</source>
        <translation>Das Projekt enthält keine Kopie der Trainingsdaten des Champions.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the training data.</source>
        <translation>Für die Trainingsdaten kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The project&apos;s copy of the data (%1) is not the data the champion was trained on.</source>
        <translation>Die Datenkopie des Projekts (%1) entspricht nicht den Daten, auf denen der Champion trainiert wurde.</translation>
    </message>
    <message>
        <source>estimated accuracy</source>
        <translation>geschätzte Genauigkeit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>estimated ROC AUC</source>
        <translation>geschätzte ROC AUC</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3 (the model&apos;s test accuracy %4 minus %5 points)</source>
        <translation>%1 %2 &lt; %3 (Testgenauigkeit des Modells %4 minus %5 Punkte)</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3 (the model&apos;s test ROC AUC %4 minus %5)</source>
        <translation>%1 %2 &lt; %3 (ROC AUC des Modells im Test %4 minus %5)</translation>
    </message>
    <message>
        <source>%1 %2 &lt; %3 (the fixed floor)</source>
        <translation>%1 %2 &lt; %3 (feste Untergrenze)</translation>
    </message>
    <message>
        <source>the predicted probabilities shifted (%1)</source>
        <translation>die vorhergesagten Wahrscheinlichkeiten haben sich verschoben (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 fields drifted (%3 ≥ %4)</source>
        <translation>%1 von %2 Feldern sind gedriftet (%3 ≥ %4)</translation>
    </message>
    <message>
        <source>%1 drifted (%2)</source>
        <translation>%1 ist gedriftet (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of the values are categories the model never saw (%3)</source>
        <translation>%1: %2 der Werte sind Ausprägungen, die das Modell nie gesehen hat (%3)</translation>
    </message>
    <message>
        <source>%1 is missing from the file: the model scores as if it were unknown</source>
        <translation>%1 fehlt in der Datei: Das Modell bewertet, als wäre der Wert unbekannt</translation>
    </message>
    <message>
        <source>This file is the model&apos;s own training data: the comparison is in-sample and says little.</source>
        <translation>Diese Datei sind die eigenen Trainingsdaten des Modells: Der Vergleich erfolgt innerhalb der Stichprobe und ist wenig aussagekräftig.</translation>
    </message>
    <message>
        <source>Retrain recommended: %1</source>
        <translation>Neu trainieren empfohlen: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep an eye on it: %n field(s) drifted, below the %1 of fields that calls for retraining</source>
        <translation>
            <numerusform>Im Auge behalten: %n Feld ist gedriftet, weniger als die %1 der Felder, ab denen neu trainiert werden sollte</numerusform>
            <numerusform>Im Auge behalten: %n Felder sind gedriftet, weniger als die %1 der Felder, ab denen neu trainiert werden sollte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (the model&apos;s test accuracy %3)</source>
        <translation>%1 %2 (Testgenauigkeit des Modells %3)</translation>
    </message>
    <message>
        <source>No action needed: no field drifted.</source>
        <translation>Kein Handlungsbedarf: Kein Feld ist gedriftet.</translation>
    </message>
    <message>
        <source>No action needed: no field drifted; %1.</source>
        <translation>Kein Handlungsbedarf: Kein Feld ist gedriftet; %1.</translation>
    </message>
    <message>
        <source>The stored monitor check is incomplete.</source>
        <translation>Die gespeicherte Überwachungsprüfung ist unvollständig.</translation>
    </message>
    <message>
        <source>The drift check needs a customer file and a model.</source>
        <translation>Die Drift-Prüfung braucht eine Kundendatei und ein Modell.</translation>
    </message>
    <message>
        <source>This model was saved before ChurnLens kept a summary of its training data, so there is nothing to compare the file with.</source>
        <translation>Dieses Modell wurde gespeichert, bevor ChurnLens eine Zusammenfassung seiner Trainingsdaten aufbewahrte; daher gibt es nichts, womit die Datei verglichen werden kann.</translation>
    </message>
    <message>
        <source>Train the model again (Train area, or churnlens-cli train): new models keep the summary.</source>
        <translation>Trainieren Sie das Modell erneut (Bereich Trainieren oder churnlens-cli train): Neue Modelle speichern die Zusammenfassung.</translation>
    </message>
    <message>
        <source>The file has no customers to check.</source>
        <translation>Die Datei enthält keine Kunden zum Prüfen.</translation>
    </message>
    <message>
        <source>Scoring the customers</source>
        <translation>Kunden werden bewertet</translation>
    </message>
    <message>
        <source>Explaining a sample of customers</source>
        <translation>Eine Stichprobe der Kunden wird erklärt</translation>
    </message>
    <message>
        <source>Comparing every field with the training data</source>
        <translation>Jedes Feld wird mit den Trainingsdaten verglichen</translation>
    </message>
    <message>
        <source>Measuring how well the model does</source>
        <translation>Die Leistung des Modells wird gemessen</translation>
    </message>
    <message>
        <source>The monitor setting &quot;%1&quot; must be a number from 0 to 1.</source>
        <translation>Die Überwachungseinstellung „%1“ muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>The monitor rule must be &quot;relative&quot; or &quot;absolute&quot;, not &quot;%1&quot;.</source>
        <translation>Die Überwachungsregel muss „relative“ oder „absolute“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Remembering the training data for drift checks</source>
        <translation>Trainingsdaten werden für Drift-Prüfungen gespeichert</translation>
    </message>
    <message>
        <source>ROC AUC %1 vs %2 (%3, 95% interval %4 to %5, p %6)</source>
        <translation>ROC AUC %1 gegenüber %2 (%3, 95-%-Intervall %4 bis %5, p %6)</translation>
    </message>
    <message>
        <source>--%1 must be between 1 and 3600000 milliseconds</source>
        <translation>--%1 muss zwischen 1 und 3600000 Millisekunden liegen</translation>
    </message>
    <message>
        <source>Serve this project&apos;s champion, and switch to a new champion as soon as one is promoted.</source>
        <translation>Stellt den Champion dieses Projekts bereit und wechselt zu einem neuen, sobald einer zum Champion gemacht wird.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1: this machine only).</source>
        <translation>Adresse, an der der Dienst Anfragen annimmt (Standard 127.0.0.1: nur dieser Rechner).</translation>
    </message>
    <message>
        <source>Port (default 8080; 0 = any free port, printed at start).</source>
        <translation>Port (Standard 8080; 0 = beliebiger freier Port, wird beim Start ausgegeben).</translation>
    </message>
    <message>
        <source>Worker threads answering requests (default: one per core).</source>
        <translation>Worker-Threads, die Anfragen beantworten (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; with the token on the first line of FILE (all endpoints but /health); enables POST /admin/reload.</source>
        <translation>Verlangt „Authorization: Bearer TOKEN“ mit dem Token aus der ersten Zeile von FILE (alle Endpunkte außer /health); aktiviert POST /admin/reload.</translation>
    </message>
    <message>
        <source>Most customers in one /predict-batch request (default 10000).</source>
        <translation>Höchstzahl an Kunden in einer Anfrage an /predict-batch (Standard 10000).</translation>
    </message>
    <message>
        <source>Largest request body in bytes (default 33554432).</source>
        <translation>Maximale Größe des Anfragekörpers in Bytes (Standard 33554432).</translation>
    </message>
    <message>
        <source>Top factors per customer (default 3; 0 = none, faster).</source>
        <translation>Wichtigste Einflussfaktoren pro Kunde (Standard 3; 0 = keine, schneller).</translation>
    </message>
    <message>
        <source>A category the model has never seen: &quot;reject&quot; (422, the default) or &quot;score&quot; (scored by the model&apos;s rule, noted in the answer).</source>
        <translation>Eine Ausprägung, die das Modell nie gesehen hat: „reject“ (422, Standard) oder „score“ (nach der Regel des Modells bewertet, in der Antwort vermerkt).</translation>
    </message>
    <message>
        <source>Milliseconds a client has to send a whole request (default 10000).</source>
        <translation>Millisekunden, die ein Client zum Senden einer ganzen Anfrage hat (Standard 10000).</translation>
    </message>
    <message>
        <source>Milliseconds a kept-alive connection may stay idle (default 30000).</source>
        <translation>Millisekunden, die eine Keep-alive-Verbindung untätig bleiben darf (Standard 30000).</translation>
    </message>
    <message>
        <source>With --project: milliseconds between checks for a new champion (default 1000).</source>
        <translation>Mit --project: Millisekunden zwischen den Prüfungen auf einen neuen Champion (Standard 1000).</translation>
    </message>
    <message>
        <source>Log events as JSON lines on stderr (instead of text).</source>
        <translation>Protokolliert Ereignisse als JSON-Zeilen auf stderr (statt als Text).</translation>
    </message>
    <message>
        <source>Also log every request as one JSON line on stderr.</source>
        <translation>Protokolliert zusätzlich jede Anfrage als eine JSON-Zeile auf stderr.</translation>
    </message>
    <message>
        <source>Serve churn predictions over HTTP (JSON): POST /predict, POST /predict-batch, GET /health, GET /metrics (Prometheus), POST /admin/reload.</source>
        <translation>Stellt Abwanderungsvorhersagen über HTTP (JSON) bereit: POST /predict, POST /predict-batch, GET /health, GET /metrics (Prometheus), POST /admin/reload.</translation>
    </message>
    <message>
        <source>use --model or --project, not both</source>
        <translation>verwenden Sie --model oder --project, nicht beides</translation>
    </message>
    <message>
        <source>--port must be between 0 and 65535</source>
        <translation>--port muss zwischen 0 und 65535 liegen</translation>
    </message>
    <message>
        <source>--threads must be between 0 (one per core) and %1</source>
        <translation>--threads muss zwischen 0 (einer pro Kern) und %1 liegen</translation>
    </message>
    <message>
        <source>--max-batch must be between 1 and 10000000</source>
        <translation>--max-batch muss zwischen 1 und 10000000 liegen</translation>
    </message>
    <message>
        <source>--max-body must be between 1024 and 4294967296 bytes</source>
        <translation>--max-body muss zwischen 1024 und 4294967296 Bytes liegen</translation>
    </message>
    <message>
        <source>--unseen must be &quot;reject&quot; or &quot;score&quot;</source>
        <translation>--unseen muss „reject“ oder „score“ sein</translation>
    </message>
    <message>
        <source>--host must be an IP address, such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;</source>
        <translation>--host muss eine IP-Adresse wie 127.0.0.1 oder 0.0.0.0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3.</source>
        <translation>An %1:%2 können keine Verbindungen angenommen werden: %3.</translation>
    </message>
    <message>
        <source>Choose another --port, or stop the program that uses it.</source>
        <translation>Wählen Sie einen anderen --port oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>worker %1 could not take its listening socket</source>
        <translation>Worker %1 konnte seinen Listen-Socket nicht übernehmen</translation>
    </message>
    <message>
        <source>stopping (%1): no new connections; requests under way finish</source>
        <translation>wird beendet (%1): keine neuen Verbindungen; laufende Anfragen werden abgeschlossen</translation>
    </message>
    <message>
        <source>listening on %1 with model %2 (%3), %4 worker threads</source>
        <translation>nimmt Anfragen an auf %1 mit Modell %2 (%3), %4 Worker-Threads</translation>
    </message>
    <message>
        <source>listening beyond this machine (%1): requests need the token</source>
        <translation>nimmt Anfragen auch von anderen Rechnern an (%1): Anfragen benötigen das Token</translation>
    </message>
    <message>
        <source>listening beyond this machine (%1) without --token-file: anyone who reaches it can score</source>
        <translation>nimmt Anfragen auch von anderen Rechnern an (%1) ohne --token-file: Jeder, der den Dienst erreicht, kann Kunden bewerten lassen</translation>
    </message>
    <message>
        <source>stopped after %1 requests</source>
        <translation>nach %1 Anfragen beendet</translation>
    </message>
    <message>
        <source>The request body (%1 bytes) is over the limit of %2 bytes.</source>
        <translation>Der Anfragekörper (%1 Bytes) überschreitet die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The request line and headers are over the limit of %1 bytes.</source>
        <translation>Anfragezeile und Header überschreiten die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The request is over the limit of %1 bytes.</source>
        <translation>Die Anfrage überschreitet die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The request did not arrive within %1 ms.</source>
        <translation>Die Anfrage ist nicht innerhalb von %1 ms eingetroffen.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Der Anfragekörper ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>No such endpoint: %1. The service answers POST /predict, POST /predict-batch, GET /health, GET /metrics and POST /admin/reload.</source>
        <translation>Unbekannter Endpunkt: %1. Der Dienst beantwortet POST /predict, POST /predict-batch, GET /health, GET /metrics und POST /admin/reload.</translation>
    </message>
    <message>
        <source>%1 takes %2.</source>
        <translation>%1 erwartet %2.</translation>
    </message>
    <message>
        <source>POST /admin/reload needs a token: start the service with --token-file (or send it SIGHUP).</source>
        <translation>POST /admin/reload benötigt ein Token: Starten Sie den Dienst mit --token-file (oder senden Sie ihm SIGHUP).</translation>
    </message>
    <message>
        <source>A valid token is required: send &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Ein gültiges Token ist erforderlich: Senden Sie „Authorization: Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>POST /predict takes one customer as a JSON object; send CSV to /predict-batch.</source>
        <translation>POST /predict erwartet einen Kunden als JSON-Objekt; senden Sie CSV an /predict-batch.</translation>
    </message>
    <message>
        <source>%1 customers in one request; the limit is %2 (--max-batch).</source>
        <translation>%1 Kunden in einer Anfrage; die Grenze liegt bei %2 (--max-batch).</translation>
    </message>
    <message>
        <source>POST /predict takes one customer as a JSON object; send arrays to /predict-batch.</source>
        <translation>POST /predict erwartet einen Kunden als JSON-Objekt; senden Sie Arrays an /predict-batch.</translation>
    </message>
    <message>
        <source>POST /predict-batch takes a JSON array of customers (or CSV with Content-Type: text/csv).</source>
        <translation>POST /predict-batch erwartet ein JSON-Array von Kunden (oder CSV mit Content-Type: text/csv).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing: the model needs it (give null for an unknown value).</source>
        <translation>Das Feld „%1“ fehlt: Das Modell benötigt es (geben Sie null für einen unbekannten Wert an).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a category (text), not %2.</source>
        <translation>Das Feld „%1“ muss eine Kategorie (Text) sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a number, not %2.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no value, and this model cannot fill it in: give a value.</source>
        <translation>Das Feld „%1“ hat keinen Wert, und dieses Modell kann ihn nicht ergänzen: Geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value: filled in as in training.</source>
        <translation>„%1“ hat keinen Wert: wie im Training ergänzt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a number, not the text &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein, nicht der Text „%2“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has the category &quot;%2&quot;, which the model has never seen.</source>
        <translation>Das Feld „%1“ hat die Ausprägung „%2“, die das Modell nie gesehen hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the category &quot;%2&quot;, which the model has never seen: scored as none of the known categories.</source>
        <translation>„%1“ hat die Ausprägung „%2“, die das Modell nie gesehen hat: als keine der bekannten Ausprägungen bewertet.</translation>
    </message>
    <message>
        <source>Customer %1 of the array is not a JSON object.</source>
        <translation>Kunde %1 des Arrays ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>reload (%1) failed, still serving %2: %3</source>
        <translation>Neuladen (%1) fehlgeschlagen, %2 bleibt weiter aktiv: %3</translation>
    </message>
    <message>
        <source>reload (%1): %2 is already in use</source>
        <translation>Neuladen (%1): %2 wird bereits verwendet</translation>
    </message>
    <message>
        <source>model swapped (%1): %2 -&gt; %3</source>
        <translation>Modell gewechselt (%1): %2 -&gt; %3</translation>
    </message>
    <message>
        <source>cannot read the project&apos;s champion: %1</source>
        <translation>der Champion des Projekts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Register a model in it (churnlens-cli train --register, or model-import), or serve a model folder with --model DIR.</source>
        <translation>Registrieren Sie darin ein Modell (churnlens-cli train --register oder model-import) oder stellen Sie mit --model DIR einen Modellordner bereit.</translation>
    </message>
    <message>
        <source>The model has no saved preparation.</source>
        <translation>Das Modell hat keine gespeicherte Aufbereitung.</translation>
    </message>
    <message>
        <source>The model gave no probability for customer %1.</source>
        <translation>Das Modell hat für Kunde %1 keine Wahrscheinlichkeit geliefert.</translation>
    </message>
    <message>
        <source>Cannot read the token file &quot;%1&quot;: %2.</source>
        <translation>Die Token-Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The token file &quot;%1&quot; is empty: write the token on its first line.</source>
        <translation>Die Token-Datei „%1“ ist leer: Schreiben Sie das Token in ihre erste Zeile.</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <comment>field label</comment>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>field label</comment>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Senior citizen</source>
        <comment>field label</comment>
        <translation>Senior (ab 65)</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>field label</comment>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Dependents</source>
        <comment>field label</comment>
        <translation>Angehörige</translation>
    </message>
    <message>
        <source>Tenure (months)</source>
        <comment>field label</comment>
        <translation>Vertragsdauer (Monate)</translation>
    </message>
    <message>
        <source>Phone service</source>
        <comment>field label</comment>
        <translation>Telefonanschluss</translation>
    </message>
    <message>
        <source>Multiple lines</source>
        <comment>field label</comment>
        <translation>Mehrere Leitungen</translation>
    </message>
    <message>
        <source>Internet service</source>
        <comment>field label</comment>
        <translation>Internetanschluss</translation>
    </message>
    <message>
        <source>Online security</source>
        <comment>field label</comment>
        <translation>Online-Sicherheit</translation>
    </message>
    <message>
        <source>Online backup</source>
        <comment>field label</comment>
        <translation>Online-Backup</translation>
    </message>
    <message>
        <source>Device protection</source>
        <comment>field label</comment>
        <translation>Geräteschutz</translation>
    </message>
    <message>
        <source>Tech support</source>
        <comment>field label</comment>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <source>Streaming TV</source>
        <comment>field label</comment>
        <translation>Streaming-TV</translation>
    </message>
    <message>
        <source>Streaming movies</source>
        <comment>field label</comment>
        <translation>Film-Streaming</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>field label</comment>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Paperless billing</source>
        <comment>field label</comment>
        <translation>Papierlose Rechnung</translation>
    </message>
    <message>
        <source>Payment method</source>
        <comment>field label</comment>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <comment>field label</comment>
        <translation>Monatsgebühren</translation>
    </message>
    <message>
        <source>Total charges</source>
        <comment>field label</comment>
        <translation>Gesamtgebühren</translation>
    </message>
    <message>
        <source>Support calls</source>
        <comment>field label</comment>
        <translation>Supportanrufe</translation>
    </message>
    <message>
        <source>Churn</source>
        <comment>field label</comment>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>value of the field Gender</comment>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>value of the field Gender</comment>
        <translation>männlich</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>value of a yes/no field</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>value of a yes/no field</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No phone service</source>
        <comment>value of a service field</comment>
        <translation>kein Telefonanschluss</translation>
    </message>
    <message>
        <source>No internet service</source>
        <comment>value of a service field</comment>
        <translation>kein Internetanschluss</translation>
    </message>
    <message>
        <source>DSL</source>
        <comment>value of the field Internet service</comment>
        <translation>DSL</translation>
    </message>
    <message>
        <source>Fiber optic</source>
        <comment>value of the field Internet service</comment>
        <translation>Glasfaser</translation>
    </message>
    <message>
        <source>No</source>
        <comment>value of the field Internet service</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Month-to-month</source>
        <comment>value of the field Contract</comment>
        <translation>monatlich kündbar</translation>
    </message>
    <message>
        <source>One year</source>
        <comment>value of the field Contract</comment>
        <translation>ein Jahr Laufzeit</translation>
    </message>
    <message>
        <source>Two year</source>
        <comment>value of the field Contract</comment>
        <translation>zwei Jahre Laufzeit</translation>
    </message>
    <message>
        <source>Electronic check</source>
        <comment>value of the field Payment method</comment>
        <translation>elektronischer Scheck</translation>
    </message>
    <message>
        <source>Mailed check</source>
        <comment>value of the field Payment method</comment>
        <translation>Scheck per Post</translation>
    </message>
    <message>
        <source>Bank transfer (automatic)</source>
        <comment>value of the field Payment method</comment>
        <translation>Banküberweisung (automatisch)</translation>
    </message>
    <message>
        <source>Credit card (automatic)</source>
        <comment>value of the field Payment method</comment>
        <translation>Kreditkarte (automatisch)</translation>
    </message>
    <message>
        <source>lowercase</source>
        <comment>Field names inside a sentence: translate as &quot;lowercase&quot; if the language writes &quot;Online security&quot; as &quot;online security&quot; there (English), as &quot;keep&quot; to keep the capital (German nouns)</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Short tenure (%1) raises churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Kurze Vertragsdauer (%1) erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Short tenure (%1) lowers churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Kurze Vertragsdauer (%1) senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Short tenure (%1) does not change churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Kurze Vertragsdauer (%1) ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Long tenure (%1) raises churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Lange Vertragsdauer (%1) erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Long tenure (%1) lowers churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Lange Vertragsdauer (%1) senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Long tenure (%1) does not change churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Lange Vertragsdauer (%1) ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Tenure of %1 raises churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Vertragsdauer (%1) erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Tenure of %1 lowers churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Vertragsdauer (%1) senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Tenure of %1 does not change churn risk</source>
        <comment>reason; %1 = months</comment>
        <translation>Vertragsdauer (%1) ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Tenure of %1, above the usual %2, raises churn risk</source>
        <comment>reason; %1 = months, %2 = the median in months (a number)</comment>
        <translation>Vertragsdauer (%1, mehr als die üblichen %2) erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Tenure of %1, above the usual %2, lowers churn risk</source>
        <comment>reason; %1 = months, %2 = the median in months (a number)</comment>
        <translation>Vertragsdauer (%1, mehr als die üblichen %2) senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Tenure of %1, above the usual %2, does not change churn risk</source>
        <comment>reason; %1 = months, %2 = the median in months (a number)</comment>
        <translation>Vertragsdauer (%1, mehr als die üblichen %2) ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Tenure of %1, below the usual %2, raises churn risk</source>
        <comment>reason; %1 = months, %2 = the median in months (a number)</comment>
        <translation>Vertragsdauer (%1, weniger als die üblichen %2) erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Tenure of %1, below the usual %2, lowers churn risk</source>
        <comment>reason; %1 = months, %2 = the median in months (a number)</comment>
        <translation>Vertragsdauer (%1, weniger als die üblichen %2) senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Tenure of %1, below the usual %2, does not change churn risk</source>
        <comment>reason; %1 = months, %2 = the median in months (a number)</comment>
        <translation>Vertragsdauer (%1, weniger als die üblichen %2) ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Low monthly charges (%1) raise churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Niedrige Monatsgebühren (%1) erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Low monthly charges (%1) lower churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Niedrige Monatsgebühren (%1) senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Low monthly charges (%1) do not change churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Niedrige Monatsgebühren (%1) ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>High monthly charges (%1) raise churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Hohe Monatsgebühren (%1) erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>High monthly charges (%1) lower churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Hohe Monatsgebühren (%1) senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>High monthly charges (%1) do not change churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Hohe Monatsgebühren (%1) ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Monthly charges of %1 raise churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Monatsgebühren von %1 erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Monthly charges of %1 lower churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Monatsgebühren von %1 senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Monthly charges of %1 do not change churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Monatsgebühren von %1 ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Monthly charges of %1, above the usual %2, raise churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Monatsgebühren von %1, mehr als die üblichen %2, erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Monthly charges of %1, above the usual %2, lower churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Monatsgebühren von %1, mehr als die üblichen %2, senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Monthly charges of %1, above the usual %2, do not change churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Monatsgebühren von %1, mehr als die üblichen %2, ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Monthly charges of %1, below the usual %2, raise churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Monatsgebühren von %1, weniger als die üblichen %2, erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Monthly charges of %1, below the usual %2, lower churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Monatsgebühren von %1, weniger als die üblichen %2, senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Monthly charges of %1, below the usual %2, do not change churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Monatsgebühren von %1, weniger als die üblichen %2, ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Low total charges (%1) raise churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Niedrige Gesamtgebühren (%1) erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Low total charges (%1) lower churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Niedrige Gesamtgebühren (%1) senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Low total charges (%1) do not change churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Niedrige Gesamtgebühren (%1) ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>High total charges (%1) raise churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Hohe Gesamtgebühren (%1) erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>High total charges (%1) lower churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Hohe Gesamtgebühren (%1) senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>High total charges (%1) do not change churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Hohe Gesamtgebühren (%1) ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Total charges of %1 raise churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Gesamtgebühren von %1 erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Total charges of %1 lower churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Gesamtgebühren von %1 senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Total charges of %1 do not change churn risk</source>
        <comment>reason; %1 = an amount</comment>
        <translation>Gesamtgebühren von %1 ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Total charges of %1, above the usual %2, raise churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Gesamtgebühren von %1, mehr als die üblichen %2, erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Total charges of %1, above the usual %2, lower churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Gesamtgebühren von %1, mehr als die üblichen %2, senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Total charges of %1, above the usual %2, do not change churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Gesamtgebühren von %1, mehr als die üblichen %2, ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Total charges of %1, below the usual %2, raise churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Gesamtgebühren von %1, weniger als die üblichen %2, erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Total charges of %1, below the usual %2, lower churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Gesamtgebühren von %1, weniger als die üblichen %2, senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Total charges of %1, below the usual %2, do not change churn risk</source>
        <comment>reason; %1 = an amount, %2 = the median amount</comment>
        <translation>Gesamtgebühren von %1, weniger als die üblichen %2, ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Few support calls (%1) raise churn risk</source>
        <comment>reason; %1 = a number of calls</comment>
        <translation>Wenige Supportanrufe (%1) erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Few support calls (%1) lower churn risk</source>
        <comment>reason; %1 = a number of calls</comment>
        <translation>Wenige Supportanrufe (%1) senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Few support calls (%1) do not change churn risk</source>
        <comment>reason; %1 = a number of calls</comment>
        <translation>Wenige Supportanrufe (%1) ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Many support calls (%1) raise churn risk</source>
        <comment>reason; %1 = a number of calls</comment>
        <translation>Viele Supportanrufe (%1) erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Many support calls (%1) lower churn risk</source>
        <comment>reason; %1 = a number of calls</comment>
        <translation>Viele Supportanrufe (%1) senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Many support calls (%1) do not change churn risk</source>
        <comment>reason; %1 = a number of calls</comment>
        <translation>Viele Supportanrufe (%1) ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>1 support call raises churn risk</source>
        <comment>reason</comment>
        <translation>1 Supportanruf erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>1 support call lowers churn risk</source>
        <comment>reason</comment>
        <translation>1 Supportanruf senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>1 support call does not change churn risk</source>
        <comment>reason</comment>
        <translation>1 Supportanruf ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 support calls raise churn risk</source>
        <comment>reason; %1 = a number other than 1</comment>
        <translation>%1 Supportanrufe erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 support calls lower churn risk</source>
        <comment>reason; %1 = a number other than 1</comment>
        <translation>%1 Supportanrufe senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 support calls do not change churn risk</source>
        <comment>reason; %1 = a number other than 1</comment>
        <translation>%1 Supportanrufe ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>1 support call, above the usual %1, raises churn risk</source>
        <comment>reason; %1 = the median number of calls</comment>
        <translation>1 Supportanruf, mehr als die üblichen %1, erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>1 support call, above the usual %1, lowers churn risk</source>
        <comment>reason; %1 = the median number of calls</comment>
        <translation>1 Supportanruf, mehr als die üblichen %1, senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>1 support call, above the usual %1, does not change churn risk</source>
        <comment>reason; %1 = the median number of calls</comment>
        <translation>1 Supportanruf, mehr als die üblichen %1, ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>1 support call, below the usual %1, raises churn risk</source>
        <comment>reason; %1 = the median number of calls</comment>
        <translation>1 Supportanruf, weniger als die üblichen %1, erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>1 support call, below the usual %1, lowers churn risk</source>
        <comment>reason; %1 = the median number of calls</comment>
        <translation>1 Supportanruf, weniger als die üblichen %1, senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>1 support call, below the usual %1, does not change churn risk</source>
        <comment>reason; %1 = the median number of calls</comment>
        <translation>1 Supportanruf, weniger als die üblichen %1, ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 support calls, above the usual %2, raise churn risk</source>
        <comment>reason; %1 = a number other than 1, %2 = the median number of calls</comment>
        <translation>%1 Supportanrufe, mehr als die üblichen %2, erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 support calls, above the usual %2, lower churn risk</source>
        <comment>reason; %1 = a number other than 1, %2 = the median number of calls</comment>
        <translation>%1 Supportanrufe, mehr als die üblichen %2, senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 support calls, above the usual %2, do not change churn risk</source>
        <comment>reason; %1 = a number other than 1, %2 = the median number of calls</comment>
        <translation>%1 Supportanrufe, mehr als die üblichen %2, ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 support calls, below the usual %2, raise churn risk</source>
        <comment>reason; %1 = a number other than 1, %2 = the median number of calls</comment>
        <translation>%1 Supportanrufe, weniger als die üblichen %2, erhöhen das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 support calls, below the usual %2, lower churn risk</source>
        <comment>reason; %1 = a number other than 1, %2 = the median number of calls</comment>
        <translation>%1 Supportanrufe, weniger als die üblichen %2, senken das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 support calls, below the usual %2, do not change churn risk</source>
        <comment>reason; %1 = a number other than 1, %2 = the median number of calls</comment>
        <translation>%1 Supportanrufe, weniger als die üblichen %2, ändern das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 contract raises churn risk</source>
        <comment>reason; %1 = the kind of contract as in the data file (not translated)</comment>
        <translation>Vertrag: „%1“ – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 contract lowers churn risk</source>
        <comment>reason; %1 = the kind of contract as in the data file (not translated)</comment>
        <translation>Vertrag: „%1“ – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 contract does not change churn risk</source>
        <comment>reason; %1 = the kind of contract as in the data file (not translated)</comment>
        <translation>Vertrag: „%1“ – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 raises churn risk</source>
        <comment>reason; %1 = the contract as named in the data file, e.g. &quot;Monthly contract&quot; (not translated)</comment>
        <translation>Vertrag: „%1“ – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 lowers churn risk</source>
        <comment>reason; %1 = the contract as named in the data file, e.g. &quot;Monthly contract&quot; (not translated)</comment>
        <translation>Vertrag: „%1“ – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 does not change churn risk</source>
        <comment>reason; %1 = the contract as named in the data file, e.g. &quot;Monthly contract&quot; (not translated)</comment>
        <translation>Vertrag: „%1“ – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 contract raises churn risk</source>
        <comment>reason; %1 = the kind of contract, translated (&quot;Month-to-month&quot;, &quot;One year&quot;)</comment>
        <translation>Vertrag: %1 – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 contract lowers churn risk</source>
        <comment>reason; %1 = the kind of contract, translated (&quot;Month-to-month&quot;, &quot;One year&quot;)</comment>
        <translation>Vertrag: %1 – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 contract does not change churn risk</source>
        <comment>reason; %1 = the kind of contract, translated (&quot;Month-to-month&quot;, &quot;One year&quot;)</comment>
        <translation>Vertrag: %1 – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Paying by %1 raises churn risk</source>
        <comment>reason; %1 = the payment method as in the data file (not translated)</comment>
        <translation>Zahlungsart: „%1“ – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Paying by %1 lowers churn risk</source>
        <comment>reason; %1 = the payment method as in the data file (not translated)</comment>
        <translation>Zahlungsart: „%1“ – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Paying by %1 does not change churn risk</source>
        <comment>reason; %1 = the payment method as in the data file (not translated)</comment>
        <translation>Zahlungsart: „%1“ – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Paying by %1 raises churn risk</source>
        <comment>reason; %1 = the payment method, translated (&quot;Electronic check&quot;)</comment>
        <translation>Zahlungsart: %1 – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Paying by %1 lowers churn risk</source>
        <comment>reason; %1 = the payment method, translated (&quot;Electronic check&quot;)</comment>
        <translation>Zahlungsart: %1 – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Paying by %1 does not change churn risk</source>
        <comment>reason; %1 = the payment method, translated (&quot;Electronic check&quot;)</comment>
        <translation>Zahlungsart: %1 – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>No %1 raises churn risk</source>
        <comment>reason; %1 = a service the customer does not have (a field label)</comment>
        <translation>%1: nicht gebucht – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>No %1 lowers churn risk</source>
        <comment>reason; %1 = a service the customer does not have (a field label)</comment>
        <translation>%1: nicht gebucht – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>No %1 does not change churn risk</source>
        <comment>reason; %1 = a service the customer does not have (a field label)</comment>
        <translation>%1: nicht gebucht – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>Having %1 raises churn risk</source>
        <comment>reason; %1 = a service the customer has (a field label)</comment>
        <translation>%1: gebucht – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Having %1 lowers churn risk</source>
        <comment>reason; %1 = a service the customer has (a field label)</comment>
        <translation>%1: gebucht – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Having %1 does not change churn risk</source>
        <comment>reason; %1 = a service the customer has (a field label)</comment>
        <translation>%1: gebucht – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 (%2) raises churn risk</source>
        <comment>reason; %1 = why a service is not in use, as in the data file (not translated), %2 = the service (a field label)</comment>
        <translation>%2: „%1“ – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2) lowers churn risk</source>
        <comment>reason; %1 = why a service is not in use, as in the data file (not translated), %2 = the service (a field label)</comment>
        <translation>%2: „%1“ – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2) does not change churn risk</source>
        <comment>reason; %1 = why a service is not in use, as in the data file (not translated), %2 = the service (a field label)</comment>
        <translation>%2: „%1“ – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 (%2) raises churn risk</source>
        <comment>reason; %1 = why a service is not in use, translated (&quot;No internet service&quot;), %2 = the service (a field label)</comment>
        <translation>%2: %1 – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2) lowers churn risk</source>
        <comment>reason; %1 = why a service is not in use, translated (&quot;No internet service&quot;), %2 = the service (a field label)</comment>
        <translation>%2: %1 – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2) does not change churn risk</source>
        <comment>reason; %1 = why a service is not in use, translated (&quot;No internet service&quot;), %2 = the service (a field label)</comment>
        <translation>%2: %1 – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is missing, which raises churn risk</source>
        <comment>reason; %1 = a field label</comment>
        <translation>%1: kein Wert – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is missing, which lowers churn risk</source>
        <comment>reason; %1 = a field label</comment>
        <translation>%1: kein Wert – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is missing, which does not change churn risk</source>
        <comment>reason; %1 = a field label</comment>
        <translation>%1: kein Wert – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is %2, which raises churn risk</source>
        <comment>reason; %1 = a field label, %2 = a value as in the data file (not translated)</comment>
        <translation>%1: „%2“ – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, which lowers churn risk</source>
        <comment>reason; %1 = a field label, %2 = a value as in the data file (not translated)</comment>
        <translation>%1: „%2“ – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, which does not change churn risk</source>
        <comment>reason; %1 = a field label, %2 = a value as in the data file (not translated)</comment>
        <translation>%1: „%2“ – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is %2, which raises churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number or a translated value</comment>
        <translation>%1: %2 – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, which lowers churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number or a translated value</comment>
        <translation>%1: %2 – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, which does not change churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number or a translated value</comment>
        <translation>%1: %2 – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is low (%2), which raises churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number</comment>
        <translation>%1: niedrig (%2) – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is low (%2), which lowers churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number</comment>
        <translation>%1: niedrig (%2) – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is low (%2), which does not change churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number</comment>
        <translation>%1: niedrig (%2) – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is high (%2), which raises churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number</comment>
        <translation>%1: hoch (%2) – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is high (%2), which lowers churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number</comment>
        <translation>%1: hoch (%2) – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is high (%2), which does not change churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number</comment>
        <translation>%1: hoch (%2) – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is %2, above the usual %3, which raises churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number, %3 = the median</comment>
        <translation>%1: %2, über dem üblichen Wert von %3 – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, above the usual %3, which lowers churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number, %3 = the median</comment>
        <translation>%1: %2, über dem üblichen Wert von %3 – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, above the usual %3, which does not change churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number, %3 = the median</comment>
        <translation>%1: %2, über dem üblichen Wert von %3 – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>%1 is %2, below the usual %3, which raises churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number, %3 = the median</comment>
        <translation>%1: %2, unter dem üblichen Wert von %3 – das erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, below the usual %3, which lowers churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number, %3 = the median</comment>
        <translation>%1: %2, unter dem üblichen Wert von %3 – das senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 is %2, below the usual %3, which does not change churn risk</source>
        <comment>reason; %1 = a field label, %2 = a number, %3 = the median</comment>
        <translation>%1: %2, unter dem üblichen Wert von %3 – das ändert das Abwanderungsrisiko nicht</translation>
    </message>
    <message>
        <source>The export got %1 customer values for %2 customers.</source>
        <translation>Der Export hat %1 Kundenwerte für %2 Kunden erhalten.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Predicted to churn (1 = yes)</source>
        <translation>Abwanderung vorhergesagt (1 = ja)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Gefährdeter Wert</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Erwarteter Wert</translation>
    </message>
    <message>
        <source>Reason %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <source>Reason %1 effect (percentage points)</source>
        <translation>Wirkung von Grund %1 (Prozentpunkte)</translation>
    </message>
    <message>
        <source>Who is on the list</source>
        <translation>Wer auf der Liste steht</translation>
    </message>
    <message>
        <source>every scored customer, in file order</source>
        <translation>alle bewerteten Kunden, in der Reihenfolge der Datei</translation>
    </message>
    <message>
        <source>Ranked by</source>
        <translation>Sortiert nach</translation>
    </message>
    <message>
        <source>not ranked: the rank is the position in the file</source>
        <translation>nicht sortiert: der Rang ist die Position in der Datei</translation>
    </message>
    <message>
        <source>expected value: churn probability × customer value × acceptance − contact cost (column expected_value), highest first</source>
        <translation>erwartetem Wert: Abwanderungswahrscheinlichkeit × Kundenwert × Annahmequote − Kontaktkosten (Spalte expected_value), höchster zuerst</translation>
    </message>
    <message>
        <source>churn probability (column churn_probability), highest first; no customer value is known</source>
        <translation>Abwanderungswahrscheinlichkeit (Spalte churn_probability), höchste zuerst; kein Kundenwert bekannt</translation>
    </message>
    <message>
        <source>unknown (no monthly charges column)</source>
        <translation>unbekannt (keine Spalte mit Monatsgebühren)</translation>
    </message>
    <message>
        <source>Months of charges a kept customer is worth</source>
        <translation>Monatsgebühren, die ein gehaltener Kunde wert ist (Monate)</translation>
    </message>
    <message>
        <source>Contact cost per customer</source>
        <translation>Kontaktkosten je Kunde</translation>
    </message>
    <message>
        <source>Offer acceptance rate</source>
        <translation>Annahmequote des Angebots</translation>
    </message>
    <message>
        <source>Customers on the list</source>
        <translation>Kunden auf der Liste</translation>
    </message>
    <message>
        <source>Expected churners reached</source>
        <translation>Erreichte erwartete Abwanderer</translation>
    </message>
    <message>
        <source>Expected customers kept</source>
        <translation>Erwartete gehaltene Kunden</translation>
    </message>
    <message>
        <source>Contact cost of the list</source>
        <translation>Kontaktkosten der Liste</translation>
    </message>
    <message>
        <source>Value at risk on the list</source>
        <translation>Gefährdeter Wert auf der Liste</translation>
    </message>
    <message>
        <source>Expected saved revenue</source>
        <translation>Erwarteter geretteter Umsatz</translation>
    </message>
    <message>
        <source>Expected net value</source>
        <translation>Erwarteter Nettowert</translation>
    </message>
    <message>
        <source>Customers without a value (counted as 0)</source>
        <translation>Kunden ohne Wert (als 0 gezählt)</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Scores in-sample</source>
        <translation>Bewertungen auf Trainingsdaten</translation>
    </message>
    <message>
        <source>unknown (the model does not record its training data)</source>
        <translation>unbekannt (das Modell vermerkt seine Trainingsdaten nicht)</translation>
    </message>
    <message>
        <source>yes: these customers are the model&apos;s training data, so the scores look better than they will on new customers</source>
        <translation>ja: diese Kunden sind die Trainingsdaten des Modells, daher sehen die Bewertungen besser aus, als sie bei neuen Kunden sein werden</translation>
    </message>
    <message>
        <source>no: the model was trained on other data</source>
        <translation>nein: das Modell wurde mit anderen Daten trainiert</translation>
    </message>
    <message>
        <source>Churn threshold of the model</source>
        <translation>Abwanderungsschwelle des Modells</translation>
    </message>
    <message>
        <source>Reason effects</source>
        <translation>Wirkung der Gründe</translation>
    </message>
    <message>
        <source>percentage points of churn probability the reason adds (+) or takes away (−)</source>
        <translation>Prozentpunkte Abwanderungswahrscheinlichkeit, die der Grund hinzufügt (+) oder abzieht (−)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Preparing the data for the trees</source>
        <translation>Daten für die Entscheidungsbäume werden vorbereitet</translation>
    </message>
    <message>
        <source>High: probability of at least %1, the model&apos;s decision threshold (customers it predicts to leave).
Medium: at least %2, half of that threshold.
Low: below %2.</source>
        <translation>Hoch: Wahrscheinlichkeit von mindestens %1, der Entscheidungsschwelle des Modells (Kunden, deren Abwanderung es vorhersagt).
Mittel: mindestens %2, die Hälfte dieser Schwelle.
Niedrig: unter %2.</translation>
    </message>
    <message>
        <source>High: probability of at least %1.
Medium: at least %2.
Low: below %2.
(Cut points set in Preferences.)</source>
        <translation>Hoch: Wahrscheinlichkeit von mindestens %1.
Mittel: mindestens %2.
Niedrig: unter %2.
(Grenzen in den Einstellungen festgelegt.)</translation>
    </message>
    <message>
        <source>High: probability of at least %1, more likely to leave than to stay.
Medium: at least %2, more likely to leave than the average customer of the training data.
Low: below %2.</source>
        <translation>Hoch: Wahrscheinlichkeit von mindestens %1 – eher Abwanderung als Verbleib.
Mittel: mindestens %2 – höhere Abwanderungsgefahr als beim durchschnittlichen Kunden der Trainingsdaten.
Niedrig: unter %2.</translation>
    </message>
    <message>
        <source>The high-risk cut point must be above 0 and at most 1 (got %1).</source>
        <translation>Die Grenze für hohes Risiko muss größer als 0 und höchstens 1 sein (angegeben: %1).</translation>
    </message>
    <message>
        <source>Unknown risk level rule &quot;%1&quot;.</source>
        <translation>Unbekannte Regel für Risikostufen „%1“.</translation>
    </message>
    <message>
        <source>Currency symbol for the PDF&apos;s money figures, such as $ or € (default: the currency set in Preferences, else the locale&apos;s; &quot;&quot; for none).</source>
        <translation>Währungssymbol für die Geldbeträge im PDF, etwa $ oder € (Standard: die Währung aus den Einstellungen, sonst die des Gebietsschemas; &quot;&quot; für keines).</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>High risk from this probability (default: the risk level rule of the preferences; unless changed 0.5, more likely to leave than to stay).</source>
        <translation>Hohes Risiko ab dieser Wahrscheinlichkeit (Standard: die Regel für Risikostufen aus den Einstellungen; sofern nicht geändert 0,5, eher gehen als bleiben).</translation>
    </message>
    <message>
        <source>Medium risk from this probability (default: the risk level rule of the preferences; unless changed the training data&apos;s churn rate).</source>
        <translation>Mittleres Risiko ab dieser Wahrscheinlichkeit (Standard: die Regel für Risikostufen aus den Einstellungen; sofern nicht geändert die Abwanderungsrate der Trainingsdaten).</translation>
    </message>
    <message>
        <source>Currency of the money figures and the Excel headers: a code such as EUR or USD, or a symbol such as € (default: the locale&apos;s).</source>
        <translation>Währung der Geldbeträge und der Excel-Spaltenköpfe: ein Code wie EUR oder USD oder ein Symbol wie € (Standard: die der Spracheinstellung).</translation>
    </message>
    <message>
        <source>--currency must be a currency code such as EUR or USD, or a symbol such as € or $</source>
        <translation>--currency muss ein Währungscode wie EUR oder USD oder ein Symbol wie € oder $ sein</translation>
    </message>
    <message>
        <source>version %1 of project %2</source>
        <translation>Version %1 des Projekts %2</translation>
    </message>
    <message>
        <source>%1 per customer (no monthly charges column)</source>
        <translation>%1 je Kunde (keine Spalte mit Monatsgebühren)</translation>
    </message>
    <message>
        <source>%1 × %2 months</source>
        <translation>%1 × %2 Monate</translation>
    </message>
    <message>
        <source>This model was trained on this very data (%1 of these %2 customers): their scores are in-sample and look better than the model will do on new customers.</source>
        <translation>Dieses Modell wurde mit genau diesen Daten trainiert (%1 dieser %2 Kunden): Ihre Bewertungen stammen aus den Trainingsdaten und sehen besser aus, als das Modell bei neuen Kunden sein wird.</translation>
    </message>
    <message>
        <source>This model was trained on this very data: these scores are in-sample and look better than the model will do on new customers.</source>
        <translation>Dieses Modell wurde mit genau diesen Daten trainiert: Diese Bewertungen stammen aus den Trainingsdaten und sehen besser aus, als das Modell bei neuen Kunden sein wird.</translation>
    </message>
</context>
<context>
    <name>churnlens::AnnotateDialog</name>
    <message>
        <source>Note and Tags of Run %1</source>
        <translation>Notiz und Tags von Lauf %1</translation>
    </message>
    <message>
        <source>What was tried, what came out</source>
        <translation>Was wurde versucht, was kam heraus</translation>
    </message>
    <message>
        <source>baseline, march, with SMOTE</source>
        <translation>Baseline, März, mit SMOTE</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Separate tags with commas. The filter above the runs table finds runs by note and tags.</source>
        <translation>Trennen Sie Tags durch Kommas. Der Filter über der Tabelle der Läufe findet Läufe anhand von Notiz und Tags.</translation>
    </message>
</context>
<context>
    <name>churnlens::BeeswarmWidget</name>
    <message>
        <source>How each field pushes churn risk, customer by customer</source>
        <translation>Wie jedes Feld das Abwanderungsrisiko verschiebt, Kunde für Kunde</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Feldwert</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>◀ lowers churn risk      effect on the churn score      raises churn risk ▶</source>
        <translation>◀ senkt das Risiko      Wirkung auf das Abwanderungsrisiko      erhöht das Risiko ▶</translation>
    </message>
    <message>
        <source>Customer %1
%2 = %3
effect on the churn score %4 (log-odds)</source>
        <translation>Kunde %1
%2 = %3
Wirkung auf das Abwanderungsrisiko %4 (Log-Odds)</translation>
    </message>
</context>
<context>
    <name>churnlens::BoxPlotChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 values)&lt;br&gt;median %3&lt;br&gt;quartiles %4 – %5&lt;br&gt;whiskers %6 – %7&lt;br&gt;outliers: %8 low, %9 high</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 Werte)&lt;br&gt;Median %3&lt;br&gt;Quartile %4 – %5&lt;br&gt;Whisker %6 – %7&lt;br&gt;Ausreißer: %8 niedrig, %9 hoch</translation>
    </message>
    <message>
        <source>Spread and outliers of %1</source>
        <translation>Streuung und Ausreißer von %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Quartiles and whiskers</source>
        <translation>Quartile und Whisker</translation>
    </message>
    <message>
        <source>Outlier: %1</source>
        <translation>Ausreißer: %1</translation>
    </message>
    <message>
        <source>Outlier beyond the axis: %1</source>
        <translation>Ausreißer jenseits der Achse: %1</translation>
    </message>
    <message>
        <source>Outliers (a sample is drawn)</source>
        <translation>Ausreißer (Stichprobe)</translation>
    </message>
    <message>
        <source>Outliers beyond the axis</source>
        <translation>Ausreißer jenseits der Achse</translation>
    </message>
</context>
<context>
    <name>churnlens::CampaignPanel</name>
    <message>
        <source>Who goes on the list</source>
        <translation>Wer auf die Liste kommt</translation>
    </message>
    <message>
        <source>What a contact costs and what it is worth</source>
        <translation>Was ein Kontakt kostet und was er wert ist</translation>
    </message>
    <message>
        <source>Cost of one contact: a call, a mail, the offer itself</source>
        <translation>Kosten eines Kontakts: ein Anruf, eine E-Mail, das Angebot selbst</translation>
    </message>
    <message>
        <source>Share of would-be churners who accept the offer and stay. 30 % is a common planning figure; use your own campaigns&apos; rate.</source>
        <translation>Anteil der Abwanderungswilligen, die das Angebot annehmen und bleiben. 30 % ist ein üblicher Planwert; verwenden Sie die Quote Ihrer eigenen Kampagnen.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Kosten pro Kontakt</translation>
    </message>
    <message>
        <source>Offer accepted by</source>
        <translation>Angebot angenommen von</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Die Liste</translation>
    </message>
    <message>
        <source>Show only these customers in the table</source>
        <translation>Nur diese Kunden in der Tabelle zeigen</translation>
    </message>
    <message>
        <source>Customers to contact</source>
        <translation>Zu kontaktierende Kunden</translation>
    </message>
    <message>
        <source>Expected to churn among them</source>
        <translation>Davon voraussichtlich abwandernd</translation>
    </message>
    <message>
        <source>Expected to stay thanks to the offer</source>
        <translation>Dank des Angebots voraussichtlich gehalten</translation>
    </message>
    <message>
        <source>Contact cost</source>
        <translation>Kontaktkosten</translation>
    </message>
    <message>
        <source>Value at risk on the list</source>
        <translation>Gefährdeter Wert auf der Liste</translation>
    </message>
    <message>
        <source>Expected value of the campaign</source>
        <translation>Erwarteter Wert der Kampagne</translation>
    </message>
    <message>
        <source>Value of a kept customer</source>
        <translation>Wert eines gehaltenen Kunden</translation>
    </message>
    <message>
        <source>What keeping a customer is worth: their monthly charges times this many months</source>
        <translation>Was es wert ist, einen Kunden zu halten: seine monatlichen Gebühren mal diese Anzahl Monate</translation>
    </message>
    <message>
        <source>The data has no monthly charges column: every kept customer counts the same</source>
        <translation>Die Daten haben keine Spalte mit monatlichen Gebühren: jeder gehaltene Kunde zählt gleich</translation>
    </message>
    <message>
        <source>Planning the campaign</source>
        <translation>Kampagne wird geplant</translation>
    </message>
    <message>
        <source>Working out the list…</source>
        <translation>Liste wird ermittelt…</translation>
    </message>
    <message>
        <source>Score customers to plan a campaign.</source>
        <translation>Bewerten Sie Kunden, um eine Kampagne zu planen.</translation>
    </message>
    <message>
        <source>Expected value = accepted offers × value at risk − contact cost. Ranked by churn probability × customer value.</source>
        <translation>Erwarteter Wert = angenommene Angebote × gefährdeter Wert − Kontaktkosten. Sortiert nach Abwanderungswahrscheinlichkeit × Kundenwert.</translation>
    </message>
    <message>
        <source>%1 customers on the list have no value (counted as 0).</source>
        <translation>%1 Kunden auf der Liste haben keinen Wert (zählen als 0).</translation>
    </message>
    <message>
        <source>Customers who would cost more than they are expected to bring are left out.</source>
        <translation>Kunden, die mehr kosten würden, als sie voraussichtlich einbringen, werden weggelassen.</translation>
    </message>
    <message>
        <source>Churn probability at least</source>
        <translation>Abwanderungswahrscheinlichkeit mindestens</translation>
    </message>
    <message>
        <source>The most worth contacting</source>
        <translation>Die lohnendsten Kontakte</translation>
    </message>
    <message>
        <source>As many as a budget pays for</source>
        <translation>So viele, wie ein Budget bezahlt</translation>
    </message>
    <message>
        <source>Everyone the model rates at least this likely to leave, riskiest first</source>
        <translation>Alle, deren Kündigung das Modell für mindestens so wahrscheinlich hält, riskanteste zuerst</translation>
    </message>
    <message>
        <source>This many customers, ranked by churn probability × customer value</source>
        <translation>So viele Kunden, geordnet nach Abwanderungswahrscheinlichkeit × Kundenwert</translation>
    </message>
    <message>
        <source>As many customers as the budget pays for at the cost per contact, most valuable first</source>
        <translation>So viele Kunden, wie das Budget bei den Kosten pro Kontakt bezahlt, wertvollste zuerst</translation>
    </message>
    <message>
        <source>Value: %1 ×</source>
        <translation>Wert: %1 ×</translation>
    </message>
</context>
<context>
    <name>churnlens::ChartPanel</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Save this chart as an SVG drawing (scales without blur)</source>
        <translation>Dieses Diagramm als SVG-Grafik speichern (skaliert ohne Unschärfe)</translation>
    </message>
    <message>
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>Copy the numbers behind this chart as CSV</source>
        <translation>Die Zahlen hinter diesem Diagramm als CSV kopieren</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Es gibt kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Created with ChurnLens</source>
        <translation>Erstellt mit ChurnLens</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
</context>
<context>
    <name>churnlens::ChartStyle</name>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Geblieben</translation>
    </message>
    <message>
        <source>No churn value</source>
        <translation>Kein Abwanderungswert</translation>
    </message>
</context>
<context>
    <name>churnlens::ChurnRateChart</name>
    <message numerus="yes">
        <source>Other (%n levels)</source>
        <translation>
            <numerusform>Sonstige (%n Wert)</numerusform>
            <numerusform>Sonstige (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>%1% interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
    <message>
        <source>All customers: %1</source>
        <translation>Alle Kunden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Churn rate %2 (%3 of %4 customers)&lt;br&gt;%5% interval %6 – %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Abwanderungsrate %2 (%3 von %4 Kunden)&lt;br&gt;%5-%-Intervall %6 – %7</translation>
    </message>
</context>
<context>
    <name>churnlens::ColumnModel</name>
    <message>
        <source>Click to read this column as another type</source>
        <translation>Klicken, um diese Spalte als anderen Typ zu lesen</translation>
    </message>
    <message>
        <source>Click to change what the column is used for</source>
        <translation>Klicken, um zu ändern, wofür die Spalte verwendet wird</translation>
    </message>
    <message>
        <source>Business meaning, used to build extra features (click to change)</source>
        <translation>Geschäftliche Bedeutung, dient zum Bilden zusätzlicher Merkmale (zum Ändern klicken)</translation>
    </message>
    <message>
        <source>%1 of %2 rows are missing</source>
        <translation>%1 von %2 Zeilen fehlen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Ausprägungen</translation>
    </message>
    <message>
        <source>How reasons and reports name this field (double-click to rename; clear it to go back to the default)</source>
        <translation>So heißt dieses Feld in Gründen und Berichten (Doppelklick zum Umbenennen; leeren, um zur Standardbezeichnung zurückzukehren)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>churnlens::ColumnPage</name>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Find a column</source>
        <translation>Spalte suchen</translation>
    </message>
    <message>
        <source>Tenure bands: 0–12, 12–24, 24+ months</source>
        <translation>Vertragsdauer-Klassen: 0–12, 12–24, 24+ Monate</translation>
    </message>
    <message>
        <source>Deciles</source>
        <translation>Dezile</translation>
    </message>
    <message>
        <source>How numeric values are grouped for the churn rate</source>
        <translation>Wie Zahlenwerte für die Abwanderungsrate gruppiert werden</translation>
    </message>
    <message>
        <source> · Cramér&apos;s V %1</source>
        <translation> · Cramérs V %1</translation>
    </message>
    <message>
        <source> · association with churn %1 (rank %2 of %3)</source>
        <translation> · Zusammenhang mit Abwanderung %1 (Rang %2 von %3)</translation>
    </message>
    <message>
        <source>Every value of “%1” is different (%2 distinct): it identifies customers, so there is no distribution to draw.</source>
        <translation>Jeder Wert von „%1“ ist anders (%2 verschiedene): die Spalte identifiziert Kunden, daher gibt es keine Verteilung zu zeichnen.</translation>
    </message>
    <message>
        <source>Churn rate by %1</source>
        <translation>Abwanderungsrate nach %1</translation>
    </message>
    <message>
        <source>Churn rate by %1 band</source>
        <translation>Abwanderungsrate nach %1-Klasse</translation>
    </message>
    <message>
        <source>Churn rate by %1 decile</source>
        <translation>Abwanderungsrate nach %1-Dezil</translation>
    </message>
    <message>
        <source>Choose the churn column in the Data view to see churn rates.</source>
        <translation>Wählen Sie die Abwanderungsspalte in der Datenansicht, um Abwanderungsraten zu sehen.</translation>
    </message>
    <message>
        <source>This is the churn column itself.</source>
        <translation>Dies ist die Abwanderungsspalte selbst.</translation>
    </message>
    <message>
        <source>“%1” identifies customers; churn rates per id say nothing.</source>
        <translation>„%1“ identifiziert Kunden; Abwanderungsraten pro ID sagen nichts aus.</translation>
    </message>
    <message>
        <source>“%1” is not used as a feature (its role is %2).</source>
        <translation>„%1“ wird nicht als Merkmal verwendet (ihre Rolle ist %2).</translation>
    </message>
    <message>
        <source>No customer with a churn value has a value here.</source>
        <translation>Kein Kunde mit Abwanderungswert hat hier einen Wert.</translation>
    </message>
</context>
<context>
    <name>churnlens::ComparePanel</name>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Runs %1</source>
        <translation>Läufe %1</translation>
    </message>
    <message>
        <source>Only what differs</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Select two or more runs in the table above to compare them side by side (hold Ctrl or Shift to select several).</source>
        <translation>Wählen Sie in der Tabelle oben zwei oder mehr Läufe aus, um sie nebeneinander zu vergleichen (halten Sie Ctrl oder Shift gedrückt, um mehrere auszuwählen).</translation>
    </message>
    <message>
        <source>Hide the settings and results that are the same in every run</source>
        <translation>Einstellungen und Ergebnisse ausblenden, die in jedem Lauf gleich sind</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>Precision–Recall</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Churners caught against stayers wrongly flagged, for every threshold: higher and further left is better.</source>
        <translation>Erkannte Abwanderer gegenüber fälschlich markierten Bleibenden, für jede Schwelle: höher und weiter links ist besser.</translation>
    </message>
    <message>
        <source>Share of flagged customers who churn against churners caught: higher is better.</source>
        <translation>Anteil der markierten Kunden, die abwandern, gegenüber erkannten Abwanderern: höher ist besser.</translation>
    </message>
    <message>
        <source>How the cross-validated ROC AUC changed with one parameter, for every set the search tried.</source>
        <translation>Wie sich die kreuzvalidierte ROC AUC mit einem Parameter verändert hat, für jede Kombination, die die Suche ausprobiert hat.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: every setting and result. Select another run too to compare them.</source>
        <translation>%1: alle Einstellungen und Ergebnisse. Wählen Sie zusätzlich einen weiteren Lauf aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>%1: all %2 settings and results are the same.</source>
        <translation>%1: alle %2 Einstellungen und Ergebnisse sind gleich.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 settings and results differ.</source>
        <translation>%1: %2 von %3 Einstellungen und Ergebnissen unterscheiden sich.</translation>
    </message>
    <message>
        <source>(The first %1 of the %2 selected runs are compared.)</source>
        <translation>(Die ersten %1 der %2 ausgewählten Läufe werden verglichen.)</translation>
    </message>
    <message>
        <source>None of these runs tried different model settings. Choose Tuning: &quot;Automatic&quot;, &quot;Grid search&quot; or &quot;Random search&quot; in the Train area to see here how each setting changes the result.</source>
        <translation>Keiner dieser Läufe hat verschiedene Modelleinstellungen ausprobiert. Wählen Sie im Bereich Trainieren bei Tuning „Automatisch“, „Rastersuche“ oder „Zufallssuche“, um hier zu sehen, wie jede Einstellung das Ergebnis verändert.</translation>
    </message>
</context>
<context>
    <name>churnlens::ComparisonCharts</name>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation>Lauf %1 — %2</translation>
    </message>
    <message>
        <source>ROC curves of the best models</source>
        <translation>ROC-Kurven der besten Modelle</translation>
    </message>
    <message>
        <source>Precision–recall curves of the best models</source>
        <translation>Precision-Recall-Kurven der besten Modelle</translation>
    </message>
    <message>
        <source>Stayers wrongly flagged</source>
        <translation>Fälschlich markierte Bleibende</translation>
    </message>
    <message>
        <source>Churners caught</source>
        <translation>Erkannte Abwanderer</translation>
    </message>
    <message>
        <source>Flagged who churn</source>
        <translation>Markierte, die abwandern</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>%1: every setting the tuning tried</source>
        <translation>%1: jede Einstellung, die das Tuning ausprobiert hat</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (logarithmische Skala)</translation>
    </message>
    <message>
        <source>CV ROC AUC</source>
        <translation>CV ROC AUC</translation>
    </message>
</context>
<context>
    <name>churnlens::ComparisonModel</name>
    <message>
        <source>Setting or result</source>
        <translation>Einstellung oder Ergebnis</translation>
    </message>
</context>
<context>
    <name>churnlens::ComparisonPanel</name>
    <message>
        <source>Both compared on %1 customers of %2 that neither model was trained on. The challenger learned from %3 customers (%4), with the champion&apos;s settings.</source>
        <translation>Beide wurden an %1 Kunden aus %2 verglichen, auf denen keines der beiden Modelle trainiert wurde. Der Herausforderer hat von %3 Kunden gelernt (%4), mit den Einstellungen des Champions.</translation>
    </message>
    <message>
        <source>this file alone</source>
        <translation>nur diese Datei</translation>
    </message>
    <message>
        <source>the training data and this file</source>
        <translation>die Trainingsdaten und diese Datei</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Champion %1</source>
        <translation>Champion %1</translation>
    </message>
    <message>
        <source>Challenger v%1</source>
        <translation>Herausforderer v%1</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>Herausforderer</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Right calls (accuracy)</source>
        <translation>Richtige Vorhersagen (Genauigkeit)</translation>
    </message>
    <message>
        <source>Flagged who left (precision)</source>
        <translation>Markierte, die abwanderten (Präzision)</translation>
    </message>
    <message>
        <source>Leavers caught (recall)</source>
        <translation>Erkannte Abwanderer (Trefferquote)</translation>
    </message>
    <message>
        <source>Balance of both (F1)</source>
        <translation>Ausgewogenheit beider (F1)</translation>
    </message>
    <message>
        <source>Ranking (ROC AUC)</source>
        <translation>Rangfolge (ROC AUC)</translation>
    </message>
    <message>
        <source>Precision–recall area (PR AUC)</source>
        <translation>Fläche Präzision–Trefferquote (PR AUC)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking (ROC AUC):&lt;/b&gt; %1 → %2, a difference of %3 (95% interval %4 to %5, %6; DeLong&apos;s test on %7 who left and %8 who stayed).</source>
        <translation>&lt;b&gt;Rangfolge (ROC AUC):&lt;/b&gt; %1 → %2, eine Differenz von %3 (95-%-Intervall %4 bis %5, %6; DeLong-Test an %7 Abwanderern und %8 gebliebenen Kunden).</translation>
    </message>
    <message>
        <source>DeLong&apos;s test compares the two models&apos; ROC AUC on the same customers. A p-value below 0.05 and an interval that does not include 0 mean the difference is unlikely to be chance.</source>
        <translation>Der DeLong-Test vergleicht die ROC AUC der beiden Modelle an denselben Kunden. Ein p-Wert unter 0,05 und ein Intervall, das 0 nicht enthält, bedeuten, dass der Unterschied wahrscheinlich kein Zufall ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaign value&lt;/b&gt; on these customers, contacting each model&apos;s list at its threshold: champion %1 (%2 contacted), challenger %3 (%4 contacted), difference %5 (95% interval %6 to %7). The challenger&apos;s list was worth more in %8 of %9 resamples.</source>
        <translation>&lt;b&gt;Kampagnenwert&lt;/b&gt; bei diesen Kunden, wenn die Liste jedes Modells bei seiner Schwelle kontaktiert wird: Champion %1 (%2 kontaktiert), Herausforderer %3 (%4 kontaktiert), Differenz %5 (95-%-Intervall %6 bis %7). Die Liste des Herausforderers war in %8 von %9 Wiederholungsstichproben mehr wert.</translation>
    </message>
    <message>
        <source>Each saved customer is worth %1 (monthly charge times months, or a fixed value); acceptance %2, contact cost %3, offer cost %4. The interval comes from resampling the customers 1,000 times.</source>
        <translation>Jeder gehaltene Kunde ist %1 wert (Monatsgebühr mal Monate oder ein fester Wert); Annahmequote %2, Kontaktkosten %3, Angebotskosten %4. Das Intervall ergibt sich aus 1.000-maligem Neuziehen der Kunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top lists:&lt;/b&gt; of the %1 customers each model ranks highest, %2 are on both lists (%3).</source>
        <translation>&lt;b&gt;Top-Listen:&lt;/b&gt; Von den %1 Kunden, die jedes Modell am höchsten einstuft, stehen %2 auf beiden Listen (%3).</translation>
    </message>
    <message>
        <source>A small overlap means switching models changes who gets contacted.</source>
        <translation>Eine geringe Überschneidung bedeutet, dass ein Modellwechsel ändert, wer kontaktiert wird.</translation>
    </message>
</context>
<context>
    <name>churnlens::ConfusionPanel</name>
    <message>
        <source>Back to chosen</source>
        <translation>Zurück zum gewählten Wert</translation>
    </message>
    <message>
        <source>Move to see what a lower threshold (more customers flagged) or a higher one (fewer, surer) would do on the test customers.</source>
        <translation>Verschieben Sie den Regler, um zu sehen, was ein niedrigerer Schwellenwert (mehr markierte Kunden) oder ein höherer (weniger, dafür sicherer) bei den Testkunden bewirken würde.</translation>
    </message>
    <message>
        <source>Customers with a churn probability at or above this are flagged.</source>
        <translation>Kunden mit einer Abwanderungswahrscheinlichkeit ab diesem Wert werden markiert.</translation>
    </message>
    <message>
        <source>Return to the threshold the rule chose on the training customers.</source>
        <translation>Zum Schwellenwert zurückkehren, den die Regel auf den Trainingskunden gewählt hat.</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged&lt;/b&gt;&lt;br&gt;predicted to churn</source>
        <translation>&lt;b&gt;Markiert&lt;/b&gt;&lt;br&gt;Abwanderung vorhergesagt</translation>
    </message>
    <message>
        <source>Customers at or above the threshold.</source>
        <translation>Kunden ab dem Schwellenwert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not flagged&lt;/b&gt;&lt;br&gt;predicted to stay</source>
        <translation>&lt;b&gt;Nicht markiert&lt;/b&gt;&lt;br&gt;Verbleib vorhergesagt</translation>
    </message>
    <message>
        <source>Customers below the threshold.</source>
        <translation>Kunden unter dem Schwellenwert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Churned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abgewandert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test customers who really left.</source>
        <translation>Testkunden, die tatsächlich gekündigt haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stayed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geblieben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test customers who really stayed.</source>
        <translation>Testkunden, die tatsächlich geblieben sind.</translation>
    </message>
    <message>
        <source>True positives: churners the model flags — the ones a retention campaign can reach.</source>
        <translation>Richtig positiv: Abwanderer, die das Modell markiert – die, die eine Kundenbindungskampagne erreichen kann.</translation>
    </message>
    <message>
        <source>False negatives: churners the model misses.</source>
        <translation>Falsch negativ: Abwanderer, die das Modell übersieht.</translation>
    </message>
    <message>
        <source>False positives: stayers flagged anyway — contacts that were not needed.</source>
        <translation>Falsch positiv: trotzdem markierte Gebliebene – Kontakte, die nicht nötig waren.</translation>
    </message>
    <message>
        <source>True negatives: stayers correctly left alone.</source>
        <translation>Richtig negativ: Gebliebene, die zu Recht nicht markiert wurden.</translation>
    </message>
    <message>
        <source>Precision: of the flagged customers, the share that really churned.</source>
        <translation>Präzision: der Anteil der markierten Kunden, der tatsächlich abgewandert ist.</translation>
    </message>
    <message>
        <source>Recall: of the churners, the share that was flagged.</source>
        <translation>Trefferquote: der Anteil der Abwanderer, der markiert wurde.</translation>
    </message>
    <message>
        <source>F1: the balance (harmonic mean) of precision and recall; 1 is perfect.</source>
        <translation>F1: das Gleichgewicht (harmonisches Mittel) aus Präzision und Trefferquote; 1 ist perfekt.</translation>
    </message>
    <message>
        <source>Accuracy: share of all test customers classified correctly.</source>
        <translation>Genauigkeit: Anteil aller Testkunden, die richtig eingeordnet wurden.</translation>
    </message>
    <message>
        <source>Value of the churners reached minus the cost of every contact, on the test customers, with the amounts from the threshold rule.</source>
        <translation>Wert der erreichten Abwanderer abzüglich der Kosten aller Kontakte, auf den Testkunden, mit den Beträgen aus der Schwellenwertregel.</translation>
    </message>
    <message>
        <source>Train a model to see whom it flags.</source>
        <translation>Trainieren Sie ein Modell, um zu sehen, wen es markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2 test customers&lt;/b&gt; — flagged from a churn probability of %3%4</source>
        <translation>&lt;b&gt;%1 auf %2 Testkunden&lt;/b&gt; — markiert ab einer Abwanderungswahrscheinlichkeit von %3%4</translation>
    </message>
    <message>
        <source> (the chosen threshold)</source>
        <translation> (der gewählte Schwellenwert)</translation>
    </message>
    <message>
        <source> (chosen: %1)</source>
        <translation> (gewählt: %1)</translation>
    </message>
    <message>
        <source>churners caught</source>
        <translation>erkannte Abwanderer</translation>
    </message>
    <message>
        <source>churners missed</source>
        <translation>übersehene Abwanderer</translation>
    </message>
    <message>
        <source>false alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <source>stayers left alone</source>
        <translation>korrekt nicht markiert</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 der %2</translation>
    </message>
    <message>
        <source>churners</source>
        <translation>Abwanderer</translation>
    </message>
    <message>
        <source>stayers</source>
        <translation>Gebliebenen</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>%1 of %2 test customers flagged (%3); %4 of them really churned.</source>
        <translation>%1 von %2 Testkunden markiert (%3); %4 davon sind tatsächlich abgewandert.</translation>
    </message>
    <message>
        <source>Expected profit of contacting them: %1 (contact %2, saved customer %3).</source>
        <translation>Erwarteter Gewinn, wenn sie kontaktiert werden: %1 (Kontakt %2, gehaltener Kunde %3).</translation>
    </message>
</context>
<context>
    <name>churnlens::DataOpener</name>
    <message>
        <source>Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Text files (*.csv *.tsv *.txt);;SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Kundendaten (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Textdateien (*.csv *.tsv *.txt);;SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Customer Data</source>
        <translation>Kundendaten öffnen</translation>
    </message>
    <message>
        <source>The file does not exist or is not a file.</source>
        <translation>Die Datei existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Check the name and the folder, or pick the file again with File &gt; Open.</source>
        <translation>Prüfen Sie Name und Ordner oder wählen Sie die Datei erneut über Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Creating sample customers</source>
        <translation>Beispielkunden werden erzeugt</translation>
    </message>
    <message>
        <source>Creating %1 sample customers…</source>
        <translation>%1 Beispielkunden werden erzeugt…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>Stop the work on this data?</source>
        <translation>Die Arbeit mit diesen Daten beenden?</translation>
    </message>
    <message>
        <source>Stop and Continue</source>
        <translation>Beenden und fortfahren</translation>
    </message>
</context>
<context>
    <name>churnlens::DataTableModel</name>
    <message>
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <source>%1
Type: %2 · Role: %3
Missing: %4 · Distinct: %5</source>
        <translation>%1
Typ: %2 · Rolle: %3
Fehlend: %4 · Ausprägungen: %5</translation>
    </message>
</context>
<context>
    <name>churnlens::DataView</name>
    <message>
        <source>The column that says whether a customer left</source>
        <translation>Die Spalte, die angibt, ob ein Kunde gekündigt hat</translation>
    </message>
    <message>
        <source>The value of the churn column that means the customer left</source>
        <translation>Der Wert der Abwanderungsspalte, der bedeutet, dass der Kunde gekündigt hat</translation>
    </message>
    <message>
        <source>Churn column:</source>
        <translation>Abwanderungsspalte:</translation>
    </message>
    <message>
        <source>Left when:</source>
        <translation>Abgewandert bei:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Data quality: one note</source>
        <translation>Datenqualität: ein Hinweis</translation>
    </message>
    <message>
        <source>Data quality: %1 notes</source>
        <translation>Datenqualität: %1 Hinweise</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cannot change the type of “%1”</source>
        <translation>Der Typ von „%1“ kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Another column is still being converted.</source>
        <translation>Eine andere Spalte wird noch umgewandelt.</translation>
    </message>
    <message>
        <source>Converting “%1” to %2</source>
        <translation>„%1“ wird in %2 umgewandelt</translation>
    </message>
    <message>
        <source>Find rows: a customer id, a value, a word…</source>
        <translation>Zeilen finden: eine Kunden-ID, ein Wert, ein Wort…</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text in any column (Ctrl+F). Esc clears it.</source>
        <translation>Zeigt nur die Zeilen, die diesen Text in irgendeiner Spalte enthalten (Strg+F). Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Searching… %1</source>
        <translation>Suche läuft… %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Searching the data</source>
        <translation>Daten werden durchsucht</translation>
    </message>
    <message>
        <source>Search stopped</source>
        <translation>Suche abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 von %2 Zeilen gefunden</translation>
    </message>
</context>
<context>
    <name>churnlens::DatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>ODBC data source</source>
        <translation>ODBC-Datenquelle</translation>
    </message>
    <message>
        <source>Firebird / InterBase</source>
        <translation>Firebird / InterBase</translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation>Oracle</translation>
    </message>
    <message>
        <source>IBM Db2</source>
        <translation>IBM Db2</translation>
    </message>
    <message>
        <source>%1 (driver not installed)</source>
        <translation>%1 (Treiber nicht installiert)</translation>
    </message>
    <message>
        <source>customers.sqlite</source>
        <translation>kunden.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Open SQLite File</source>
        <translation>SQLite-Datei öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Used for this connection only; never saved.</source>
        <translation>Nur für diese Verbindung verwendet; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is used for this connection only and is never saved.</source>
        <translation>Das Passwort wird nur für diese Verbindung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A &amp;table:</source>
        <translation>Eine T&amp;abelle:</translation>
    </message>
    <message>
        <source>A &amp;query (read-only SELECT):</source>
        <translation>Eine Ab&amp;frage (nur lesendes SELECT):</translation>
    </message>
    <message>
        <source>What to load</source>
        <translation>Was geladen wird</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Choose a SQLite file first.</source>
        <translation>Wählen Sie zuerst eine SQLite-Datei.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connected. The database has no tables; write a query.</source>
        <translation>Verbunden. Die Datenbank hat keine Tabellen; schreiben Sie eine Abfrage.</translation>
    </message>
    <message>
        <source>Connected: one table.</source>
        <translation>Verbunden: eine Tabelle.</translation>
    </message>
    <message>
        <source>Connected: %1 tables.</source>
        <translation>Verbunden: %1 Tabellen.</translation>
    </message>
</context>
<context>
    <name>churnlens::DependenceChart</name>
    <message>
        <source>How %1 moves churn risk</source>
        <translation>Wie %1 das Abwanderungsrisiko verändert</translation>
    </message>
    <message>
        <source>Raises churn risk</source>
        <translation>Erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Lowers churn risk</source>
        <translation>Senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2 customers with no value not shown)</source>
        <translation>%1 (%2 Kunden ohne Wert nicht gezeigt)</translation>
    </message>
    <message>
        <source>Effect on the churn score</source>
        <translation>Wirkung auf das Abwanderungsrisiko</translation>
    </message>
</context>
<context>
    <name>churnlens::DistributionChart</name>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n outlier(s) outside the range not drawn)</source>
        <translation>
            <numerusform>%1 (%n Ausreißer außerhalb des Bereichs nicht gezeichnet)</numerusform>
            <numerusform>%1 (%n Ausreißer außerhalb des Bereichs nicht gezeichnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Kunden</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 churned, %2 stayed (churn rate %3)</source>
        <translation>&lt;br&gt;%1 abgewandert, %2 geblieben (Abwanderungsrate %3)</translation>
    </message>
    <message>
        <source>Customers per %1</source>
        <translation>Kunden pro %1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 churned (%2), %3 stayed</source>
        <translation>&lt;br&gt;%1 abgewandert (%2), %3 geblieben</translation>
    </message>
</context>
<context>
    <name>churnlens::DriftTableModel</name>
    <message>
        <source>Not in this file</source>
        <translation>Nicht in dieser Datei</translation>
    </message>
    <message>
        <source>No values</source>
        <translation>Keine Werte</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>Gedriftet</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>KS %1</source>
        <extracomment>&quot;KS 0.12&quot; for a numeric field, &quot;χ² 35.2&quot; for a field with levels.</extracomment>
        <translation>KS %1</translation>
    </message>
    <message>
        <source>χ² %1</source>
        <translation>χ² %1</translation>
    </message>
    <message>
        <source>%1: a number, compared in %2 bins of the training data</source>
        <translation>%1: eine Zahl, verglichen in %2 Intervallen der Trainingsdaten</translation>
    </message>
    <message>
        <source>%1: levels, compared level by level</source>
        <translation>%1: Ausprägungen, verglichen Ausprägung für Ausprägung</translation>
    </message>
    <message>
        <source>Average: %1 in training → %2 in this file</source>
        <translation>Durchschnitt: %1 im Training → %2 in dieser Datei</translation>
    </message>
    <message>
        <source>A number in training, text in this file: only the values that read as numbers are compared.</source>
        <translation>Im Training eine Zahl, in dieser Datei Text: Nur die Werte, die sich als Zahlen lesen lassen, werden verglichen.</translation>
    </message>
    <message>
        <source>This file has no such column: the model treats every value as missing.</source>
        <translation>Diese Datei hat keine solche Spalte: Das Modell behandelt jeden Wert als fehlend.</translation>
    </message>
    <message>
        <source>New levels: %1</source>
        <translation>Neue Ausprägungen: %1</translation>
    </message>
    <message>
        <source>Drifted: %1</source>
        <translation>Gedriftet: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Training vs now</source>
        <extracomment>Column header: the two distributions drawn small.</extracomment>
        <translation>Training vs. jetzt</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <source>KS / χ²</source>
        <translation>KS / χ²</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>Column header: share of missing values, training → this file.</extracomment>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>New levels</source>
        <extracomment>Column header: share of values in levels the training data never had.</extracomment>
        <translation>Neue Ausprägungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
</context>
<context>
    <name>churnlens::DriversChart</name>
    <message>
        <source>Higher values go with more churn.</source>
        <translation>Höhere Werte gehen mit mehr Abwanderung einher.</translation>
    </message>
    <message>
        <source>Higher values go with less churn.</source>
        <translation>Höhere Werte gehen mit weniger Abwanderung einher.</translation>
    </message>
    <message>
        <source>What goes with churn</source>
        <translation>Was mit Abwanderung zusammenhängt</translation>
    </message>
    <message>
        <source>Association with churn (Cramér&apos;s V)</source>
        <translation>Zusammenhang mit Abwanderung (Cramérs V)</translation>
    </message>
    <message>
        <source>Bar length, for every field: Cramér&apos;s V between churn and the field&apos;s groups — a category&apos;s levels; a number&apos;s deciles (its values when it has 12 or fewer) — with missing values as a group, corrected for chance; 0 = no association, 1 = the field alone decides churn. A bar&apos;s tooltip names its groups and adds the single-field AUC. Association is not cause. Click a bar to open the column.</source>
        <translation>Balkenlänge, für jedes Feld: Cramérs V zwischen Abwanderung und den Gruppen des Felds – bei einer Kategorie ihre Ausprägungen, bei einer Zahl ihre Dezile (ihre Werte, wenn sie höchstens 12 hat) –, fehlende Werte als eigene Gruppe, um Zufall bereinigt; 0 = kein Zusammenhang, 1 = das Feld allein entscheidet über die Abwanderung. Der Tooltip eines Balkens nennt seine Gruppen und zeigt zusätzlich die AUC des einzelnen Felds. Zusammenhang ist keine Ursache. Klicken Sie auf einen Balken, um die Spalte zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>a number, grouped into %n value groups</source>
        <translation>
            <numerusform>eine Zahl, in %n Wertgruppe eingeteilt</numerusform>
            <numerusform>eine Zahl, in %n Wertgruppen eingeteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a category with %n levels</source>
        <translation>
            <numerusform>eine Kategorie mit %n Ausprägung</numerusform>
            <numerusform>eine Kategorie mit %n Ausprägungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Bar: Cramér&apos;s V %3 (bias-corrected) over these groups&lt;br&gt;mutual information %4 bits&lt;br&gt;single-field AUC %5 (not the bar&apos;s measure)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Balken: Cramérs V %3 (verzerrungskorrigiert) über diese Gruppen&lt;br&gt;Transinformation %4 Bit&lt;br&gt;AUC des einzelnen Felds %5 (nicht das Maß des Balkens)</translation>
    </message>
    <message>
        <source>Cramér&apos;s V: levels, or deciles of numbers (0 = none, 1 = decides churn)</source>
        <translation>Cramérs V: Ausprägungen bzw. Dezile bei Zahlen (0 = keiner, 1 = entscheidet über Abwanderung)</translation>
    </message>
</context>
<context>
    <name>churnlens::ErrorPresenter</name>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Value: “%1”</source>
        <translation>Wert: „%1“</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>churnlens::EvaluationCharts</name>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>Precision–Recall</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Each point is one threshold: churners caught (up) against stayers wrongly flagged (right). The closer the curve hugs the top left, the better; the dashed line is guessing.</source>
        <translation>Jeder Punkt ist ein Schwellenwert: erkannte Abwanderer (nach oben) gegen fälschlich markierte Gebliebene (nach rechts). Je enger die Kurve oben links anliegt, desto besser; die gestrichelte Linie entspricht Raten.</translation>
    </message>
    <message>
        <source>As the threshold drops, more churners are caught (right) but a smaller share of the flagged customers really churn (down). The dashed line is the churn rate: what guessing gives.</source>
        <translation>Mit sinkendem Schwellenwert werden mehr Abwanderer erkannt (nach rechts), aber ein kleinerer Anteil der markierten Kunden wandert tatsächlich ab (nach unten). Die gestrichelte Linie ist die Abwanderungsrate: das, was Raten ergibt.</translation>
    </message>
    <message>
        <source>How many times more churners the model&apos;s top customers hold than a random pick of the same size. A lift of 3 at 10% means the riskiest tenth holds three times the average churn.</source>
        <translation>Wie viel mehr Abwanderer die riskantesten Kunden des Modells enthalten als eine gleich große Zufallsauswahl. Ein Lift von 3 bei 10 % bedeutet, dass das riskanteste Zehntel die dreifache durchschnittliche Abwanderung aufweist.</translation>
    </message>
    <message>
        <source>Contact the riskiest customers first: the share of all churners you reach (up) for the share of customers you contact (right). The dashed line is contacting at random.</source>
        <translation>Die riskantesten Kunden zuerst kontaktieren: der Anteil aller Abwanderer, den Sie erreichen (nach oben), für den Anteil der Kunden, den Sie kontaktieren (nach rechts). Die gestrichelte Linie entspricht zufälliger Kontaktaufnahme.</translation>
    </message>
    <message>
        <source>Do the probabilities mean what they say? Customers are grouped by predicted probability; each point compares the prediction with the share that really churned. On the dashed line = honest.</source>
        <translation>Bedeuten die Wahrscheinlichkeiten, was sie aussagen? Kunden werden nach vorhergesagter Wahrscheinlichkeit gruppiert; jeder Punkt vergleicht die Vorhersage mit dem Anteil, der tatsächlich abgewandert ist. Auf der gestrichelten Linie = zuverlässig.</translation>
    </message>
    <message>
        <source>ROC curve — %1, AUC %2</source>
        <translation>ROC-Kurve — %1, AUC %2</translation>
    </message>
    <message>
        <source>Stayers wrongly flagged (false positive rate)</source>
        <translation>Fälschlich markierte Gebliebene (Falsch-positiv-Rate)</translation>
    </message>
    <message>
        <source>Guessing</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Precision–recall — %1, PR AUC %2</source>
        <translation>Precision–Recall — %1, PR AUC %2</translation>
    </message>
    <message>
        <source>Churners caught (recall)</source>
        <translation>Erkannte Abwanderer (Trefferquote)</translation>
    </message>
    <message>
        <source>Lift — %1</source>
        <translation>Lift — %1</translation>
    </message>
    <message>
        <source>Customers contacted, riskiest first (%)</source>
        <translation>Kontaktierte Kunden, riskanteste zuerst (%)</translation>
    </message>
    <message>
        <source>Lift (times the average churn)</source>
        <translation>Lift (Vielfaches der durchschnittlichen Abwanderung)</translation>
    </message>
    <message>
        <source>Random pick</source>
        <translation>Zufallsauswahl</translation>
    </message>
    <message>
        <source>Cumulative gains — %1</source>
        <translation>Kumulierte Gains — %1</translation>
    </message>
    <message>
        <source>Churners reached (%)</source>
        <translation>Erreichte Abwanderer (%)</translation>
    </message>
    <message>
        <source>Predicted churn probability</source>
        <translation>Vorhergesagte Abwanderungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Share who really churned</source>
        <translation>Anteil tatsächlich abgewandert</translation>
    </message>
    <message>
        <source>Perfectly calibrated</source>
        <translation>Perfekt kalibriert</translation>
    </message>
    <message>
        <source>At the threshold</source>
        <translation>Am Schwellenwert</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Calibration error %1 → %2 (calibrated: Platt scaling)</source>
        <translation>Kalibrierungsfehler %1 → %2 (kalibriert: Platt-Skalierung)</translation>
    </message>
    <message>
        <source>Calibration error %1 → %2 (calibrated: isotonic regression)</source>
        <translation>Kalibrierungsfehler %1 → %2 (kalibriert: isotone Regression)</translation>
    </message>
    <message>
        <source>Calibration error %1 (not calibrated: needs cross-validation)</source>
        <translation>Kalibrierungsfehler %1 (nicht kalibriert: braucht Kreuzvalidierung)</translation>
    </message>
    <message>
        <source>Calibration error %1 (no calibration needed)</source>
        <translation>Kalibrierungsfehler %1 (keine Kalibrierung nötig)</translation>
    </message>
    <message>
        <source>Calibration — %1</source>
        <translation>Kalibrierung — %1</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Uncalibrated</source>
        <translation>Unkalibriert</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Kalibriert</translation>
    </message>
    <message>
        <source>Churners caught (share)</source>
        <translation>Erkannte Abwanderer (Anteil)</translation>
    </message>
    <message>
        <source>Flagged who churn (share)</source>
        <translation>Markierte, die abwandern (Anteil)</translation>
    </message>
</context>
<context>
    <name>churnlens::ExplainView</name>
    <message>
        <source>These customers could not be scored, so there is nothing to explain.

%1</source>
        <translation>Diese Kunden konnten nicht bewertet werden, daher gibt es nichts zu erklären.

%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>One customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Highest Risk</source>
        <translation>Höchstes Risiko</translation>
    </message>
    <message>
        <source>The customer most likely to leave</source>
        <translation>Der Kunde, der am wahrscheinlichsten kündigt</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Dependence plot for</source>
        <translation>Abhängigkeitsdiagramm für</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; none yet — %1</source>
        <translation>&lt;b&gt;Modell:&lt;/b&gt; noch keins — %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Customers:&lt;/b&gt; %1 (%2)</source>
        <translation> · &lt;b&gt;Kunden:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>There is no model to explain yet.

Train one in the Train area, or open a saved model folder in “Score &amp; export”.</source>
        <translation>Es gibt noch kein Modell zum Erklären.

Trainieren Sie eines im Bereich Trainieren oder öffnen Sie einen gespeicherten Modellordner unter „Bewerten“.</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Kunden werden bewertet…</translation>
    </message>
    <message>
        <source>Open customer data to see why customers leave.</source>
        <translation>Öffnen Sie Kundendaten, um zu sehen, warum Kunden kündigen.</translation>
    </message>
    <message>
        <source>These customers could not be scored</source>
        <translation>Diese Kunden konnten nicht bewertet werden</translation>
    </message>
    <message>
        <source>Score the customers to explain them.</source>
        <translation>Bewerten Sie die Kunden, um sie zu erklären.</translation>
    </message>
    <message>
        <source>Working out which fields matter…</source>
        <translation>Es wird ermittelt, welche Felder zählen…</translation>
    </message>
    <message>
        <source>Explaining customers</source>
        <translation>Kunden werden erklärt</translation>
    </message>
    <message>
        <source>No explanation for these customers: %1</source>
        <translation>Keine Erklärung für diese Kunden: %1</translation>
    </message>
    <message>
        <source>Dots: an evenly spread sample of %1 of the %2 customers, for drawing only. The importance bars use all of them. Hover a dot to see the customer.</source>
        <translation>Punkte: eine gleichmäßig verteilte Stichprobe von %1 der %2 Kunden, nur zur Darstellung. Die Wichtigkeitsbalken verwenden alle. Zeigen Sie auf einen Punkt, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <source>One dot per customer (%1). Hover a dot to see the customer.</source>
        <translation>Ein Punkt pro Kunde (%1). Zeigen Sie auf einen Punkt, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <source>No dependence plot for this field.</source>
        <translation>Kein Abhängigkeitsdiagramm für dieses Feld.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;No customer with the id “%2”.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Kein Kunde mit der ID „%2“.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This customer could not be scored.</source>
        <translation>Dieser Kunde konnte nicht bewertet werden.</translation>
    </message>
    <message>
        <source>Churn probability &lt;b&gt;%1&lt;/b&gt; · &lt;span style=&quot;background-color:%2; color:%3;&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;</source>
        <translation>Abwanderungswahrscheinlichkeit &lt;b&gt;%1&lt;/b&gt; · &lt;span style=&quot;background-color:%2; color:%3;&quot;&gt;&amp;nbsp;%4&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Explaining the customer</source>
        <translation>Der Kunde wird erklärt</translation>
    </message>
    <message>
        <source>This model cannot re-score customers: %1</source>
        <translation>Dieses Modell kann Kunden nicht neu bewerten: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 · predicts churn from %2</source>
        <translation>&lt;b&gt;Modell:&lt;/b&gt; %1 · sagt Abwanderung ab %2 voraus</translation>
    </message>
</context>
<context>
    <name>churnlens::ExplanationDriftModel</name>
    <message>
        <source>%1 → %2 %3%4</source>
        <extracomment>A field&apos;s rank in training → now, and how many places it moved (▲ up, ▼ down): &quot;4 → 7 ▼3&quot;.</extracomment>
        <translation>%1 → %2 %3%4</translation>
    </message>
    <message>
        <source>%1 matters more to the model&apos;s answers on this file than in training.</source>
        <translation>%1 ist für die Antworten des Modells bei dieser Datei wichtiger als im Training.</translation>
    </message>
    <message>
        <source>%1 matters less to the model&apos;s answers on this file than in training.</source>
        <translation>%1 ist für die Antworten des Modells bei dieser Datei weniger wichtig als im Training.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>Column header: mean |SHAP| in the training data.</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>This file</source>
        <extracomment>Column header: mean |SHAP| in this file.</extracomment>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Mean |SHAP|: how far this field pushes a customer&apos;s churn score on average (in the model&apos;s log-odds), either way.</source>
        <translation>Mittleres |SHAP|: wie stark dieses Feld den Abwanderungs-Score eines Kunden im Durchschnitt verschiebt (in den Log-Odds des Modells), in beide Richtungen.</translation>
    </message>
    <message>
        <source>The field&apos;s place among all fields by mean |SHAP| (1 = matters most): in training → in this file.</source>
        <translation>Platz des Felds unter allen Feldern nach mittlerem |SHAP| (1 = am wichtigsten): im Training → in dieser Datei.</translation>
    </message>
</context>
<context>
    <name>churnlens::ExploreCards</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>With a missing value</source>
        <translation>Mit fehlendem Wert</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Doppelte Zeilen</translation>
    </message>
    <message>
        <source>Data-quality warnings</source>
        <translation>Warnungen zur Datenqualität</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 churned · %2 stayed</source>
        <translation>%1 abgewandert · %2 geblieben</translation>
    </message>
    <message>
        <source>Churn column “%1”, churned when “%2”</source>
        <translation>Abwanderungsspalte „%1“, abgewandert bei „%2“</translation>
    </message>
    <message>
        <source>no churn column chosen</source>
        <translation>keine Abwanderungsspalte gewählt</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of rows</source>
        <translation>%1 der Zeilen</translation>
    </message>
    <message>
        <source>%1 of rows, ignoring %2</source>
        <translation>%1 der Zeilen, ohne %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n possible leak(s) of the outcome</source>
        <translation>
            <numerusform>%n mögliches Datenleck</numerusform>
            <numerusform>%n mögliche Datenlecks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus %n note(s)</source>
        <translation>
            <numerusform>dazu %n Hinweis</numerusform>
            <numerusform>dazu %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>see Drivers and quality</source>
        <translation>siehe Treiber und Qualität</translation>
    </message>
    <message numerus="yes">
        <source>nothing serious; %n note(s)</source>
        <translation>
            <numerusform>nichts Ernstes; %n Hinweis</numerusform>
            <numerusform>nichts Ernstes; %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to fix</source>
        <translation>nichts zu beheben</translation>
    </message>
</context>
<context>
    <name>churnlens::ExploreView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Profile again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data quality&lt;/b&gt; — double-click a finding to open its column</source>
        <translation>&lt;b&gt;Datenqualität&lt;/b&gt; — Doppelklick auf einen Befund öffnet seine Spalte</translation>
    </message>
    <message>
        <source>Drivers and quality</source>
        <translation>Treiber und Qualität</translation>
    </message>
    <message>
        <source>Column details</source>
        <translation>Spaltendetails</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source>Open customer data to explore it.</source>
        <translation>Öffnen Sie Kundendaten, um sie zu erkunden.</translation>
    </message>
    <message>
        <source>Profiling %1 customers…</source>
        <translation>%1 Kunden werden analysiert…</translation>
    </message>
    <message>
        <source>Profiling…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Profiling was canceled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Choose the churn column in the Data view to see what goes with churn.</source>
        <translation>Wählen Sie die Abwanderungsspalte in der Datenansicht, um zu sehen, was mit Abwanderung zusammenhängt.</translation>
    </message>
    <message>
        <source>No feature columns to compare with churn.</source>
        <translation>Keine Merkmalsspalten zum Vergleich mit der Abwanderung.</translation>
    </message>
    <message>
        <source>No missing values in any column.</source>
        <translation>In keiner Spalte fehlen Werte.</translation>
    </message>
    <message>
        <source>No data-quality problems found.</source>
        <translation>Keine Probleme mit der Datenqualität gefunden.</translation>
    </message>
    <message>
        <source>Correlation of numeric columns (Pearson, pairwise complete)</source>
        <translation>Korrelation numerischer Spalten (Pearson, paarweise vollständig)</translation>
    </message>
    <message>
        <source>Correlations need at least two numeric feature columns.</source>
        <translation>Korrelationen brauchen mindestens zwei numerische Merkmalsspalten.</translation>
    </message>
</context>
<context>
    <name>churnlens::HeatmapWidget</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;r = %3 over %4 rows with both values</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;r = %3 über %4 Zeilen mit beiden Werten</translation>
    </message>
    <message>
        <source>undefined (no spread)</source>
        <translation>nicht definiert (keine Streuung)</translation>
    </message>
</context>
<context>
    <name>churnlens::HelpWindow</name>
    <message>
        <source>ChurnLens User Guide</source>
        <translation>ChurnLens-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>churnlens::HistoryModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Champion (before → after)</source>
        <translation>Champion (vorher → nachher)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>churnlens::HowComputedPanel</name>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
</context>
<context>
    <name>churnlens::ImpactCards</name>
    <message>
        <source>Revenue at risk over 1 month</source>
        <translation>Gefährdeter Umsatz in 1 Monat</translation>
    </message>
    <message>
        <source>Revenue at risk over %1 months</source>
        <translation>Gefährdeter Umsatz in %1 Monaten</translation>
    </message>
    <message>
        <source>Customers scored</source>
        <translation>Bewertete Kunden</translation>
    </message>
    <message>
        <source>Predicted churn rate</source>
        <translation>Vorhergesagte Abwanderung</translation>
    </message>
    <message>
        <source>At high risk</source>
        <translation>Mit hohem Risiko</translation>
    </message>
    <message>
        <source>Revenue at risk per month</source>
        <translation>Gefährdeter Umsatz pro Monat</translation>
    </message>
    <message>
        <source>of %1 in %2</source>
        <translation>von %1 in %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Customers in %1 that the model %2 gave a churn probability: %3 of %4 rows.%5</source>
        <translation>Kunden in %1, denen das Modell %2 eine Abwanderungswahrscheinlichkeit gab: %3 von %4 Zeilen.%5</translation>
    </message>
    <message>
        <source> Rows it could not score are left out of every figure.</source>
        <translation> Zeilen, die es nicht bewerten konnte, fehlen in allen Zahlen.</translation>
    </message>
    <message>
        <source>training data: %1</source>
        <translation>Trainingsdaten: %1</translation>
    </message>
    <message>
        <source>training rate not recorded</source>
        <translation>Rate der Trainingsdaten nicht gespeichert</translation>
    </message>
    <message>
        <source>The average churn probability of the %1 scored customers: the model expects about %2 of them to leave.</source>
        <translation>Die mittlere Abwanderungswahrscheinlichkeit der %1 bewerteten Kunden: Das Modell erwartet, dass etwa %2 von ihnen gehen.</translation>
    </message>
    <message>
        <source>In the data the model was trained on, %1 of customers left.</source>
        <translation>In den Trainingsdaten des Modells sind %1 der Kunden gegangen.</translation>
    </message>
    <message>
        <source> · recorded: %1</source>
        <translation> · erfasst: %1</translation>
    </message>
    <message>
        <source>This file records what happened for %1 customers: %2 of them left.</source>
        <translation>Diese Datei hält für %1 Kunden fest, was geschah: %2 von ihnen sind gegangen.</translation>
    </message>
    <message>
        <source>%1 of customers · probability %2 or more</source>
        <translation>%1 der Kunden · Wahrscheinlichkeit ab %2</translation>
    </message>
    <message>
        <source>Customers whose churn probability is %1 or more (the high-risk line, set in Score &amp; export). Medium risk (from %2): %3 customers; low risk: %4.</source>
        <translation>Kunden mit einer Abwanderungswahrscheinlichkeit ab %1 (die Grenze für hohes Risiko, einstellbar unter Bewerten &amp; Exportieren). Mittleres Risiko (ab %2): %3 Kunden; niedriges Risiko: %4.</translation>
    </message>
    <message>
        <source>The data has no monthly charges column. Choose a value column or a fixed monthly value in the campaign simulator to see the money at risk.</source>
        <translation>Die Daten haben keine Spalte mit Monatsgebühren. Wählen Sie im Kampagnenrechner eine Wertspalte oder einen festen Monatswert, um den gefährdeten Umsatz zu sehen.</translation>
    </message>
    <message>
        <source>no monthly charges column</source>
        <translation>keine Spalte mit Monatsgebühren</translation>
    </message>
    <message>
        <source>a fixed monthly value of %1 per customer</source>
        <translation>einen festen Monatswert von %1 je Kunde</translation>
    </message>
    <message>
        <source>the monthly charges in column “%1”</source>
        <translation>die Monatsgebühren in der Spalte „%1“</translation>
    </message>
    <message>
        <source>Σ (churn probability × monthly charge) over the %1 scored customers with a charge, using %2.</source>
        <translation>Σ (Abwanderungswahrscheinlichkeit × Monatsgebühr) über die %1 bewerteten Kunden mit einer Gebühr, nach %2.</translation>
    </message>
    <message>
        <source>1 customer without a charge is left out.</source>
        <translation>1 Kunde ohne Gebühr bleibt außen vor.</translation>
    </message>
    <message>
        <source>%1 customers without a charge are left out.</source>
        <translation>%1 Kunden ohne Gebühr bleiben außen vor.</translation>
    </message>
    <message>
        <source>Of it, %1 comes from the customers at high risk.</source>
        <translation>Davon entfallen %1 auf die Kunden mit hohem Risiko.</translation>
    </message>
    <message>
        <source>%1 of %2 a month</source>
        <translation>%1 von %2 im Monat</translation>
    </message>
    <message>
        <source>the monthly figure × %1</source>
        <translation>der Monatswert × %1</translation>
    </message>
    <message>
        <source>Revenue at risk per month (%1) × %2 months: what the customers likely to leave would pay over that time if they stayed. The months are the simulator&apos;s “months a kept customer is worth”.</source>
        <translation>Gefährdeter Umsatz pro Monat (%1) × %2 Monate: was die Kunden, die wohl gehen, in dieser Zeit zahlen würden, wenn sie blieben. Die Monate sind die des Kampagnenrechners („ein gehaltener Kunde ist wert“).</translation>
    </message>
</context>
<context>
    <name>churnlens::ImpactCharts</name>
    <message>
        <source>No segments to show.</source>
        <translation>Es gibt keine Segmente zum Anzeigen.</translation>
    </message>
    <message>
        <source>Bars: revenue at risk per month · predicted churn rate · customers</source>
        <translation>Balken: gefährdeter Umsatz/Monat · erwartete Abwanderungsquote · Kunden</translation>
    </message>
    <message>
        <source>Bars: expected churners · predicted churn rate · customers</source>
        <translation>Balken: erwartete Abwanderer · vorhergesagte Abwanderungsquote · Kunden</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more segment(s)</source>
        <translation>
            <numerusform>+ %n weiteres Segment</numerusform>
            <numerusform>+ %n weitere Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>The trend appears once the project holds two or more scorings.</source>
        <translation>Der Verlauf erscheint, sobald das Projekt zwei oder mehr Bewertungen enthält.</translation>
    </message>
    <message>
        <source>High-risk customers</source>
        <translation>Kunden mit hohem Risiko</translation>
    </message>
    <message>
        <source>Revenue at risk per month</source>
        <translation>Gefährdeter Umsatz pro Monat</translation>
    </message>
    <message>
        <source>Churn rate: predicted (dashed) and realised</source>
        <translation>Abwanderungsquote: vorhergesagt (gestrichelt) und tatsächlich</translation>
    </message>
    <message>
        <source>Predicted churn rate</source>
        <translation>Vorhergesagte Abwanderung</translation>
    </message>
    <message>
        <source>No customers were scored: there is no curve to draw.</source>
        <translation>Es wurden keine Kunden bewertet: Es gibt keine Kurve zu zeichnen.</translation>
    </message>
    <message>
        <source>Expected net saving</source>
        <translation>Erwartete Nettoersparnis</translation>
    </message>
    <message>
        <source>10–90% range</source>
        <translation>Spanne 10–90%</translation>
    </message>
    <message>
        <source>Best share</source>
        <translation>Bester Anteil</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Customers contacted, highest expected saving first</source>
        <translation>Kontaktierte Kunden, höchste erwartete Ersparnis zuerst</translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation>Nettoersparnis</translation>
    </message>
    <message>
        <source>Best within budget: %1 → %2</source>
        <translation>Optimum im Budget: %1 → %2</translation>
    </message>
    <message>
        <source>Best: %1 → %2</source>
        <translation>Optimum: %1 → %2</translation>
    </message>
    <message>
        <source>No campaign pays at these assumptions</source>
        <translation>Bei diesen Annahmen lohnt sich keine Kampagne</translation>
    </message>
    <message>
        <source>No customer values: no saving to compute</source>
        <translation>Keine Kundenwerte: keine Ersparnis zu berechnen</translation>
    </message>
    <message>
        <source>Model: expected churners</source>
        <translation>Modell: erwartete Abwanderer</translation>
    </message>
    <message>
        <source>Recorded churners</source>
        <translation>Erfasste Abwanderer</translation>
    </message>
    <message>
        <source>Random choice</source>
        <translation>Zufallsauswahl</translation>
    </message>
    <message>
        <source>Customers contacted, best first</source>
        <translation>Kontaktierte Kunden, beste zuerst</translation>
    </message>
    <message>
        <source>Share of churners reached</source>
        <translation>Anteil erreichter Abwanderer</translation>
    </message>
    <message>
        <source>%1 of customers → %2 of churners (lift %3×)</source>
        <translation>%1 der Kunden → %2 der Abwanderer (Lift %3×)</translation>
    </message>
    <message>
        <source>%1 of customers → %2 of churners</source>
        <translation>%1 der Kunden → %2 der Abwanderer</translation>
    </message>
</context>
<context>
    <name>churnlens::ImpactChartsGrid</name>
    <message>
        <source>The column that splits the customers into segments</source>
        <translation>Die Spalte, die die Kunden in Segmente teilt</translation>
    </message>
    <message>
        <source>Segments by:</source>
        <translation>Segmente nach:</translation>
    </message>
    <message>
        <source>Waiting for the scores…</source>
        <translation>Warten auf die Bewertung…</translation>
    </message>
    <message>
        <source>No customers to rank yet.</source>
        <translation>Noch keine Kunden zum Ordnen.</translation>
    </message>
    <message>
        <source>Net saving by share contacted</source>
        <translation>Nettoersparnis nach kontaktiertem Anteil</translation>
    </message>
    <message>
        <source>Likely leavers reached (gains)</source>
        <translation>Erreichte Abwanderer (Gains)</translation>
    </message>
    <message>
        <source>No column to split the customers by.</source>
        <translation>Keine Spalte, nach der sich die Kunden teilen lassen.</translation>
    </message>
    <message>
        <source>Revenue at risk per month by %1</source>
        <translation>Gefährdeter Umsatz pro Monat nach %1</translation>
    </message>
    <message>
        <source>Customers likely to leave by %1</source>
        <translation>Wahrscheinliche Abwanderer nach %1</translation>
    </message>
    <message>
        <source>The trend appears once this project holds several scorings (so far: %1).</source>
        <translation>Der Verlauf erscheint, sobald dieses Projekt mehrere Bewertungen enthält (bisher: %1).</translation>
    </message>
    <message>
        <source>The trend appears once several scorings are recorded in a project: save your work as a project and score each new customer file in it.</source>
        <translation>Der Verlauf erscheint, sobald ein Projekt mehrere Bewertungen enthält: Speichern Sie Ihre Arbeit als Projekt und bewerten Sie darin jede neue Kundendatei.</translation>
    </message>
    <message>
        <source>High risk and revenue at risk over time</source>
        <translation>Hohes Risiko und gefährdeter Umsatz im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>churnlens::ImpactNotes</name>
    <message>
        <source>calibrated with Platt scaling</source>
        <translation>kalibriert mit Platt-Skalierung</translation>
    </message>
    <message>
        <source>calibrated with isotonic regression</source>
        <translation>kalibriert mit isotoner Regression</translation>
    </message>
    <message>
        <source>no calibration step</source>
        <translation>ohne Kalibrierungsschritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The money figures assume the probabilities are right&lt;/b&gt;, and this model did not record how well they match what happened (no calibration error on its test rows). Treat the revenue at risk and the savings as rough estimates.</source>
        <translation>&lt;b&gt;⚠ Die Geldbeträge setzen voraus, dass die Wahrscheinlichkeiten stimmen&lt;/b&gt;, und dieses Modell hat nicht festgehalten, wie gut sie zum Geschehenen passen (kein Kalibrierungsfehler auf seinen Testzeilen). Nehmen Sie gefährdeten Umsatz und Ersparnis als grobe Schätzung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ The money figures assume the probabilities are right&lt;/b&gt;, but on its test rows this model&apos;s probabilities were off by %1 on average — more than the %2 that can be trusted. Treat the revenue at risk and the savings as rough estimates; a model trained with calibration (Train area) gives figures you can rely on.</source>
        <translation>&lt;b&gt;⚠ Die Geldbeträge setzen voraus, dass die Wahrscheinlichkeiten stimmen&lt;/b&gt;, doch auf seinen Testzeilen lagen die Wahrscheinlichkeiten dieses Modells im Mittel um %1 daneben – mehr als die %2, denen man trauen kann. Nehmen Sie gefährdeten Umsatz und Ersparnis als grobe Schätzung; ein mit Kalibrierung trainiertes Modell (Bereich Trainieren) liefert verlässliche Zahlen.</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Probabilities checked:&lt;/b&gt; on its test rows this model&apos;s probabilities were off by %1 on average, so the money figures can be read as expected values. They still rest on the assumptions below.</source>
        <translation>✓ &lt;b&gt;Wahrscheinlichkeiten geprüft:&lt;/b&gt; Auf seinen Testzeilen lagen die Wahrscheinlichkeiten dieses Modells im Mittel um %1 daneben; die Geldbeträge sind also Erwartungswerte. Sie beruhen weiterhin auf den Annahmen unten.</translation>
    </message>
    <message>
        <source>Calibration error: customers grouped by predicted probability; on average, how far the predicted churn rate of a group is from the share that actually left. Measured on the model&apos;s test rows when it was trained.</source>
        <translation>Kalibrierungsfehler: Kunden nach vorhergesagter Wahrscheinlichkeit gruppiert; wie weit die vorhergesagte Abwanderung einer Gruppe im Mittel vom tatsächlich gegangenen Anteil entfernt ist. Gemessen beim Training auf den Testzeilen des Modells.</translation>
    </message>
    <message>
        <source>This model: %1.</source>
        <translation>Dieses Modell: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; these are the customers the model was trained on, so it knows how they turned out. On new customers its figures will be less sharp.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Das sind die Kunden, auf denen das Modell trainiert wurde; es weiß also, wie es bei ihnen ausging. Bei neuen Kunden werden seine Zahlen weniger scharf sein.</translation>
    </message>
</context>
<context>
    <name>churnlens::ImpactView</name>
    <message>
        <source>These customers could not be scored.

%1</source>
        <translation>Diese Kunden konnten nicht bewertet werden.

%1</translation>
    </message>
    <message>
        <source>Export Report (PDF)…</source>
        <translation>Bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Save this page as a one- or two-page PDF report to print or send</source>
        <translation>Diese Seite als ein- oder zweiseitigen PDF-Bericht zum Drucken oder Versenden speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Campaign simulator</source>
        <translation>Kampagnenrechner</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers from &lt;b&gt;%2&lt;/b&gt; · model &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Kunden aus &lt;b&gt;%2&lt;/b&gt; · Modell &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What churn costs, and what a campaign would save&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Abwanderung kostet und was eine Kampagne sparen würde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no model to score with yet.

Train one in the Train area, or open a saved model folder with File ▸ Open Model…; this page then shows what churn costs and what a campaign would save.</source>
        <translation>Es gibt noch kein Modell zum Bewerten.

Trainieren Sie eines im Bereich Trainieren oder öffnen Sie einen gespeicherten Modellordner mit Datei ▸ Modell öffnen…; diese Seite zeigt dann, was Abwanderung kostet und was eine Kampagne sparen würde.</translation>
    </message>
    <message>
        <source>Open a customer file (File ▸ Open Data…) to see what churn costs and what a campaign would save.</source>
        <translation>Öffnen Sie eine Kundendatei (Datei ▸ Daten öffnen…), um zu sehen, was Abwanderung kostet und was eine Kampagne sparen würde.</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Kunden werden bewertet…</translation>
    </message>
    <message>
        <source>Score the customers in Score &amp; export to see what churn costs and what a campaign would save.</source>
        <translation>Bewerten Sie die Kunden unter Bewerten &amp; Exportieren, um zu sehen, was Abwanderung kostet und was eine Kampagne sparen würde.</translation>
    </message>
    <message>
        <source>Working out the impact figures…</source>
        <translation>Die Wirkungszahlen werden berechnet…</translation>
    </message>
    <message>
        <source>%1 (the default model)</source>
        <translation>%1 (das Standardmodell)</translation>
    </message>
    <message>
        <source>%1 (folder %2)</source>
        <translation>%1 (Ordner %2)</translation>
    </message>
    <message>
        <source>Working out the impact figures</source>
        <translation>Die Wirkungszahlen werden berechnet</translation>
    </message>
    <message>
        <source>The impact figures could not be worked out.

%1</source>
        <translation>Die Wirkungszahlen konnten nicht berechnet werden.

%1</translation>
    </message>
    <message>
        <source>impact-report-%1.pdf</source>
        <translation>wirkungsbericht-%1.pdf</translation>
    </message>
    <message>
        <source>Export the Impact Report</source>
        <translation>Wirkungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the impact report</source>
        <translation>Der Wirkungsbericht wird geschrieben</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Last report: %1</source>
        <translation>Letzter Bericht: %1</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>Bericht &amp;exportieren (PDF)…</translation>
    </message>
    <message>
        <source>The report is still being prepared.</source>
        <translation>Der Bericht wird noch erstellt.</translation>
    </message>
</context>
<context>
    <name>churnlens::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1 (westeuropäisch)</translation>
    </message>
    <message>
        <source>Yes, first row has column names</source>
        <translation>Ja, erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>No, first row is data</source>
        <translation>Nein, erste Zeile sind Daten</translation>
    </message>
    <message>
        <source>Point  1234.56</source>
        <translation>Punkt  1234.56</translation>
    </message>
    <message>
        <source>Comma  1234,56</source>
        <translation>Komma  1234,56</translation>
    </message>
    <message>
        <source>Cell values that mean &quot;unknown&quot;, separated by commas</source>
        <translation>Zellwerte, die „unbekannt“ bedeuten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Empty and blank cells are missing</source>
        <translation>Leere Zellen und Zellen nur mit Leerzeichen gelten als fehlend</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Automatisch finden</translation>
    </message>
    <message>
        <source>The column that says whether a customer left</source>
        <translation>Die Spalte, die angibt, ob ein Kunde gekündigt hat</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Kop&amp;fzeile:</translation>
    </message>
    <message>
        <source>D&amp;ecimal separator:</source>
        <translation>&amp;Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Missing values:</source>
        <translation>Fehlende &amp;Werte:</translation>
    </message>
    <message>
        <source>&amp;Churn column:</source>
        <translation>&amp;Abwanderungsspalte:</translation>
    </message>
    <message>
        <source>Show this preview every time I open a text file</source>
        <translation>Diese Vorschau jedes Mal zeigen, wenn ich eine Textdatei öffne</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading preview</source>
        <translation>Vorschau wird gelesen</translation>
    </message>
    <message>
        <source>, with BOM</source>
        <translation>, mit BOM</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>%1 columns, separated by %2 · %3 · %4 line endings</source>
        <translation>%1 Spalten, getrennt durch %2 · %3 · Zeilenende: %4</translation>
    </message>
    <message>
        <source>Showing the first %1 rows. Grey dashes are cells read as missing.</source>
        <translation>Die ersten %1 Zeilen werden gezeigt. Graue Striche sind Zellen, die als fehlend gelesen werden.</translation>
    </message>
    <message>
        <source>Showing all %1 rows. Grey dashes are cells read as missing.</source>
        <translation>Alle %1 Zeilen werden gezeigt. Graue Striche sind Zellen, die als fehlend gelesen werden.</translation>
    </message>
</context>
<context>
    <name>churnlens::IssueList</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What we noticed</source>
        <translation>Was uns aufgefallen ist</translation>
    </message>
    <message>
        <source>No problems found in this data.</source>
        <translation>In diesen Daten wurden keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>churnlens::LeaderboardModel</name>
    <message>
        <source>The best model: highest %1.</source>
        <translation>Das beste Modell: höchste %1.</translation>
    </message>
    <message>
        <source>cross-validated ROC AUC</source>
        <translation>kreuzvalidierte ROC AUC</translation>
    </message>
    <message>
        <source>test ROC AUC</source>
        <translation>Test-ROC-AUC</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Test customers: %1</source>
        <translation>Testkunden: %1</translation>
    </message>
    <message>
        <source>Cross-validation: %1 ± %2</source>
        <translation>Kreuzvalidierung: %1 ± %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>CV ROC AUC</source>
        <translation>CV ROC AUC</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>On the test customers.</source>
        <translation>Auf den Testkunden.</translation>
    </message>
    <message>
        <source>Mean ± spread over the cross-validation folds.</source>
        <translation>Mittelwert ± Streuung über die Folds der Kreuzvalidierung.</translation>
    </message>
    <message>
        <source>The kind of model. ★ marks the best one.</source>
        <translation>Die Art des Modells. ★ markiert das beste.</translation>
    </message>
    <message>
        <source>How well the model ranks churners above stayers on customers it did not see, averaged over the cross-validation folds (± how much it varies). 0.5 = guessing, 1 = perfect. Picks the best model.</source>
        <translation>Wie gut das Modell Abwanderer vor Gebliebene reiht, bei Kunden, die es nicht gesehen hat, gemittelt über die Folds der Kreuzvalidierung (± wie stark das schwankt). 0,5 = Raten, 1 = perfekt. Bestimmt das beste Modell.</translation>
    </message>
    <message>
        <source>ROC AUC: the chance that a random churner gets a higher score than a random stayer. 0.5 = guessing, 1 = perfect. </source>
        <translation>ROC AUC: die Wahrscheinlichkeit, dass ein zufälliger Abwanderer einen höheren Score erhält als ein zufälliger Gebliebener. 0,5 = Raten, 1 = perfekt. </translation>
    </message>
    <message>
        <source>PR AUC (average precision): how precise the flagged list stays as more churners are caught. Guessing scores the churn rate. </source>
        <translation>PR AUC (durchschnittliche Präzision): wie präzise die Liste der markierten Kunden bleibt, wenn mehr Abwanderer erkannt werden. Raten erreicht die Abwanderungsrate. </translation>
    </message>
    <message>
        <source>Share of customers classified correctly at the threshold. </source>
        <translation>Anteil der Kunden, die beim Schwellenwert richtig eingeordnet werden. </translation>
    </message>
    <message>
        <source>Of the customers flagged, the share that really churned. </source>
        <translation>Anteil der markierten Kunden, der tatsächlich abgewandert ist. </translation>
    </message>
    <message>
        <source>Of the customers who churned, the share that was flagged. </source>
        <translation>Anteil der abgewanderten Kunden, der markiert wurde. </translation>
    </message>
    <message>
        <source>F1: the balance (harmonic mean) of precision and recall. </source>
        <translation>F1: das Gleichgewicht (harmonisches Mittel) aus Präzision und Trefferquote. </translation>
    </message>
    <message>
        <source>Log loss: how far the probabilities are from what happened; confident mistakes cost most. Lower is better. </source>
        <translation>Log-Loss: wie weit die Wahrscheinlichkeiten vom tatsächlichen Ergebnis entfernt sind; selbstsichere Fehler kosten am meisten. Niedriger ist besser. </translation>
    </message>
    <message>
        <source>Brier score: mean squared error of the probabilities. Lower is better. </source>
        <translation>Brier-Score: mittlerer quadratischer Fehler der Wahrscheinlichkeiten. Niedriger ist besser. </translation>
    </message>
    <message>
        <source>Probability from which a customer is flagged, chosen on the training customers.</source>
        <translation>Wahrscheinlichkeit, ab der ein Kunde markiert wird, gewählt auf den Trainingskunden.</translation>
    </message>
    <message>
        <source>Time to cross-validate, tune and train this model.</source>
        <translation>Zeit für Kreuzvalidierung, Tuning und Training dieses Modells.</translation>
    </message>
    <message>
        <source>Calib. error</source>
        <translation>Kalib.-fehler</translation>
    </message>
    <message>
        <source>Calibration error (expected calibration error, ECE): customers grouped by predicted probability, how far the prediction is from the share that really churned, on average. Lower is better. On the test customers, after calibration; hover a cell for the value before.</source>
        <translation>Kalibrierungsfehler (Expected Calibration Error, ECE): Kunden nach vorhergesagter Wahrscheinlichkeit gruppiert – wie weit die Vorhersage im Mittel vom Anteil entfernt ist, der wirklich gekündigt hat. Kleiner ist besser. Auf den Testkunden, nach der Kalibrierung; der Wert davor steht im Tooltip der Zelle.</translation>
    </message>
</context>
<context>
    <name>churnlens::MainWindow</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>ChurnLens</source>
        <translation>ChurnLens</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 rows · %2 columns · loaded in %3</source>
        <translation>%1 Zeilen · %2 Spalten · geladen in %3</translation>
    </message>
    <message>
        <source>Could not open the data</source>
        <translation>Die Daten konnten nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open a CSV, TSV or SQLite file</source>
        <translation>Eine CSV-, TSV- oder SQLite-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Try with &amp;Sample Data</source>
        <translation>Mit Beispieldaten &amp;ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Close Data</source>
        <translation>Daten s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ChurnLens</source>
        <translation>Ü&amp;ber ChurnLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>About ChurnLens</source>
        <translation>Über ChurnLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChurnLens %1&lt;/h3&gt;&lt;p&gt;See which customers are about to leave, why, and what it is worth to act — offline, on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChurnLens %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, welche Kunden kurz vor der Kündigung stehen, warum, und was es wert ist zu handeln – offline, auf Ihrem eigenen Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>Erstellt mit Qt %1 (läuft mit Qt %2).</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Score &amp; export</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>ChurnLens[*]</source>
        <translation>ChurnLens[*]</translation>
    </message>
    <message>
        <source>%1[*] — ChurnLens</source>
        <translation>%1[*] — ChurnLens</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <translation>&amp;Daten öffnen…</translation>
    </message>
    <message>
        <source>Recent &amp;Data Files</source>
        <translation>Zuletzt verwendete Da&amp;tendateien</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Cannot open this kind of file.
ChurnLens opens CSV, TSV, SQLite and project files.</source>
        <translation>Diese Art von Datei kann nicht geöffnet werden.
ChurnLens öffnet CSV-, TSV-, SQLite- und Projektdateien.</translation>
    </message>
    <message>
        <source>Drop to open %1</source>
        <translation>Loslassen, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Go to the search or filter field of the area shown</source>
        <translation>Zum Such- oder Filterfeld des angezeigten Bereichs springen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, theme, currency, threads, risk levels and campaign defaults</source>
        <translation>Sprache, Design, Währung, Threads, Risikostufen und Vorgaben für Kampagnen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use the area shown, step by step</source>
        <translation>Wie der angezeigte Bereich funktioniert, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The area shown has nothing to export</source>
        <translation>Der angezeigte Bereich hat nichts zu exportieren</translation>
    </message>
    <message>
        <source>There is nothing to search here yet.</source>
        <translation>Hier gibt es noch nichts zu suchen.</translation>
    </message>
    <message>
        <source>This area has no search field.</source>
        <translation>Dieser Bereich hat kein Suchfeld.</translation>
    </message>
</context>
<context>
    <name>churnlens::MissingChart</name>
    <message>
        <source>Missing values per column</source>
        <translation>Fehlende Werte pro Spalte</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message numerus="yes">
        <source>Share of rows missing (%n more column(s) not shown)</source>
        <translation>
            <numerusform>Anteil fehlender Zeilen (%n weitere Spalte nicht gezeigt)</numerusform>
            <numerusform>Anteil fehlender Zeilen (%n weitere Spalten nicht gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of rows missing</source>
        <translation>Anteil fehlender Zeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 rows missing (%4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 von %3 Zeilen fehlen (%4)</translation>
    </message>
</context>
<context>
    <name>churnlens::ModelFolder</name>
    <message>
        <source>Choose a folder name for the model.</source>
        <translation>Wählen Sie einen Ordnernamen für das Modell.</translation>
    </message>
    <message>
        <source>There is already a file or a folder with other files under this name.</source>
        <translation>Unter diesem Namen gibt es bereits eine Datei oder einen Ordner mit anderen Dateien.</translation>
    </message>
    <message>
        <source>Choose a new folder name; a model is saved as a folder of its own.</source>
        <translation>Wählen Sie einen neuen Ordnernamen; ein Modell wird als eigener Ordner gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a file of the model folder.</source>
        <translation>„%1“ kann keine Datei des Modellordners sein.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The model&apos;s files name other files than they come with.</source>
        <translation>Die Dateien des Modells nennen andere Dateien als die mitgelieferten.</translation>
    </message>
    <message>
        <source>Cannot replace the model saved there before.</source>
        <translation>Das dort zuvor gespeicherte Modell kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Close programs that use files in that folder, or choose another name.</source>
        <translation>Schließen Sie Programme, die Dateien in diesem Ordner verwenden, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot move the saved model into place.</source>
        <translation>Das gespeicherte Modell kann nicht an seinen Platz verschoben werden.</translation>
    </message>
</context>
<context>
    <name>churnlens::ModelImportanceChart</name>
    <message>
        <source>Bar length: how much the churn odds move when the feature rises by one typical spread (standardised coefficient). To the right, higher values raise churn risk; to the left, they lower it.</source>
        <translation>Balkenlänge: wie stark sich die Abwanderungschance verändert, wenn das Merkmal um eine typische Streuung steigt (standardisierter Koeffizient). Nach rechts erhöhen höhere Werte das Abwanderungsrisiko, nach links senken sie es.</translation>
    </message>
    <message>
        <source>Bar length: how much the trees&apos; splits on the feature improve their predictions on average (gain). Longer = the model relies on it more; the bars do not say in which direction.</source>
        <translation>Balkenlänge: wie sehr die Teilungen der Bäume nach diesem Merkmal ihre Vorhersagen im Durchschnitt verbessern (Gain). Länger = das Modell stützt sich stärker darauf; die Balken sagen nichts über die Richtung.</translation>
    </message>
    <message>
        <source>Feature importance — %1 (strongest %2 of %3)</source>
        <translation>Merkmalswichtigkeit — %1 (die stärksten %2 von %3)</translation>
    </message>
    <message>
        <source>Feature importance — %1</source>
        <translation>Merkmalswichtigkeit — %1</translation>
    </message>
    <message>
        <source>Raises churn risk</source>
        <translation>Erhöht das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Lowers churn risk</source>
        <translation>Senkt das Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Standardised coefficient (change in log-odds of churn)</source>
        <translation>Standardisierter Koeffizient (Änderung der Log-Odds der Abwanderung)</translation>
    </message>
    <message>
        <source>Average gain per split</source>
        <translation>Durchschnittlicher Gain pro Teilung</translation>
    </message>
</context>
<context>
    <name>churnlens::ModelImporter</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Train the model on the features that &quot;churnlens-cli prepare&quot; writes with this preparation (same names, same order), or import it with the preparation it was trained with.</source>
        <translation>Trainieren Sie das Modell mit den Merkmalen, die „churnlens-cli prepare“ mit dieser Aufbereitung schreibt (gleiche Namen, gleiche Reihenfolge), oder importieren Sie es mit der Aufbereitung, mit der es trainiert wurde.</translation>
    </message>
    <message>
        <source>The model&apos;s features do not match the preparation&apos;s.</source>
        <translation>Die Merkmale des Modells passen nicht zu denen der Aufbereitung.</translation>
    </message>
    <message>
        <source>Feature %1 is &quot;%2&quot; in the model but &quot;%3&quot; in the preparation.</source>
        <translation>Merkmal %1 ist „%2“ im Modell, aber „%3“ in der Aufbereitung.</translation>
    </message>
    <message>
        <source>The model has %1 features, the preparation makes %2.</source>
        <translation>Das Modell hat %1 Merkmale, die Aufbereitung erzeugt %2.</translation>
    </message>
    <message>
        <source>Missing from the model: %1.</source>
        <translation>Im Modell fehlen: %1.</translation>
    </message>
    <message>
        <source>Not made by the preparation: %1.</source>
        <translation>Nicht von der Aufbereitung erzeugt: %1.</translation>
    </message>
    <message>
        <source>The names are the same, in another order.</source>
        <translation>Die Namen sind dieselben, in anderer Reihenfolge.</translation>
    </message>
    <message>
        <source>The model folder does not exist.</source>
        <translation>Der Modellordner existiert nicht.</translation>
    </message>
    <message>
        <source>The folder holds no model: neither meta.json (a ChurnLens model) nor model.json (XGBoost&apos;s own JSON model).</source>
        <translation>Der Ordner enthält kein Modell: weder meta.json (ein ChurnLens-Modell) noch model.json (das eigene JSON-Modell von XGBoost).</translation>
    </message>
    <message>
        <source>Save a model trained elsewhere with Booster.save_model(&quot;model.json&quot;) into the folder.</source>
        <translation>Speichern Sie ein anderswo trainiertes Modell mit Booster.save_model(&quot;model.json&quot;) in den Ordner.</translation>
    </message>
    <message>
        <source>The folder holds an XGBoost model without ChurnLens metadata, and no preparation was given.</source>
        <translation>Der Ordner enthält ein XGBoost-Modell ohne ChurnLens-Metadaten, und es wurde keine Aufbereitung angegeben.</translation>
    </message>
    <message>
        <source>Choose the preparation that makes the model&apos;s features (that of another model version, say).</source>
        <translation>Wählen Sie die Aufbereitung, die die Merkmale des Modells erzeugt (etwa die einer anderen Modellversion).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No preparation was given for the model.</source>
        <translation>Für das Modell wurde keine Aufbereitung angegeben.</translation>
    </message>
    <message>
        <source>The threshold %1 is not a probability between 0 and 1.</source>
        <translation>Der Schwellenwert %1 ist keine Wahrscheinlichkeit zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>Save the model with Booster.save_model(&quot;model.json&quot;): XGBoost&apos;s JSON format.</source>
        <translation>Speichern Sie das Modell mit Booster.save_model(&quot;model.json&quot;): im JSON-Format von XGBoost.</translation>
    </message>
    <message>
        <source>The model is not valid JSON: %1.</source>
        <translation>Das Modell ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The file has no &quot;learner&quot;: it is not an XGBoost JSON model.</source>
        <translation>Die Datei hat keinen „learner“: Sie ist kein XGBoost-JSON-Modell.</translation>
    </message>
    <message>
        <source>The model&apos;s objective is &quot;%1&quot;; ChurnLens imports churn classifiers trained with &quot;binary:logistic&quot;.</source>
        <translation>Das Ziel (objective) des Modells ist „%1“; ChurnLens importiert Abwanderungsklassifikatoren, die mit „binary:logistic“ trainiert wurden.</translation>
    </message>
    <message>
        <source>Train the model with objective &quot;binary:logistic&quot; (XGBClassifier does for two classes) and save it again.</source>
        <translation>Trainieren Sie das Modell mit objective „binary:logistic“ (XGBClassifier tut das bei zwei Klassen) und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>The model uses the booster &quot;%1&quot;; ChurnLens imports tree models (gbtree, dart).</source>
        <translation>Das Modell verwendet den Booster „%1“; ChurnLens importiert Baummodelle (gbtree, dart).</translation>
    </message>
    <message>
        <source>Train the model with booster &quot;gbtree&quot; and save it again.</source>
        <translation>Trainieren Sie das Modell mit dem Booster „gbtree“ und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>The model does not say how many features it has (num_feature).</source>
        <translation>Das Modell gibt nicht an, wie viele Merkmale es hat (num_feature).</translation>
    </message>
    <message>
        <source>The model does not name its features, and it has %1 where the preparation makes %2.</source>
        <translation>Das Modell benennt seine Merkmale nicht und hat %1, wo die Aufbereitung %2 erzeugt.</translation>
    </message>
    <message>
        <source>The model does not name its features: they are taken to be the preparation&apos;s %1 features, in its order. Save the model with feature names so that the import can check them.</source>
        <translation>Das Modell benennt seine Merkmale nicht: Sie werden als die %1 Merkmale der Aufbereitung in deren Reihenfolge angenommen. Speichern Sie das Modell mit Merkmalsnamen, damit der Import sie prüfen kann.</translation>
    </message>
    <message>
        <source>The model splits on categorical features; the preparation gives every feature as a number.</source>
        <translation>Das Modell teilt nach kategorialen Merkmalen; die Aufbereitung liefert jedes Merkmal als Zahl.</translation>
    </message>
    <message>
        <source>The model records round %1 as the best of early stopping; ChurnLens scores with all %2 rounds, as Booster.predict() does.</source>
        <translation>Das Modell verzeichnet Runde %1 als beste des Early Stopping; ChurnLens bewertet mit allen %2 Runden, wie Booster.predict() es tut.</translation>
    </message>
</context>
<context>
    <name>churnlens::ModelVerifier</name>
    <message>
        <source>The table has no rows to score.</source>
        <translation>Die Tabelle hat keine Zeilen zum Bewerten.</translation>
    </message>
    <message>
        <source>%1 of %2 sampled rows got no probability.</source>
        <translation>%1 von %2 Zeilen der Stichprobe haben keine Wahrscheinlichkeit erhalten.</translation>
    </message>
    <message>
        <source>Every sampled customer gets the same probability (%1): the model does not tell them apart on this data.</source>
        <translation>Jeder Kunde der Stichprobe erhält dieselbe Wahrscheinlichkeit (%1): Das Modell unterscheidet sie auf diesen Daten nicht.</translation>
    </message>
    <message>
        <source>Factors cannot be computed for this model: %1</source>
        <translation>Für dieses Modell können keine Faktoren berechnet werden: %1</translation>
    </message>
    <message>
        <source>The factors do not add up to the probabilities (off by up to %1).</source>
        <translation>Die Faktoren ergeben in der Summe nicht die Wahrscheinlichkeiten (Abweichung bis zu %1).</translation>
    </message>
</context>
<context>
    <name>churnlens::ModelsText</name>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>Herausforderer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Zum Champion gemacht</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format for sentences such as &quot;On 3 March 2026 the champion was v2&quot; (QDate::toString syntax).</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, test ROC AUC %3)</source>
        <translation>%1 (%2, Test-ROC-AUC %3)</translation>
    </message>
</context>
<context>
    <name>churnlens::ModelsView</name>
    <message>
        <source>No project is open: runs are recorded in a project (File → New Project).</source>
        <translation>Es ist kein Projekt geöffnet: Läufe werden in einem Projekt aufgezeichnet (Datei → Neues Projekt).</translation>
    </message>
    <message>
        <source>Filter by data, note, tag or model</source>
        <translation>Nach Daten, Notiz, Schlagwort oder Modell filtern</translation>
    </message>
    <message>
        <source>Note and Tags…</source>
        <translation>Notiz und Schlagwörter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <source>XGBoost, Logistic regression</source>
        <translation>XGBoost, Logistische Regression</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Model Versions</source>
        <translation>Modellversionen</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Die Läufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Runs of %1</source>
        <translation>Läufe von %1</translation>
    </message>
    <message>
        <source>No training runs in this project yet.

Train a model in the Train area: every run is recorded here with its settings and results, ready to compare and to register as a model version.</source>
        <translation>Noch keine Trainingsläufe in diesem Projekt.

Trainieren Sie ein Modell im Bereich „Trainieren“: Jeder Lauf wird hier mit seinen Einstellungen und Ergebnissen aufgezeichnet, bereit zum Vergleichen und zum Registrieren als Modellversion.</translation>
    </message>
    <message>
        <source>Select two or more runs in the table above to compare them side by side (hold Ctrl or Shift to select several).</source>
        <translation>Wählen Sie in der Tabelle oben zwei oder mehr Läufe aus, um sie nebeneinander zu vergleichen (halten Sie Ctrl oder Shift gedrückt, um mehrere auszuwählen).</translation>
    </message>
    <message>
        <source>Runs are compared here once the project has two or more.</source>
        <translation>Läufe werden hier verglichen, sobald das Projekt zwei oder mehr hat.</translation>
    </message>
    <message>
        <source>(1 run)</source>
        <translation>(1 Lauf)</translation>
    </message>
    <message>
        <source>(%1 runs)</source>
        <translation>(%1 Läufe)</translation>
    </message>
    <message>
        <source>(%1 of %2 runs match the filter)</source>
        <translation>(%1 von %2 Läufen entsprechen dem Filter)</translation>
    </message>
    <message>
        <source>Could not read run %1</source>
        <translation>Lauf %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Select one run: its best model is registered</source>
        <translation>Wählen Sie einen Lauf aus: Sein bestes Modell wird registriert</translation>
    </message>
    <message>
        <source>Run %1 has no trained model to register</source>
        <translation>Lauf %1 hat kein trainiertes Modell, das registriert werden kann</translation>
    </message>
    <message>
        <source>Write a note and tags for the selected run</source>
        <translation>Eine Notiz und Schlagwörter für den ausgewählten Lauf schreiben</translation>
    </message>
    <message>
        <source>Select one run to write its note and tags</source>
        <translation>Wählen Sie einen Lauf aus, um seine Notiz und Schlagwörter zu schreiben</translation>
    </message>
    <message>
        <source>Delete the selected runs from the project</source>
        <translation>Die ausgewählten Läufe aus dem Projekt löschen</translation>
    </message>
    <message>
        <source>Select the runs to delete</source>
        <translation>Wählen Sie die zu löschenden Läufe aus</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>Die Notiz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Delete run %1 from the project?</source>
        <translation>Lauf %1 aus dem Projekt löschen?</translation>
    </message>
    <message>
        <source>Delete %1 runs from the project?</source>
        <translation>%1 Läufe aus dem Projekt löschen?</translation>
    </message>
    <message>
        <source>Their settings, results and trained models are removed from the project for good. Model versions registered from them are kept.</source>
        <translation>Ihre Einstellungen, Ergebnisse und trainierten Modelle werden endgültig aus dem Projekt entfernt. Daraus registrierte Modellversionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete %1 Runs</source>
        <translation>%1 Läufe löschen</translation>
    </message>
    <message>
        <source>Could not delete the runs</source>
        <translation>Die Läufe konnten nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>churnlens::MonitorCharts</name>
    <message>
        <source>Other levels: %1</source>
        <translation>Weitere Ausprägungen: %1</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>Anteil der Kunden (%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Training data: %2&lt;br&gt;This file: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Trainingsdaten: %2&lt;br&gt;Diese Datei: %3</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Short date on the Monitor trend&apos;s axis (QDate::toString syntax).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Checks over time</source>
        <translation>Prüfungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Fields drifted (%)</source>
        <translation>Felder mit Drift (%)</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Predictions&apos; PSI (right axis)</source>
        <translation>PSI der Vorhersagen (rechte Achse)</translation>
    </message>
    <message>
        <source>Accuracy measured</source>
        <translation>Genauigkeit gemessen</translation>
    </message>
    <message>
        <source>Accuracy estimated</source>
        <translation>Genauigkeit geschätzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 Kunden</translation>
    </message>
    <message>
        <source>Model v%1</source>
        <translation>Modell v%1</translation>
    </message>
    <message>
        <source>Fields drifted: %1</source>
        <translation>Felder mit Drift: %1</translation>
    </message>
    <message>
        <source>Predictions&apos; PSI: %1</source>
        <translation>PSI der Vorhersagen: %1</translation>
    </message>
    <message>
        <source>Accuracy (estimated): %1</source>
        <translation>Genauigkeit (geschätzt): %1</translation>
    </message>
    <message>
        <source>Accuracy (measured): %1</source>
        <translation>Genauigkeit (gemessen): %1</translation>
    </message>
</context>
<context>
    <name>churnlens::MonitorSettingsDialog</name>
    <message>
        <source>Compared with the model&apos;s own test figures</source>
        <translation>Im Vergleich zu den eigenen Testwerten des Modells</translation>
    </message>
    <message>
        <source>A fixed accuracy</source>
        <translation>Eine feste Genauigkeit</translation>
    </message>
    <message>
        <source>When to Retrain</source>
        <translation>Wann neu trainieren</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>The file counts as drifted when at least this share of the fields is flagged (or the predictions are).</source>
        <translation>Die Datei gilt als gedriftet, wenn mindestens dieser Anteil der Felder markiert ist (oder die Vorhersagen markiert sind).</translation>
    </message>
    <message>
        <source>A field has drifted when any of these is passed</source>
        <translation>Ein Feld gilt als gedriftet, wenn einer dieser Werte überschritten wird</translation>
    </message>
    <message>
        <source>PSI above:</source>
        <translation>PSI über:</translation>
    </message>
    <message>
        <source>KL divergence above:</source>
        <translation>KL-Divergenz über:</translation>
    </message>
    <message>
        <source>JS distance above:</source>
        <translation>JS-Distanz über:</translation>
    </message>
    <message>
        <source>The file has drifted from this share of fields:</source>
        <translation>Die Datei gilt als gedriftet ab diesem Anteil der Felder:</translation>
    </message>
    <message>
        <source>The model has become worse when</source>
        <translation>Das Modell gilt als schlechter geworden, wenn</translation>
    </message>
    <message>
        <source>Accuracy falls by more than:</source>
        <translation>Genauigkeit um mehr als … sinkt:</translation>
    </message>
    <message>
        <source>or ROC AUC falls by more than:</source>
        <translation>oder ROC AUC um mehr als … sinkt:</translation>
    </message>
    <message>
        <source>Accuracy below:</source>
        <translation>Genauigkeit unter:</translation>
    </message>
    <message>
        <source>Measured accuracy when the file has the outcomes, estimated otherwise.</source>
        <translation>Gemessene Genauigkeit, wenn die Datei die Ergebnisse enthält, sonst geschätzte.</translation>
    </message>
</context>
<context>
    <name>churnlens::MonitorText</name>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <extracomment>A value with its 95% interval: &quot;74.2% (71.0% – 77.1%)&quot;.</extracomment>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <extracomment>A difference in percentage points, signed.</extracomment>
        <translation>+%1 Punkte</translation>
    </message>
    <message>
        <source>−%1 points</source>
        <translation>−%1 Punkte</translation>
    </message>
    <message>
        <source>Population stability index: how much the distribution moved between the training data and this file. Below 0.1 little has changed; above 0.2 is a big shift. Empty bins count as 0.01%.</source>
        <translation>Populationsstabilitätsindex (PSI): wie stark sich die Verteilung zwischen den Trainingsdaten und dieser Datei verschoben hat. Unter 0,1 hat sich wenig geändert; über 0,2 ist eine große Verschiebung. Leere Intervalle zählen als 0,01 %.</translation>
    </message>
    <message>
        <source>Kullback–Leibler divergence of this file from the training data: how surprising the new values are to someone who knows the training data. 0 means the same; the original system retrained above 0.3. Empty bins count as 0.01%.</source>
        <translation>Kullback–Leibler-Divergenz dieser Datei von den Trainingsdaten: wie überraschend die neuen Werte für jemanden sind, der die Trainingsdaten kennt. 0 bedeutet gleich; das ursprüngliche System hat ab 0,3 neu trainiert. Leere Intervalle zählen als 0,01 %.</translation>
    </message>
    <message>
        <source>Jensen–Shannon distance between the two distributions, from 0 (the same) to 1 (nothing in common). Symmetric, and never infinite.</source>
        <translation>Jensen–Shannon-Distanz zwischen den beiden Verteilungen, von 0 (gleich) bis 1 (nichts gemeinsam). Symmetrisch und nie unendlich.</translation>
    </message>
    <message>
        <source>Kolmogorov–Smirnov statistic: the largest gap between the share of customers below a value in the training data and in this file, from 0 to 1. Computed on the training data&apos;s percentiles.</source>
        <translation>Kolmogorov–Smirnov-Statistik: der größte Abstand zwischen dem Anteil der Kunden unterhalb eines Werts in den Trainingsdaten und in dieser Datei, von 0 bis 1. Berechnet auf den Perzentilen der Trainingsdaten.</translation>
    </message>
    <message>
        <source>Chi-square statistic of the level counts (training data against this file): larger when the shares of the levels differ more. Grows with the number of customers.</source>
        <translation>Chi-Quadrat-Statistik der Häufigkeiten je Ausprägung (Trainingsdaten gegenüber dieser Datei): größer, je stärker sich die Anteile der Ausprägungen unterscheiden. Wächst mit der Anzahl der Kunden.</translation>
    </message>
    <message>
        <source>How likely a difference this large would be by chance alone if nothing had changed. With thousands of customers even tiny shifts get tiny p-values, so the flag uses the size of the shift instead.</source>
        <translation>Wie wahrscheinlich ein so großer Unterschied allein durch Zufall wäre, wenn sich nichts geändert hätte. Bei Tausenden von Kunden ergeben selbst winzige Verschiebungen winzige p-Werte, daher stützt sich die Markierung stattdessen auf die Größe der Verschiebung.</translation>
    </message>
    <message>
        <source>Share of customers without a value in this field: in the training data → in this file.</source>
        <translation>Anteil der Kunden ohne Wert in diesem Feld: in den Trainingsdaten → in dieser Datei.</translation>
    </message>
    <message>
        <source>Share of this file&apos;s values in levels the training data never had; the model treats them as unknown.</source>
        <translation>Anteil der Werte dieser Datei in Ausprägungen, die es in den Trainingsdaten nie gab; das Modell behandelt sie als unbekannt.</translation>
    </message>
    <message>
        <source>A field is flagged as drifted when its PSI, KL or JS passes its threshold (Settings…). p-values are shown but never decide.</source>
        <translation>Ein Feld wird als gedriftet markiert, wenn sein PSI, KL oder JS die Schwelle überschreitet (Einstellungen…). p-Werte werden angezeigt, entscheiden aber nie.</translation>
    </message>
    <message>
        <source>Share of customers per bin: training data (grey) and this file (colour), side by side.</source>
        <translation>Anteil der Kunden je Intervall: Trainingsdaten (grau) und diese Datei (farbig), nebeneinander.</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Kein Handlungsbedarf</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Im Auge behalten</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
</context>
<context>
    <name>churnlens::MonitorView</name>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>When a field counts as drifted and when to retrain</source>
        <translation>Wann ein Feld als gedriftet gilt und wann neu trainiert werden sollte</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Compare the data in use with what the model was trained on, now</source>
        <translation>Die aktuell verwendeten Daten jetzt mit den Daten vergleichen, mit denen das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Predicted churn probability</source>
        <translation>Vorhergesagte Abwanderungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>How the model&apos;s churn probabilities are spread: on its test rows in training, and on this file.</source>
        <translation>Wie sich die Abwanderungswahrscheinlichkeiten des Modells verteilen: auf seinen Testzeilen im Training und in dieser Datei.</translation>
    </message>
    <message>
        <source>What drives the model&apos;s answers</source>
        <translation>Was die Antworten des Modells bestimmt</translation>
    </message>
    <message>
        <source>The project&apos;s Monitor settings could not be read (%1); the defaults are used.</source>
        <translation>Die Überwachungseinstellungen des Projekts konnten nicht gelesen werden (%1); die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>Could not keep the Monitor settings in the project</source>
        <translation>Die Überwachungseinstellungen konnten nicht im Projekt gespeichert werden</translation>
    </message>
    <message>
        <source>No project is open: these settings last until ChurnLens is closed.</source>
        <translation>Kein Projekt geöffnet: Diese Einstellungen gelten, bis ChurnLens geschlossen wird.</translation>
    </message>
    <message>
        <source>The project is read-only: these settings are used but not kept.</source>
        <translation>Das Projekt ist schreibgeschützt: Diese Einstellungen werden verwendet, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Kept in the project %1.</source>
        <translation>Im Projekt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Retraining needs the outcomes: this file has no column saying who left.</source>
        <translation>Zum neu Trainieren werden die Ergebnisse benötigt: Diese Datei hat keine Spalte, die angibt, wer abgewandert ist.</translation>
    </message>
    <message>
        <source>Train a challenger and compare it with the model in use (needs a project).</source>
        <translation>Einen Herausforderer trainieren und mit dem verwendeten Modell vergleichen (erfordert ein Projekt).</translation>
    </message>
    <message>
        <source>Train a challenger on this file and compare it with the model in use</source>
        <translation>Einen Herausforderer mit dieser Datei trainieren und mit dem verwendeten Modell vergleichen</translation>
    </message>
    <message>
        <source>%1 (the default model)</source>
        <translation>%1 (das Standardmodell)</translation>
    </message>
    <message>
        <source>%1 (folder %2)</source>
        <translation>%1 (Ordner %2)</translation>
    </message>
    <message>
        <source>Checking the data against the model</source>
        <translation>Daten werden mit dem Modell abgeglichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; this is the data the model was trained on, so little drift is expected.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Dies sind die Daten, mit denen das Modell trainiert wurde, daher ist wenig Drift zu erwarten.</translation>
    </message>
    <message>
        <source>Fields: %1 of %2 drifted</source>
        <translation>Felder: %1 von %2 mit Drift</translation>
    </message>
    <message>
        <source>Not available: this model kept no record of what drove its answers in training.</source>
        <translation>Nicht verfügbar: Dieses Modell hat nicht festgehalten, was seine Antworten im Training bestimmt hat.</translation>
    </message>
    <message>
        <source>The model&apos;s reference has no fields.</source>
        <translation>Die Referenz des Modells enthält keine Felder.</translation>
    </message>
    <message>
        <source>This check could not be kept in the project: %1</source>
        <translation>Diese Prüfung konnte nicht im Projekt gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Checks are kept in a project: save your work as a project (File ▸ New Project…) to follow drift and accuracy from one month&apos;s file to the next.</source>
        <translation>Prüfungen werden in einem Projekt gespeichert: Speichern Sie Ihre Arbeit als Projekt (Datei ▸ Neues Projekt…), um Drift und Genauigkeit von einer Monatsdatei zur nächsten zu verfolgen.</translation>
    </message>
    <message>
        <source>The project&apos;s checks could not be read: %1</source>
        <translation>Die Prüfungen des Projekts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No check is stored in this project yet. Each check is kept here, so drift and accuracy can be followed over time.</source>
        <translation>In diesem Projekt ist noch keine Prüfung gespeichert. Jede Prüfung wird hier abgelegt, sodass sich Drift und Genauigkeit über die Zeit verfolgen lassen.</translation>
    </message>
    <message>
        <source>%1 is not in this file: there is nothing to compare.</source>
        <translation>%1 ist nicht in dieser Datei enthalten: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>PSI %1 · KL %2 · JS %3</source>
        <translation>PSI %1 · KL %2 · JS %3</translation>
    </message>
    <message>
        <source>The model kept no record of its predictions in training, so they cannot be compared.</source>
        <translation>Das Modell hat seine Vorhersagen im Training nicht festgehalten, daher können sie nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Checking &lt;b&gt;%1&lt;/b&gt; (%2 customers) against &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Prüfung von &lt;b&gt;%1&lt;/b&gt; (%2 Kunden) gegen &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Is the model still right for your customers?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Passt das Modell noch zu Ihren Kunden?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open this month&apos;s customer file (File ▸ Open Data…) to check it against the model in use: whether the customers still look like the ones it learned from, how well it does on them, and whether it is time to retrain.</source>
        <translation>Öffnen Sie die Kundendatei dieses Monats (Datei ▸ Daten öffnen…), um sie mit dem verwendeten Modell abzugleichen: ob die Kunden noch denen ähneln, von denen es gelernt hat, wie gut es bei ihnen abschneidet und ob es Zeit ist, neu zu trainieren.</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Modell wird gelesen…</translation>
    </message>
    <message>
        <source>There is no model to check against yet.

Train one in the Train area, or open a saved model folder (File ▸ Open Model…); this page then compares your data with what the model was trained on.</source>
        <translation>Es gibt noch kein Modell zum Abgleichen.

Trainieren Sie eines im Bereich Trainieren oder öffnen Sie einen gespeicherten Modellordner (Datei ▸ Modell öffnen…); diese Seite vergleicht dann Ihre Daten mit denen, mit denen das Modell trainiert wurde.</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>%1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>The check did not work</source>
        <translation>Die Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Train the model again (Train area) and put it in use: a model trained with this version of ChurnLens keeps what its training data looked like.</source>
        <translation>Trainieren Sie das Modell erneut (Bereich Trainieren) und setzen Sie es ein: Ein mit dieser Version von ChurnLens trainiertes Modell hält fest, wie seine Trainingsdaten aussahen.</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>%1 wird mit %2 abgeglichen…</translation>
    </message>
    <message>
        <source>Press Check Now to compare %1 with what %2 was trained on.</source>
        <translation>Klicken Sie auf „Jetzt prüfen“, um %1 mit den Daten zu vergleichen, mit denen %2 trainiert wurde.</translation>
    </message>
    <message>
        <source>How far each field pushes a customer&apos;s churn score on average (the mean absolute SHAP value), in training → in this file.</source>
        <translation>Wie stark jedes Feld das Abwanderungsrisiko eines Kunden im Durchschnitt verschiebt (der mittlere absolute SHAP-Wert), im Training → in dieser Datei.</translation>
    </message>
    <message>
        <source>%1: training vs now</source>
        <translation>%1: Training vs. jetzt</translation>
    </message>
    <message>
        <source>Average %1 → %2</source>
        <extracomment>Chart title: the predictions&apos; average, in training → in this file (how far they moved is in the tooltip).</extracomment>
        <translation>Durchschnitt %1 → %2</translation>
    </message>
    <message>
        <source>Shift of the predictions (PSI): %1.</source>
        <translation>Verschiebung der Vorhersagen (PSI): %1.</translation>
    </message>
</context>
<context>
    <name>churnlens::PerformancePanel</name>
    <message>
        <source>Right calls (accuracy)</source>
        <translation>Richtige Vorhersagen (Genauigkeit)</translation>
    </message>
    <message>
        <source>Share of customers the model called right: leaves or stays, at its decision threshold.</source>
        <translation>Anteil der Kunden, die das Modell bei seiner Entscheidungsschwelle richtig vorhersagt: Abwanderung oder Verbleib.</translation>
    </message>
    <message>
        <source>Flagged who left (precision)</source>
        <translation>Markierte, die abwanderten (Präzision)</translation>
    </message>
    <message>
        <source>Of the customers the model flags as leaving, the share who actually leave.</source>
        <translation>Von den Kunden, die das Modell als abwandernd markiert, der Anteil, der tatsächlich abwandert.</translation>
    </message>
    <message>
        <source>Leavers caught (recall)</source>
        <translation>Erkannte Abwanderer (Trefferquote)</translation>
    </message>
    <message>
        <source>Of the customers who leave, the share the model flags.</source>
        <translation>Von den abwandernden Kunden der Anteil, den das Modell markiert.</translation>
    </message>
    <message>
        <source>Balance of both (F1)</source>
        <translation>Ausgewogenheit beider (F1)</translation>
    </message>
    <message>
        <source>One number for precision and recall together (their harmonic mean).</source>
        <translation>Eine Kennzahl für Präzision und Trefferquote zusammen (ihr harmonisches Mittel).</translation>
    </message>
    <message>
        <source>Ranking (ROC AUC)</source>
        <translation>Rangfolge (ROC AUC)</translation>
    </message>
    <message>
        <source>The chance that a customer who leaves gets a higher score than one who stays: 0.5 is a coin toss, 1 is perfect. Does not depend on the threshold.</source>
        <translation>Die Wahrscheinlichkeit, dass ein abwandernder Kunde einen höheren Score erhält als ein bleibender: 0,5 ist ein Münzwurf, 1 ist perfekt. Hängt nicht von der Schwelle ab.</translation>
    </message>
    <message>
        <source>How well the model does</source>
        <translation>Wie gut das Modell abschneidet</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>This file (estimated)</source>
        <translation>Diese Datei (geschätzt)</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Im Training</translation>
    </message>
    <message>
        <source>On the model&apos;s own test rows when it was trained (meta.json).</source>
        <translation>Auf den eigenen Testzeilen des Modells beim Training (meta.json).</translation>
    </message>
    <message>
        <source>How well the model does on this file: measured</source>
        <translation>Wie gut das Modell bei dieser Datei abschneidet: gemessen</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Share of customers who left: in this file, and in the training data.</source>
        <translation>Anteil der abgewanderten Kunden: in dieser Datei und in den Trainingsdaten.</translation>
    </message>
    <message>
        <source>Measured on the %1 customers whose outcome this file has, at the model&apos;s threshold of %2. In brackets: the range the true value lies in with 95% confidence.</source>
        <translation>Gemessen an den %1 Kunden, deren Ergebnis diese Datei enthält, bei der Modellschwelle von %2. In Klammern: der Bereich, in dem der wahre Wert mit 95 % Sicherheit liegt.</translation>
    </message>
    <message>
        <source>How well the model does on this file: estimated (no outcomes in this file)</source>
        <translation>Wie gut das Modell bei dieser Datei abschneidet: geschätzt (keine Ergebnisse in dieser Datei)</translation>
    </message>
    <message>
        <source>Estimated from the model&apos;s own probabilities (confidence-based performance estimation): each customer is taken to leave with the probability the model gives. This assumes that customers who look alike behave as they did in training, and it is only as good as the model&apos;s calibration. When the outcomes are known, open the file with them to measure.</source>
        <translation>Geschätzt aus den eigenen Wahrscheinlichkeiten des Modells (konfidenzbasierte Leistungsschätzung): Für jeden Kunden wird angenommen, dass er mit der vom Modell angegebenen Wahrscheinlichkeit abwandert. Das setzt voraus, dass sich ähnliche Kunden so verhalten wie im Training, und ist nur so gut wie die Kalibrierung des Modells. Sobald die Ergebnisse bekannt sind, öffnen Sie die Datei mit ihnen, um zu messen.</translation>
    </message>
    <message>
        <source>Churn rate (expected)</source>
        <translation>Abwanderungsrate (erwartet)</translation>
    </message>
    <message>
        <source>The average predicted probability in this file, and the share who left in the training data.</source>
        <translation>Die durchschnittliche vorhergesagte Wahrscheinlichkeit in dieser Datei und der Anteil der Abgewanderten in den Trainingsdaten.</translation>
    </message>
    <message>
        <source>Estimated: this file has no outcomes (no %1 column). It assumes customers who look alike behave as in training.</source>
        <translation>Geschätzt: Diese Datei enthält keine Ergebnisse (keine Spalte „%1“). Es wird angenommen, dass sich ähnliche Kunden wie im Training verhalten.</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>Abwanderung</translation>
    </message>
</context>
<context>
    <name>churnlens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR</source>
        <translation>ISO-Code, z. B. EUR</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows after you restart ChurnLens.</source>
        <translation>Eine neue Sprache erscheint nach einem Neustart von ChurnLens.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>Used for every amount of money on screen, in exports and in reports.</source>
        <translation>Für jeden Geldbetrag auf dem Bildschirm, in Exporten und in Berichten.</translation>
    </message>
    <message>
        <source>How many processor cores long jobs (loading, training, scoring, explaining) may use. Fewer keep the computer responsive for other work.</source>
        <translation>Wie viele Prozessorkerne lange Aufgaben (Laden, Trainieren, Bewerten, Erklären) nutzen dürfen. Mit weniger bleibt der Rechner für andere Arbeit flüssig.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Risikostufen</translation>
    </message>
    <message>
        <source>By likelihood (recommended)</source>
        <translation>Nach Wahrscheinlichkeit (empfohlen)</translation>
    </message>
    <message>
        <source>From the model&apos;s decision threshold</source>
        <translation>Ab dem Schwellenwert des Modells</translation>
    </message>
    <message>
        <source>Fixed cut points</source>
        <translation>Feste Grenzen</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>&amp;High risk from:</source>
        <translation>&amp;Hohes Risiko ab:</translation>
    </message>
    <message>
        <source>&amp;Medium risk from:</source>
        <translation>&amp;Mittleres Risiko ab:</translation>
    </message>
    <message>
        <source>A project&apos;s or model&apos;s own risk levels win over these.</source>
        <translation>Eigene Risikostufen eines Projekts oder Modells haben Vorrang.</translation>
    </message>
    <message>
        <source>New campaigns start from</source>
        <translation>Neue Kampagnen beginnen mit</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Acceptance rate:</source>
        <translation>&amp;Annahmequote:</translation>
    </message>
    <message>
        <source>Months of &amp;revenue:</source>
        <translation>Monate &amp;Umsatz:</translation>
    </message>
    <message>
        <source>Of the contacted customers who would have left, the share who take the offer and stay.</source>
        <translation>Von den kontaktierten Kunden, die gegangen wären, der Anteil, der das Angebot annimmt und bleibt.</translation>
    </message>
    <message>
        <source>How many months of charges a customer who stays is worth.</source>
        <translation>Wie viele Monate an Gebühren ein Kunde wert ist, der bleibt.</translation>
    </message>
    <message>
        <source>As the system: %1</source>
        <translation>Wie das System: %1</translation>
    </message>
    <message>
        <source>High: customers at least this likely to leave (50% = more likely to leave than to stay). Medium: more likely to leave than the average customer the model learned from.</source>
        <translation>Hoch: Kunden, die mindestens so wahrscheinlich gehen (50 % = eher gehen als bleiben). Mittel: eher gehen als der durchschnittliche Kunde, aus dem das Modell gelernt hat.</translation>
    </message>
    <message>
        <source>High: the customers the model predicts to leave (from the threshold chosen when it was trained). Medium: from half of that threshold.</source>
        <translation>Hoch: die Kunden, von denen das Modell vorhersagt, dass sie gehen (ab dem beim Training gewählten Schwellenwert). Mittel: ab der Hälfte dieses Schwellenwerts.</translation>
    </message>
    <message>
        <source>High and Medium start at the probabilities you set here, for every model.</source>
        <translation>Hoch und Mittel beginnen bei den hier eingestellten Wahrscheinlichkeiten, für jedes Modell.</translation>
    </message>
    <message>
        <source>C&amp;ontact cost:</source>
        <translation>K&amp;ontaktkosten:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Type the three letters of an ISO 4217 code, such as EUR, USD or CHF.</source>
        <translation>„%1“ ist kein Währungscode. Geben Sie die drei Buchstaben eines ISO-4217-Codes ein, etwa EUR, USD oder CHF.</translation>
    </message>
</context>
<context>
    <name>churnlens::PreviewModel</name>
    <message>
        <source>This row has fewer fields than the header</source>
        <translation>Diese Zeile hat weniger Felder als die Kopfzeile</translation>
    </message>
    <message>
        <source>Read as a missing value: &quot;%1&quot;</source>
        <translation>Als fehlender Wert gelesen: „%1“</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>churnlens::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this step (Esc)</source>
        <translation>Diesen Schritt anhalten (Esc)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <comment>other jobs running</comment>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::ProjectController</name>
    <message>
        <source>The data changed since the project was saved.</source>
        <translation>Die Daten haben sich geändert, seit das Projekt gespeichert wurde.</translation>
    </message>
    <message>
        <source>The project&apos;s runs and scorings were made on the data as it was then. Save the project to go on with the data as it is now.</source>
        <translation>Die Läufe und Bewertungen des Projekts wurden mit den Daten in ihrem damaligen Stand erstellt. Speichern Sie das Projekt, um mit den Daten im jetzigen Stand weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation>Daten geändert</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Projekt wird geöffnet</translation>
    </message>
    <message>
        <source>This could not be recorded in the project: %1</source>
        <translation>Dies konnte nicht im Projekt aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Not recorded in the project</source>
        <translation>Nicht im Projekt aufgezeichnet</translation>
    </message>
    <message>
        <source>ChurnLens projects (*.churnlens);;All files (*)</source>
        <translation>ChurnLens-Projekte (*.churnlens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Start a project file that keeps your data set-up, models, scorings and exports</source>
        <translation>Eine Projektdatei anlegen, die Ihre Datenkonfiguration, Modelle, Bewertungen und Exporte enthält</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a ChurnLens project (.churnlens)</source>
        <translation>Ein ChurnLens-Projekt öffnen (.churnlens)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the data set-up, the model in use and the settings in the project</source>
        <translation>Die Datenkonfiguration, das verwendete Modell und die Einstellungen im Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under another name and go on there</source>
        <translation>Das Projekt unter einem anderen Namen speichern und dort weiterarbeiten</translation>
    </message>
    <message>
        <source>Close Pro&amp;ject</source>
        <translation>Projekt schl&amp;ießen</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>Zuletzt verwendete Pro&amp;jekte</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Do you want to save the changes to the project “%1”?</source>
        <translation>Möchten Sie die Änderungen am Projekt „%1“ speichern?</translation>
    </message>
    <message>
        <source>The data set-up, the model in use and the settings are kept only if you save. Runs, scorings and exports are in the project already.</source>
        <translation>Die Datenkonfiguration, das verwendete Modell und die Einstellungen bleiben nur erhalten, wenn Sie speichern. Läufe, Bewertungen und Exporte sind bereits im Projekt.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Could not make the project</source>
        <translation>Das Projekt konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Open Read-Only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>You can look at it read-only: what you do cannot be recorded in it (you are told once), and Save As keeps your work in a copy.</source>
        <translation>Sie können es schreibgeschützt ansehen: Was Sie tun, kann darin nicht aufgezeichnet werden (Sie werden einmal darauf hingewiesen), und Speichern unter bewahrt Ihre Arbeit in einer Kopie.</translation>
    </message>
    <message>
        <source>The file cannot be changed. You can look at it read-only, and Save As keeps your work in a copy.</source>
        <translation>Die Datei kann nicht geändert werden. Sie können sie schreibgeschützt ansehen, und Speichern unter bewahrt Ihre Arbeit in einer Kopie.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Das Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Save as a New Project</source>
        <translation>Als neues Projekt speichern</translation>
    </message>
    <message>
        <source>Data File Not Found</source>
        <translation>Datendatei nicht gefunden</translation>
    </message>
    <message>
        <source>The project&apos;s data file “%1” was not found.</source>
        <translation>Die Datendatei „%1“ des Projekts wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>It was in %1. If it was moved or renamed, locate it; the project remembers the new place when you save.</source>
        <translation>Sie lag in %1. Wenn sie verschoben oder umbenannt wurde, suchen Sie sie; das Projekt merkt sich den neuen Ort, wenn Sie speichern.</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Continue Without Data</source>
        <translation>Ohne Daten fortfahren</translation>
    </message>
    <message>
        <source>Locate the Data File</source>
        <translation>Datendatei suchen</translation>
    </message>
    <message>
        <source>Preparing the sample project</source>
        <translation>Beispielprojekt wird vorbereitet</translation>
    </message>
    <message>
        <source>Could not prepare the sample project</source>
        <translation>Das Beispielprojekt konnte nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>churnlens::ProjectRecorder</name>
    <message>
        <source>Recording training run %1 in the project</source>
        <translation>Trainingslauf %1 wird im Projekt aufgezeichnet</translation>
    </message>
    <message>
        <source>Recording the scoring in the project</source>
        <translation>Bewertung wird im Projekt aufgezeichnet</translation>
    </message>
    <message>
        <source>Recording the export in the project</source>
        <translation>Export wird im Projekt aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>churnlens::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is open read-only.</source>
        <translation>Das Projekt „%1“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Use Save As to save your work in a copy.</source>
        <translation>Verwenden Sie Speichern unter, um Ihre Arbeit in einer Kopie zu speichern.</translation>
    </message>
    <message>
        <source>v%1 of the project %2</source>
        <translation>v%1 des Projekts %2</translation>
    </message>
    <message>
        <source>run %1 of the project %2</source>
        <translation>Lauf %1 des Projekts %2</translation>
    </message>
    <message>
        <source>The model in use when this project was made.</source>
        <translation>Das Modell, das beim Anlegen dieses Projekts verwendet wurde.</translation>
    </message>
    <message>
        <source>This project is open already.</source>
        <translation>Dieses Projekt ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Use Save to save it.</source>
        <translation>Verwenden Sie Speichern, um es zu speichern.</translation>
    </message>
    <message>
        <source>The saved work of the project could not be read: %1</source>
        <translation>Die gespeicherte Arbeit des Projekts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Checking the data</source>
        <translation>Daten werden geprüft</translation>
    </message>
    <message>
        <source>The project&apos;s data could not be read: %1</source>
        <translation>Die Daten des Projekts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open the database again with File &gt; Open Database (passwords are not saved in projects).</source>
        <translation>Öffnen Sie die Datenbank erneut mit Datei &gt; Datenbank öffnen (Passwörter werden nicht in Projekten gespeichert).</translation>
    </message>
    <message>
        <source>The model saved with the project could not be used: %1 The default model is used instead.</source>
        <translation>Das mit dem Projekt gespeicherte Modell konnte nicht verwendet werden: %1 Stattdessen wird das Standardmodell verwendet.</translation>
    </message>
</context>
<context>
    <name>churnlens::ReasonDialog</name>
    <message>
        <source>For example: higher ROC AUC on this month&apos;s customers</source>
        <translation>Zum Beispiel: höhere ROC AUC bei den Kunden dieses Monats</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>The reason is kept in the registry&apos;s history with the time and your user name.</source>
        <translation>Der Grund wird mit Uhrzeit und Ihrem Benutzernamen im Verlauf des Modellregisters gespeichert.</translation>
    </message>
</context>
<context>
    <name>churnlens::RecommendationBanner</name>
    <message>
        <source>Retrain…</source>
        <translation>Neu trainieren…</translation>
    </message>
</context>
<context>
    <name>churnlens::RegistryPanel</name>
    <message>
        <source>Register Selected Run…</source>
        <translation>Ausgewählten Lauf registrieren…</translation>
    </message>
    <message>
        <source>Promote to Champion…</source>
        <translation>Zum Champion machen…</translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation>Zurück zum vorigen Champion…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>Herausforderer</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Test ROC AUC</source>
        <translation>Test ROC AUC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Champion (before → after)</source>
        <translation>Champion (vorher → nachher)</translation>
    </message>
    <message>
        <source>No model version is registered yet. Select a run above and press Register Selected Run: its best model becomes version v1 and the project&apos;s champion.</source>
        <translation>Es ist noch keine Modellversion registriert. Wählen Sie oben einen Lauf aus und klicken Sie auf „Ausgewählten Lauf registrieren“: Sein bestes Modell wird Version v1 und der Champion des Projekts.</translation>
    </message>
    <message>
        <source>Champion on:</source>
        <translation>Champion am:</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Modellversionen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Could not read the model registry</source>
        <translation>Das Modellregister konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Add the best model of run %1 (%2) to the registry as a new version</source>
        <translation>Das beste Modell von Lauf %1 (%2) als neue Version zum Modellregister hinzufügen</translation>
    </message>
    <message>
        <source>Select a run in the table above first</source>
        <translation>Wählen Sie zuerst einen Lauf in der Tabelle oben aus</translation>
    </message>
    <message>
        <source>Select a model version first</source>
        <translation>Wählen Sie zuerst eine Modellversion aus</translation>
    </message>
    <message>
        <source>%1 is the champion already</source>
        <translation>%1 ist bereits der Champion</translation>
    </message>
    <message>
        <source>Make %1 the champion; the current champion is archived</source>
        <translation>%1 zum Champion machen; der aktuelle Champion wird archiviert</translation>
    </message>
    <message>
        <source>The champion cannot be archived: promote another version or roll back.</source>
        <translation>Der Champion kann nicht archiviert werden: Befördern Sie eine andere Version oder rollen Sie zurück.</translation>
    </message>
    <message>
        <source>%1 is archived already</source>
        <translation>%1 ist bereits archiviert</translation>
    </message>
    <message>
        <source>Retire %1; it stays in the registry and can be promoted later</source>
        <translation>%1 außer Dienst stellen; sie bleibt im Modellregister und kann später befördert werden</translation>
    </message>
    <message>
        <source>Make v%1, the champion before the current one, champion again</source>
        <translation>v%1, den Champion vor dem aktuellen, wieder zum Champion machen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>On %1 the project had no champion yet.</source>
        <translation>Am %1 hatte das Projekt noch keinen Champion.</translation>
    </message>
    <message>
        <source>On %1 the champion was %2.</source>
        <translation>Am %1 war %2 der Champion.</translation>
    </message>
    <message>
        <source>On %1 %2 became the project&apos;s first champion.</source>
        <translation>Am %1 wurde %2 der erste Champion des Projekts.</translation>
    </message>
    <message>
        <source>On %1 the champion changed (%2); at the end of the day it was %3.</source>
        <translation>Am %1 wechselte der Champion (%2); am Ende des Tages war es %3.</translation>
    </message>
    <message>
        <source>Register a Model Version</source>
        <translation>Modellversion registrieren</translation>
    </message>
    <message>
        <source>Add the best model of run %1 (%2) to the registry as version v%3. %4</source>
        <translation>Nehmen Sie das beste Modell aus Lauf %1 (%2) als Version v%3 in das Modellregister auf. %4</translation>
    </message>
    <message>
        <source>As the project&apos;s first version it becomes the champion.</source>
        <translation>Als erste Version des Projekts wird sie zum Champion.</translation>
    </message>
    <message>
        <source>It starts as a challenger; promote it to make it the champion.</source>
        <translation>Sie beginnt als Herausforderer; befördern Sie sie, um sie zum Champion zu machen.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Could not register the model</source>
        <translation>Das Modell konnte nicht registriert werden</translation>
    </message>
    <message>
        <source>Make %1 the champion: the model the project scores customers with.</source>
        <translation>%1 zum Champion machen: das Modell, mit dem das Projekt Kunden bewertet.</translation>
    </message>
    <message>
        <source>The current champion, %1, is archived; Roll Back brings it back.</source>
        <translation>Der aktuelle Champion, %1, wird archiviert; „Zurückrollen“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Promote %1</source>
        <translation>%1 befördern</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Could not promote the model version</source>
        <translation>Die Modellversion konnte nicht befördert werden</translation>
    </message>
    <message>
        <source>Could not roll back</source>
        <translation>Zurückrollen war nicht möglich</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Make v%1 the champion again, as it was before %2. %2 is archived.</source>
        <translation>v%1 wieder zum Champion machen, wie vor %2. %2 wird archiviert.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Retire %1. It stays in the registry and can be promoted again later.</source>
        <translation>%1 außer Dienst stellen. Sie bleibt im Modellregister und kann später erneut befördert werden.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Could not archive the model version</source>
        <translation>Die Modellversion konnte nicht archiviert werden</translation>
    </message>
    <message>
        <source>Export Folder…</source>
        <translation>Als Ordner exportieren…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Write %1 as a folder: XGBoost&apos;s own model file, the preparation, the metadata and a model card</source>
        <translation>%1 als Ordner schreiben: XGBoosts eigene Modelldatei, die Aufbereitung, die Metadaten und eine Modellkarte</translation>
    </message>
    <message>
        <source>Add a model folder as a new version: one exported by ChurnLens, or XGBoost&apos;s own model.json trained elsewhere (its features must match the champion&apos;s preparation)</source>
        <translation>Einen Modellordner als neue Version hinzufügen: einen von ChurnLens exportierten oder XGBoosts eigene model.json, anderswo trainiert (ihre Merkmale müssen zur Aufbereitung des Champions passen)</translation>
    </message>
    <message>
        <source>Export %1 as a Folder</source>
        <translation>%1 als Ordner exportieren</translation>
    </message>
    <message>
        <source>Could not export the model version</source>
        <translation>Die Modellversion konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 was written to %2 (model, preparation, metadata and MODEL_CARD.md).</source>
        <translation>%1 wurde nach %2 geschrieben (Modell, Aufbereitung, Metadaten und MODEL_CARD.md).</translation>
    </message>
    <message>
        <source>Import a Model Folder</source>
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <source>Could not import the model</source>
        <translation>Das Modell konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Add the %1 model in %2 as a new version.</source>
        <translation>Das %1-Modell aus %2 als neue Version hinzufügen.</translation>
    </message>
    <message>
        <source>The model cannot score the data loaded now</source>
        <translation>Das Modell kann die geladenen Daten nicht bewerten</translation>
    </message>
    <message>
        <source>Checked on %1 of the customers loaded now: churn probabilities from %2 to %3 (average %4); %5 would be predicted to churn.</source>
        <translation>Geprüft an %1 der geladenen Kunden: Abwanderungswahrscheinlichkeiten von %2 bis %3 (Durchschnitt %4); bei %5 würde Abwanderung vorhergesagt.</translation>
    </message>
    <message>
        <source>On the %1 with a known outcome it ranks churners first with ROC AUC %2.</source>
        <translation>Bei den %1 mit bekanntem Ausgang reiht es Abwanderer mit ROC AUC %2 nach vorn.</translation>
    </message>
    <message>
        <source>No data is loaded, so the model was not tried on customers: load data and score with it before promoting it.</source>
        <translation>Es sind keine Daten geladen, daher wurde das Modell nicht an Kunden erprobt: Laden Sie Daten und bewerten Sie damit, bevor Sie es zum Champion machen.</translation>
    </message>
    <message>
        <source>Import a Model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>churnlens::ReportText</name>
    <message>
        <source>Customers scored</source>
        <translation>Bewertete Kunden</translation>
    </message>
    <message>
        <source>%1 rows could not be scored</source>
        <translation>%1 Zeilen konnten nicht bewertet werden</translation>
    </message>
    <message>
        <source>every row of the file</source>
        <translation>alle Zeilen der Datei</translation>
    </message>
    <message>
        <source>Rows of the file that received a churn probability.</source>
        <translation>Zeilen der Datei, die eine Abwanderungswahrscheinlichkeit erhalten haben.</translation>
    </message>
    <message>
        <source>Predicted churn rate</source>
        <translation>Vorhergesagte Abwanderung</translation>
    </message>
    <message>
        <source>in training: %1</source>
        <translation>im Training: %1</translation>
    </message>
    <message>
        <source>actual: %1</source>
        <translation>tatsächlich: %1</translation>
    </message>
    <message>
        <source>training rate not recorded</source>
        <translation>Rate der Trainingsdaten nicht gespeichert</translation>
    </message>
    <message>
        <source>The mean churn probability over the scored customers: the share expected to leave.</source>
        <translation>Die mittlere Abwanderungswahrscheinlichkeit der bewerteten Kunden: der Anteil, der voraussichtlich abwandert.</translation>
    </message>
    <message>
        <source>High-risk customers</source>
        <translation>Kunden mit hohem Risiko</translation>
    </message>
    <message>
        <source>%1 of customers · probability ≥ %2</source>
        <translation>%1 der Kunden · Wahrscheinlichkeit ≥ %2</translation>
    </message>
    <message>
        <source>Customers whose churn probability is at least the high-risk threshold (the model&apos;s decision threshold).</source>
        <translation>Kunden, deren Abwanderungswahrscheinlichkeit mindestens die Schwelle für hohes Risiko erreicht (die Entscheidungsschwelle des Modells).</translation>
    </message>
    <message>
        <source>Revenue at risk per month</source>
        <translation>Gefährdeter Umsatz pro Monat</translation>
    </message>
    <message>
        <source>no monthly charges in the file</source>
        <translation>keine Monatsgebühren in der Datei</translation>
    </message>
    <message>
        <source>%1 of monthly revenue</source>
        <translation>%1 des Monatsumsatzes</translation>
    </message>
    <message>
        <source>Σ churn probability × monthly charge over the scored customers with a known charge.</source>
        <translation>Σ Abwanderungswahrscheinlichkeit × Monatsgebühr über die bewerteten Kunden mit bekannter Gebühr.</translation>
    </message>
    <message>
        <source>Revenue at risk per year</source>
        <translation>Gefährdeter Umsatz pro Jahr</translation>
    </message>
    <message>
        <source>Revenue at risk over %1 months</source>
        <translation>Gefährdeter Umsatz in %1 Monaten</translation>
    </message>
    <message>
        <source>high-risk customers: %1</source>
        <translation>Kunden mit hohem Risiko: %1</translation>
    </message>
    <message>
        <source>Revenue at risk per month × %1 months.</source>
        <translation>Gefährdeter Umsatz pro Monat × %1 Monate.</translation>
    </message>
    <message>
        <source>Data: %1 · 1 customer</source>
        <translation>Daten: %1 · 1 Kunde</translation>
    </message>
    <message>
        <source>Data: %1 · %2 customers</source>
        <translation>Daten: %1 · %2 Kunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Caution: this model did not record how well its probabilities match reality. The money figures rest on them: treat them as rough.</source>
        <translation>Achtung: Dieses Modell hat nicht festgehalten, wie gut seine Wahrscheinlichkeiten zur Wirklichkeit passen. Die Geldbeträge beruhen darauf: Betrachten Sie sie als grobe Schätzung.</translation>
    </message>
    <message>
        <source>Caution: on the model&apos;s test customers its probabilities were off by %1 percentage points on average (more than %2). The money figures rest on them: treat them as rough.</source>
        <translation>Achtung: Auf den Testkunden des Modells lagen seine Wahrscheinlichkeiten im Mittel um %1 Prozentpunkte daneben (mehr als %2). Die Geldbeträge beruhen darauf: Betrachten Sie sie als grobe Schätzung.</translation>
    </message>
    <message>
        <source> (Platt scaling)</source>
        <translation> (Platt-Skalierung)</translation>
    </message>
    <message>
        <source> (isotonic regression)</source>
        <translation> (isotone Regression)</translation>
    </message>
    <message>
        <source>Probabilities calibrated%1: on the model&apos;s test customers they were within %2 percentage points of the observed churn on average.</source>
        <translation>Wahrscheinlichkeiten kalibriert%1: Auf den Testkunden des Modells wichen sie im Mittel um höchstens %2 Prozentpunkte von der beobachteten Abwanderung ab.</translation>
    </message>
    <message>
        <source>The scored file is the data the model was trained on: its figures are more optimistic than they will be on new customers.</source>
        <translation>Die bewertete Datei enthält die Daten, mit denen das Modell trainiert wurde: Ihre Zahlen sind optimistischer, als sie bei neuen Kunden sein werden.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No customers were scored, so there is no campaign to recommend.</source>
        <translation>Es wurden keine Kunden bewertet, daher gibt es keine Kampagne zu empfehlen.</translation>
    </message>
    <message>
        <source>The file has no monthly charges, so what keeping a customer is worth is unknown and no campaign can be priced. Map a monthly charges column or give a value per customer.</source>
        <translation>Die Datei enthält keine Monatsgebühren. Daher ist unbekannt, was es wert ist, einen Kunden zu halten, und keine Kampagne lässt sich beziffern. Ordnen Sie eine Spalte mit Monatsgebühren zu oder geben Sie einen Wert je Kunde an.</translation>
    </message>
    <message>
        <source>No campaign pays at these assumptions: every list of customers costs more than the revenue it is expected to keep. Contacting everyone would cost %1 and keep %2.</source>
        <translation>Bei diesen Annahmen lohnt sich keine Kampagne: Jede Kundenliste kostet mehr als der Umsatz, den sie voraussichtlich hält. Alle zu kontaktieren würde %1 kosten und %2 halten.</translation>
    </message>
    <message>
        <source>Contact the %1 customers with the highest expected saving (%2 of those scored): the campaign is expected to save %3 net, a return of %4 on its cost.</source>
        <translation>Kontaktieren Sie die %1 Kunden mit der höchsten erwarteten Ersparnis (%2 der bewerteten): Die Kampagne spart voraussichtlich netto %3, eine Rendite von %4 auf ihre Kosten.</translation>
    </message>
    <message>
        <source>Customers to contact</source>
        <translation>Zu kontaktierende Kunden</translation>
    </message>
    <message>
        <source>%1 of customers</source>
        <translation>%1 der Kunden</translation>
    </message>
    <message>
        <source>Expected churners reached</source>
        <translation>Erreichte erwartete Abwanderer</translation>
    </message>
    <message>
        <source>%1 of all expected</source>
        <translation>%1 aller erwarteten</translation>
    </message>
    <message>
        <source>10–90%: %1 to %2</source>
        <translation>10–90%: %1 bis %2</translation>
    </message>
    <message>
        <source>Customers saved</source>
        <translation>Gehaltene Kunden</translation>
    </message>
    <message>
        <source>Revenue saved</source>
        <translation>Geretteter Umsatz</translation>
    </message>
    <message>
        <source>%1 months of charges</source>
        <translation>%1 Monatsgebühren</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Kampagnenkosten</translation>
    </message>
    <message>
        <source>offers %1 · contacts %2</source>
        <translation>Angebote %1 · Kontakte %2</translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation>Nettoersparnis</translation>
    </message>
    <message>
        <source>Return on cost</source>
        <translation>Rendite auf die Kosten</translation>
    </message>
    <message>
        <source>net saving ÷ cost</source>
        <translation>Nettoersparnis ÷ Kosten</translation>
    </message>
    <message>
        <source>With an acceptance anywhere from %1, the net saving of this list lies between %2 and %3 in 8 cases out of 10.</source>
        <translation>Bei einer Annahmequote von %1 liegt die Nettoersparnis dieser Liste in 8 von 10 Fällen zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>The budget of %1 limits the list: without it, the best list would have %2 customers.</source>
        <translation>Das Budget von %1 begrenzt die Liste: Ohne Budget hätte die beste Liste %2 Kunden.</translation>
    </message>
    <message>
        <source>The budget of %1 does not limit the list.</source>
        <translation>Das Budget von %1 begrenzt die Liste nicht.</translation>
    </message>
    <message>
        <source>a kept customer is worth %1 months of their %2</source>
        <translation>ein gehaltener Kunde ist %1 Monate seines Werts aus %2 wert</translation>
    </message>
    <message>
        <source>a kept customer is worth %1 months of %2</source>
        <translation>ein gehaltener Kunde ist %1 Monate zu je %2 wert</translation>
    </message>
    <message>
        <source>no customer values: customers are ranked by churn probability alone</source>
        <translation>keine Kundenwerte: Kunden werden allein nach Abwanderungswahrscheinlichkeit sortiert</translation>
    </message>
    <message>
        <source>Assumptions: contact cost %1 per customer, offer cost %2 per accepted offer, %3 of contacted would-be churners accept and stay, %4, %5.</source>
        <translation>Annahmen: Kontaktkosten %1 je Kunde, Angebotskosten %2 je angenommenem Angebot, %3 der kontaktierten abwanderungsgefährdeten Kunden nehmen an und bleiben, %4, %5.</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>no budget limit</source>
        <translation>keine Budgetgrenze</translation>
    </message>
</context>
<context>
    <name>churnlens::ReportWriter</name>
    <message>
        <source>Churn impact report</source>
        <translation>Wirkungsbericht zur Abwanderung</translation>
    </message>
    <message>
        <source>Recommended campaign</source>
        <translation>Empfohlene Kampagne</translation>
    </message>
    <message>
        <source>Revenue at risk by %1</source>
        <translation>Gefährdeter Umsatz nach %1</translation>
    </message>
    <message>
        <source>Expected churners by %1</source>
        <translation>Erwartete Abwanderer nach %1</translation>
    </message>
    <message>
        <source>Net saving by share of customers contacted</source>
        <translation>Nettoersparnis nach Anteil kontaktierter Kunden</translation>
    </message>
    <message>
        <source>Churners reached (cumulative gains)</source>
        <translation>Erreichte Abwanderer (kumulierte Gains)</translation>
    </message>
    <message>
        <source>No segment columns were found in the file.</source>
        <translation>In der Datei wurden keine Segmentspalten gefunden.</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · erstellt am %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Trend over the project&apos;s scorings</source>
        <translation>Verlauf über die Bewertungen des Projekts</translation>
    </message>
    <message>
        <source>Trend: this report was made without a project, so there are no earlier scorings to compare with.</source>
        <translation>Verlauf: Dieser Bericht wurde ohne Projekt erstellt, daher gibt es keine früheren Bewertungen zum Vergleich.</translation>
    </message>
    <message>
        <source>Trend: the project holds one scoring so far; the trend appears from the second.</source>
        <translation>Verlauf: Das Projekt enthält bisher eine Bewertung; der Verlauf erscheint ab der zweiten.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>Notes on the data and the model</source>
        <translation>Hinweise zu den Daten und zum Modell</translation>
    </message>
    <message>
        <source>Cannot write the report: %1.</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it; nothing was written.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A PDF report needs the application&apos;s fonts (a QGuiApplication).</source>
        <translation>Ein PDF-Bericht braucht die Schriftarten der Anwendung (eine QGuiApplication).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not get a new page.</source>
        <translation>Das PDF konnte keine neue Seite anlegen.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>churnlens::RetrainDialog</name>
    <message>
        <source>Retrain the Model</source>
        <translation>Modell neu trainieren</translation>
    </message>
    <message>
        <source>Train a challenger with the same settings as %1 (same kind of model and parameters, no new search), then compare both on part of %2 that neither has seen. Nothing changes for your customers until you promote the challenger.</source>
        <translation>Trainieren Sie einen Herausforderer mit denselben Einstellungen wie %1 (gleiche Modellart und Parameter, keine neue Suche) und vergleichen Sie dann beide auf einem Teil von %2, den keines der beiden Modelle kennt. Für Ihre Kunden ändert sich nichts, bis Sie den Herausforderer befördern.</translation>
    </message>
    <message>
        <source>Train on the training data and this file</source>
        <translation>Mit den Trainingsdaten und dieser Datei trainieren</translation>
    </message>
    <message>
        <source>Train on this file alone</source>
        <translation>Nur mit dieser Datei trainieren</translation>
    </message>
    <message>
        <source>Choose the Training File…</source>
        <translation>Trainingsdatei auswählen…</translation>
    </message>
    <message>
        <source>The File the Model Was Trained On</source>
        <translation>Datei, mit der das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>Customer data (*.csv *.tsv *.txt *.sqlite *.db);;All files (*)</source>
        <translation>Kundendaten (*.csv *.tsv *.txt *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Learns this file&apos;s customers only: use it when the old data no longer describes them.</source>
        <translation>Lernt nur die Kunden dieser Datei: Verwenden Sie dies, wenn die alten Daten sie nicht mehr beschreiben.</translation>
    </message>
    <message>
        <source>30% of this file, with the same share of leavers as the rest, is kept aside to compare both models fairly.</source>
        <translation>30 % dieser Datei, mit demselben Anteil an Abwanderern wie im Rest, werden zurückgehalten, um beide Modelle fair zu vergleichen.</translation>
    </message>
    <message>
        <source>Train and Compare</source>
        <translation>Trainieren und vergleichen</translation>
    </message>
    <message>
        <source>Training the challenger…</source>
        <translation>Herausforderer wird trainiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Promote Challenger…</source>
        <translation>Herausforderer befördern…</translation>
    </message>
    <message>
        <source>Retraining needs a project: the challenger, its comparison with the champion and a promotion are kept there. Save your work as a project first (File ▸ New Project…).</source>
        <translation>Zum neu Trainieren ist ein Projekt nötig: Der Herausforderer, sein Vergleich mit dem Champion und eine Beförderung werden dort gespeichert. Speichern Sie Ihre Arbeit zuerst als Projekt (Datei ▸ Neues Projekt…).</translation>
    </message>
    <message>
        <source>This project is open read-only, so the challenger cannot be kept in it. Open it for writing, or save a copy (File ▸ Save Project As…).</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet, daher kann der Herausforderer nicht darin gespeichert werden. Öffnen Sie es mit Schreibzugriff oder speichern Sie eine Kopie (Datei ▸ Projekt speichern unter…).</translation>
    </message>
    <message>
        <source>There is no model or no data to retrain with.</source>
        <translation>Es gibt kein Modell oder keine Daten zum neu Trainieren.</translation>
    </message>
    <message>
        <source>Uses the training data kept in the project (%1), after checking it is the data %2 was trained on.</source>
        <translation>Verwendet die im Projekt gespeicherten Trainingsdaten (%1), nachdem geprüft wurde, dass %2 mit diesen Daten trainiert wurde.</translation>
    </message>
    <message>
        <source>Training data: %1</source>
        <translation>Trainingsdaten: %1</translation>
    </message>
    <message>
        <source>Choose the file %1 was trained on; the project keeps no copy of it.</source>
        <translation>Wählen Sie die Datei aus, mit der %1 trainiert wurde; das Projekt speichert keine Kopie davon.</translation>
    </message>
    <message>
        <source>Retraining the model</source>
        <translation>Modell wird neu trainiert</translation>
    </message>
    <message>
        <source>Reading the training data</source>
        <translation>Trainingsdaten werden gelesen</translation>
    </message>
    <message>
        <source>%1 Choose the training file, or train on this file alone.</source>
        <translation>%1 Wählen Sie die Trainingsdatei aus oder trainieren Sie nur mit dieser Datei.</translation>
    </message>
    <message>
        <source>Retraining was canceled; nothing was recorded.</source>
        <translation>Das neue Training wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The challenger could not be trained: %1</source>
        <translation>Der Herausforderer konnte nicht trainiert werden: %1</translation>
    </message>
    <message>
        <source>Could not retrain the model</source>
        <translation>Modell konnte nicht neu trainiert werden</translation>
    </message>
    <message>
        <source>The project was closed while the challenger was trained; nothing was recorded.</source>
        <translation>Das Projekt wurde geschlossen, während der Herausforderer trainiert wurde; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The challenger could not be kept in the project: %1</source>
        <translation>Der Herausforderer konnte nicht im Projekt gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not record the challenger</source>
        <translation>Herausforderer konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Make the challenger the champion: the model the project scores customers with</source>
        <translation>Den Herausforderer zum Champion machen: zu dem Modell, mit dem das Projekt Kunden bewertet</translation>
    </message>
    <message>
        <source>The challenger is not clearly better; you can still promote it, giving your reason.</source>
        <translation>Der Herausforderer ist nicht eindeutig besser; Sie können ihn trotzdem befördern, wenn Sie eine Begründung angeben.</translation>
    </message>
    <message>
        <source>Make v%1 the champion: the model the project scores customers with.</source>
        <translation>v%1 zum Champion machen: zu dem Modell, mit dem das Projekt Kunden bewertet.</translation>
    </message>
    <message>
        <source>The current champion, v%1, is archived; Roll Back in the Models area brings it back.</source>
        <translation>Der aktuelle Champion v%1 wird archiviert; mit „Zurückrollen“ im Bereich Modelle lässt er sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Promote v%1</source>
        <translation>v%1 befördern</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Retrained on %1</source>
        <translation>Neu trainiert mit %1</translation>
    </message>
    <message>
        <source>%1 (comparison %2)</source>
        <translation>%1 (Vergleich %2)</translation>
    </message>
    <message>
        <source>Could not promote the model version</source>
        <translation>Modellversion konnte nicht befördert werden</translation>
    </message>
    <message>
        <source>v%1 is the champion now, and in use for scoring.</source>
        <translation>v%1 ist jetzt der Champion und wird zum Bewerten verwendet.</translation>
    </message>
</context>
<context>
    <name>churnlens::RiskStyle</name>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Niedriges Risiko</translation>
    </message>
</context>
<context>
    <name>churnlens::RiskTableModel</name>
    <message>
        <source>Churn probability %1 (the model calls a customer a churner from %2)</source>
        <translation>Abwanderungswahrscheinlichkeit %1 (das Modell stuft Kunden ab %2 als Abwanderer ein)</translation>
    </message>
    <message>
        <source>This customer could not be scored.</source>
        <translation>Dieser Kunde konnte nicht bewertet werden.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Hauptgrund</translation>
    </message>
    <message>
        <source>Second reason</source>
        <translation>Zweiter Grund</translation>
    </message>
    <message>
        <source>Third reason</source>
        <translation>Dritter Grund</translation>
    </message>
    <message>
        <source>Why the model rates this customer so: the facts that move their churn risk most, strongest first.
▲ raises the risk, ▼ lowers it. Point at a reason to read all of them in full.</source>
        <translation>Warum das Modell diesen Kunden so einschätzt: die Angaben, die sein Abwanderungsrisiko am stärksten bewegen, die stärkste zuerst.
▲ erhöht das Risiko, ▼ senkt es. Zeigen Sie auf einen Grund, um alle vollständig zu lesen.</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>how much a reason moves the churn risk</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>how much a reason moves the churn risk</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>slight</source>
        <comment>how much a reason moves the churn risk</comment>
        <translation>gering</translation>
    </message>
    <message>
        <source>Why the model rates this customer so, strongest first:</source>
        <translation>Warum das Modell diesen Kunden so einschätzt, die stärksten Gründe zuerst:</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>arrow, reason, strength</comment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Churn %</source>
        <translation>Abwanderung %</translation>
    </message>
    <message>
        <source>Churn probability: how likely the model finds it that this customer leaves.</source>
        <translation>Abwanderungswahrscheinlichkeit: wie wahrscheinlich es nach dem Modell ist, dass dieser Kunde geht.</translation>
    </message>
</context>
<context>
    <name>churnlens::RunComparison</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None — standard settings</source>
        <translation>Keine — Standardeinstellungen</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>Best F1</source>
        <translation>Bester F1-Wert</translation>
    </message>
    <message>
        <source>Best profit</source>
        <translation>Höchster Gewinn</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest vorgegeben</translation>
    </message>
    <message>
        <source>A random share</source>
        <translation>Ein zufälliger Anteil</translation>
    </message>
    <message>
        <source>A list of customer ids</source>
        <translation>Eine Liste von Kunden-IDs</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <source>PR AUC</source>
        <translation>PR AUC</translation>
    </message>
    <message>
        <source>log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Number of trees</source>
        <translation>Anzahl der Bäume</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Tree depth (0 = no limit)</source>
        <translation>Baumtiefe (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>Smallest group in a leaf (weight)</source>
        <translation>Kleinste Gruppe in einem Blatt (Gewicht)</translation>
    </message>
    <message>
        <source>Share of customers per tree</source>
        <translation>Anteil der Kunden pro Baum</translation>
    </message>
    <message>
        <source>Share of fields per tree</source>
        <translation>Anteil der Felder pro Baum</translation>
    </message>
    <message>
        <source>Regularisation (L2)</source>
        <translation>Regularisierung (L2)</translation>
    </message>
    <message>
        <source>Regularisation (L1)</source>
        <translation>Regularisierung (L1)</translation>
    </message>
    <message>
        <source>Smallest gain for a split</source>
        <translation>Kleinster Zugewinn für eine Aufteilung</translation>
    </message>
    <message>
        <source>Weight of churners</source>
        <translation>Gewicht abgewanderter Kunden</translation>
    </message>
    <message>
        <source>Fit strength C</source>
        <translation>Anpassungsstärke C</translation>
    </message>
    <message>
        <source>Penalty type (1 = L1, 2 = L2)</source>
        <translation>Art der Bestrafung (1 = L1, 2 = L2)</translation>
    </message>
    <message>
        <source>Share of fields per split (0 = usual)</source>
        <translation>Anteil der Felder pro Aufteilung (0 = üblich)</translation>
    </message>
    <message>
        <source>Fewest customers in a leaf</source>
        <translation>Mindestzahl an Kunden in einem Blatt</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Churn column</source>
        <translation>Abwanderungsspalte</translation>
    </message>
    <message>
        <source>Customers to learn from</source>
        <translation>Kunden zum Lernen</translation>
    </message>
    <message>
        <source>Customers kept aside for the test</source>
        <translation>Für den Test zurückgehaltene Kunden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Best model</source>
        <translation>Bestes Modell</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Imbalance handling</source>
        <translation>Umgang mit Ungleichgewicht</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Inputs after preparation</source>
        <translation>Eingaben nach der Aufbereitung</translation>
    </message>
    <message>
        <source>Churn value</source>
        <translation>Wert für Abwanderung</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Fingerabdruck der Daten</translation>
    </message>
    <message>
        <source>Notes from training</source>
        <translation>Hinweise aus dem Training</translation>
    </message>
    <message>
        <source>Threshold chosen by</source>
        <translation>Schwelle gewählt nach</translation>
    </message>
    <message>
        <source>Fixed threshold</source>
        <translation>Feste Schwelle</translation>
    </message>
    <message>
        <source>Cost of contacting a customer</source>
        <translation>Kosten pro Kundenkontakt</translation>
    </message>
    <message>
        <source>Value of a customer kept</source>
        <translation>Wert eines gehaltenen Kunden</translation>
    </message>
    <message>
        <source>Share of contacted churners who stay</source>
        <translation>Anteil kontaktierter abwandernder Kunden, die bleiben</translation>
    </message>
    <message>
        <source>Test customers chosen as</source>
        <translation>Testkunden gewählt als</translation>
    </message>
    <message>
        <source>Share kept aside for the test</source>
        <translation>Für den Test zurückgehaltener Anteil</translation>
    </message>
    <message>
        <source>Cross-validation folds</source>
        <translation>Teilmengen der Kreuzvalidierung</translation>
    </message>
    <message>
        <source>Churners to learn from</source>
        <translation>Abgewanderte Kunden zum Lernen</translation>
    </message>
    <message>
        <source>Churners among the test customers</source>
        <translation>Abgewanderte Kunden unter den Testkunden</translation>
    </message>
    <message>
        <source>CV %1 (mean ± spread)</source>
        <translation>CV %1 (Mittelwert ± Streuung)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>Test: churners caught</source>
        <translation>Test: erkannte abgewanderte Kunden</translation>
    </message>
    <message>
        <source>Test: churners missed</source>
        <translation>Test: übersehene abgewanderte Kunden</translation>
    </message>
    <message>
        <source>Test: stayers flagged</source>
        <translation>Test: markierte gebliebene Kunden</translation>
    </message>
    <message>
        <source>Test: stayers not flagged</source>
        <translation>Test: nicht markierte gebliebene Kunden</translation>
    </message>
    <message>
        <source>Parameter sets tried</source>
        <translation>Ausprobierte Parametersätze</translation>
    </message>
    <message>
        <source>Most important fields</source>
        <translation>Wichtigste Felder</translation>
    </message>
    <message>
        <source>Fill in missing values</source>
        <translation>Fehlende Werte auffüllen</translation>
    </message>
    <message>
        <source>Mark values that were missing</source>
        <translation>Fehlende Werte kennzeichnen</translation>
    </message>
    <message>
        <source>Scale numbers</source>
        <translation>Zahlen skalieren</translation>
    </message>
    <message>
        <source>Categories encoded as</source>
        <translation>Kategorien kodiert als</translation>
    </message>
    <message>
        <source>Most categories per field</source>
        <translation>Höchstzahl an Kategorien pro Feld</translation>
    </message>
    <message>
        <source>Engineered features</source>
        <translation>Abgeleitete Merkmale</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Aufbereitung</translation>
    </message>
    <message>
        <source>ChurnLens version</source>
        <translation>ChurnLens-Version</translation>
    </message>
    <message>
        <source>XGBoost version</source>
        <translation>XGBoost-Version</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Processor cores</source>
        <translation>Prozessorkerne</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Automatic search</source>
        <translation>Automatische Suche</translation>
    </message>
</context>
<context>
    <name>churnlens::RunTableModel</name>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Training was canceled; the models finished before that were kept.</source>
        <translation>Das Training wurde abgebrochen; die bis dahin fertigen Modelle wurden behalten.</translation>
    </message>
    <message>
        <source>%1 customers to learn from, %2 kept aside to test the models</source>
        <translation>%1 Kunden zum Lernen, %2 zum Testen der Modelle zurückgehalten</translation>
    </message>
    <message>
        <source>%1
Content fingerprint %2…</source>
        <translation>%1
Fingerabdruck des Inhalts %2…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Churn column</source>
        <translation>Abwanderungsspalte</translation>
    </message>
    <message>
        <source>Models trained</source>
        <translation>Trainierte Modelle</translation>
    </message>
    <message>
        <source>Best model</source>
        <translation>Bestes Modell</translation>
    </message>
    <message>
        <source>Test ROC AUC</source>
        <translation>Test ROC AUC</translation>
    </message>
    <message>
        <source>CV ROC AUC</source>
        <translation>CV ROC AUC</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>How well the best model ranks churners above stayers on customers it never saw: 1 is perfect, 0.5 is guessing.</source>
        <translation>Wie gut das beste Modell bei Kunden, die es nie gesehen hat, abgewanderte Kunden vor gebliebenen einordnet: 1 ist perfekt, 0,5 ist Raten.</translation>
    </message>
    <message>
        <source>The same measure averaged over the cross-validation folds of the training customers.</source>
        <translation>Dieselbe Kennzahl, gemittelt über die Teilmengen der Kreuzvalidierung der Trainingskunden.</translation>
    </message>
    <message>
        <source>Balance of churners caught and flagged customers who really churn, at the chosen threshold.</source>
        <translation>Ausgewogenheit zwischen erkannten abgewanderten Kunden und markierten Kunden, die wirklich abwandern, bei der gewählten Schwelle.</translation>
    </message>
    <message>
        <source>Customers in the data the run used (learning and test).</source>
        <translation>Kunden in den Daten, die der Lauf verwendet hat (Lernen und Test).</translation>
    </message>
    <message>
        <source>The model the run picked as best (by cross-validated ROC AUC).</source>
        <translation>Das Modell, das der Lauf als bestes gewählt hat (nach kreuzvalidiertem ROC AUC).</translation>
    </message>
</context>
<context>
    <name>churnlens::SampleExplanation</name>
    <message>
        <source>This model&apos;s scores come without explanations.</source>
        <translation>Die Scores dieses Modells enthalten keine Erklärungen.</translation>
    </message>
    <message>
        <source>Score the customers again; if it persists, the model kind cannot be explained.</source>
        <translation>Bewerten Sie die Kunden erneut; bleibt das Problem, lässt sich diese Modellart nicht erklären.</translation>
    </message>
    <message>
        <source>Explaining a sample of customers</source>
        <translation>Eine Stichprobe von Kunden wird erklärt</translation>
    </message>
    <message>
        <source>The explanation&apos;s fields do not match the scores.</source>
        <translation>Die Felder der Erklärung passen nicht zu den Scores.</translation>
    </message>
</context>
<context>
    <name>churnlens::SampleProject</name>
    <message>
        <source>The shipped model could not be read: %1</source>
        <translation>Das mitgelieferte Modell konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reinstall ChurnLens, or open a model folder of your own.</source>
        <translation>Installieren Sie ChurnLens neu oder öffnen Sie einen eigenen Modellordner.</translation>
    </message>
    <message>
        <source>Sample project</source>
        <translation>Beispielprojekt</translation>
    </message>
    <message>
        <source>The default model shipped with ChurnLens was not found.</source>
        <translation>Das mit ChurnLens mitgelieferte Standardmodell wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Reinstall ChurnLens, or set CHURNLENS_MODEL_DIR to its models/default folder.</source>
        <translation>Installieren Sie ChurnLens neu oder setzen Sie CHURNLENS_MODEL_DIR auf dessen Ordner models/default.</translation>
    </message>
    <message>
        <source>Creating sample customers</source>
        <translation>Beispielkunden werden erstellt</translation>
    </message>
    <message>
        <source>shipped default model</source>
        <translation>mitgeliefertes Standardmodell</translation>
    </message>
    <message>
        <source>Shipped default model</source>
        <translation>Mitgeliefertes Standardmodell</translation>
    </message>
</context>
<context>
    <name>churnlens::ScoreView</name>
    <message>
        <source>These customers could not be scored.

%1%2</source>
        <translation>Diese Kunden konnten nicht bewertet werden.

%1%2</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>The model could not be opened.</source>
        <translation>Das Modell konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Als Excel exportieren…</translation>
    </message>
    <message>
        <source>Save the campaign list (ids, probability, risk, reasons) as a CSV file</source>
        <translation>Die Kampagnenliste (IDs, Wahrscheinlichkeit, Risiko, Gründe) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Save the campaign list as an Excel workbook (.xlsx)</source>
        <translation>Die Kampagnenliste als Excel-Arbeitsmappe (.xlsx) speichern</translation>
    </message>
    <message>
        <source>Double-click a customer to see why, and what would change it</source>
        <translation>Doppelklicken Sie auf einen Kunden, um zu sehen, warum – und was das ändern würde</translation>
    </message>
    <message>
        <source>Find a customer id or a reason (e.g. contract, fiber)…</source>
        <translation>Kunden-ID oder Grund suchen (z. B. Vertrag, Glasfaser)…</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <source>Use a model folder saved earlier (by you, a colleague or churnlens-cli train)</source>
        <translation>Einen früher gespeicherten Modellordner verwenden (von Ihnen, einem Kollegen oder churnlens-cli train)</translation>
    </message>
    <message>
        <source>Score the Loaded Data</source>
        <translation>Geladene Daten bewerten</translation>
    </message>
    <message>
        <source>Score Another File…</source>
        <translation>Andere Datei bewerten…</translation>
    </message>
    <message>
        <source>Score a customer file without replacing the data you work on</source>
        <translation>Eine Kundendatei bewerten, ohne die Daten zu ersetzen, mit denen Sie arbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>Hoch ab</translation>
    </message>
    <message>
        <source>medium from</source>
        <translation>mittel ab</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; none yet — %1</source>
        <translation>&lt;b&gt;Modell:&lt;/b&gt; noch keins — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers:&lt;/b&gt; %1 · %2 scored in %3%4</source>
        <translation>&lt;b&gt;Kunden:&lt;/b&gt; %1 · %2 bewertet in %3%4</translation>
    </message>
    <message>
        <source> (the data you loaded)</source>
        <translation> (die geladenen Daten)</translation>
    </message>
    <message>
        <source> (a separate file)</source>
        <translation> (eine separate Datei)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers:&lt;/b&gt; %1 loaded, not scored yet</source>
        <translation>&lt;b&gt;Kunden:&lt;/b&gt; %1 geladen, noch nicht bewertet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers:&lt;/b&gt; none loaded</source>
        <translation>&lt;b&gt;Kunden:&lt;/b&gt; keine geladen</translation>
    </message>
    <message>
        <source>There is no model to score with yet.

Train one in the Train area, or open a saved model folder with “Open Model…”.</source>
        <translation>Es gibt noch kein Modell zum Bewerten.

Trainieren Sie eines im Bereich Trainieren oder öffnen Sie einen gespeicherten Modellordner über „Modell öffnen…“.</translation>
    </message>
    <message>
        <source>These customers could not be scored.</source>
        <translation>Diese Kunden konnten nicht bewertet werden.</translation>
    </message>
    <message>
        <source>Score the loaded data, or another customer file, to see who is about to leave.</source>
        <translation>Bewerten Sie die geladenen Daten oder eine andere Kundendatei, um zu sehen, wer kurz vor der Kündigung steht.</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>Kunden werden bewertet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing columns:&lt;/b&gt; %1 — the model filled them in with typical training values, so these customers&apos; scores are less precise.</source>
        <translation>&lt;b&gt;Fehlende Spalten:&lt;/b&gt; %1 — das Modell hat sie mit typischen Trainingswerten aufgefüllt, daher sind die Scores dieser Kunden weniger genau.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <source>Sorting customers</source>
        <translation>Kunden werden sortiert</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers</source>
        <translation>%1 von %2 Kunden werden gezeigt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The campaign list is empty: choose who goes on it first.</source>
        <translation>Die Kampagnenliste ist leer: legen Sie zuerst fest, wer darauf kommt.</translation>
    </message>
    <message>
        <source>campaign-%1.%2</source>
        <translation>kampagne-%1.%2</translation>
    </message>
    <message>
        <source>Export the Campaign List</source>
        <translation>Kampagnenliste exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n customers</source>
        <translation>
            <numerusform>%n Kunde wird exportiert</numerusform>
            <numerusform>%n Kunden werden exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be saved.</source>
        <translation>Die Liste konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers saved to %1.</source>
        <translation>
            <numerusform>%n Kunde in %1 gespeichert.</numerusform>
            <numerusform>%n Kunden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1
The export was recorded in the export log.</source>
        <translation>Ordner: %1
Der Export wurde im Exportprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Score a Customer File</source>
        <translation>Kundendatei bewerten</translation>
    </message>
    <message>
        <source>Open a Saved Model Folder</source>
        <translation>Gespeicherten Modellordner öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model:&lt;/b&gt; %1 · predicts churn from %2</source>
        <translation>&lt;b&gt;Modell:&lt;/b&gt; %1 · sagt Abwanderung ab %2 voraus</translation>
    </message>
    <message>
        <source>Use the Latest Trained Model</source>
        <translation>Zuletzt trainiertes Modell verwenden</translation>
    </message>
    <message>
        <source>Score with the best model of the latest training run, at the threshold chosen when it was trained. To choose another model or threshold, use “Use this model” in the Train area.</source>
        <translation>Mit dem besten Modell des letzten Trainingslaufs bewerten, mit dem beim Training gewählten Schwellenwert. Ein anderes Modell oder einen anderen Schwellenwert wählen Sie mit „Dieses Modell verwenden“ im Bereich Training.</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Score and explain with a model folder saved earlier</source>
        <translation>Mit einem früher gespeicherten Modellordner bewerten und erklären</translation>
    </message>
    <message>
        <source>Folder: %1
The list was saved, but the export could not be recorded: %2</source>
        <translation>Ordner: %1
Die Liste wurde gespeichert, aber der Export konnte nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Folder: %1
The export was recorded in the project “%2”.</source>
        <translation>Ordner: %1
Der Export wurde im Projekt „%2“ festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Export Campaign List…</source>
        <translation>Kampagnenliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Go back to the cut points of the risk level rule in Preferences</source>
        <translation>Zurück zu den Grenzen der Regel für Risikostufen aus den Einstellungen</translation>
    </message>
    <message>
        <source>How the levels are chosen:</source>
        <translation>So werden die Stufen bestimmt:</translation>
    </message>
    <message>
        <source>Click to show all customers again.</source>
        <translation>Klicken, um wieder alle Kunden zu zeigen.</translation>
    </message>
    <message>
        <source>Click to show only these customers; click again to show everyone.</source>
        <translation>Klicken, um nur diese Kunden zu zeigen; erneut klicken, um alle zu zeigen.</translation>
    </message>
    <message>
        <source>Customers from this churn probability up are high risk.</source>
        <translation>Kunden ab dieser Abwanderungswahrscheinlichkeit haben ein hohes Risiko.</translation>
    </message>
    <message>
        <source>From this probability up to the high-risk line, customers are medium risk.</source>
        <translation>Ab dieser Wahrscheinlichkeit bis zur Grenze für hohes Risiko haben Kunden ein mittleres Risiko.</translation>
    </message>
    <message>
        <source>Excel workbook, formatted to read (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe, zum Lesen formatiert (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, plain data for other programs (*.csv)</source>
        <translation>CSV, reine Daten für andere Programme (*.csv)</translation>
    </message>
    <message>
        <source>version %1 of project %2</source>
        <translation>Version %1 des Projekts %2</translation>
    </message>
</context>
<context>
    <name>churnlens::ScoringContext</name>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>%1 trained in this session</source>
        <translation>%1, in dieser Sitzung trainiert</translation>
    </message>
    <message>
        <source>%1 — the default model shipped with ChurnLens</source>
        <translation>%1 — das mit ChurnLens ausgelieferte Standardmodell</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>Das Modell wird gelesen</translation>
    </message>
    <message>
        <source>Scoring customers</source>
        <translation>Kunden werden bewertet</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Updating risk levels</source>
        <translation>Risikostufen werden aktualisiert</translation>
    </message>
    <message>
        <source>train one in the Train area, or open a saved model folder.</source>
        <translation>trainieren Sie eines im Bereich Trainieren oder öffnen Sie einen gespeicherten Modellordner.</translation>
    </message>
    <message>
        <source>the default model could not be read (%1).</source>
        <translation>das Standardmodell konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1 from training run %2 (%3)</source>
        <translation>%1 aus Trainingslauf %2 (%3)</translation>
    </message>
    <message>
        <source>There is no model in use.</source>
        <translation>Es ist kein Modell in Verwendung.</translation>
    </message>
    <message>
        <source>No default model was found.</source>
        <translation>Es wurde kein Standardmodell gefunden.</translation>
    </message>
    <message>
        <source>v%1 (%2) from this project&apos;s models</source>
        <translation>v%1 (%2) aus den Modellen dieses Projekts</translation>
    </message>
    <message>
        <source>%1 from run %2 of this project</source>
        <translation>%1 aus Lauf %2 dieses Projekts</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>No project is open: its models cannot be used.</source>
        <translation>Es ist kein Projekt geöffnet: Projektmodelle können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Preparing the model</source>
        <translation>Modell wird vorbereitet</translation>
    </message>
    <message>
        <source>High: probability of at least %1.
Medium: at least %2.
Low: below %2.
(Cut points set for this work; the default rule is in Preferences.)</source>
        <translation>Hoch: Wahrscheinlichkeit von mindestens %1.
Mittel: mindestens %2.
Niedrig: unter %2.
(Grenzen für diese Arbeit festgelegt; die Standardregel steht in den Einstellungen.)</translation>
    </message>
</context>
<context>
    <name>churnlens::ShapImportanceChart</name>
    <message>
        <source>Which fields drive churn risk</source>
        <translation>Welche Felder das Abwanderungsrisiko treiben</translation>
    </message>
    <message>
        <source>|Standardised coefficient| (share)</source>
        <translation>|Standardisierter Koeffizient| (Anteil)</translation>
    </message>
    <message>
        <source>Share of total importance (%)</source>
        <translation>Anteil an der Gesamtwichtigkeit (%)</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 %2</source>
        <translation>&lt;br&gt;%1 %2</translation>
    </message>
    <message>
        <source>Effect on scores: how far a field moves a customer&apos;s churn score on average, over every scored customer (the mean absolute SHAP value). Use in training: how much the model leaned on the field while training. Both as a share of their total.</source>
        <translation>Wirkung auf die Bewertung: wie weit ein Feld das Abwanderungsrisiko eines Kunden im Durchschnitt über alle bewerteten Kunden verschiebt (der mittlere absolute SHAP-Wert). Nutzung im Training: wie stark sich das Modell beim Training auf das Feld gestützt hat. Beides als Anteil an ihrer Summe.</translation>
    </message>
    <message>
        <source>Effect on scores (share)</source>
        <translation>Wirkung auf die Bewertung (Anteil)</translation>
    </message>
    <message>
        <source>Use in training (share)</source>
        <translation>Nutzung im Training (Anteil)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;average effect on the churn score %2 (log-odds)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;mittlere Wirkung auf das Abwanderungsrisiko %2 (Log-Odds)</translation>
    </message>
</context>
<context>
    <name>churnlens::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Ctrl+F and Ctrl+E work in the areas that have a search field or an export; the menus show which.</source>
        <translation>Strg+F und Strg+E wirken in den Bereichen, die ein Suchfeld oder einen Export haben; die Menüs zeigen, in welchen.</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>churnlens::SimulatorForm</name>
    <message>
        <source>Monthly value per customer:</source>
        <translation>Monatswert je Kunde:</translation>
    </message>
    <message>
        <source>What the offer costs for each customer who takes it (a discount, a gift). Customers who were not going to leave may take it too, and are counted.</source>
        <translation>Was das Angebot je Kunde kostet, der es annimmt (ein Rabatt, ein Geschenk). Auch Kunden, die ohnehin geblieben wären, können es annehmen; sie werden mitgezählt.</translation>
    </message>
    <message>
        <source>What reaching one customer costs (a call, a letter), whether they accept or not</source>
        <translation>Was es kostet, einen Kunden zu erreichen (ein Anruf, ein Brief), ob er annimmt oder nicht</translation>
    </message>
    <message>
        <source>Of the contacted customers who would have left, the share who accept the offer and stay. Not sure? Give a range (from 15 to 35 %): the figures then show what is likely (10–90 % of the range). 24 % is what the system ChurnLens grew from measured; use your own campaigns&apos; figure when you have one.</source>
        <translation>Von den kontaktierten Kunden, die gegangen wären, der Anteil, der das Angebot annimmt und bleibt. Unsicher? Geben Sie eine Spanne an (von 15 bis 35 %): Die Zahlen zeigen dann, was wahrscheinlich ist (10–90 % der Spanne). 24 % hat das System gemessen, aus dem ChurnLens hervorging; nehmen Sie den Wert Ihrer eigenen Kampagnen, wenn Sie einen haben.</translation>
    </message>
    <message>
        <source>How many months of charges keeping a customer is worth. It is also the horizon of the “revenue at risk” figure.</source>
        <translation>Wie viele Monatsgebühren es wert ist, einen Kunden zu halten. Zugleich der Zeitraum des „gefährdeten Umsatzes“.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>The most the campaign may cost (contacts and offers taken, expected). Leave at “no limit” to contact everyone worth contacting.</source>
        <translation>Was die Kampagne höchstens kosten darf (Kontakte und angenommene Angebote, erwartet). Bei „unbegrenzt“ wird jeder kontaktiert, bei dem es sich lohnt.</translation>
    </message>
    <message>
        <source>Where a customer&apos;s monthly value comes from: the monthly charges column, another numeric column, or one amount for everyone</source>
        <translation>Woher der Monatswert eines Kunden kommt: die Spalte der Monatsgebühren, eine andere Zahlenspalte oder ein Betrag für alle</translation>
    </message>
    <message>
        <source>Counts every customer at this monthly value (for files without a charges column)</source>
        <translation>Zählt jeden Kunden mit diesem Monatswert (für Dateien ohne Gebührenspalte)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>months of</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Offer cost per customer who accepts:</source>
        <translation>Angebotskosten je annehmendem Kunden:</translation>
    </message>
    <message>
        <source>Contact cost per customer:</source>
        <translation>Kontaktkosten je Kunde:</translation>
    </message>
    <message>
        <source>Would-be leavers who accept and stay:</source>
        <translation>Abwanderer, die annehmen und bleiben:</translation>
    </message>
    <message>
        <source>A kept customer is worth:</source>
        <translation>Ein gehaltener Kunde ist wert:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>%1 (monthly charges)</source>
        <translation>%1 (Monatsgebühren)</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>ein fester Betrag</translation>
    </message>
</context>
<context>
    <name>churnlens::SimulatorResults</name>
    <message>
        <source>likely range</source>
        <translation>wahrscheinlicher Bereich</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Customers to contact</source>
        <translation>Zu kontaktierende Kunden</translation>
    </message>
    <message>
        <source>Likely leavers among them</source>
        <translation>Wahrscheinliche Abwanderer darunter</translation>
    </message>
    <message>
        <source>Customers kept</source>
        <translation>Gehaltene Kunden</translation>
    </message>
    <message>
        <source>Revenue saved</source>
        <translation>Geretteter Umsatz</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Kampagnenkosten</translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation>Nettoersparnis</translation>
    </message>
    <message>
        <source>Return on cost</source>
        <translation>Rendite auf die Kosten</translation>
    </message>
    <message>
        <source>The customers most worth keeping, best first: where the expected net saving is highest (within the budget)</source>
        <translation>Die Kunden, die zu halten sich am meisten lohnt, die besten zuerst: wo die erwartete Nettoersparnis am höchsten ist (im Budget)</translation>
    </message>
    <message>
        <source>How many of the contacted customers would leave without the campaign (the sum of their churn probabilities)</source>
        <translation>Wie viele der kontaktierten Kunden ohne die Kampagne gehen würden (die Summe ihrer Abwanderungswahrscheinlichkeiten)</translation>
    </message>
    <message>
        <source>Likely leavers reached × the share who accept and stay</source>
        <translation>Erreichte wahrscheinliche Abwanderer × der Anteil, der annimmt und bleibt</translation>
    </message>
    <message>
        <source>Customers kept × what each is worth (monthly value × the months a kept customer is worth)</source>
        <translation>Gehaltene Kunden × ihr Wert (Monatswert × die Monate, die ein gehaltener Kunde wert ist)</translation>
    </message>
    <message>
        <source>Contact cost for everyone contacted, plus the offer for everyone who takes it (including customers who would have stayed anyway)</source>
        <translation>Kontaktkosten für alle Kontaktierten plus das Angebot für alle, die es annehmen (auch Kunden, die ohnehin geblieben wären)</translation>
    </message>
    <message>
        <source>Revenue saved minus campaign cost</source>
        <translation>Geretteter Umsatz minus Kampagnenkosten</translation>
    </message>
    <message>
        <source>Net saving per unit spent on the campaign</source>
        <translation>Nettoersparnis je in die Kampagne gesteckter Einheit</translation>
    </message>
    <message>
        <source>With the acceptance given as a range: 8 times out of 10 the figure falls in here</source>
        <translation>Mit einer Spanne für die Annahme: 8 von 10 Mal liegt der Wert hier</translation>
    </message>
    <message>
        <source>likely range
(%1–%2 accept)</source>
        <translation>wahrscheinlich
(%1–%2 nehmen an)</translation>
    </message>
    <message>
        <source>expected
(%1)</source>
        <translation>erwartet
(%1)</translation>
    </message>
    <message>
        <source>Revenue saved (1 month)</source>
        <translation>Geretteter Umsatz (1 Monat)</translation>
    </message>
    <message>
        <source>Revenue saved (%1 months)</source>
        <translation>Geretteter Umsatz (%1 Monate)</translation>
    </message>
    <message>
        <source>The recommendation appears once the customers are scored.</source>
        <translation>Die Empfehlung erscheint, sobald die Kunden bewertet sind.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is a kept customer worth?&lt;/b&gt; This file has no monthly charges column: choose a value column or a fixed monthly amount above to see what a campaign would save.</source>
        <translation>&lt;b&gt;Was ist ein gehaltener Kunde wert?&lt;/b&gt; Diese Datei hat keine Spalte mit Monatsgebühren: Wählen Sie oben eine Wertspalte oder einen festen Monatsbetrag, um zu sehen, was eine Kampagne sparen würde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;At these costs no campaign pays off.&lt;/b&gt; Even for the customers most likely to leave, contacting them and the offer cost more than keeping them is worth. Lower the costs, or count a kept customer for more months.</source>
        <translation>&lt;b&gt;Zu diesen Kosten lohnt sich keine Kampagne.&lt;/b&gt; Selbst bei den Kunden, die am ehesten gehen, kosten Kontakt und Angebot mehr, als sie zu halten wert ist. Senken Sie die Kosten oder rechnen Sie einen gehaltenen Kunden mit mehr Monaten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact the %1 customers most worth keeping&lt;/b&gt; (%2 of those scored).</source>
        <translation>&lt;b&gt;Kontaktieren Sie die %1 Kunden, die zu halten sich am meisten lohnt&lt;/b&gt; (%2 der bewerteten).</translation>
    </message>
    <message>
        <source>Expect to keep about %1 of them and save &lt;b&gt;%2&lt;/b&gt; net (likely %3).</source>
        <translation>Erwarten Sie, etwa %1 von ihnen zu halten und netto &lt;b&gt;%2&lt;/b&gt; zu sparen (wahrscheinlich %3).</translation>
    </message>
    <message>
        <source>Expect to keep about %1 of them and save &lt;b&gt;%2&lt;/b&gt; net.</source>
        <translation>Erwarten Sie, etwa %1 von ihnen zu halten und netto &lt;b&gt;%2&lt;/b&gt; zu sparen.</translation>
    </message>
    <message>
        <source>That is a return of %1 on a campaign cost of %2.</source>
        <translation>Das ist eine Rendite von %1 auf Kampagnenkosten von %2.</translation>
    </message>
    <message>
        <source>If few customers accept, it could lose money.</source>
        <translation>Nehmen wenige Kunden an, kann sie Geld kosten.</translation>
    </message>
    <message>
        <source>The budget stops the list here; without it, the best list would have %1 customers.</source>
        <translation>Das Budget beendet die Liste hier; ohne es hätte die beste Liste %1 Kunden.</translation>
    </message>
    <message>
        <source>Contacting all %1 customers would net %2 instead.</source>
        <translation>Alle %1 Kunden zu kontaktieren brächte netto %2.</translation>
    </message>
</context>
<context>
    <name>churnlens::StatsTable</name>
    <message>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>25% (Q1)</source>
        <translation>25 % (Q1)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>75% (Q3)</source>
        <translation>75 % (Q3)</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <source>Interquartile range</source>
        <translation>Interquartilsabstand</translation>
    </message>
    <message>
        <source>Outliers (1.5 × IQR)</source>
        <translation>Ausreißer (1,5 × IQR)</translation>
    </message>
    <message>
        <source>Outlier fences</source>
        <translation>Ausreißergrenzen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>%1% interval</source>
        <translation>%1-%-Intervall</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n levels)</source>
        <translation>
            <numerusform>Sonstige (%n Wert)</numerusform>
            <numerusform>Sonstige (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
</context>
<context>
    <name>churnlens::SummaryBar</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>Rows with missing values</source>
        <translation>Zeilen mit fehlenden Werten</translation>
    </message>
    <message>
        <source>No churn column is chosen. Pick one in the column list (role &quot;Target&quot;).</source>
        <translation>Keine Abwanderungsspalte gewählt. Wählen Sie eine in der Spaltenliste (Rolle „Ziel“).</translation>
    </message>
    <message>
        <source>Share of customers with %1 = %2</source>
        <translation>Anteil der Kunden mit %1 = %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customers with at least one empty value in a column that is used</source>
        <translation>Kunden mit mindestens einem leeren Wert in einer verwendeten Spalte</translation>
    </message>
    <message>
        <source>%1 · loaded in %2</source>
        <translation>%1 · geladen in %2</translation>
    </message>
</context>
<context>
    <name>churnlens::TaskRunner</name>
    <message>
        <source>Waiting for other work to finish</source>
        <translation>Wartet, bis andere Arbeit fertig ist</translation>
    </message>
    <message>
        <source>Not enough memory to finish this step.</source>
        <translation>Nicht genug Arbeitsspeicher, um diesen Schritt abzuschließen.</translation>
    </message>
    <message>
        <source>Close other programs, or work on a smaller file.</source>
        <translation>Schließen Sie andere Programme oder arbeiten Sie mit einer kleineren Datei.</translation>
    </message>
    <message>
        <source>This step stopped with an unexpected error: %1</source>
        <translation>Dieser Schritt wurde durch einen unerwarteten Fehler abgebrochen: %1</translation>
    </message>
    <message>
        <source>Try again; if it happens again, please report it with the details.</source>
        <translation>Versuchen Sie es erneut; passiert es wieder, melden Sie es bitte mit den Details.</translation>
    </message>
    <message>
        <source>This step stopped with an unexpected error.</source>
        <translation>Dieser Schritt wurde durch einen unerwarteten Fehler abgebrochen.</translation>
    </message>
</context>
<context>
    <name>churnlens::TrainJobsPanel</name>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Stop the model being trained and skip the ones waiting (Esc in the status bar does the same).</source>
        <translation>Das gerade trainierte Modell anhalten und die wartenden überspringen (Esc in der Statusleiste bewirkt dasselbe).</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this model only; the others still train.</source>
        <translation>Nur dieses Modell anhalten; die anderen trainieren weiter.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Finished · test ROC AUC %1</source>
        <translation>Abgeschlossen · Test-ROC-AUC %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Training&lt;/b&gt; — %1 of %n model(s) done</source>
        <translation>
            <numerusform>&lt;b&gt;Training&lt;/b&gt; — %1 von %n Modell fertig</numerusform>
            <numerusform>&lt;b&gt;Training&lt;/b&gt; — %1 von %n Modellen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Training finished&lt;/b&gt; — %1 of %n model(s) trained</source>
        <translation>
            <numerusform>&lt;b&gt;Training abgeschlossen&lt;/b&gt; — %1 von %n Modell trainiert</numerusform>
            <numerusform>&lt;b&gt;Training abgeschlossen&lt;/b&gt; — %1 von %n Modellen trainiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>churnlens::TrainResultsView</name>
    <message>
        <source>Metrics on the test customers</source>
        <translation>Kennzahlen auf den Testkunden</translation>
    </message>
    <message>
        <source>Metrics over the cross-validation folds</source>
        <translation>Kennzahlen über die Folds der Kreuzvalidierung</translation>
    </message>
    <message>
        <source>Test customers: measured once on customers no model saw while training.
Cross-validation: mean ± spread over the validation folds of the training customers.</source>
        <translation>Testkunden: einmal gemessen an Kunden, die kein Modell beim Training gesehen hat.
Kreuzvalidierung: Mittelwert ± Streuung über die Validierungs-Folds der Trainingskunden.</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Save the selected model as a folder that ChurnLens and churnlens-cli can score new customers with.</source>
        <translation>Das ausgewählte Modell als Ordner speichern, mit dem ChurnLens und churnlens-cli neue Kunden bewerten können.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>No model yet.</source>
        <translation>Noch kein Modell.</translation>
    </message>
    <message>
        <source>This model reports no feature importance.</source>
        <translation>Dieses Modell liefert keine Merkmalswichtigkeit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaderboard&lt;/b&gt; — %1: trained on %2 customers, tested on %3 others (%4 churned)</source>
        <translation>&lt;b&gt;Rangliste&lt;/b&gt; — %1: trainiert auf %2 Kunden, getestet auf %3 anderen (%4 abgewandert)</translation>
    </message>
    <message>
        <source>Save model as a folder</source>
        <translation>Modell als Ordner speichern</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>Das Modell wird gespeichert</translation>
    </message>
    <message>
        <source>Model saved to %1</source>
        <translation>Modell gespeichert in %1</translation>
    </message>
    <message>
        <source>Score and explain customers with the selected model, deciding churn at the threshold set on the slider.</source>
        <translation>Kunden mit dem gewählten Modell bewerten und erklären; Abwanderung wird ab dem mit dem Schieberegler eingestellten Schwellenwert vorhergesagt.</translation>
    </message>
    <message>
        <source>In use for scoring (threshold %1)</source>
        <translation>Für die Bewertung aktiv (ab %1)</translation>
    </message>
    <message>
        <source>Use threshold %1 for scoring</source>
        <translation>Schwelle %1 zur Bewertung nutzen</translation>
    </message>
</context>
<context>
    <name>churnlens::TrainRun</name>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not run: an earlier model failed</source>
        <translation>Nicht ausgeführt: ein früheres Modell ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The models were tested on different customers and cannot be compared.</source>
        <translation>Die Modelle wurden an verschiedenen Kunden getestet und können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Canceled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>churnlens::TrainSettings</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>A weighted sum of the customer&apos;s features turned into a probability. Fast, stable and easy to explain; on customer data often as good as trees.</source>
        <translation>Eine gewichtete Summe der Kundenmerkmale, in eine Wahrscheinlichkeit umgerechnet. Schnell, stabil und leicht zu erklären; bei Kundendaten oft so gut wie Bäume.</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Random Forest</translation>
    </message>
    <message>
        <source>Hundreds of deep decision trees, each grown on a random sample of customers and features; the churn probability is their average vote.</source>
        <translation>Hunderte tiefe Entscheidungsbäume, jeder auf einer Zufallsstichprobe von Kunden und Merkmalen gewachsen; die Abwanderungswahrscheinlichkeit ist ihr durchschnittliches Votum.</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: each small tree corrects the mistakes of the ones before. Often the most accurate, and the slowest to tune.</source>
        <translation>Gradient-Boosting mit Bäumen: jeder kleine Baum korrigiert die Fehler der vorherigen. Oft am genauesten und am langsamsten abzustimmen.</translation>
    </message>
    <message>
        <source>Which kind of model learns who churns. Hover an entry for what it does.</source>
        <translation>Welche Art von Modell lernt, wer abwandert. Zeigen Sie auf einen Eintrag, um zu sehen, was er tut.</translation>
    </message>
    <message>
        <source>Fewer churners than stayers</source>
        <translation>Weniger Abwanderer als Gebliebene</translation>
    </message>
    <message>
        <source>Churners are usually a minority. These strategies change only the training rows; the customers used for testing are never altered.</source>
        <translation>Abwanderer sind meist in der Minderheit. Diese Strategien ändern nur die Trainingszeilen; die Kunden zum Testen werden nie verändert.</translation>
    </message>
    <message>
        <source>None (recommended)</source>
        <translation>Keine (empfohlen)</translation>
    </message>
    <message>
        <source>Train on the customers as they are; the threshold rule below decides how many to flag.</source>
        <translation>Auf den Kunden trainieren, wie sie sind; die Schwellenwertregel unten entscheidet, wie viele markiert werden.</translation>
    </message>
    <message>
        <source>Class weights</source>
        <translation>Klassengewichte</translation>
    </message>
    <message>
        <source>Each churner counts more in training, so churners and stayers weigh the same in total.</source>
        <translation>Jeder Abwanderer zählt im Training mehr, sodass Abwanderer und Gebliebene insgesamt gleich viel wiegen.</translation>
    </message>
    <message>
        <source>Undersample</source>
        <translation>Undersampling</translation>
    </message>
    <message>
        <source>Leave random stayers out of training until both groups are the same size.</source>
        <translation>Zufällig ausgewählte Gebliebene aus dem Training weglassen, bis beide Gruppen gleich groß sind.</translation>
    </message>
    <message>
        <source>SMOTE</source>
        <translation>SMOTE</translation>
    </message>
    <message>
        <source>SMOTE (Synthetic Minority Over-sampling Technique) adds made-up churners between similar real ones until both groups are the same size. It tends to inflate probabilities.</source>
        <translation>SMOTE (Synthetic Minority Over-sampling Technique) fügt zwischen ähnlichen echten Abwanderern erfundene hinzu, bis beide Gruppen gleich groß sind. Es neigt dazu, Wahrscheinlichkeiten zu überhöhen.</translation>
    </message>
    <message>
        <source>Engineered features</source>
        <translation>Abgeleitete Merkmale</translation>
    </message>
    <message>
        <source>Extra columns computed from the ones you mapped in the Data view (tenure, charges, contract, support calls, services). They are computed inside each training fold, like everything else.</source>
        <translation>Zusätzliche Spalten, berechnet aus denen, die Sie in der Datenansicht zugeordnet haben (Vertragsdauer, Gebühren, Vertrag, Supportanrufe, Dienste). Sie werden wie alles andere innerhalb jedes Trainings-Folds berechnet.</translation>
    </message>
    <message>
        <source>Validation and tuning</source>
        <translation>Validierung und Tuning</translation>
    </message>
    <message>
        <source>Customers set aside before any training (with the same churn rate as the rest) and used once, at the end, to measure the final models on customers they never saw.</source>
        <translation>Kunden, die vor jedem Training beiseitegelegt werden (mit derselben Abwanderungsrate wie der Rest) und einmal am Ende verwendet werden, um die endgültigen Modelle an Kunden zu messen, die sie nie gesehen haben.</translation>
    </message>
    <message>
        <source>None — test rows only</source>
        <translation>Keine – nur Testzeilen</translation>
    </message>
    <message>
        <source>Train once on all training customers. Fastest; no spread.</source>
        <translation>Einmal auf allen Trainingskunden trainieren. Am schnellsten; keine Streuung.</translation>
    </message>
    <message>
        <source>3 folds</source>
        <translation>3 Folds</translation>
    </message>
    <message>
        <source>Three rounds of training; quicker, a little less reliable.</source>
        <translation>Drei Trainingsdurchläufe; schneller, etwas weniger zuverlässig.</translation>
    </message>
    <message>
        <source>5 folds (recommended)</source>
        <translation>5 Folds (empfohlen)</translation>
    </message>
    <message>
        <source>Five rounds of training, each tested on a fifth it did not see.</source>
        <translation>Fünf Trainingsdurchläufe, jeder an einem Fünftel getestet, das er nicht gesehen hat.</translation>
    </message>
    <message>
        <source>10 folds</source>
        <translation>10 Folds</translation>
    </message>
    <message>
        <source>Ten rounds; the most reliable estimate, twice the time of five.</source>
        <translation>Zehn Durchläufe; die zuverlässigste Schätzung, doppelt so lange wie fünf.</translation>
    </message>
    <message>
        <source>Cross-validation: the training customers are split into k parts (&quot;folds&quot;); each model is trained k times, each time tested on the part it did not see. The mean shows how good the model is, the ± how much that varies.</source>
        <translation>Kreuzvalidierung: Die Trainingskunden werden in k Teile („Folds“) aufgeteilt; jedes Modell wird k-mal trainiert und jedes Mal an dem Teil getestet, den es nicht gesehen hat. Der Mittelwert zeigt, wie gut das Modell ist, das ± wie stark das schwankt.</translation>
    </message>
    <message>
        <source>Starting number of every random draw (test rows, folds, sampling, trees). The same seed on the same data gives the same results.</source>
        <translation>Startwert jeder Zufallsziehung (Testzeilen, Folds, Stichproben, Bäume). Derselbe Startwert auf denselben Daten ergibt dieselben Ergebnisse.</translation>
    </message>
    <message>
        <source>None — standard settings</source>
        <translation>Kein Tuning – Standardwerte</translation>
    </message>
    <message>
        <source>Each model uses its usual settings (tree depth, learning rate, regularisation).</source>
        <translation>Jedes Modell verwendet seine üblichen Einstellungen (Baumtiefe, Lernrate, Regularisierung).</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>Tries every combination of a short list of settings and keeps the best by cross-validation.</source>
        <translation>Probiert jede Kombination einer kurzen Liste von Einstellungen aus und behält die beste nach Kreuzvalidierung.</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>Tries a number of random combinations from wider ranges; good when the grid is too coarse.</source>
        <translation>Probiert eine Anzahl zufälliger Kombinationen aus breiteren Bereichen aus; gut, wenn das Raster zu grob ist.</translation>
    </message>
    <message>
        <source>Tuning: trying different model settings (&quot;hyper-parameters&quot; such as tree depth) and keeping the ones that do best on the validation folds — never on the test rows.</source>
        <translation>Tuning: verschiedene Modelleinstellungen („Hyperparameter“ wie die Baumtiefe) ausprobieren und die behalten, die auf den Validierungs-Folds am besten abschneiden – nie auf den Testzeilen.</translation>
    </message>
    <message>
        <source> combinations</source>
        <translation> Kombinationen</translation>
    </message>
    <message>
        <source>How many random combinations random search tries per model.</source>
        <translation>Wie viele zufällige Kombinationen die Zufallssuche pro Modell ausprobiert.</translation>
    </message>
    <message>
        <source>Test customers:</source>
        <translation>Testkunden:</translation>
    </message>
    <message>
        <source>Cross-validation:</source>
        <translation>Kreuzvalidierung:</translation>
    </message>
    <message>
        <source>Tuning:</source>
        <translation>Tuning:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Who counts as &quot;will churn&quot;</source>
        <translation>Wer als „wird abwandern“ gilt</translation>
    </message>
    <message>
        <source>A model gives each customer a churn probability; the threshold is the probability from which a customer is flagged. It is chosen on the training customers, never on the test rows.</source>
        <translation>Ein Modell gibt jedem Kunden eine Abwanderungswahrscheinlichkeit; der Schwellenwert ist die Wahrscheinlichkeit, ab der ein Kunde markiert wird. Er wird auf den Trainingskunden gewählt, nie auf den Testzeilen.</translation>
    </message>
    <message>
        <source>Probability of 50 % or more</source>
        <translation>Wahrscheinlichkeit von 50 % oder mehr</translation>
    </message>
    <message>
        <source>Flags customers the model thinks more likely to leave than to stay. With few churners this flags too few.</source>
        <translation>Markiert Kunden, bei denen das Modell eine Kündigung für wahrscheinlicher hält als einen Verbleib. Bei wenigen Abwanderern markiert das zu wenige.</translation>
    </message>
    <message>
        <source>Best F1 (recommended)</source>
        <translation>Bestes F1 (empfohlen)</translation>
    </message>
    <message>
        <source>F1 balances precision (how many flagged customers really churn) and recall (how many churners are flagged). The threshold with the highest F1 is used.</source>
        <translation>F1 gleicht Präzision (wie viele markierte Kunden tatsächlich abwandern) und Trefferquote (wie viele Abwanderer markiert werden) aus. Der Schwellenwert mit dem höchsten F1 wird verwendet.</translation>
    </message>
    <message>
        <source>Best profit</source>
        <translation>Höchster Gewinn</translation>
    </message>
    <message>
        <source>Flags customers where a retention contact pays off most: value of the churners kept minus the cost of every contact.</source>
        <translation>Markiert Kunden dort, wo sich ein Bindungskontakt am meisten lohnt: Wert der gehaltenen Abwanderer abzüglich der Kosten aller Kontakte.</translation>
    </message>
    <message>
        <source>What one retention contact costs (a call, a discount offer).</source>
        <translation>Was ein Bindungskontakt kostet (ein Anruf, ein Rabattangebot).</translation>
    </message>
    <message>
        <source>What keeping one customer who would have left is worth (for example a year of margin).</source>
        <translation>Was es wert ist, einen Kunden zu halten, der sonst gegangen wäre (zum Beispiel eine Jahresmarge).</translation>
    </message>
    <message>
        <source>Cost per contact:</source>
        <translation>Kosten pro Kontakt:</translation>
    </message>
    <message>
        <source>Value of a saved customer:</source>
        <translation>Wert eines gehaltenen Kunden:</translation>
    </message>
    <message>
        <source>Open data to see whether its columns allow this.</source>
        <translation>Öffnen Sie Daten, um zu sehen, ob ihre Spalten dies erlauben.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Computed from the mapped columns: %1</source>
        <translation>Berechnet aus den zugeordneten Spalten: %1</translation>
    </message>
    <message>
        <source>Map it in the Data view to use this.</source>
        <translation>Ordnen Sie sie in der Datenansicht zu, um dies zu nutzen.</translation>
    </message>
    <message>
        <source>Tuning compares settings on validation folds: choose 3 or more cross-validation folds.</source>
        <translation>Tuning vergleicht Einstellungen auf Validierungs-Folds: wählen Sie 3 oder mehr Folds für die Kreuzvalidierung.</translation>
    </message>
    <message>
        <source>Without cross-validation the comparison uses the test customers.</source>
        <translation>Ohne Kreuzvalidierung verwendet der Vergleich die Testkunden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n setting(s) × %2</source>
        <translation>
            <numerusform>%1: %n Einstellung × %2</numerusform>
            <numerusform>%1: %n Einstellungen × %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fold(s)</source>
        <translation>
            <numerusform>%n Fold</numerusform>
            <numerusform>%n Folds</numerusform>
        </translation>
    </message>
    <message>
        <source>1 fit</source>
        <translation>1 Trainingslauf</translation>
    </message>
    <message>
        <source>A contact costs as much as a saved customer is worth: no one is worth contacting.</source>
        <translation>Ein Kontakt kostet so viel, wie ein gehaltener Kunde wert ist: kein Kunde lohnt einen Kontakt.</translation>
    </message>
    <message>
        <source>Auto — compare all three, keep the best</source>
        <translation>Auto – alle drei vergleichen, das beste behalten</translation>
    </message>
    <message>
        <source>Compares logistic regression, random forest and XGBoost with cross-validation on the same customers and keeps the one that ranks churners best on customers it did not see (highest cross-validated ROC AUC).</source>
        <translation>Vergleicht logistische Regression, Random Forest und XGBoost per Kreuzvalidierung auf denselben Kunden und behält das Modell, das Abwanderer bei ungesehenen Kunden am besten reiht (höchste kreuzvalidierte ROC AUC).</translation>
    </message>
    <message>
        <source>Off — grow every tree</source>
        <translation>Aus — alle Bäume wachsen lassen</translation>
    </message>
    <message>
        <source> rounds without gain</source>
        <translation> Runden ohne Gewinn</translation>
    </message>
    <message>
        <source>XGBoost only: in each validation fold, stop adding trees once the ROC AUC has not improved for this many rounds; the final model gets the average number of trees that did best. Saves time on large files; needs cross-validation.</source>
        <translation>Nur XGBoost: In jeder Validierungsfalte keine Bäume mehr hinzufügen, sobald sich die ROC AUC so viele Runden lang nicht verbessert hat; das endgültige Modell erhält die durchschnittliche Baumzahl, die am besten abschnitt. Spart Zeit bei großen Dateien; braucht Kreuzvalidierung.</translation>
    </message>
    <message>
        <source>Stop early:</source>
        <translation>Früh aufhören:</translation>
    </message>
    <message>
        <source>Automatic — quick</source>
        <translation>Automatisch — schnell</translation>
    </message>
    <message>
        <source>Tries a few promising settings on part of the folds, keeps the best third and finishes those on all folds. XGBoost finds its number of trees itself (early stopping). A good result in little time.</source>
        <translation>Probiert einige vielversprechende Einstellungen auf einem Teil der Folds aus, behält das beste Drittel und wertet diese auf allen Folds aus. XGBoost findet die Zahl seiner Bäume selbst (frühes Stoppen). Ein gutes Ergebnis in kurzer Zeit.</translation>
    </message>
    <message>
        <source>Automatic — thorough</source>
        <translation>Automatisch — gründlich</translation>
    </message>
    <message>
        <source>Like quick, but starts from three times as many settings and narrows them down in three steps. Slower; sometimes a little better.</source>
        <translation>Wie „schnell“, beginnt aber mit dreimal so vielen Einstellungen und grenzt sie in drei Schritten ein. Langsamer; manchmal etwas besser.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Automatic tuning only: about how long the whole run may take. When time runs short, fewer settings are tried; the best one so far is always finished on every fold.</source>
        <translation>Nur beim automatischen Tuning: ungefähr, wie lange der ganze Lauf dauern darf. Wird die Zeit knapp, werden weniger Einstellungen ausprobiert; die bis dahin beste wird immer auf allen Folds zu Ende gerechnet.</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitgrenze:</translation>
    </message>
    <message>
        <source>Without cross-validation there is nothing to compare settings on: each model is trained with its standard settings.</source>
        <translation>Ohne Kreuzvalidierung lassen sich Einstellungen nicht vergleichen: Jedes Modell wird mit seinen Standardeinstellungen trainiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n fold(s)</source>
        <translation>
            <numerusform>auf %n Fold</numerusform>
            <numerusform>auf %n Folds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the best %n</source>
        <translation>
            <numerusform>die beste %n</numerusform>
            <numerusform>die besten %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the best %n on all folds</source>
        <translation>
            <numerusform>die beste %n auf allen Folds</numerusform>
            <numerusform>die besten %n auf allen Folds</numerusform>
        </translation>
    </message>
    <message>
        <source>trees chosen by early stopping</source>
        <translation>Bäume durch frühes Stoppen gewählt</translation>
    </message>
    <message>
        <source>Fewer settings if the time limit of %1 comes near.</source>
        <translation>Weniger Einstellungen, wenn die Zeitgrenze von %1 näher rückt.</translation>
    </message>
</context>
<context>
    <name>churnlens::TrainView</name>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>Das Modell konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Choose the settings on the left and press Start training.

Each model is tested on customers it never saw while learning; the results appear here as soon as the first model is done.</source>
        <translation>Wählen Sie links die Einstellungen und klicken Sie auf „Training starten“.

Jedes Modell wird an Kunden getestet, die es beim Lernen nie gesehen hat; die Ergebnisse erscheinen hier, sobald das erste Modell fertig ist.</translation>
    </message>
    <message>
        <source>Open customer data to train a model.</source>
        <translation>Öffnen Sie Kundendaten, um ein Modell zu trainieren.</translation>
    </message>
    <message>
        <source>Choose the churn column (the target) in the Data view first.</source>
        <translation>Wählen Sie zuerst die Abwanderungsspalte (das Ziel) in der Datenansicht.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Training… the results appear here as soon as the first model is done.</source>
        <translation>Training läuft… die Ergebnisse erscheinen hier, sobald das erste Modell fertig ist.</translation>
    </message>
    <message>
        <source>No model was trained. Change the settings and press Start training.</source>
        <translation>Es wurde kein Modell trainiert. Ändern Sie die Einstellungen und klicken Sie auf „Training starten“.</translation>
    </message>
    <message>
        <source>Results of:</source>
        <translation>Ergebnisse von:</translation>
    </message>
    <message>
        <source>Every training run on this data is kept: pick one to see its results again.</source>
        <translation>Jeder Trainingslauf mit diesen Daten bleibt erhalten: Wählen Sie einen, um seine Ergebnisse wieder zu sehen.</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>trainiert…</translation>
    </message>
    <message>
        <source>best ROC AUC %1</source>
        <translation>beste ROC AUC %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>Lauf %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>churnlens::VersionTableModel</name>
    <message>
        <source>The model the project scores customers with.</source>
        <translation>Das Modell, mit dem das Projekt Kunden bewertet.</translation>
    </message>
    <message>
        <source>Registered and ready to be promoted to champion.</source>
        <translation>Registriert und bereit, zum Champion befördert zu werden.</translation>
    </message>
    <message>
        <source>No longer in use; it can still be promoted again.</source>
        <translation>Nicht mehr in Gebrauch; sie kann weiterhin erneut befördert werden.</translation>
    </message>
    <message>
        <source>Customers with a churn probability at or above this are flagged as likely to leave.</source>
        <translation>Kunden mit einer Abwanderungswahrscheinlichkeit ab diesem Wert werden als voraussichtlich abwandernd markiert.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Test ROC AUC</source>
        <translation>Test ROC AUC</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>churnlens::WaterfallWidget</name>
    <message>
        <source>Starting point: the model&apos;s average customer</source>
        <translation>Ausgangspunkt: der durchschnittliche Kunde des Modells</translation>
    </message>
    <message numerus="yes">
        <source>%n other fields together</source>
        <translation>
            <numerusform>%n weiteres Feld</numerusform>
            <numerusform>%n weitere Felder zusammen</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>Pick a customer to see why.</source>
        <translation>Wählen Sie einen Kunden, um zu sehen, warum.</translation>
    </message>
    <message>
        <source>Why customer %1 has a churn probability of %2</source>
        <translation>Warum Kunde %1 eine Abwanderungswahrscheinlichkeit von %2 hat</translation>
    </message>
    <message>
        <source>Churn probability</source>
        <translation>Abwanderungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
</context>
<context>
    <name>churnlens::WelcomePage</name>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Welcome to ChurnLens</source>
        <translation>Willkommen bei ChurnLens</translation>
    </message>
    <message>
        <source>See which customers are about to leave, why, and what it is worth to act.</source>
        <translation>Sehen Sie, welche Kunden kurz vor der Kündigung stehen, warum, und was es wert ist zu handeln.</translation>
    </message>
    <message>
        <source>Open a customer file…</source>
        <translation>Kundendatei öffnen…</translation>
    </message>
    <message>
        <source>CSV, TSV or text export from your CRM or billing system (Ctrl+O)</source>
        <translation>CSV-, TSV- oder Textexport aus Ihrem CRM- oder Abrechnungssystem (Strg+O)</translation>
    </message>
    <message>
        <source>Connect to a database…</source>
        <translation>Mit einer Datenbank verbinden…</translation>
    </message>
    <message>
        <source>SQLite file, PostgreSQL or another SQL server (Ctrl+Shift+O)</source>
        <translation>SQLite-Datei, PostgreSQL oder ein anderer SQL-Server (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>20,000 realistic telecom customers, made up on this computer</source>
        <translation>20.000 realistische Telekommunikationskunden, auf diesem Computer erzeugt</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Your saved work: data set-up, models and their history (Ctrl+Shift+P)</source>
        <translation>Ihre gespeicherte Arbeit: Dateneinrichtung, Modelle und deren Verlauf (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Tip: drop a file or a project anywhere on this window to open it.</source>
        <translation>Tipp: Ziehen Sie eine Datei oder ein Projekt an eine beliebige Stelle dieses Fensters, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>churnlens::WhatIfPanel</name>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What if…&lt;/b&gt; change this customer&apos;s fields and see the churn probability follow. &lt;b&gt;✎ Bold fields&lt;/b&gt; are ones a retention team can change.</source>
        <translation>&lt;b&gt;Was wäre, wenn…&lt;/b&gt; ändern Sie die Felder dieses Kunden und sehen Sie, wie die Abwanderungswahrscheinlichkeit folgt. &lt;b&gt;✎ Fett gedruckte Felder&lt;/b&gt; kann ein Kundenbindungsteam ändern.</translation>
    </message>
    <message>
        <source>Only fields the team can change</source>
        <translation>Nur Felder, die das Team ändern kann</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the customer&apos;s own values</source>
        <translation>Zurück zu den eigenen Werten des Kunden</translation>
    </message>
    <message>
        <source>Find the Smallest Change</source>
        <translation>Kleinste Änderung finden</translation>
    </message>
    <message>
        <source>Try every change of the fields a team can act on (one at a time, then pairs) and list those that bring the customer below the high-risk line</source>
        <translation>Jede Änderung der Felder ausprobieren, auf die ein Team Einfluss hat (einzeln, dann paarweise), und die auflisten, die den Kunden unter die Grenze für hohes Risiko bringen</translation>
    </message>
    <message>
        <source>Double-click a suggestion to try it in the editor</source>
        <translation>Doppelklicken Sie auf einen Vorschlag, um ihn im Editor auszuprobieren</translation>
    </message>
    <message>
        <source>Pick a customer to try changes.</source>
        <translation>Wählen Sie einen Kunden, um Änderungen auszuprobieren.</translation>
    </message>
    <message>
        <source>A retention team can change this (contract, payment, services, charges)</source>
        <translation>Ein Kundenbindungsteam kann dies ändern (Vertrag, Zahlung, Dienste, Gebühren)</translation>
    </message>
    <message>
        <source>Describes the customer; changing it shows its effect, but no offer changes it</source>
        <translation>Beschreibt den Kunden; eine Änderung zeigt ihre Wirkung, aber kein Angebot ändert sie</translation>
    </message>
    <message>
        <source>Trying changes…</source>
        <translation>Änderungen werden ausprobiert…</translation>
    </message>
    <message>
        <source>Re-scoring the customer</source>
        <translation>Der Kunde wird neu bewertet</translation>
    </message>
    <message>
        <source>Could not re-score: %1</source>
        <translation>Neubewertung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Looking for the smallest change</source>
        <translation>Die kleinste Änderung wird gesucht</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;Churn probability &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; %2&lt;br&gt;Change a field above to see what it does.</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;Abwanderungswahrscheinlichkeit &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; %2&lt;br&gt;Ändern Sie oben ein Feld, um zu sehen, was es bewirkt.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;Churn probability %1 → &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; (%3 pts) %4 → %5</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;Abwanderungswahrscheinlichkeit %1 → &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; (%3 Pp.) %4 → %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;What moved:&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Was sich bewegt hat:&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>No change of %1 lowers this customer&apos;s risk.</source>
        <translation>Keine Änderung von %1 senkt das Risiko dieses Kunden.</translation>
    </message>
    <message>
        <source>These changes bring the customer below %1 (tried %2 combinations); double-click one to try it:</source>
        <translation>Diese Änderungen bringen den Kunden unter %1 (%2 Kombinationen ausprobiert); doppelklicken Sie auf eine, um sie auszuprobieren:</translation>
    </message>
    <message>
        <source>No change brings the customer below %1; these lower the risk most (tried %2):</source>
        <translation>Keine Änderung bringt den Kunden unter %1; diese senken das Risiko am stärksten (%2 ausprobiert):</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Column in the file: %1</source>
        <translation>Spalte in der Datei: %1</translation>
    </message>
</context>
<context>
    <name>churnlens::Workspace</name>
    <message>
        <source>Applying your change</source>
        <translation>Ihre Änderung wird übernommen</translation>
    </message>
    <message>
        <source>A model is still training on this data; closing it stops the training (the models already finished are kept).</source>
        <translation>Mit diesen Daten wird noch ein Modell trainiert; Schließen beendet das Training (bereits fertige Modelle bleiben erhalten).</translation>
    </message>
    <message>
        <source>Checking the data</source>
        <translation>Daten werden geprüft</translation>
    </message>
</context>
<context>
    <name>churnlens::format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>noch wenige Sekunden</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
</context>
<context>
    <name>churnlens::impactformat</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Predict which customers are about to leave.</source>
        <translation>Vorhersagen, welche Kunden kurz vor der Kündigung stehen.</translation>
    </message>
    <message>
        <source>Open FILE at start.</source>
        <translation>FILE beim Start öffnen.</translation>
    </message>
    <message>
        <source>Show area NAME (data, …).</source>
        <translation>Bereich NAME anzeigen (data, …).</translation>
    </message>
    <message>
        <source>Theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once loaded, then quit.</source>
        <translation>Ein PNG des Fensters nach dem Laden in FILE speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation>Fenstergröße BREITExHÖHE.</translation>
    </message>
    <message>
        <source>Open the bundled sample customers at start.</source>
        <translation>Die mitgelieferten Beispielkunden beim Start öffnen.</translation>
    </message>
    <message>
        <source>A project (.churnlens) or customer data to open.</source>
        <translation>Ein zu öffnendes Projekt (.churnlens) oder Kundendaten.</translation>
    </message>
    <message>
        <source>With --screenshot: picture a dialog instead (import, database, preferences, help, shortcuts).</source>
        <translation>Mit --screenshot: stattdessen einen Dialog abbilden (import, database, preferences, help, shortcuts).</translation>
    </message>
</context>
</TS>
