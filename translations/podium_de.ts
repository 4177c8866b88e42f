<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommand</name>
    <message>
        <source>Connects an account. Mastodon: without --secret-stdin Podium prints a page to open and asks for the code it shows. WordPress: --user and an Application Password on stdin. The secret goes into the system keychain only.</source>
        <translation>Verbindet ein Konto. Mastodon: Ohne --secret-stdin gibt Podium eine Seite zum Öffnen aus und fragt nach dem dort angezeigten Code. WordPress: --user und ein Anwendungspasswort über stdin. Die Zugangsdaten werden ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>mastodon or wordpress.</source>
        <translation>mastodon oder wordpress.</translation>
    </message>
    <message>
        <source>The server or site address.</source>
        <translation>Die Adresse des Servers bzw. der Website.</translation>
    </message>
    <message>
        <source>Whose account it is (default: you).</source>
        <translation>Wem das Konto gehört (Standard: Ihnen).</translation>
    </message>
    <message>
        <source>WordPress: the user name.</source>
        <translation>WordPress: der Benutzername.</translation>
    </message>
    <message>
        <source>Read an access token (Mastodon) or Application Password (WordPress) from the first line of stdin, never from the command line.</source>
        <translation>Ein Zugriffstoken (Mastodon) oder Anwendungspasswort (WordPress) aus der ersten Zeile von stdin lesen, nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>--platform must be mastodon or wordpress</source>
        <translation>--platform muss mastodon oder wordpress sein</translation>
    </message>
    <message>
        <source>WordPress needs --user and --secret-stdin</source>
        <translation>WordPress braucht --user und --secret-stdin</translation>
    </message>
    <message>
        <source>Open this page, approve Podium, then paste the code here:
%1</source>
        <translation>Öffnen Sie diese Seite, erteilen Sie Podium die Freigabe und fügen Sie dann den Code hier ein:
%1</translation>
    </message>
    <message>
        <source>the secret must be the first line of stdin</source>
        <translation>die Zugangsdaten müssen in der ersten Zeile von stdin stehen</translation>
    </message>
    <message>
        <source>Connected %1 on %2 as account %3</source>
        <translation>%1 auf %2 als Konto %3 verbunden</translation>
    </message>
    <message>
        <source>Lists the connected accounts.</source>
        <translation>Listet die verbundenen Konten auf.</translation>
    </message>
    <message>
        <source>Only this person&apos;s accounts.</source>
        <translation>Nur die Konten dieser Person.</translation>
    </message>
    <message>
        <source>No accounts yet. Posts go to the practice sandbox until you connect one with: podium account add</source>
        <translation>Noch keine Konten. Beiträge gehen in den Übungsbereich, bis Sie ein Konto verbinden mit: podium account add</translation>
    </message>
    <message>
        <source>Asks the server whether the stored sign-in still works.</source>
        <translation>Fragt beim Server nach, ob die gespeicherte Anmeldung noch funktioniert.</translation>
    </message>
    <message>
        <source>The account&apos;s id.</source>
        <translation>Die ID des Kontos.</translation>
    </message>
    <message>
        <source>give one account id</source>
        <translation>geben Sie genau eine Konto-ID an</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Disconnects an account and deletes its sign-in from the keychain.</source>
        <translation>Trennt ein Konto und löscht seine Anmeldedaten aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Removed account %1</source>
        <translation>Konto %1 entfernt</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Writes the audit log as CSV: who did what, acting for whom, when.</source>
        <translation>Schreibt das Audit-Protokoll als CSV: wer was getan hat, in wessen Namen und wann.</translation>
    </message>
    <message>
        <source>Only events from then on: an ISO 8601 instant, or 2026-03-01 00:00 (UTC).</source>
        <translation>Nur Ereignisse ab diesem Zeitpunkt: ein ISO-8601-Zeitpunkt oder 2026-03-01 00:00 (UTC).</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>In diese Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 geschrieben</numerusform>
            <numerusform>%n Ereignisse in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>%1 needs an action: %2</source>
        <translation>%1 braucht eine Aktion: %2</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; for %2; choose %3</source>
        <translation>unbekannte Aktion „%1“ für %2; wählen Sie %3</translation>
    </message>
    <message>
        <source>say who you are first: &apos;podium person me ID&apos;</source>
        <translation>geben Sie zuerst an, wer Sie sind: „podium person me ID“</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Usage: podium [--database LOCATION] [--lang CODE] [COMMAND ACTION [options] [--json]]

Without a command, Podium opens its window.

Commands:
  person add      Add a person (executive, delegate or trainer)
  person list     List the people in the workspace
  person me ID    Say who you are on this computer
  workspace info  Show where the workspace is kept and what it holds
  guide list      List the step-by-step guides (--search WORDS, --milestone ID to filter)
  guide show ID   Print one guide, step by step
  path show       Where you are on the onboarding path and the next step (--live or --practice)
  path unlock     Open a tier early for a person (trainers: --person ID --tier N)
  path style S    Choose a coaching style; also: path tick ITEM for the profile checklist
  path load FILE  Give the workspace its own path definition (trainers; path reset undoes it)
  account add     Connect a Mastodon or WordPress account (secrets go to the keychain)
  account list    List the connected accounts; also: account check ID, account remove ID
  post create     Draft or schedule a post (--at TIME --zone ZONE, or --now)
  post list       List posts (--state STATE to filter)
  post show ID    Show a post and everything that happened to it
  post cancel ID  Cancel a post that has not gone out
  post submit ID  Submit a draft (a delegate&apos;s goes to the executive for approval)
  post approve ID Approve a submitted post (--text TEXT to publish your wording)
  post request-changes ID --comment TEXT  Send a submitted post back with what to change
  grant add       Let a delegate act for an executive (--delegate ID --level LEVEL)
  grant list      List delegations; also: grant accept ID, grant revoke ID
  audit export    Write the audit log as CSV (--since TIME, --output FILE)
  queue           What waits, what went out, what needs you
  publish         Publish due posts (--once, or --daemon to keep running)
  session start   Start a practice session with an executive (--executive ID --plan IDS)
  session note ID TEXT  Add a note; also: session finish ID --outcome TEXT [--ready],
                  session cancel ID, session list [--executive ID], session show ID

Options:
  --database LOCATION  An SQLite file, or postgresql://user@host:port/name for a shared workspace
  --lang CODE          Language, e.g. en or de
  --json               Print JSON for programs instead of text for people
  -h, --help           Show help; &apos;podium COMMAND ACTION --help&apos; explains one action
  -v, --version        Show the version
</source>
        <translation>Aufruf: podium [--database LOCATION] [--lang CODE] [COMMAND ACTION [Optionen] [--json]]

Ohne Befehl öffnet Podium sein Fenster.

Befehle:
  person add      Eine Person hinzufügen (Führungskraft, Stellvertretung oder Trainer)
  person list     Die Personen im Arbeitsbereich auflisten
  person me ID    Angeben, wer Sie auf diesem Computer sind
  workspace info  Zeigen, wo der Arbeitsbereich gespeichert ist und was er enthält
  guide list      Die Schritt-für-Schritt-Anleitungen auflisten (filtern mit --search WORDS, --milestone ID)
  guide show ID   Eine Anleitung Schritt für Schritt ausgeben
  path show       Stand auf dem Einstiegsweg und nächster Schritt (--live oder --practice)
  path unlock     Eine Stufe für eine Person vorzeitig öffnen (für Trainer: --person ID --tier N)
  path style S    Einen Coaching-Stil wählen; außerdem: path tick ITEM für die Profil-Checkliste
  path load FILE  Dem Arbeitsbereich einen eigenen Einstiegsweg geben (für Trainer; path reset macht es rückgängig)
  account add     Ein Mastodon- oder WordPress-Konto verbinden (Zugangsdaten kommen in den Schlüsselbund)
  account list    Die verbundenen Konten auflisten; außerdem: account check ID, account remove ID
  post create     Einen Beitrag entwerfen oder einplanen (--at TIME --zone ZONE oder --now)
  post list       Beiträge auflisten (filtern mit --state STATE)
  post show ID    Einen Beitrag anzeigen und alles, was mit ihm geschehen ist
  post cancel ID  Einen noch nicht veröffentlichten Beitrag abbrechen
  post submit ID  Einen Entwurf einreichen (der einer Stellvertretung geht zur Freigabe an die Führungskraft)
  post approve ID Einen eingereichten Beitrag freigeben (--text TEXT, um Ihre Formulierung zu veröffentlichen)
  post request-changes ID --comment TEXT  Einen eingereichten Beitrag mit Änderungswünschen zurückgeben
  grant add       Eine Stellvertretung für eine Führungskraft handeln lassen (--delegate ID --level LEVEL)
  grant list      Delegationen auflisten; außerdem: grant accept ID, grant revoke ID
  audit export    Das Audit-Protokoll als CSV schreiben (--since TIME, --output FILE)
  queue           Was wartet, was veröffentlicht wurde, was Ihr Eingreifen braucht
  publish         Fällige Beiträge veröffentlichen (--once oder --daemon für Dauerbetrieb)
  session start   Eine Übungseinheit mit einer Führungskraft beginnen (--executive ID --plan IDS)
  session note ID TEXT  Eine Notiz hinzufügen; außerdem: session finish ID --outcome TEXT [--ready],
                  session cancel ID, session list [--executive ID], session show ID

Optionen:
  --database LOCATION  Eine SQLite-Datei oder postgresql://user@host:port/name für einen gemeinsamen Arbeitsbereich
  --lang CODE          Sprache, z. B. en oder de
  --json               JSON für Programme statt Text für Menschen ausgeben
  -h, --help           Hilfe anzeigen; „podium COMMAND ACTION --help“ erklärt eine einzelne Aktion
  -v, --version        Version anzeigen
