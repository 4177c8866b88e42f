<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: podium [--database LOCATION] [--lang CODE] [COMMAND ACTION [options] [--json]]

Without a command, Podium opens its window.

Commands:
  person add      Add a person (executive, delegate or trainer)
  person list     List the people in the workspace
  workspace info  Show where the workspace is kept and what it holds

Options:
  --database LOCATION  An SQLite file, or postgresql://user@host:port/name for a shared workspace
  --lang CODE          Language, e.g. en or de
  --json               Print JSON for programs instead of text for people
  -h, --help           Show help; &apos;podium COMMAND ACTION --help&apos; explains one action
  -v, --version        Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>That input is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found with that name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not valid. Use a file path, or postgresql://user@host:port/name for a shared workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver is not installed. On Debian or Ubuntu, install libqt6sql6-sqlite for SQLite or libqt6sql6-psql for PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podium cannot open or create the database file there. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a Podium database. Choose another file; this one was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup; Podium changed nothing in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Close other copies of Podium and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database can only be read, not written. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again; your existing data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not answer. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is running, but that database does not exist. Ask the workspace administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was created by a newer version of Podium. Update Podium to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podium could not update the workspace to this version. Nothing was changed; a copy of the file was kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be executive, delegate or trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time zone is not known. Use a name such as Europe/Berlin or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with that id exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>person needs an action: add or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; for person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a person to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as colleagues know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executive, delegate or trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this person as you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) with id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the people in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet. Add one with: podium person add --name NAME --role executive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::App</name>
    <message>
        <source>Podium cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Cli</name>
    <message>
        <source>Workspace to open: an SQLite file (the default lives in your data folder) or postgresql://user@host:port/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface, e.g. en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;podium --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for programs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ComposePage</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-minute composer for status updates, replies, comments and articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest an idea that fits where you are on your path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count characters by each network&apos;s own rules and preview the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a delegate write in an executive&apos;s name, for the executive to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a post, showing the time for you, your delegate and your audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drafts as you type, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::FeaturePreview</name>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this page will do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podium helps executives take their place on the company&apos;s social network, one small step at a time. Tell us who you are so Podium can show you what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using Podium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::GuidesPage</name>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step guides for every step of the path, for each network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through one step at a time, ticking each off as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the right screen with a &quot;Do it now&quot; button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search across all guides, in English and German.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::HomePage</name>
    <message>
        <source>YOUR NEXT STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming to Podium next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ul style=&quot;margin-left:-16px&quot;&gt;&lt;li&gt;Your onboarding path: status updates, then interactions, then articles, each unlocked in turn.&lt;/li&gt;&lt;li&gt;A one-minute composer with ideas to start from, and approvals of your delegate&apos;s drafts with the changes highlighted.&lt;/li&gt;&lt;li&gt;A 15-minute weekly routine of liking and commenting on colleagues&apos; posts.&lt;/li&gt;&lt;li&gt;Practice sessions with your trainer in a sandbox that never posts for real.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone on your team helps with your communication, add them so they can prepare posts for you to approve. Every post still goes out under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the executive you work for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each executive whose posts you prepare. They stay the author of every post and approve what you draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the executives you coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each executive you will train, so you can plan their practice sessions and follow their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onboarding path, starting with your first status update, arrives in the next version of Podium. Until then you can review who is in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the people here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::MainWindow</name>
    <message>
        <source>Podium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executives, delegates and trainers who work together in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PersonListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::PracticePage</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox with sample colleagues, where nothing is ever posted for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse posts, likes, comments and replies on a practice feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a trainer run a one-on-one session with a plan, a timer and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count practice toward practice goals only, never toward live milestones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each executive has come on the path, and friendly competition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show milestones reached and the next one, tier by tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give trainers every executive&apos;s progress and last activity at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run leaderboards that count delegate-prepared posts honestly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything prepared, waiting, scheduled, published or failed, in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter drafts, posts waiting for approval, scheduled, overdue, published, failed and missed posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the week at a glance in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a delegate&apos;s draft with the changes highlighted, or ask for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell you plainly why a post failed and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Podium::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared team server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy before update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account passwords and tokens are kept only in your system&apos;s keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Podium starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You post under your own name. Podium shows you one next step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepare and schedule posts for one or more executives, who approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You coach executives in practice sessions and follow their progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>workspace needs an action: info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; for workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where the workspace is kept and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:  %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:    %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:     version %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (podium person add … --me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup:     %1 (made before this update)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