</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>That input is not valid.</source>
        <translation>Diese Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>Nothing was found with that name or id.</source>
        <translation>Unter diesem Namen oder dieser ID wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>The database address is not valid. Use a file path, or postgresql://user@host:port/name for a shared workspace.</source>
        <translation>Die Datenbankadresse ist ungültig. Geben Sie einen Dateipfad an oder, für einen gemeinsamen Arbeitsbereich, postgresql://user@host:port/name.</translation>
    </message>
    <message>
        <source>The database driver is not installed. On Debian or Ubuntu, install libqt6sql6-sqlite for SQLite or libqt6sql6-psql for PostgreSQL.</source>
        <translation>Der Datenbanktreiber ist nicht installiert. Installieren Sie unter Debian oder Ubuntu libqt6sql6-sqlite für SQLite oder libqt6sql6-psql für PostgreSQL.</translation>
    </message>
    <message>
        <source>Podium cannot open or create the database file there. Check that the folder exists and that you may write to it.</source>
        <translation>Podium kann die Datenbankdatei dort weder öffnen noch anlegen. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>That file is not a Podium database. Choose another file; this one was left as it was.</source>
        <translation>Diese Datei ist keine Podium-Datenbank. Wählen Sie eine andere Datei; diese bleibt unverändert.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup; Podium changed nothing in it.</source>
        <translation>Die Datenbankdatei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her; Podium hat nichts daran verändert.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Close other copies of Podium and try again. Nothing was changed.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm schreibt gerade hinein. Schließen Sie andere laufende Podium-Instanzen und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database can only be read, not written. Check the file&apos;s permissions.</source>
        <translation>Die Datenbank kann nur gelesen, aber nicht beschrieben werden. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again; your existing data is unchanged.</source>
        <translation>Der Datenträger ist voll, daher konnte nichts gespeichert werden. Schaffen Sie etwas Platz und versuchen Sie es erneut; Ihre vorhandenen Daten sind unverändert.</translation>
    </message>
    <message>
        <source>The database server does not answer. Check the address and that the server is running.</source>
        <translation>Der Datenbankserver antwortet nicht. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>Der Datenbankserver hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The database server is running, but that database does not exist. Ask the workspace administrator to create it.</source>
        <translation>Der Datenbankserver läuft, aber diese Datenbank gibt es dort nicht. Bitten Sie die Person, die den Arbeitsbereich verwaltet, sie anzulegen.</translation>
    </message>
    <message>
        <source>This workspace was created by a newer version of Podium. Update Podium to open it; nothing was changed.</source>
        <translation>Dieser Arbeitsbereich wurde mit einer neueren Version von Podium erstellt. Aktualisieren Sie Podium, um ihn zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Podium could not update the workspace to this version. Nothing was changed; a copy of the file was kept beside it.</source>
        <translation>Podium konnte den Arbeitsbereich nicht auf diese Version aktualisieren. Es wurde nichts geändert; eine Kopie der Datei liegt daneben.</translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation>Die Datenbank hat einen unerwarteten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The role must be executive, delegate or trainer.</source>
        <translation>Die Rolle muss executive, delegate oder trainer sein.</translation>
    </message>
    <message>
        <source>That time zone is not known. Use a name such as Europe/Berlin or America/New_York.</source>
        <translation>Diese Zeitzone ist unbekannt. Verwenden Sie einen Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>No person with that id exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Person mit dieser ID.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>This guide could not be read; it was left out.</source>
        <translation>Diese Anleitung konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>There is no guide with that id. &apos;podium guide list&apos; shows them all.</source>
        <translation>Es gibt keine Anleitung mit dieser ID. „podium guide list“ zeigt alle.</translation>
    </message>
    <message>
        <source>The server address is not valid. Use the address you open in a browser, such as https://social.example.com.</source>
        <translation>Die Serveradresse ist ungültig. Verwenden Sie die Adresse, die Sie im Browser öffnen, z. B. https://social.example.com.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server had a problem of its own. Podium will try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Podium versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server asked Podium to slow down. Podium will try again when it allows.</source>
        <translation>Der Server hat Podium gebeten, weniger Anfragen zu senden. Podium versucht es erneut, sobald er es zulässt.</translation>
    </message>
    <message>
        <source>The server answered with something Podium could not read. Podium will try again.</source>
        <translation>Der Server hat mit etwas geantwortet, das Podium nicht lesen konnte. Podium versucht es erneut.</translation>
    </message>
    <message>
        <source>The server refused the post.</source>
        <translation>Der Server hat den Beitrag abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the sign-in. Check the token or password, or reconnect the account.</source>
        <translation>Der Server hat die Anmeldung abgelehnt. Prüfen Sie das Token oder das Passwort, oder verbinden Sie das Konto neu.</translation>
    </message>
    <message>
        <source>The post or person this refers to no longer exists on the server.</source>
        <translation>Der Beitrag oder die Person, auf die sich dies bezieht, existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>This network does not offer that.</source>
        <translation>Dieses Netzwerk bietet das nicht an.</translation>
    </message>
    <message>
        <source>The text is longer than this network allows.</source>
        <translation>Der Text ist länger, als dieses Netzwerk erlaubt.</translation>
    </message>
    <message>
        <source>That time is too soon for this network to schedule the post itself.</source>
        <translation>Dieser Zeitpunkt liegt zu nah, als dass dieses Netzwerk den Beitrag selbst einplanen könnte.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the account could not be connected. On Linux, install and unlock gnome-keyring or KWallet (a Secret Service provider); everything else in Podium keeps working.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher konnte das Konto nicht verbunden werden. Installieren und entsperren Sie unter Linux gnome-keyring oder KWallet (einen Secret-Service-Anbieter); alles andere in Podium funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The sign-in for this account is not in the keychain. Reconnect the account.</source>
        <translation>Die Anmeldedaten für dieses Konto sind nicht im Schlüsselbund. Verbinden Sie das Konto neu.</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the sign-in. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern oder Lesen der Anmeldedaten verweigert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No network account with that id exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Netzwerkkonto mit dieser ID.</translation>
    </message>
    <message>
        <source>No post with that id exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Beitrag mit dieser ID.</translation>
    </message>
    <message>
        <source>The post cannot do that in its current state.</source>
        <translation>Das ist mit dem Beitrag in seinem aktuellen Status nicht möglich.</translation>
    </message>
    <message>
        <source>That time is not valid for this post.</source>
        <translation>Dieser Zeitpunkt ist für diesen Beitrag ungültig.</translation>
    </message>
    <message>
        <source>That time does not exist on that day: the clocks change then. Choose one of the times offered.</source>
        <translation>Diese Uhrzeit gibt es an diesem Tag nicht, weil dann die Uhren umgestellt werden. Wählen Sie eine der angebotenen Uhrzeiten.</translation>
    </message>
    <message>
        <source>That time happens twice on that day because the clocks go back. Choose which one you mean.</source>
        <translation>Diese Uhrzeit kommt an diesem Tag zweimal vor, weil die Uhren zurückgestellt werden. Wählen Sie, welche Sie meinen.</translation>
    </message>
    <message>
        <source>No delegation with that id exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Delegation mit dieser ID.</translation>
    </message>
    <message>
        <source>You have not been given access to this executive&apos;s posts. Ask them to grant it.</source>
        <translation>Sie haben keinen Zugriff auf die Beiträge dieser Führungskraft. Bitten Sie die Führungskraft, ihn Ihnen zu gewähren.</translation>
    </message>
    <message>
        <source>This delegation is not in force yet: both sides must accept it first.</source>
        <translation>Diese Delegation ist noch nicht wirksam: Beide Seiten müssen sie zuerst annehmen.</translation>
    </message>
    <message>
        <source>This delegation has expired. Ask the executive to grant it again.</source>
        <translation>Diese Delegation ist abgelaufen. Bitten Sie die Führungskraft, sie erneut zu gewähren.</translation>
    </message>
    <message>
        <source>This delegation was revoked.</source>
        <translation>Diese Delegation wurde widerrufen.</translation>
    </message>
    <message>
        <source>Your delegation does not allow that. Ask the executive for a higher level.</source>
        <translation>Ihre Delegation erlaubt das nicht. Bitten Sie die Führungskraft um eine höhere Stufe.</translation>
    </message>
    <message>
        <source>Only the executive or the delegate of this delegation may do that.</source>
        <translation>Das dürfen nur die Führungskraft oder die Stellvertretung dieser Delegation.</translation>
    </message>
    <message>
        <source>Only an executive can grant a delegation.</source>
        <translation>Nur eine Führungskraft kann eine Delegation gewähren.</translation>
    </message>
    <message>
        <source>A person cannot be their own delegate.</source>
        <translation>Eine Person kann nicht ihre eigene Stellvertretung sein.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>These two people already have a delegation. Revoke it before granting a new one.</source>
        <translation>Zwischen diesen beiden Personen besteht bereits eine Delegation. Widerrufen Sie sie, bevor Sie eine neue gewähren.</translation>
    </message>
    <message>
        <source>Only the executive can approve their posts or ask for changes.</source>
        <translation>Nur die Führungskraft selbst kann ihre Beiträge freigeben oder Änderungen anfordern.</translation>
    </message>
    <message>
        <source>That account belongs to someone else or is on another network. A post goes out only from its author&apos;s own account.</source>
        <translation>Dieses Konto gehört jemand anderem oder einem anderen Netzwerk. Ein Beitrag erscheint nur über das eigene Konto seiner Autorin oder seines Autors.</translation>
    </message>
    <message>
        <source>The onboarding path could not be read, so Podium uses its built-in path.</source>
        <translation>Der Einstiegsweg konnte nicht gelesen werden, daher verwendet Podium seinen eingebauten Einstiegsweg.</translation>
    </message>
    <message>
        <source>The onboarding path was written for a newer version of Podium, so Podium uses its built-in path.</source>
        <translation>Der Einstiegsweg wurde für eine neuere Version von Podium geschrieben, daher verwendet Podium seinen eingebauten Einstiegsweg.</translation>
    </message>
    <message>
        <source>There is no such tier on the path. Tiers are numbered from 2 to the last one; the first is always open.</source>
        <translation>Diese Stufe gibt es auf dem Einstiegsweg nicht. Angeben können Sie die Stufen ab 2 bis zur letzten; die erste ist immer offen.</translation>
    </message>
    <message>
        <source>Only a trainer can unlock a tier early.</source>
        <translation>Nur eine Trainerin oder ein Trainer kann eine Stufe vorzeitig freischalten.</translation>
    </message>
    <message>
        <source>The coaching style must be dives-in, hand-holding, blogger, commenter or needs-reminders.</source>
        <translation>Der Coaching-Stil muss dives-in, hand-holding, blogger, commenter oder needs-reminders sein.</translation>
    </message>
    <message>
        <source>Only the person themselves or a trainer can choose their coaching style.</source>
        <translation>Den Coaching-Stil können nur die Person selbst oder eine Trainerin bzw. ein Trainer wählen.</translation>
    </message>
    <message>
        <source>That is not an item of the profile checklist.</source>
        <translation>Das ist kein Punkt der Profil-Checkliste.</translation>
    </message>
    <message>
        <source>No practice session with that id exists in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Übungseinheit mit dieser ID.</translation>
    </message>
    <message>
        <source>Only a trainer can run a practice session.</source>
        <translation>Nur eine Trainerin oder ein Trainer kann eine Übungseinheit leiten.</translation>
    </message>
    <message>
        <source>A practice session is for an executive. Choose an executive to practise with.</source>
        <translation>Eine Übungseinheit ist für eine Führungskraft gedacht. Wählen Sie die Führungskraft, mit der geübt werden soll.</translation>
    </message>
    <message>
        <source>This executive is already in a practice session. Finish or cancel it before starting another.</source>
        <translation>Diese Führungskraft ist bereits in einer Übungseinheit. Beenden Sie diese oder brechen Sie sie ab, bevor Sie eine weitere beginnen.</translation>
    </message>
    <message>
        <source>This practice session has ended; it cannot be changed any more.</source>
        <translation>Diese Übungseinheit ist beendet und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Only the trainer running this practice session can change it.</source>
        <translation>Nur wer diese Übungseinheit leitet, kann sie ändern.</translation>
    </message>
    <message>
        <source>The plan lists something that is not a milestone or a guide, or lists it twice.</source>
        <translation>Der Plan enthält etwas, das weder ein Meilenstein noch eine Anleitung ist, oder führt einen Eintrag doppelt auf.</translation>
    </message>
    <message>
        <source>No profile checklist item with that id exists for this executive.</source>
        <translation>Für diese Führungskraft gibt es keinen Punkt der Profil-Checkliste mit dieser ID.</translation>
    </message>
    <message>
        <source>This executive is in a practice session, so nothing goes to a live network until the session ends. Practice posts still work.</source>
        <translation>Diese Führungskraft ist in einer Übungseinheit, daher wird bis zu deren Ende nichts in einem echten Netzwerk veröffentlicht. Übungsbeiträge funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Only a trainer can change the onboarding path of the workspace.</source>
        <translation>Nur eine Trainerin oder ein Trainer kann den Einstiegsweg des Arbeitsbereichs ändern.</translation>
    </message>
</context>
<context>
    <name>GrantCommand</name>
    <message>
        <source>Grants a delegate access to an executive&apos;s posts (or, run by the delegate, asks for it). The other side accepts with &apos;podium grant accept ID&apos;.</source>
        <translation>Gewährt einer Stellvertretung Zugriff auf die Beiträge einer Führungskraft (oder fragt, von der Stellvertretung ausgeführt, danach an). Die andere Seite nimmt mit „podium grant accept ID“ an.</translation>
    </message>
    <message>
        <source>The person who acts for the executive.</source>
        <translation>Die Person, die für die Führungskraft handelt.</translation>
    </message>
    <message>
        <source>reviewer (read), author (draft and submit) or editor (also edit and schedule).</source>
        <translation>reviewer (lesen), author (entwerfen und einreichen) oder editor (zusätzlich bearbeiten und einplanen).</translation>
    </message>
    <message>
        <source>The executive (default: you).</source>
        <translation>Die Führungskraft (Standard: Sie).</translation>
    </message>
    <message>
        <source>Let the delegate&apos;s posts go out at their time even if the executive did not approve them.</source>
        <translation>Beiträge der Stellvertretung zu ihrer Zeit veröffentlichen, auch wenn die Führungskraft sie nicht freigegeben hat.</translation>
    </message>
    <message>
        <source>When the grant ends: 2026-06-30 18:00 in the executive&apos;s zone, or an ISO 8601 instant with offset.</source>
        <translation>Wann die Delegation endet: 2026-06-30 18:00 in der Zeitzone der Führungskraft oder ein ISO-8601-Zeitpunkt mit Offset.</translation>
    </message>
    <message>
        <source>--delegate is required</source>
        <translation>--delegate ist erforderlich</translation>
    </message>
    <message>
        <source>--level must be reviewer, author or editor</source>
        <translation>--level muss reviewer, author oder editor sein</translation>
    </message>
    <message>
        <source>--executive is required (or say who you are: &apos;podium person me ID&apos;)</source>
        <translation>--executive ist erforderlich (oder geben Sie an, wer Sie sind: „podium person me ID“)</translation>
    </message>
    <message>
        <source>Granted %1; it is in force once the delegate accepts it</source>
        <translation>%1 gewährt; wirksam, sobald die Stellvertretung annimmt</translation>
    </message>
    <message>
        <source>Asked for %1; it is in force once the executive accepts it</source>
        <translation>%1 angefragt; wirksam, sobald die Führungskraft annimmt</translation>
    </message>
    <message>
        <source>Lists the delegations a person gave, received or asked for.</source>
        <translation>Listet die Delegationen auf, die eine Person gewährt, erhalten oder angefragt hat.</translation>
    </message>
    <message>
        <source>Whose (default: yours).</source>
        <translation>Wessen (Standard: Ihre).</translation>
    </message>
    <message>
        <source>--person is required (or say who you are: &apos;podium person me ID&apos;)</source>
        <translation>--person ist erforderlich (oder geben Sie an, wer Sie sind: „podium person me ID“)</translation>
    </message>
    <message>
        <source>No delegations. Grant one with: podium grant add --delegate ID --level author</source>
        <translation>Keine Delegationen. Gewähren Sie eine mit: podium grant add --delegate ID --level author</translation>
    </message>
    <message>
        <source>Accepts a delegation granted or asked of you.</source>
        <translation>Nimmt eine Delegation an, die Ihnen gewährt oder bei Ihnen angefragt wurde.</translation>
    </message>
    <message>
        <source>The delegation&apos;s id.</source>
        <translation>Die ID der Delegation.</translation>
    </message>
    <message>
        <source>give one delegation id</source>
        <translation>geben Sie genau eine Delegations-ID an</translation>
    </message>
    <message>
        <source>Accepted %1; it is in force</source>
        <translation>%1 angenommen; sie ist wirksam</translation>
    </message>
    <message>
        <source>Accepted %1; the other side has yet to</source>
        <translation>%1 angenommen; die andere Seite muss noch annehmen</translation>
    </message>
    <message>
        <source>Ends a delegation at once. The delegate&apos;s unapproved posts go back to the executive as drafts.</source>
        <translation>Beendet eine Delegation sofort. Nicht freigegebene Beiträge der Stellvertretung gehen als Entwürfe an die Führungskraft zurück.</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Already with the server, cancel there if needed: %1</source>
        <translation>Bereits an den Server übergeben, bei Bedarf dort abbrechen: %1</translation>
    </message>
</context>
<context>
    <name>GuideCommand</name>
    <message>
        <source>Lists the step-by-step guides, easiest first.</source>
        <translation>Listet die Schritt-für-Schritt-Anleitungen auf, die einfachsten zuerst.</translation>
    </message>
    <message>
        <source>Only guides containing these words.</source>
        <translation>Nur Anleitungen, die diese Wörter enthalten.</translation>
    </message>
    <message>
        <source>No guide matches.</source>
        <translation>Keine Anleitung passt.</translation>
    </message>
    <message>
        <source>Prints one guide, step by step.</source>
        <translation>Gibt eine Anleitung Schritt für Schritt aus.</translation>
    </message>
    <message>
        <source>The guide&apos;s id, from &apos;podium guide list&apos;.</source>
        <translation>Die ID der Anleitung, aus „podium guide list“.</translation>
    </message>
    <message>
        <source>guide show needs one guide id</source>
        <translation>guide show braucht genau eine Anleitungs-ID</translation>
    </message>
    <message>
        <source>Only the guides for this milestone of the path, e.g. first-reply.</source>
        <translation>Nur die Anleitungen für diesen Meilenstein des Einstiegswegs, z. B. first-reply.</translation>
    </message>
    <message>
        <source>%1  tier %2  %3 min  %4  (%5)
</source>
        <translation>%1  Stufe %2  %3 Min.  %4  (%5)
</translation>
    </message>
</context>
<context>
    <name>PathCommand</name>
    <message>
        <source>Shows where a person is on the onboarding path, and the next step.</source>
        <translation>Zeigt, wo eine Person auf dem Einstiegsweg steht, und den nächsten Schritt.</translation>
    </message>
    <message>
        <source>Whose path (default: yours).</source>
        <translation>Wessen Einstiegsweg (Standard: Ihrer).</translation>
    </message>
    <message>
        <source>The practice path: what was rehearsed in the sandbox.</source>
        <translation>Der Einstiegsweg im Übungsbereich: was dort geprobt wurde.</translation>
    </message>
    <message>
        <source>--person is required (or say who you are: &apos;podium person me ID&apos;)</source>
        <translation>--person ist erforderlich (oder geben Sie an, wer Sie sind: „podium person me ID“)</translation>
    </message>
    <message>
        <source>Opens a tier of a person&apos;s path early (trainers only).</source>
        <translation>Öffnet eine Stufe des Einstiegswegs einer Person vorzeitig (nur für Trainerinnen und Trainer).</translation>
    </message>
    <message>
        <source>Whose path.</source>
        <translation>Wessen Einstiegsweg.</translation>
    </message>
    <message>
        <source>The tier to open, from 2.</source>
        <translation>Die zu öffnende Stufe, ab 2.</translation>
    </message>
    <message>
        <source>--person is required</source>
        <translation>--person ist erforderlich</translation>
    </message>
    <message>
        <source>--tier must be a number, such as 2</source>
        <translation>--tier muss eine Zahl sein, z. B. 2</translation>
    </message>
    <message>
        <source>Tier %1 is open for %2</source>
        <translation>Stufe %1 ist für %2 geöffnet</translation>
    </message>
    <message>
        <source>Chooses how a person is coached: dives-in, hand-holding, blogger, commenter or needs-reminders.</source>
        <translation>Legt fest, wie eine Person gecoacht wird: dives-in, hand-holding, blogger, commenter oder needs-reminders.</translation>
    </message>
    <message>
        <source>Whose style (default: yours).</source>
        <translation>Wessen Coaching-Stil (Standard: Ihrer).</translation>
    </message>
    <message>
        <source>The coaching style.</source>
        <translation>Der Coaching-Stil.</translation>
    </message>
    <message>
        <source>give one coaching style</source>
        <translation>geben Sie genau einen Coaching-Stil an</translation>
    </message>
    <message>
        <source>Coaching style of %1: %2</source>
        <translation>Coaching-Stil von %1: %2</translation>
    </message>
    <message>
        <source>Ticks an item of the profile checklist: photo, title, bio, location or contact.</source>
        <translation>Hakt einen Punkt der Profil-Checkliste ab: photo, title, bio, location oder contact.</translation>
    </message>
    <message>
        <source>Whose checklist (default: yours).</source>
        <translation>Wessen Checkliste (Standard: Ihre).</translation>
    </message>
    <message>
        <source>The checklist item.</source>
        <translation>Der Punkt der Checkliste.</translation>
    </message>
    <message>
        <source>give one checklist item</source>
        <translation>geben Sie genau einen Punkt der Checkliste an</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>%1 abgehakt</translation>
    </message>
    <message>
        <source>The live path: what was posted for real.</source>
        <translation>Der echte Einstiegsweg: was wirklich veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Note: %1 (%2)</source>
        <translation>Hinweis: %1 (%2)</translation>
    </message>
    <message>
        <source>Makes a path definition (JSON) the onboarding path of this workspace, for everyone (trainers only).</source>
        <translation>Macht eine Wegbeschreibung (JSON) zum Einstiegsweg dieses Arbeitsbereichs, für alle (nur für Trainer).</translation>
    </message>
    <message>
        <source>The path definition file.</source>
        <translation>Die Datei mit der Wegbeschreibung.</translation>
    </message>
    <message>
        <source>give one path definition file</source>
        <translation>geben Sie genau eine Datei mit einer Wegbeschreibung an</translation>
    </message>
    <message>
        <source>The workspace now follows this path: %1 tiers, %2 milestones</source>
        <translation>Der Arbeitsbereich folgt jetzt diesem Weg: %1 Stufen, %2 Meilensteine</translation>
    </message>
    <message>
        <source>Goes back to the onboarding path that comes with Podium (trainers only).</source>
        <translation>Kehrt zum eingebauten Einstiegsweg von Podium zurück (nur für Trainer).</translation>
    </message>
    <message>
        <source>The workspace follows the built-in path again</source>
        <translation>Der Arbeitsbereich folgt wieder dem eingebauten Einstiegsweg</translation>
    </message>
</context>
<context>
    <name>PathJson</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>, unlocked by a trainer</source>
        <translation>, von einer Trainerin oder einem Trainer freigeschaltet</translation>
    </message>
    <message>
        <source>Tier %1: %2 (%3)
</source>
        <translation>Stufe %1: %2 (%3)
</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source> (to do: %1)</source>
        <translation> (zu erledigen: %1)</translation>
    </message>
    <message>
        <source>Next: %1 [%2]</source>
        <translation>Als Nächstes: %1 [%2]</translation>
    </message>
    <message>
        <source> (remind at %1)</source>
        <translation> (Erinnerung: %1)</translation>
    </message>
    <message>
        <source>Also today: %1 [%2]</source>
        <translation>Heute außerdem: %1 [%2]</translation>
    </message>
    <message>
        <source>%1: practice path, tier %2 of %3 (coaching style: %4)
</source>
        <translation>%1: Einstiegsweg in der Übung, Stufe %2 von %3 (Coaching-Stil: %4)
</translation>
    </message>
    <message>
        <source>%1: live path, tier %2 of %3 (coaching style: %4)
</source>
        <translation>%1: echter Einstiegsweg, Stufe %2 von %3 (Coaching-Stil: %4)
</translation>
    </message>
</context>
<context>
    <name>PathText</name>
    <message>
        <source>Status updates</source>
        <translation>Status-Updates</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Complete your profile and start sharing short status updates.</source>
        <translation>Vervollständigen Sie Ihr Profil und teilen Sie erste kurze Status-Updates.</translation>
    </message>
    <message>
        <source>Like, comment, reply and follow: take part in your colleagues&apos; conversations.</source>
        <translation>Liken, kommentieren, antworten und folgen: Beteiligen Sie sich an den Gesprächen Ihrer Kolleginnen und Kollegen.</translation>
    </message>
    <message>
        <source>Write articles and schedule posts for the moments that matter.</source>
        <translation>Schreiben Sie Artikel und planen Sie Beiträge für die wichtigen Momente ein.</translation>
    </message>
    <message>
        <source>Complete your profile</source>
        <translation>Ihr Profil vervollständigen</translation>
    </message>
    <message>
        <source>Post your first status update</source>
        <translation>Ihr erstes Status-Update veröffentlichen</translation>
    </message>
    <message>
        <source>Find your rhythm</source>
        <translation>Ihren Rhythmus finden</translation>
    </message>
    <message>
        <source>Engage for a week</source>
        <translation>Eine Woche lang mitmachen</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Auf einen Kommentar antworten</translation>
    </message>
    <message>
        <source>Follow five colleagues</source>
        <translation>Fünf Kolleginnen und Kollegen folgen</translation>
    </message>
    <message>
        <source>Publish your first article</source>
        <translation>Ihren ersten Artikel veröffentlichen</translation>
    </message>
    <message>
        <source>Schedule a post ahead</source>
        <translation>Einen Beitrag im Voraus einplanen</translation>
    </message>
    <message>
        <source>Review a draft your delegate prepared</source>
        <translation>Einen Entwurf Ihrer Stellvertretung prüfen</translation>
    </message>
    <message>
        <source>Add a photo, your title, a short bio, your location and how to reach you.</source>
        <translation>Fügen Sie ein Foto, Ihre Position, eine kurze Biografie, Ihren Standort und Ihre Kontaktmöglichkeiten hinzu.</translation>
    </message>
    <message>
        <source>Share one short update with your colleagues.</source>
        <translation>Teilen Sie ein kurzes Update mit Ihren Kolleginnen und Kollegen.</translation>
    </message>
    <message>
        <source>Post three status updates within two weeks.</source>
        <translation>Veröffentlichen Sie innerhalb von zwei Wochen drei Status-Updates.</translation>
    </message>
    <message>
        <source>Within one week, like ten posts and comment on three, at least half of them by colleagues who are not executives.</source>
        <translation>Liken Sie innerhalb einer Woche zehn Beiträge und kommentieren Sie drei, mindestens die Hälfte davon von Kolleginnen und Kollegen, die keine Führungskräfte sind.</translation>
    </message>
    <message>
        <source>Answer someone who commented on your post.</source>
        <translation>Antworten Sie jemandem, der Ihren Beitrag kommentiert hat.</translation>
    </message>
    <message>
        <source>Follow five colleagues whose work you want to see.</source>
        <translation>Folgen Sie fünf Kolleginnen und Kollegen, deren Arbeit Sie verfolgen möchten.</translation>
    </message>
    <message>
        <source>Write a longer piece: the why behind a decision, or the priorities for the quarter.</source>
        <translation>Schreiben Sie einen längeren Text: die Gründe hinter einer Entscheidung oder die Prioritäten für das Quartal.</translation>
    </message>
    <message>
        <source>Prepare a post and let it go out at the moment that suits it.</source>
        <translation>Bereiten Sie einen Beitrag vor und lassen Sie ihn zum passenden Zeitpunkt erscheinen.</translation>
    </message>
    <message>
        <source>Approve a delegate&apos;s draft, or send it back with what to change.</source>
        <translation>Geben Sie den Entwurf Ihrer Stellvertretung frei oder senden Sie ihn mit Änderungswünschen zurück.</translation>
    </message>
    <message>
        <source>A profile photo</source>
        <translation>Ein Profilfoto</translation>
    </message>
    <message>
        <source>Your job title</source>
        <translation>Ihre Position</translation>
    </message>
    <message>
        <source>A short bio</source>
        <translation>Eine kurze Biografie</translation>
    </message>
    <message>
        <source>Your location</source>
        <translation>Ihr Standort</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Ihre Kontaktmöglichkeiten</translation>
    </message>
    <message>
        <source>Dives straight in</source>
        <translation>Legt direkt los</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Schreibt gern</translation>
    </message>
    <message>
        <source>Conversationalist</source>
        <translation>Sucht das Gespräch</translation>
    </message>
    <message>
        <source>Likes reminders</source>
        <translation>Mag Erinnerungen</translation>
    </message>
    <message>
        <source>Goes straight to writing; the guides stay at hand.</source>
        <translation>Direkt ans Schreiben; die Anleitungen bleiben griffbereit.</translation>
    </message>
    <message>
        <source>Smaller first goals, and the guide before each task.</source>
        <translation>Kleinere erste Ziele und die Anleitung vor jeder Aufgabe.</translation>
    </message>
    <message>
        <source>Prefers longer pieces: article ideas come early.</source>
        <translation>Bevorzugt längere Texte: Ideen für Artikel kommen früh.</translation>
    </message>
    <message>
        <source>Prefers joining conversations: likes, comments and follows come first.</source>
        <translation>Beteiligt sich lieber an Gesprächen: Likes, Kommentare und Folgen kommen zuerst.</translation>
    </message>
    <message>
        <source>Each next step comes with a suggested time for a reminder.</source>
        <translation>Zu jedem nächsten Schritt gibt es einen Zeitvorschlag für eine Erinnerung.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Echt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n status updates</source>
        <translation>
            <numerusform>%1 von %n Status-Update</numerusform>
            <numerusform>%1 von %n Status-Updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n replies</source>
        <translation>
            <numerusform>%1 von %n Antwort</numerusform>
            <numerusform>%1 von %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n comments</source>
        <translation>
            <numerusform>%1 von %n Kommentar</numerusform>
            <numerusform>%1 von %n Kommentaren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n likes</source>
        <translation>
            <numerusform>%1 von %n Like</numerusform>
            <numerusform>%1 von %n Likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n colleagues followed</source>
        <translation>
            <numerusform>%1 von %n Kollegin oder Kollegen gefolgt</numerusform>
            <numerusform>%1 von %n Kolleginnen und Kollegen gefolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n articles</source>
        <translation>
            <numerusform>%1 von %n Artikel</numerusform>
            <numerusform>%1 von %n Artikeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scheduled posts</source>
        <translation>
            <numerusform>%1 von %n eingeplanten Beitrag</numerusform>
            <numerusform>%1 von %n eingeplanten Beiträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n profile items</source>
        <translation>
            <numerusform>%1 von %n Profilangabe</numerusform>
            <numerusform>%1 von %n Profilangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n drafts reviewed</source>
        <translation>
            <numerusform>%1 von %n Entwurf geprüft</numerusform>
            <numerusform>%1 von %n Entwürfen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n days</source>
        <translation>
            <numerusform>%1 innerhalb von %n Tag</numerusform>
            <numerusform>%1 in den letzten %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>Adds a person to the workspace.</source>
        <translation>Fügt dem Arbeitsbereich eine Person hinzu.</translation>
    </message>
    <message>
        <source>Full name as colleagues know it.</source>
        <translation>Vollständiger Name, wie er im Kollegium bekannt ist.</translation>
    </message>
    <message>
        <source>executive, delegate or trainer.</source>
        <translation>executive, delegate oder trainer.</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>IANA-Zeitzone, z. B. Europe/Berlin (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>Remember this person as you on this computer.</source>
        <translation>Diese Person auf diesem Computer als Sie selbst merken.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>Added %1 (%2) with id %3</source>
        <translation>%1 (%2) mit der ID %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Lists the people in the workspace.</source>
        <translation>Listet die Personen im Arbeitsbereich auf.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <source>No people yet. Add one with: podium person add --name NAME --role executive</source>
        <translation>Noch keine Personen. Fügen Sie eine hinzu mit: podium person add --name NAME --role executive</translation>
    </message>
    <message>
        <source>Remembers this person as you on this computer: an executive and their delegate sharing a workspace each say who they are.</source>
        <translation>Merkt sich diese Person auf diesem Computer als Sie selbst: Teilen sich eine Führungskraft und ihre Stellvertretung einen Arbeitsbereich, gibt jede Seite an, wer sie ist.</translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation>Die ID der Person.</translation>
    </message>
    <message>
        <source>give one person id</source>
        <translation>geben Sie genau eine Personen-ID an</translation>
    </message>
    <message>
        <source>You are %1 on this computer</source>
        <translation>Sie sind auf diesem Computer %1</translation>
    </message>
</context>
<context>
    <name>Podium::App</name>
    <message>
        <source>Podium cannot start</source>
        <translation>Podium kann nicht starten</translation>
    </message>
    <message>
        <source>Not publishing from this window: %1</source>
        <translation>Aus diesem Fenster wird nicht veröffentlicht: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Cli</name>
    <message>
        <source>Workspace to open: an SQLite file (the default lives in your data folder) or postgresql://user@host:port/name.</source>
        <translation>Zu öffnender Arbeitsbereich: eine SQLite-Datei (standardmäßig in Ihrem Datenordner) oder postgresql://user@host:port/name.</translation>
    </message>
    <message>
        <source>Language of the interface, e.g. en or de.</source>
        <translation>Sprache der Oberfläche, z. B. en oder de.</translation>
    </message>
    <message>
        <source>Run &apos;podium --help&apos; for the list of commands.</source>
        <translation>Mit „podium --help“ erhalten Sie eine Liste der Befehle.</translation>
    </message>
    <message>
        <source>Print JSON for programs.</source>
        <translation>JSON für Programme ausgeben.</translation>
    </message>
</context>
<context>
    <name>Podium::Core::SuggestionLibrary</name>
    <message>
        <source>Thank a team by name</source>
        <translation>Einem Team namentlich danken</translation>
    </message>
    <message>
        <source>A big thank you to the team who </source>
        <translation>Ein großes Dankeschön an das Team, das </translation>
    </message>
    <message>
        <source>Share what you are focused on this week</source>
        <translation>Teilen, worauf Sie sich diese Woche konzentrieren</translation>
    </message>
    <message>
        <source>This week I am focusing on </source>
        <translation>Diese Woche konzentriere ich mich auf </translation>
    </message>
    <message>
        <source>Say what you learned on a visit or at a meeting</source>
        <translation>Erzählen, was Sie bei einem Besuch oder Treffen gelernt haben</translation>
    </message>
    <message>
        <source>Today I visited </source>
        <translation>Heute war ich zu Besuch bei </translation>
    </message>
    <message>
        <source>Ask employees a question</source>
        <translation>Den Mitarbeitenden eine Frage stellen</translation>
    </message>
    <message>
        <source>I would like to hear from you: </source>
        <translation>Ich möchte gern von Ihnen wissen: </translation>
    </message>
    <message>
        <source>Thank someone for their comment</source>
        <translation>Jemandem für einen Kommentar danken</translation>
    </message>
    <message>
        <source>Thank you for sharing this, </source>
        <translation>Danke, dass Sie das teilen, </translation>
    </message>
    <message>
        <source>Comment on what you liked in a colleague&apos;s post</source>
        <translation>Kommentieren, was Ihnen am Beitrag einer Kollegin oder eines Kollegen gefallen hat</translation>
    </message>
    <message>
        <source>What I like most about this is </source>
        <translation>Am besten gefällt mir daran </translation>
    </message>
    <message>
        <source>Explain the why behind a decision</source>
        <translation>Die Gründe hinter einer Entscheidung erklären</translation>
    </message>
    <message>
        <source>Why we decided to </source>
        <translation>Warum wir uns entschieden haben, </translation>
    </message>
    <message>
        <source>Set out the priorities for the quarter</source>
        <translation>Die Prioritäten für das Quartal darlegen</translation>
    </message>
    <message>
        <source>Our three priorities for this quarter</source>
        <translation>Unsere drei Prioritäten für dieses Quartal</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ApprovalDialog</name>
    <message>
        <source>Review a post</source>
        <translation>Beitrag prüfen</translation>
    </message>
    <message>
        <source>as soon as you approve it</source>
        <translation>sobald Sie ihn freigeben</translation>
    </message>
    <message>
        <source>What will go out (you can edit it)</source>
        <translation>Was veröffentlicht wird (Sie können es bearbeiten)</translation>
    </message>
    <message>
        <source>Text to publish</source>
        <translation>Zu veröffentlichender Text</translation>
    </message>
    <message>
        <source>Changes against what your delegate wrote</source>
        <translation>Änderungen gegenüber dem Text Ihrer Stellvertretung</translation>
    </message>
    <message>
        <source>Comment for your delegate</source>
        <translation>Kommentar für Ihre Stellvertretung</translation>
    </message>
    <message>
        <source>e.g. Please mention the Berlin team too</source>
        <translation>z. B. Bitte auch das Berliner Team erwähnen</translation>
    </message>
    <message>
        <source>Ask for changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve with my edits</source>
        <translation>Mit meinen Änderungen freigeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; prepared this post for you (%2). It goes out %3 on %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat diesen Beitrag für Sie vorbereitet (%2). Er erscheint %3 auf %4.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ComposePage</name>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Acting for</source>
        <translation>Im Namen von</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The post you answer: its link or its id on the network</source>
        <translation>Der Beitrag, auf den Sie antworten: sein Link oder seine ID im Netzwerk</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <source>What would you like to tell your colleagues?</source>
        <translation>Was möchten Sie Ihren Kolleginnen und Kollegen mitteilen?</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>When it goes out</source>
        <translation>Veröffentlichungszeitpunkt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Zur Freigabe einreichen</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Myself (%1)</source>
        <translation>Ich selbst (%1)</translation>
    </message>
    <message>
        <source>No executive has made you their delegate yet. Ask them to add you in Podium with the Author or Editor level.</source>
        <translation>Noch hat keine Führungskraft Sie als Stellvertretung eingetragen. Bitten Sie darum, Sie in Podium mit der Stufe „Author“ oder „Editor“ hinzuzufügen.</translation>
    </message>
    <message>
        <source>Posts always go out under the executive&apos;s own name.</source>
        <translation>Beiträge erscheinen immer unter dem eigenen Namen der Führungskraft.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ideas:</source>
        <translation>Ideen:</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <source>Sent to %1 for approval. You will see it under Waiting for approval.</source>
        <translation>Zur Freigabe an %1 gesendet. Sie finden ihn unter „Wartet auf Freigabe“.</translation>
    </message>
    <message>
        <source>Done. It is in the queue under Scheduled.</source>
        <translation>Erledigt. Er steht in der Warteschlange unter „Eingeplant“.</translation>
    </message>
    <message>
        <source>Changes requested: %1</source>
        <translation>Änderungen angefordert: %1</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters left</source>
        <translation>Noch %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters over the limit</source>
        <translation>%1 Zeichen über der Grenze</translation>
    </message>
    <message>
        <source>Not during a practice session: until it ends, posts go to the practice sandbox only.</source>
        <translation>Nicht während einer Übungseinheit: Bis sie endet, gehen Beiträge nur in den Übungsbereich.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::DiffView</name>
    <message>
        <source>Changes to the draft</source>
        <translation>Änderungen am Entwurf</translation>
    </message>
    <message>
        <source>No changes: this is exactly what your delegate wrote.</source>
        <translation>Keine Änderungen: Das ist genau, was Ihre Stellvertretung geschrieben hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to what your delegate wrote</source>
        <translation>
            <numerusform>%n Änderung an dem, was Ihre Stellvertretung geschrieben hat</numerusform>
            <numerusform>%n Änderungen an dem, was Ihre Stellvertretung geschrieben hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::Ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Podium</source>
        <translation>Willkommen bei Podium</translation>
    </message>
    <message>
        <source>Podium helps executives take their place on the company&apos;s social network, one small step at a time. Tell us who you are so Podium can show you what matters.</source>
        <translation>Podium hilft Führungskräften, in kleinen Schritten ihren Platz im sozialen Netzwerk des Unternehmens einzunehmen. Sagen Sie uns, wer Sie sind, damit Podium Ihnen zeigen kann, worauf es ankommt.</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>Ich bin …</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>z. B. Dana Whitfield</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ihre Zeitzone</translation>
    </message>
    <message>
        <source>Start using Podium</source>
        <translation>Mit Podium loslegen</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::GuideListModel</name>
    <message>
        <source>%1
Tier %2 · %3 min</source>
        <translation>%1
Stufe %2 · %3 Min.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::GuideView</name>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>‹ Previous step</source>
        <translation>‹ Voriger Schritt</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>Nächster Schritt ›</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Jetzt erledigen</translation>
    </message>
    <message>
        <source>About %1 min · %2 of %3 done</source>
        <translation>Etwa %1 Min. · %2 von %3 erledigt</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::GuidesPage</name>
    <message>
        <source>Guides</source>
        <translation>Anleitungen</translation>
    </message>
    <message>
        <source>Step-by-step help for every step of your path. Pick a guide and follow it at your own pace.</source>
        <translation>Schritt-für-Schritt-Hilfe für jeden Schritt Ihres Einstiegswegs. Wählen Sie eine Anleitung und folgen Sie ihr in Ihrem Tempo.</translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation>Anleitungen durchsuchen</translation>
    </message>
    <message>
        <source>No guide matches your search.</source>
        <translation>Keine Anleitung passt zu Ihrer Suche.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::HomePage</name>
    <message>
        <source>YOUR NEXT STEP</source>
        <translation>IHR NÄCHSTER SCHRITT</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Guten Abend, %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Guten Morgen, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>Add your delegate</source>
        <translation>Ihre Stellvertretung hinzufügen</translation>
    </message>
    <message>
        <source>If someone on your team helps with your communication, add them so they can prepare posts for you to approve. Every post still goes out under your name.</source>
        <translation>Wenn jemand in Ihrem Team Sie bei der Kommunikation unterstützt, fügen Sie diese Person hinzu. Dann kann sie Beiträge vorbereiten, die Sie freigeben. Jeder Beitrag erscheint weiterhin unter Ihrem Namen.</translation>
    </message>
    <message>
        <source>Add my delegate</source>
        <translation>Stellvertretung hinzufügen</translation>
    </message>
    <message>
        <source>Add the executive you work for</source>
        <translation>Ihre Führungskraft hinzufügen</translation>
    </message>
    <message>
        <source>Add each executive whose posts you prepare. They stay the author of every post and approve what you draft.</source>
        <translation>Fügen Sie jede Führungskraft hinzu, deren Beiträge Sie vorbereiten. Jeder Beitrag erscheint weiterhin unter ihrem Namen, und sie gibt Ihre Entwürfe frei.</translation>
    </message>
    <message>
        <source>Add an executive</source>
        <translation>Führungskraft hinzufügen</translation>
    </message>
    <message>
        <source>Add the executives you coach</source>
        <translation>Die Führungskräfte hinzufügen, die Sie coachen</translation>
    </message>
    <message>
        <source>Add each executive you will train, so you can plan their practice sessions and follow their progress.</source>
        <translation>Fügen Sie jede Führungskraft hinzu, die Sie trainieren werden. So können Sie ihre Übungseinheiten planen und ihren Fortschritt verfolgen.</translation>
    </message>
    <message>
        <source>Also for today</source>
        <translation>Außerdem für heute</translation>
    </message>
    <message>
        <source>See your progress</source>
        <translation>Ihren Fortschritt ansehen</translation>
    </message>
    <message>
        <source>Your path could not be read just now.</source>
        <translation>Ihr Einstiegsweg konnte gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open Progress</source>
        <translation>Fortschritt öffnen</translation>
    </message>
    <message>
        <source>Rework the posts sent back to you</source>
        <translation>Zurückgegebene Beiträge überarbeiten</translation>
    </message>
    <message>
        <source>Posts that came back with a comment from the executive: %1.</source>
        <translation>Beiträge, die mit einem Kommentar der Führungskraft zurückgekommen sind: %1.</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>Warteschlange öffnen</translation>
    </message>
    <message>
        <source>Look at the posts that did not go out</source>
        <translation>Nicht veröffentlichte Beiträge ansehen</translation>
    </message>
    <message>
        <source>Posts overdue, missed or failed, waiting for a decision: %1.</source>
        <translation>Überfällige, verpasste oder fehlgeschlagene Beiträge, die auf eine Entscheidung warten: %1.</translation>
    </message>
    <message>
        <source>Prepare a post for approval</source>
        <translation>Einen Beitrag zur Freigabe vorbereiten</translation>
    </message>
    <message>
        <source>Draft it in the executive&apos;s voice and submit it. They approve, edit or send it back; it always goes out under their name.</source>
        <translation>Entwerfen Sie ihn im Ton der Führungskraft und reichen Sie ihn ein. Die Führungskraft gibt ihn frei, bearbeitet ihn oder gibt ihn zurück; er erscheint immer unter ihrem Namen.</translation>
    </message>
    <message>
        <source>Write a draft</source>
        <translation>Entwurf schreiben</translation>
    </message>
    <message>
        <source>See what is waiting and what went out</source>
        <translation>Sehen, was wartet und was veröffentlicht wurde</translation>
    </message>
    <message>
        <source>Every draft, approval and scheduled post of your executives in one place.</source>
        <translation>Alle Entwürfe, Freigaben und eingeplanten Beiträge Ihrer Führungskräfte an einem Ort.</translation>
    </message>
    <message>
        <source>Run a practice session</source>
        <translation>Eine Übungseinheit leiten</translation>
    </message>
    <message>
        <source>Plan what to cover, rehearse in the sandbox together and note how it went. Nothing is published for real.</source>
        <translation>Planen Sie die Inhalte, proben Sie gemeinsam im Übungsbereich und notieren Sie, wie es gelaufen ist. Nichts wird wirklich veröffentlicht.</translation>
    </message>
    <message>
        <source>Open Practice</source>
        <translation>Übung öffnen</translation>
    </message>
    <message>
        <source>See where each executive stands</source>
        <translation>Sehen, wo jede Führungskraft steht</translation>
    </message>
    <message>
        <source>Tier, next milestone, last activity and sessions held, for everyone you coach.</source>
        <translation>Stufe, nächster Meilenstein, letzte Aktivität und abgehaltene Übungseinheiten – für alle, die Sie coachen.</translation>
    </message>
    <message>
        <source>Prepare a profile checklist</source>
        <translation>Eine Profil-Checkliste vorbereiten</translation>
    </message>
    <message>
        <source>List what each executive should update on their profile.</source>
        <translation>Legen Sie fest, was jede Führungskraft in ihrem Profil aktualisieren sollte.</translation>
    </message>
    <message>
        <source>How to do it (%1 min)</source>
        <translation>So geht’s (%1 Min.)</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>You are in a practice session: what you post goes to the practice sandbox and counts toward your practice goals.</source>
        <translation>Sie sind in einer Übungseinheit: Was Sie veröffentlichen, landet im Übungsbereich und zählt für Ihre Übungsziele.</translation>
    </message>
    <message>
        <source>You are practising in the sandbox until you connect a live account in Settings. It counts toward your practice goals.</source>
        <translation>Bis Sie in den Einstellungen ein echtes Konto verbinden, üben Sie im Übungsbereich. Das zählt für Ihre Übungsziele.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::MainWindow</name>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Anleitungen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Queue  (%1)</source>
        <translation>Warteschlange  (%1)</translation>
    </message>
    <message>
        <source>Posts that need you: %1</source>
        <translation>Beiträge, die Sie brauchen: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::MilestoneRow</name>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Worth doing, but the next tier does not wait for it.</source>
        <translation>Lohnt sich, aber die nächste Stufe hängt nicht davon ab.</translation>
    </message>
    <message>
        <source>How to</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>How to: %1</source>
        <translation>Anleitung: %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1% of them on posts by colleagues who are not executives (%2% needed).</source>
        <translation>%1 % davon bei Beiträgen von Kolleginnen und Kollegen, die keine Führungskräfte sind (%2 % erforderlich).</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PathPanel</name>
    <message>
        <source>Practice is counted apart: what is rehearsed in the practice sandbox moves this path only, never the live one, and nothing here was posted for real.</source>
        <translation>Übung wird getrennt gezählt: Was im Übungsbereich geprobt wird, bringt nur diesen Einstiegsweg voran, nie den echten, und nichts hiervon wurde wirklich veröffentlicht.</translation>
    </message>
    <message>
        <source>Progress from what was posted on the real network.</source>
        <translation>Fortschritt aus echten Beiträgen im Netzwerk.</translation>
    </message>
    <message>
        <source>Progress from rehearsals in the practice sandbox, counted apart.</source>
        <translation>Fortschritt aus Übungen im Übungsbereich, getrennt gezählt.</translation>
    </message>
    <message>
        <source>Coaching style</source>
        <translation>Coaching-Stil</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>Do it now</source>
        <translation>Jetzt erledigen</translation>
    </message>
    <message>
        <source>Every milestone is done. Keep the habit going!</source>
        <translation>Alle Meilensteine sind erledigt. Bleiben Sie dran!</translation>
    </message>
    <message>
        <source>Every milestone is done.</source>
        <translation>Alle Meilensteine sind erledigt.</translation>
    </message>
    <message>
        <source>You are on tier %1 of %2. Next: %3.</source>
        <translation>Sie sind auf Stufe %1 von %2. Als Nächstes: %3.</translation>
    </message>
    <message>
        <source>Tier %1 of %2. Next: %3.</source>
        <translation>Stufe %1 von %2. Als Nächstes: %3.</translation>
    </message>
    <message>
        <source>Choose how you like to be coached: it shapes your goals and the order of your steps.</source>
        <translation>Wählen Sie, wie Sie gecoacht werden möchten: Das bestimmt Ihre Ziele und die Reihenfolge Ihrer Schritte.</translation>
    </message>
    <message>
        <source>Not chosen yet: the path uses its usual goals and order.</source>
        <translation>Noch nicht gewählt: Der Einstiegsweg verwendet die üblichen Ziele und die übliche Reihenfolge.</translation>
    </message>
    <message>
        <source>Unlock tier %1 early?</source>
        <translation>Stufe %1 vorzeitig freischalten?</translation>
    </message>
    <message>
        <source>%1 will find tier %2, %3, open now, before finishing the milestones below it. What they do there counts from now on, and the unlock is recorded under your name.</source>
        <translation>Für %1 ist Stufe %2, %3, ab sofort offen, noch bevor die Meilensteine darunter erledigt sind. Was dort geschieht, zählt ab jetzt, und die Freischaltung wird unter Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>In practice, every milestone is done.</source>
        <translation>In der Übung ist jeder Meilenstein erreicht.</translation>
    </message>
    <message>
        <source>In practice: tier %1 of %2. Next: %3.</source>
        <translation>In der Übung: Stufe %1 von %2. Als Nächstes: %3.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>The executives, delegates and trainers who work together in this workspace.</source>
        <translation>Die Führungskräfte, Stellvertretungen und Trainer, die in diesem Arbeitsbereich zusammenarbeiten.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PersonListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Local time now</source>
        <translation>Ortszeit jetzt</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PostDetail</name>
    <message>
        <source>Select a post to see it here.</source>
        <translation>Wählen Sie einen Beitrag aus, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation>Prüfen und freigeben…</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Cancel this post</source>
        <translation>Diesen Beitrag abbrechen</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Für &lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>Goes out: %1</source>
        <translation>Erscheint: %1</translation>
    </message>
    <message>
        <source>Approve by: %1</source>
        <translation>Freigeben bis: %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Vorbereitet von %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Freigegeben von %1</translation>
    </message>
    <message>
        <source>Open on the network</source>
        <translation>Im Netzwerk öffnen</translation>
    </message>
    <message>
        <source>Asked for changes: %1</source>
        <translation>Änderungen angefordert: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PostPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>Your post appears here.</source>
        <translation>Hier erscheint Ihr Beitrag.</translation>
    </message>
    <message>
        <source>The preview shows the beginning; the whole text is published.</source>
        <translation>Die Vorschau zeigt den Anfang; veröffentlicht wird der ganze Text.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticeCommentDialog</name>
    <message>
        <source>Comment in practice</source>
        <translation>Im Übungsbereich kommentieren</translation>
    </message>
    <message>
        <source>Your comment on &lt;b&gt;%1&lt;/b&gt;&apos;s post</source>
        <translation>Ihr Kommentar zum Beitrag von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <source>Say something specific: what impressed you, or a question about it.</source>
        <translation>Werden Sie konkret: Was hat Sie beeindruckt, oder welche Frage haben Sie dazu?</translation>
    </message>
    <message>
        <source>It appears in the practice feed only; no colleague sees it.</source>
        <translation>Er erscheint nur im Übungs-Feed; keine Kollegin und kein Kollege sieht ihn.</translation>
    </message>
    <message>
        <source>Post comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <source>%1 characters left</source>
        <translation>Noch %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters too many</source>
        <translation>%1 Zeichen zu viel</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticeFeedModel</name>
    <message>
        <source>%1, %2, %3: %4. Likes: %5</source>
        <translation>%1, %2, %3: %4. Likes: %5</translation>
    </message>
    <message>
        <source>, liked by you</source>
        <translation>, von Ihnen geliked</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>job title · department</comment>
        <translation>%1 · %2</translation>
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
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticeNoteModel</name>
    <message>
        <source>%1  %2</source>
        <comment>time, then the note</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticeOutcomeDialog</name>
    <message>
        <source>Finish the practice session</source>
        <translation>Übungseinheit abschließen</translation>
    </message>
    <message>
        <source>How did the session with &lt;b&gt;%1&lt;/b&gt; go?</source>
        <translation>Wie lief die Übungseinheit mit &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>Summary (required)</source>
        <translation>Zusammenfassung (Pflichtfeld)</translation>
    </message>
    <message>
        <source>A few sentences: what went well, what still feels hard.</source>
        <translation>Ein paar Sätze: Was lief gut, was fällt noch schwer?</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Rating %1 of 5</source>
        <translation>Bewertung %1 von 5</translation>
    </message>
    <message>
        <source>1 needs much more practice, 5 confident</source>
        <translation>1 = braucht noch viel Übung, 5 = sicher</translation>
    </message>
    <message>
        <source>Ready to post on the live network</source>
        <translation>Bereit, im echten Netzwerk zu posten</translation>
    </message>
    <message>
        <source>Follow-ups, one per line</source>
        <translation>Nächste Schritte, einer pro Zeile</translation>
    </message>
    <message>
        <source>e.g. Comment on three colleagues&apos; posts before next week</source>
        <translation>z. B. Bis nächste Woche drei Beiträge von Kollegen kommentieren</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Zurück zur Übungseinheit</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>Einheit abschließen</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Your practice session has ended. Your live accounts work again.</source>
        <translation>Ihre Übungseinheit ist beendet. Ihre echten Konten funktionieren wieder.</translation>
    </message>
    <message>
        <source>Practice sandbox — nothing here is published for real</source>
        <translation>Übungsbereich — hier wird nichts echt veröffentlicht</translation>
    </message>
    <message>
        <source>Choose an executive, plan what to cover and start the timer. The feed is what they practise on.</source>
        <translation>Wählen Sie eine Führungskraft, planen Sie die Inhalte und starten Sie den Timer. Am Feed wird geübt.</translation>
    </message>
    <message>
        <source>Rehearse your weekly routine on sample colleagues&apos; posts: like, comment and follow. It counts toward your practice goals only.</source>
        <translation>Üben Sie Ihre Wochenroutine an Beiträgen von Beispiel-Kollegen: liken, kommentieren und folgen. Das zählt nur für Ihre Übungsziele.</translation>
    </message>
    <message>
        <source>Try liking, commenting and following on sample colleagues&apos; posts before you help with the real thing.</source>
        <translation>Probieren Sie Liken, Kommentieren und Folgen an Beiträgen von Beispiel-Kollegen aus, bevor Sie beim Echten helfen.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Weekly goal met</source>
        <translation>Wochenziel erreicht</translation>
    </message>
    <message>
        <source>How the weekly routine works</source>
        <translation>So funktioniert die Wochenroutine</translation>
    </message>
    <message>
        <source>Colleagues&apos; posts</source>
        <translation>Beiträge von Kollegen</translation>
    </message>
    <message>
        <source>Newest first. Give at least half of your likes and comments to colleagues outside the leadership team.</source>
        <translation>Neueste zuerst. Geben Sie mindestens die Hälfte Ihrer Likes und Kommentare Kollegen außerhalb des Führungsteams.</translation>
    </message>
    <message>
        <source>Newest first: the sample colleagues executives practise with.</source>
        <translation>Neueste zuerst: die Beispiel-Kollegen, mit denen Führungskräfte üben.</translation>
    </message>
    <message>
        <source>Practice feed</source>
        <translation>Übungs-Feed</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentieren…</translation>
    </message>
    <message>
        <source>Follow the author</source>
        <translation>Verfasser folgen</translation>
    </message>
    <message>
        <source>Likes: %1 of %2</source>
        <translation>Likes: %1 von %2</translation>
    </message>
    <message>
        <source>Comments: %1 of %2</source>
        <translation>Kommentare: %1 von %2</translation>
    </message>
    <message>
        <source>your trainer</source>
        <translation>Ihr Trainer</translation>
    </message>
    <message>
        <source>You already liked this post.</source>
        <translation>Sie haben diesen Beitrag bereits geliked.</translation>
    </message>
    <message>
        <source>You liked %1&apos;s post.</source>
        <translation>Sie haben den Beitrag von %1 geliked.</translation>
    </message>
    <message>
        <source>You already follow %1.</source>
        <translation>Sie folgen %1 bereits.</translation>
    </message>
    <message>
        <source>You now follow %1 in the practice feed.</source>
        <translation>Sie folgen %1 jetzt im Übungs-Feed.</translation>
    </message>
    <message>
        <source>Comment sent. It appears under %1&apos;s post in a moment.</source>
        <translation>Kommentar gesendet. Er erscheint gleich unter dem Beitrag von %1.</translation>
    </message>
    <message>
        <source>Your practice comment could not be posted. The Queue shows why.</source>
        <translation>Ihr Übungskommentar konnte nicht gepostet werden. Die Warteschlange zeigt den Grund.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticePlanModel</name>
    <message>
        <source>Milestone, tier %1</source>
        <translation>Meilenstein, Stufe %1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Guide, about %1 minutes</source>
        <translation>Anleitung, etwa %1 Minuten</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Anleitung: %1</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticePostDelegate</name>
    <message>
        <source>♥ Liked · %1</source>
        <translation>♥ Geliked · %1</translation>
    </message>
    <message>
        <source>♡ Like · %1</source>
        <translation>♡ Like · %1</translation>
    </message>
    <message>
        <source>Comment · %1</source>
        <translation>Kommentar · %1</translation>
    </message>
    <message>
        <source>✓ Following</source>
        <translation>✓ Gefolgt</translation>
    </message>
    <message>
        <source>+ Follow</source>
        <translation>+ Folgen</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führungsebene</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticeSessionPanel</name>
    <message>
        <source>PRACTICE SESSION</source>
        <translation>ÜBUNGSEINHEIT</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>There is no executive in this workspace yet. Add the executives you coach on the People page, then plan their first session here.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine Führungskraft. Fügen Sie die Führungskräfte, die Sie coachen, auf der Seite „Personen“ hinzu und planen Sie dann hier ihre erste Übungseinheit.</translation>
    </message>
    <message>
        <source>%1 (in a session)</source>
        <translation>%1 (in einer Übungseinheit)</translation>
    </message>
    <message>
        <source>%1 is in a practice session with %2. Only %2 can take notes and finish it; you can plan the next one once it has ended.</source>
        <translation>%1 ist in einer Übungseinheit mit %2. Nur %2 kann Notizen machen und sie abschließen; die nächste können Sie planen, sobald sie beendet ist.</translation>
    </message>
    <message>
        <source>The session with %1 is finished and its outcome saved.</source>
        <translation>Die Übungseinheit mit %1 ist abgeschlossen und ihr Ergebnis gespeichert.</translation>
    </message>
    <message>
        <source>The session with %1 was cancelled.</source>
        <translation>Die Übungseinheit mit %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ProfileChecklistBox</name>
    <message>
        <source>Profile checklist</source>
        <translation>Profil-Checkliste</translation>
    </message>
    <message>
        <source>Ticked for good: the path has counted it.</source>
        <translation>Endgültig abgehakt: Der Einstiegsweg hat es gezählt.</translation>
    </message>
    <message>
        <source>Nothing to tick.</source>
        <translation>Nichts abzuhaken.</translation>
    </message>
    <message>
        <source>All done: the profile is ready for people to find.</source>
        <translation>Alles erledigt: Das Profil ist bereit, gefunden zu werden.</translation>
    </message>
    <message>
        <source>%1 of %2 done. Tick each item once it is on the profile.</source>
        <translation>%1 von %2 erledigt. Haken Sie jeden Punkt ab, sobald er im Profil steht.</translation>
    </message>
    <message>
        <source>Prepared by %1.</source>
        <translation>Vorbereitet von %1.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ProfileChecklistModel</name>
    <message>
        <source>Still to do</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>Search by name, tier or milestone</source>
        <translation>Nach Name, Stufe oder Meilenstein suchen</translation>
    </message>
    <message>
        <source>Search executives</source>
        <translation>Führungskräfte suchen</translation>
    </message>
    <message>
        <source>Every executive&apos;s live path at a glance. Select one to see it in full and to open a tier early.</source>
        <translation>Der echte Einstiegsweg jeder Führungskraft auf einen Blick. Wählen Sie eine aus, um ihn vollständig zu sehen und eine Stufe vorzeitig freizuschalten.</translation>
    </message>
    <message>
        <source>The executives you work for and where they are on their path. The path is theirs to walk; here you can follow along.</source>
        <translation>Die Führungskräfte, für die Sie arbeiten, und wo sie auf ihrem Einstiegsweg stehen. Den Weg gehen sie selbst; hier können Sie ihn mitverfolgen.</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>No executives in this workspace yet.
Add the executives you coach on the People page, and their progress appears here.</source>
        <translation>Noch keine Führungskräfte in diesem Arbeitsbereich.
Fügen Sie die Führungskräfte, die Sie coachen, auf der Seite „Personen“ hinzu, dann erscheint ihr Fortschritt hier.</translation>
    </message>
    <message>
        <source>Progress is where executives follow their onboarding path, and their trainers with them.
When an executive gives you a delegation, you can follow their path here too.</source>
        <translation>Unter „Fortschritt“ verfolgen Führungskräfte ihren Einstiegsweg, und ihre Trainer mit ihnen.
Wenn eine Führungskraft Sie als Stellvertretung einsetzt, können Sie ihren Weg auch hier verfolgen.</translation>
    </message>
    <message>
        <source>No executive matches the search.</source>
        <translation>Keine Führungskraft passt zur Suche.</translation>
    </message>
    <message>
        <source>Select an executive to see their path.</source>
        <translation>Wählen Sie eine Führungskraft aus, um ihren Einstiegsweg zu sehen.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::QueueModel</name>
    <message>
        <source>Chosen as %1 in %2</source>
        <translation>Gewählt als %1 in %2</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Noch kein Zeitpunkt</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <source>[Practice] %1</source>
        <translation>[Übung] %1</translation>
    </message>
    <message>
        <source>Approve by %1</source>
        <translation>Freigeben bis %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Nächste Woche ›</translation>
    </message>
    <message>
        <source>All executives</source>
        <translation>Alle Führungskräfte</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Cancel this post?</source>
        <translation>Diesen Beitrag abbrechen?</translation>
    </message>
    <message>
        <source>It will not go out. You cannot undo this, but you can write it again.</source>
        <translation>Er wird nicht veröffentlicht. Das lässt sich nicht rückgängig machen, aber Sie können ihn neu verfassen.</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Nicht abgebrochen</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ScheduleEditor</name>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Time zone of the chosen time</source>
        <translation>Zeitzone der gewählten Uhrzeit</translation>
    </message>
    <message>
        <source>Audience in</source>
        <translation>Zielgruppe in</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward. Choose:</source>
        <translation>%1 gibt es am %2 in %3 nicht, weil die Uhren vorgestellt werden. Wählen Sie:</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the clocks go back. Choose:</source>
        <translation>%1 kommt am %2 in %3 zweimal vor, weil die Uhren zurückgestellt werden. Wählen Sie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::SessionBanner</name>
    <message>
        <source>PRACTICE SESSION IN PROGRESS</source>
        <translation>ÜBUNGSEINHEIT LÄUFT</translation>
    </message>
    <message>
        <source>Until the session ends, everything you post goes to the practice feed only.</source>
        <translation>Bis die Übungseinheit endet, geht alles, was Sie posten, nur in den Übungs-Feed.</translation>
    </message>
    <message>
        <source>What you are practising</source>
        <translation>Was Sie üben</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Your trainer set no plan: follow their lead.</source>
        <translation>Ihr Trainer hat keinen Plan festgelegt: Folgen Sie seinen Vorgaben.</translation>
    </message>
    <message>
        <source>Your trainer ticks items off as you go. Double-click a guide to read along.</source>
        <translation>Ihr Trainer hakt die Punkte unterwegs ab. Doppelklicken Sie auf eine Anleitung, um mitzulesen.</translation>
    </message>
    <message>
        <source>Your trainer ticks items off as you go.</source>
        <translation>Ihr Trainer hakt die Punkte unterwegs ab.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::SessionRunView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>End the session without an outcome</source>
        <translation>Übungseinheit ohne Ergebnis beenden</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <source>End the session and record how it went</source>
        <translation>Übungseinheit beenden und Verlauf festhalten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>No plan for this session: rehearse whatever the executive needs.</source>
        <translation>Kein Plan für diese Übungseinheit: Üben Sie, was die Führungskraft gerade braucht.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What you noticed, as it happens</source>
        <translation>Was Ihnen auffällt, direkt notiert</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Profile checklist</source>
        <translation>Profil-Checkliste</translation>
    </message>
    <message>
        <source>e.g. Add a recent photo</source>
        <translation>z. B. Aktuelles Foto hinzufügen</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>Neuer Checklistenpunkt</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Started at %1 · %2 min planned</source>
        <translation>Gestartet um %1 · %2 Min. geplant</translation>
    </message>
    <message>
        <source>nothing prepared yet</source>
        <translation>noch nichts vorbereitet</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Übungseinheit abbrechen?</translation>
    </message>
    <message>
        <source>End the session with %1 without an outcome? Its notes and ticks are kept.</source>
        <translation>Übungseinheit mit %1 ohne Ergebnis beenden? Notizen und Haken bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Einheit abbrechen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::SessionStartForm</name>
    <message>
        <source>What to cover</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Milestones and guides to cover</source>
        <translation>Zu behandelnde Meilensteine und Anleitungen</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Geplante Dauer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Übungseinheit starten</translation>
    </message>
    <message>
        <source>Tick what you want to cover; you can also start with an empty plan.</source>
        <translation>Haken Sie ab, was Sie behandeln möchten; Sie können auch mit einem leeren Plan starten.</translation>
    </message>
    <message>
        <source>1 item in the plan</source>
        <translation>1 Punkt im Plan</translation>
    </message>
    <message>
        <source>%1 items in the plan</source>
        <translation>%1 Punkte im Plan</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::SessionTimerLabel</name>
    <message>
        <source>Session timer</source>
        <translation>Timer der Übungseinheit</translation>
    </message>
    <message>
        <source>%1 elapsed · %2 over time</source>
        <translation>%1 vergangen · %2 überzogen</translation>
    </message>
    <message>
        <source>%1 elapsed · %2 left</source>
        <translation>%1 vergangen · noch %2</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Auf diesem Computer (SQLite)</translation>
    </message>
    <message>
        <source>Shared team server (PostgreSQL)</source>
        <translation>Auf gemeinsamem Teamserver (PostgreSQL)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Copy before update</source>
        <translation>Kopie vor Aktualisierung</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Account passwords and tokens are kept only in your system&apos;s keychain, never in the workspace.</source>
        <translation>Passwörter und Tokens Ihrer Konten liegen nur im Schlüsselbund Ihres Systems, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Takes effect the next time Podium starts.</source>
        <translation>Wird beim nächsten Start von Podium wirksam.</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::TierCard</name>
    <message>
        <source>TIER %1</source>
        <translation>STUFE %1</translation>
    </message>
    <message>
        <source>Unlock tier %1 early…</source>
        <translation>Stufe %1 vorzeitig freischalten…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Opens when every required milestone of tier %1 is done.</source>
        <translation>Wird geöffnet, sobald alle erforderlichen Meilensteine von Stufe %1 erledigt sind.</translation>
    </message>
    <message>
        <source>✓ Complete</source>
        <translation>✓ Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Opened early by %1.</source>
        <translation>Vorzeitig freigeschaltet von %1.</translation>
    </message>
    <message>
        <source>a trainer</source>
        <translation>einem Trainer</translation>
    </message>
</context>
<context>
    <name>Podium::Ui::TrainerDashboardModel</name>
    <message>
        <source>A practice session with %1 is open now: nothing of theirs goes to the live network.</source>
        <translation>Eine Übungseinheit mit %1 läuft gerade: Nichts davon gelangt in das echte Netzwerk.</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Path complete</source>
        <translation>Weg abgeschlossen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>● In session</source>
        <translation>● In Übungseinheit</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <source>A minute ago</source>
        <translation>Vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>Vor %n Minute</numerusform>
            <numerusform>Vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Podium::Ui::WeekCalendar</name>
    <message>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Diese Woche ist nichts geplant.</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <source>Creates a post: a draft, or scheduled with --at or --now. Without --account it goes to the practice sandbox.</source>
        <translation>Erstellt einen Beitrag: als Entwurf oder mit --at bzw. --now eingeplant. Ohne --account geht er in den Übungsbereich.</translation>
    </message>
    <message>
        <source>The executive it is published as (default: you).</source>
        <translation>Die Führungskraft, in deren Namen er veröffentlicht wird (Standard: Sie).</translation>
    </message>
    <message>
        <source>The network account to publish through.</source>
        <translation>Das Netzwerkkonto, über das veröffentlicht wird.</translation>
    </message>
    <message>
        <source>status, reply, comment, like, follow or article.</source>
        <translation>status, reply, comment, like, follow oder article.</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Der Text.</translation>
    </message>
    <message>
        <source>Read the text from a file (- for stdin).</source>
        <translation>Den Text aus einer Datei lesen (- für stdin).</translation>
    </message>
    <message>
        <source>The title of an article.</source>
        <translation>Der Titel eines Artikels.</translation>
    </message>
    <message>
        <source>What a reply, comment or like is for: the post&apos;s id on the network (or the account&apos;s, to follow).</source>
        <translation>Worauf sich eine Antwort, ein Kommentar oder ein Like bezieht: die ID des Beitrags im Netzwerk (bzw. die des Kontos, um ihm zu folgen).</translation>
    </message>
    <message>
        <source>When to publish: 2026-03-30 09:00 in --zone, or an ISO 8601 instant with offset.</source>
        <translation>Wann veröffentlicht wird: 2026-03-30 09:00 in --zone oder ein ISO-8601-Zeitpunkt mit Offset.</translation>
    </message>
    <message>
        <source>IANA time zone of --at (default: the author&apos;s).</source>
        <translation>IANA-Zeitzone für --at (Standard: die der Autorin bzw. des Autors).</translation>
    </message>
    <message>
        <source>Publish as soon as possible.</source>
        <translation>So bald wie möglich veröffentlichen.</translation>
    </message>
    <message>
        <source>Give it to the server ahead of time, so it goes out at --at even if this computer is off (Mastodon, WordPress).</source>
        <translation>Vorab an den Server übergeben, damit der Beitrag zu --at erscheint, auch wenn dieser Computer ausgeschaltet ist (Mastodon, WordPress).</translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos;</source>
        <translation>unbekannter Wert für --kind: „%1“</translation>
    </message>
    <message>
        <source>give --at or --now, not both</source>
        <translation>geben Sie --at oder --now an, nicht beides</translation>
    </message>
    <message>
        <source>--hand-off needs --at and a live --account</source>
        <translation>--hand-off braucht --at und ein echtes Konto über --account</translation>
    </message>
    <message>
        <source>--author is required (or mark yourself with &apos;podium person add --me&apos;)</source>
        <translation>--author ist erforderlich (oder markieren Sie sich selbst mit „podium person add --me“)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Saved draft %1</source>
        <translation>Entwurf %1 gespeichert</translation>
    </message>
    <message>
        <source>Scheduled %1 for %2</source>
        <translation>%1 für %2 eingeplant</translation>
    </message>
    <message>
        <source>Lists posts, the latest first.</source>
        <translation>Listet Beiträge auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Only posts in this state, e.g. scheduled or failed.</source>
        <translation>Nur Beiträge in diesem Status, z. B. scheduled oder failed.</translation>
    </message>
    <message>
        <source>Only this executive&apos;s posts.</source>
        <translation>Nur Beiträge dieser Führungskraft.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Höchstens so viele (Standard: 50).</translation>
    </message>
    <message>
        <source>unknown --state &apos;%1&apos;</source>
        <translation>unbekannter Wert für --state: „%1“</translation>
    </message>
    <message>
        <source>No posts yet. Create one with: podium post create --text &quot;…&quot; --now</source>
        <translation>Noch keine Beiträge. Erstellen Sie einen mit: podium post create --text &quot;…&quot; --now</translation>
    </message>
    <message>
        <source>Shows one post and everything that happened to it.</source>
        <translation>Zeigt einen Beitrag und alles, was mit ihm geschehen ist.</translation>
    </message>
    <message>
        <source>The post&apos;s id.</source>
        <translation>Die ID des Beitrags.</translation>
    </message>
    <message>
        <source>give one post id</source>
        <translation>geben Sie genau eine Beitrags-ID an</translation>
    </message>
    <message>
        <source>Published at %1</source>
        <translation>Veröffentlicht unter %1</translation>
    </message>
    <message>
        <source>Last error: %1 (%2)</source>
        <translation>Letzter Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancels a post that has not gone out yet.</source>
        <translation>Bricht einen Beitrag ab, der noch nicht veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Submitted %1 for approval</source>
        <translation>%1 zur Freigabe eingereicht</translation>
    </message>
    <message>
        <source>Asked for changes to %1</source>
        <translation>Änderungen an %1 angefordert</translation>
    </message>
    <message>
        <source>Submits a draft: a delegate&apos;s goes to the executive for approval, the executive&apos;s own is scheduled.</source>
        <translation>Reicht einen Entwurf ein: Der Entwurf einer Stellvertretung geht zur Freigabe an die Führungskraft, der eigene Entwurf der Führungskraft wird eingeplant.</translation>
    </message>
    <message>
        <source>Approves a post a delegate submitted; with --text, your wording goes out instead.</source>
        <translation>Gibt einen von einer Stellvertretung eingereichten Beitrag frei; mit --text wird stattdessen Ihre Formulierung veröffentlicht.</translation>
    </message>
    <message>
        <source>The text to publish instead.</source>
        <translation>Der Text, der stattdessen veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Sends a submitted post back to the delegate with what to change.</source>
        <translation>Gibt einen eingereichten Beitrag mit Änderungswünschen an die Stellvertretung zurück.</translation>
    </message>
    <message>
        <source>What to change.</source>
        <translation>Was geändert werden soll.</translation>
    </message>
    <message>
        <source>--comment is required</source>
        <translation>--comment ist erforderlich</translation>
    </message>
</context>
<context>
    <name>PostText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Scheduled on the network</source>
        <translation>Im Netzwerk eingeplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Only you and the people you work with can see it. Nothing goes out until it is scheduled.</source>
        <translation>Nur Sie und die Personen, mit denen Sie zusammenarbeiten, können ihn sehen. Nichts wird veröffentlicht, bevor er eingeplant ist.</translation>
    </message>
    <message>
        <source>Prepared by a delegate. It goes out only after the executive approves it.</source>
        <translation>Von einer Stellvertretung vorbereitet. Er wird erst veröffentlicht, wenn die Führungskraft ihn freigibt.</translation>
    </message>
    <message>
        <source>The executive asked for changes. Edit it and submit it again.</source>
        <translation>Die Führungskraft hat Änderungen angefordert. Bearbeiten Sie ihn und reichen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>It will go out at its time.</source>
        <translation>Er wird zum geplanten Zeitpunkt veröffentlicht.</translation>
    </message>
    <message>
        <source>Podium is sending it now.</source>
        <translation>Podium sendet ihn gerade.</translation>
    </message>
    <message>
        <source>The network did not answer. Podium tries again by itself; it will never post twice.</source>
        <translation>Das Netzwerk hat nicht geantwortet. Podium versucht es selbstständig erneut und veröffentlicht nie doppelt.</translation>
    </message>
    <message>
        <source>The network holds it and publishes it at its time, even if this computer is off.</source>
        <translation>Das Netzwerk hält ihn bereit und veröffentlicht ihn zum geplanten Zeitpunkt, auch wenn dieser Computer ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>It is out, under the executive&apos;s name.</source>
        <translation>Er ist veröffentlicht, unter dem Namen der Führungskraft.</translation>
    </message>
    <message>
        <source>The network refused it. Read why, fix it and schedule it again.</source>
        <translation>Das Netzwerk hat ihn abgelehnt. Lesen Sie den Grund, beheben Sie das Problem und planen Sie den Beitrag erneut ein.</translation>
    </message>
    <message>
        <source>The network refused the sign-in. Reconnect the account in Settings; the post waits.</source>
        <translation>Das Netzwerk hat die Anmeldung abgelehnt. Verbinden Sie das Konto in den Einstellungen neu; der Beitrag wartet so lange.</translation>
    </message>
    <message>
        <source>It was cancelled and will not go out.</source>
        <translation>Er wurde abgebrochen und wird nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Its time came before it was approved, so it was held. Approve it to send it now, or reschedule it.</source>
        <translation>Der Zeitpunkt war erreicht, bevor er freigegeben wurde, daher wurde er zurückgehalten. Geben Sie ihn frei, um ihn jetzt zu senden, oder planen Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>Podium was closed at its time. Publish it now, reschedule it or cancel it.</source>
        <translation>Podium war zum geplanten Zeitpunkt geschlossen. Veröffentlichen Sie ihn jetzt, planen Sie ihn neu ein oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Status-Update</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Practice sandbox</source>
        <translation>Übungsbereich</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>PracticeSessionJson</name>
    <message>
        <source>Practice session %1 (%2)</source>
        <translation>Übungseinheit %1 (%2)</translation>
    </message>
    <message>
        <source>Trainer %1 with executive %2</source>
        <translation>Leitung %1, Führungskraft %2</translation>
    </message>
    <message>
        <source>Started %1; %2 of %3 minutes used%4</source>
        <translation>Beginn %1; %2 von %3 Minuten genutzt%4</translation>
    </message>
    <message>
        <source>, running over</source>
        <translation>, Zeit überschritten</translation>
    </message>
    <message>
        <source>Plan (%1 of %2 done):</source>
        <translation>Plan (%1 von %2 erledigt):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Ready for live posting</source>
        <translation>Bereit für echte Beiträge</translation>
    </message>
    <message>
        <source>Keep practising</source>
        <translation>Weiter üben</translation>
    </message>
    <message>
        <source>Rating: %1 of 5</source>
        <translation>Bewertung: %1 von 5</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>Publishes due posts. --once publishes what is due now and exits; --daemon keeps running and publishes each post at its time until stopped.</source>
        <translation>Veröffentlicht fällige Beiträge. --once veröffentlicht, was jetzt fällig ist, und beendet sich; --daemon läuft weiter und veröffentlicht jeden Beitrag zu seiner Zeit, bis er gestoppt wird.</translation>
    </message>
    <message>
        <source>Publish what is due now, then exit.</source>
        <translation>Veröffentlichen, was jetzt fällig ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Keep running until SIGTERM or Ctrl+C.</source>
        <translation>Weiterlaufen bis SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>A post found this many minutes late is still published; later ones become Missed (default 15).</source>
        <translation>Ein Beitrag, der bis zu so viele Minuten zu spät bemerkt wird, wird noch veröffentlicht; spätere gelten als verpasst (Standard: 15).</translation>
    </message>
    <message>
        <source>give --once or --daemon</source>
        <translation>geben Sie --once oder --daemon an</translation>
    </message>
    <message>
        <source>published %1 %2</source>
        <translation>veröffentlicht %1 %2</translation>
    </message>
    <message>
        <source>handed off %1</source>
        <translation>übergeben %1</translation>
    </message>
    <message>
        <source>retrying %1 at %2: %3</source>
        <translation>neuer Versuch für %1 um %2: %3</translation>
    </message>
    <message>
        <source>failed %1: %2 (%3)</source>
        <translation>fehlgeschlagen %1: %2 (%3)</translation>
    </message>
    <message>
        <source>needs reconnect %1</source>
        <translation>neu zu verbinden %1</translation>
    </message>
    <message>
        <source>missed %1</source>
        <translation>verpasst %1</translation>
    </message>
    <message>
        <source>Publishing; stop with Ctrl+C.</source>
        <translation>Veröffentlichung läuft; beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>%1 published, %2 handed off, %3 retrying later, %4 failed, %5 need reconnecting, %6 missed</source>
        <translation>%1 veröffentlicht, %2 übergeben, %3 warten auf neuen Versuch, %4 fehlgeschlagen, %5 neu zu verbinden, %6 verpasst</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Shows how many posts are in each state, the next ones due, and those that need you.</source>
        <translation>Zeigt, wie viele Beiträge sich in welchem Status befinden, welche als Nächstes fällig sind und welche Ihr Eingreifen brauchen.</translation>
    </message>
    <message>
        <source>How many upcoming posts to list (default 10).</source>
        <translation>Wie viele anstehende Beiträge aufgelistet werden (Standard: 10).</translation>
    </message>
    <message>
        <source>The queue is empty.
</source>
        <translation>Die Warteschlange ist leer.
</translation>
    </message>
    <message>
        <source>
Next due:
</source>
        <translation>
Als Nächstes fällig:
</translation>
    </message>
    <message>
        <source>
Needs you:
</source>
        <translation>
Braucht Ihr Eingreifen:
</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>You post under your own name. Podium shows you one next step at a time.</source>
        <translation>Sie veröffentlichen unter Ihrem eigenen Namen. Podium zeigt Ihnen immer genau einen nächsten Schritt.</translation>
    </message>
    <message>
        <source>You prepare and schedule posts for one or more executives, who approve them.</source>
        <translation>Sie bereiten Beiträge für eine oder mehrere Führungskräfte vor und planen sie ein; die Führungskräfte geben sie frei.</translation>
    </message>
    <message>
        <source>You coach executives in practice sessions and follow their progress.</source>
        <translation>Sie begleiten Führungskräfte in Übungseinheiten und verfolgen ihren Fortschritt.</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Starts a practice session with an executive (trainers only). Until it ends, nothing of the executive&apos;s goes to a live network.</source>
        <translation>Beginnt eine Übungseinheit mit einer Führungskraft (nur für Trainerinnen und Trainer). Bis zu ihrem Ende wird nichts von der Führungskraft in einem echten Netzwerk veröffentlicht.</translation>
    </message>
    <message>
        <source>The executive to practise with.</source>
        <translation>Die Führungskraft, mit der geübt wird.</translation>
    </message>
    <message>
        <source>Milestones and guides to cover, in order, separated by commas.</source>
        <translation>Meilensteine und Anleitungen, die behandelt werden sollen, in Reihenfolge und durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How long the session is planned for (45).</source>
        <translation>Geplante Dauer der Einheit in Minuten (45).</translation>
    </message>
    <message>
        <source>--executive is required</source>
        <translation>--executive ist erforderlich</translation>
    </message>
    <message>
        <source>--minutes must be a whole number</source>
        <translation>--minutes muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Started %1: %2 minutes with %3. Live posting is paused for them until the session ends.</source>
        <translation>%1 begonnen: %2 Minuten mit %3. Echte Veröffentlichungen dieser Führungskraft sind bis zum Ende der Einheit angehalten.</translation>
    </message>
    <message>
        <source>Adds a note to an open session.</source>
        <translation>Fügt einer offenen Einheit eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation>Die ID der Einheit.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>give a session id and the note</source>
        <translation>geben Sie eine Einheits-ID und die Notiz an</translation>
    </message>
    <message>
        <source>Noted (%1 notes)</source>
        <translation>Notiert (Notizen: %1)</translation>
    </message>
    <message>
        <source>Ends a session with its outcome. Live posting resumes for the executive.</source>
        <translation>Beendet eine Einheit mit ihrem Ergebnis. Danach veröffentlicht die Führungskraft wieder echt.</translation>
    </message>
    <message>
        <source>A short summary of how it went.</source>
        <translation>Eine kurze Zusammenfassung, wie es gelaufen ist.</translation>
    </message>
    <message>
        <source>The executive is ready to post for real.</source>
        <translation>Die Führungskraft ist bereit, echte Beiträge zu veröffentlichen.</translation>
    </message>
    <message>
        <source>From 1 (much more practice) to 5 (confident).</source>
        <translation>Von 1 (noch viel Übung nötig) bis 5 (sicher).</translation>
    </message>
    <message>
        <source>Something to do next; may be repeated.</source>
        <translation>Etwas, das als Nächstes zu tun ist; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>give one session id</source>
        <translation>geben Sie genau eine Einheits-ID an</translation>
    </message>
    <message>
        <source>--outcome is required</source>
        <translation>--outcome ist erforderlich</translation>
    </message>
    <message>
        <source>--rating must be a number from 1 to 5</source>
        <translation>--rating muss eine Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>Finished %1. Live posting resumes for %2.</source>
        <translation>%1 beendet. %2 veröffentlicht wieder echt.</translation>
    </message>
    <message>
        <source>Ends a session without an outcome (its trainer, another trainer or the executive).</source>
        <translation>Beendet eine Einheit ohne Ergebnis (durch die Person, die sie leitet, eine andere Trainerin bzw. einen anderen Trainer oder die Führungskraft).</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Lists one executive&apos;s sessions, or the ones you ran as a trainer; newest first.</source>
        <translation>Listet die Einheiten einer Führungskraft auf oder die, die Sie als Trainerin bzw. Trainer geleitet haben; die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Whose sessions.</source>
        <translation>Wessen Einheiten.</translation>
    </message>
    <message>
        <source>No practice sessions. A trainer starts one with: podium session start --executive ID</source>
        <translation>Keine Übungseinheiten. Eine Trainerin oder ein Trainer beginnt eine mit: podium session start --executive ID</translation>
    </message>
    <message>
        <source>Shows a session: its timer, plan, notes and outcome.</source>
        <translation>Zeigt eine Einheit: Timer, Plan, Notizen und Ergebnis.</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>Post your first status update</source>
        <translation>Ihr erstes Status-Update veröffentlichen</translation>
    </message>
    <message>
        <source>Keep your rhythm: post a status update</source>
        <translation>Im Rhythmus bleiben: ein Status-Update veröffentlichen</translation>
    </message>
    <message>
        <source>Reply to a comment on one of your posts</source>
        <translation>Auf einen Kommentar zu einem Ihrer Beiträge antworten</translation>
    </message>
    <message>
        <source>Write your first article</source>
        <translation>Ihren ersten Artikel schreiben</translation>
    </message>
    <message>
        <source>Schedule a post to go out later</source>
        <translation>Einen Beitrag für später einplanen</translation>
    </message>
    <message>
        <source>Jot down an idea for an article</source>
        <translation>Eine Idee für einen Artikel notieren</translation>
    </message>
    <message>
        <source>Share what you are working on</source>
        <translation>Teilen, woran Sie gerade arbeiten</translation>
    </message>
    <message>
        <source>Read the guide for this step</source>
        <translation>Die Anleitung zu diesem Schritt lesen</translation>
    </message>
    <message>
        <source>Read how: %1</source>
        <translation>Anleitung lesen: %1</translation>
    </message>
    <message>
        <source>Follow five colleagues</source>
        <translation>Fünf Kolleginnen und Kollegen folgen</translation>
    </message>
    <message>
        <source>Spend 15 minutes liking and commenting</source>
        <translation>15 Minuten lang liken und kommentieren</translation>
    </message>
    <message>
        <source>Complete your profile checklist</source>
        <translation>Ihre Profil-Checkliste abschließen</translation>
    </message>
    <message>
        <source>Review the posts waiting for your approval</source>
        <translation>Die Beiträge prüfen, die auf Ihre Freigabe warten</translation>
    </message>
    <message>
        <source>Review a draft your delegate prepared</source>
        <translation>Einen Entwurf Ihrer Stellvertretung prüfen</translation>
    </message>
    <message>
        <source>Two or three sentences about your week are enough. Start from an idea, check the preview and publish: it takes about a minute.</source>
        <translation>Zwei oder drei Sätze über Ihre Woche genügen. Beginnen Sie mit einer Idee, prüfen Sie die Vorschau und veröffentlichen Sie: Das dauert etwa eine Minute.</translation>
    </message>
    <message>
        <source>Three status updates in fourteen days make people look out for you. A short one counts.</source>
        <translation>Nach drei Status-Updates in vierzehn Tagen halten andere nach Ihren Beiträgen Ausschau. Auch ein kurzes zählt.</translation>
    </message>
    <message>
        <source>Someone took the time to comment. A short, personal answer shows you read it.</source>
        <translation>Jemand hat sich die Zeit für einen Kommentar genommen. Eine kurze, persönliche Antwort zeigt, dass Sie ihn gelesen haben.</translation>
    </message>
    <message>
        <source>An article gives room to explain a decision or tell a story. 400 to 700 words are plenty.</source>
        <translation>Ein Artikel bietet Raum, eine Entscheidung zu erklären oder eine Geschichte zu erzählen. 400 bis 700 Wörter sind reichlich.</translation>
    </message>
    <message>
        <source>Write it now and let it go out at the right moment, for example right after a meeting.</source>
        <translation>Schreiben Sie den Beitrag jetzt und lassen Sie ihn im richtigen Moment erscheinen, zum Beispiel direkt nach einem Meeting.</translation>
    </message>
    <message>
        <source>A short update keeps your colleagues close to what you do.</source>
        <translation>Mit einem kurzen Update bleiben Ihre Kolleginnen und Kollegen nah an dem, was Sie tun.</translation>
    </message>
    <message>
        <source>A few minutes of step-by-step help before you start.</source>
        <translation>Ein paar Minuten Schritt-für-Schritt-Hilfe, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Follow people outside the leadership team whose work you want to hear about.</source>
        <translation>Folgen Sie Personen außerhalb des Führungsteams, von deren Arbeit Sie mehr erfahren möchten.</translation>
    </message>
    <message>
        <source>Ten likes and three comments, mostly on posts by colleagues outside the leadership team.</source>
        <translation>Zehn Likes und drei Kommentare, vor allem bei Beiträgen von Kolleginnen und Kollegen außerhalb des Führungsteams.</translation>
    </message>
    <message>
        <source>A photo, your role and a line about yourself: people engage more with a profile they recognise.</source>
        <translation>Ein Foto, Ihre Funktion und eine Zeile über Sie: Auf ein Profil, das man wiedererkennt, reagieren Menschen eher.</translation>
    </message>
    <message>
        <source>Approve, edit or send back what your delegate prepared. You see exactly what changed.</source>
        <translation>Geben Sie frei, was Ihre Stellvertretung vorbereitet hat, bearbeiten Sie es oder geben Sie es zurück. Sie sehen genau, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Write and schedule it</source>
        <translation>Schreiben und einplanen</translation>
    </message>
    <message>
        <source>Write it now</source>
        <translation>Jetzt schreiben</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Anleitung öffnen</translation>
    </message>
    <message>
        <source>Open the feed</source>
        <translation>Feed öffnen</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Shows where the workspace is kept and what it holds.</source>
        <translation>Zeigt, wo der Arbeitsbereich gespeichert ist und was er enthält.</translation>
    </message>
    <message>
        <source>Workspace:  %1 (%2)
</source>
        <translation>Arbeitsbereich:  %1 (%2)
</translation>
    </message>
    <message>
        <source>Storage:    %1, %2
</source>
        <translation>Speicher:        %1, %2
</translation>
    </message>
    <message>
        <source>Schema:     version %1
</source>
        <translation>Schema:          Version %1
</translation>
    </message>
    <message>
        <source>People:     %1
</source>
        <translation>Personen:        %1
</translation>
    </message>
    <message>
        <source>You:        %1
</source>
        <translation>Sie:             %1
</translation>
    </message>
    <message>
        <source>not set (podium person add … --me)</source>
        <translation>nicht festgelegt (podium person add … --me)</translation>
    </message>
    <message>
        <source>Backup:     %1 (made before this update)
</source>
        <translation>Sicherung:       %1 (vor dieser Aktualisierung angelegt)
</translation>
    </message>
</context>
</TS>
