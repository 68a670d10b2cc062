<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AgendaOverview</name>
    <message numerus="yes">
      <source>%n in lineup</source>
      <translation>
        <numerusform>%n in lineup</numerusform>
        <numerusform>%n in lineup</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message numerus="yes">
      <source>Speaking time: %1 of %n minutes</source>
      <translation>
        <numerusform>Speaking time: %1 of %n minute</numerusform>
        <numerusform>Speaking time: %1 of %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete “%1” and its lineup? People in it: %n.</source>
      <translation>
        <numerusform>Delete “%1” and its lineup? People in it: %n.</numerusform>
        <numerusform>Delete “%1” and its lineup? People in it: %n.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CalendarExportDialog</name>
    <message numerus="yes">
      <source>%n public calendars written.</source>
      <translation>
        <numerusform>%n public calendar written.</numerusform>
        <numerusform>%n public calendars written.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n personal invites written.</source>
      <translation>
        <numerusform>%n personal invite written.</numerusform>
        <numerusform>%n personal invites written.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConferenceDialog</name>
    <message numerus="yes">
      <source>%n sessions refer to themes the new list leaves out: %1. Take those themes off them?</source>
      <translation>
        <numerusform>%n session refers to themes the new list leaves out: %1. Take those themes off it?</numerusform>
        <numerusform>%n sessions refer to themes the new list leaves out: %1. Take those themes off them?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <source>%n in lineup</source>
      <translation>
        <numerusform>%n in lineup</numerusform>
        <numerusform>%n in lineup</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n parts added.</source>
      <translation>
        <numerusform>%n part added.</numerusform>
        <numerusform>%n parts added.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DataExportDialog</name>
    <message numerus="yes">
      <source>%n rows written to %1.</source>
      <translation>
        <numerusform>%n row written to %1.</numerusform>
        <numerusform>%n rows written to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeadlinesModel</name>
    <message numerus="yes">
      <source>%n days left</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Following</name>
    <message numerus="yes">
      <source>%1 changed %n items.</source>
      <extracomment>How often the window looks for colleagues' changes. A list of :class:`HistoryEntry`, oldest first. Seconds the last refresh took (read by bench/team.py).</extracomment>
      <translation>
        <numerusform>%1 changed %n item.</numerusform>
        <numerusform>%1 changed %n items.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>%n rows; encoding %1, separator “%2”</source>
      <translation>
        <numerusform>%n row; encoding %1, separator “%2”</numerusform>
        <numerusform>%n rows; encoding %1, separator “%2”</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows in sheet “%1”</source>
      <translation>
        <numerusform>%n row in sheet “%1”</numerusform>
        <numerusform>%n rows in sheet “%1”</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LineupsPage</name>
    <message numerus="yes">
      <source>Speaking time: %1 of %n minutes</source>
      <translation>
        <numerusform>Speaking time: %1 of %n minute</numerusform>
        <numerusform>Speaking time: %1 of %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PartsDialog</name>
    <message numerus="yes">
      <source>Sessions moved with the part: %n. Shift in days: %1.</source>
      <translation>
        <numerusform>%n session moved with the part. Shift in days: %1.</numerusform>
        <numerusform>%n sessions moved with the part. Shift in days: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sessions outside the part's new dates: %n. Move them with the part, at the same local times? Shift in days: %1.</source>
      <translation>
        <numerusform>%n session would fall outside the part's new dates. Move it with the part, at the same local time? Shift in days: %1.</numerusform>
        <numerusform>%n sessions would fall outside the part's new dates. Move them with the part, at the same local times? Shift in days: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete “%1” with its sessions and their lineups? Sessions in it: %n.</source>
      <translation>
        <numerusform>Delete “%1” with its session and the session's lineup?</numerusform>
        <numerusform>Delete “%1” with its %n sessions and their lineups?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message numerus="yes">
      <source>%1 of %n people</source>
      <translation>
        <numerusform>%1 of %n person</numerusform>
        <numerusform>%1 of %n people</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemWords</name>
    <message numerus="yes">
      <source>“{session}” gives %n speaking minutes but lasts {length} min.</source>
      <translation>
        <numerusform>“{session}” gives %n speaking minute but lasts {length} min.</numerusform>
        <numerusform>“{session}” gives %n speaking minutes but lasts {length} min.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: %n speakers from the same organisation ({organisation}).</source>
      <translation>
        <numerusform>“{session}”: %n speaker from the same organisation ({organisation}).</numerusform>
        <numerusform>“{session}”: %n speakers from the same organisation ({organisation}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: {count} of %n speakers have the same gender.</source>
      <translation>
        <numerusform>“{session}”: {count} of %n speaker have the same gender.</numerusform>
        <numerusform>“{session}”: {count} of %n speakers have the same gender.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: speakers from only %n stakeholder groups, at least {needed} expected.</source>
      <translation>
        <numerusform>“{session}”: speakers from only %n stakeholder group, at least {needed} expected.</numerusform>
        <numerusform>“{session}”: speakers from only %n stakeholder groups, at least {needed} expected.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: speakers from only %n countries, at least {needed} expected.</source>
      <translation>
        <numerusform>“{session}”: speakers from only %n country, at least {needed} expected.</numerusform>
        <numerusform>“{session}”: speakers from only %n countries, at least {needed} expected.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{person} declined or withdrew from “{session}” but still holds %n speaking minutes.</source>
      <translation>
        <numerusform>{person} declined or withdrew from “{session}” but still holds %n speaking minute.</numerusform>
        <numerusform>{person} declined or withdrew from “{session}” but still holds %n speaking minutes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegistrationsPage</name>
    <message numerus="yes">
      <source>%1 of %n registrations</source>
      <translation>
        <numerusform>%1 of %n registration</numerusform>
        <numerusform>%1 of %n registrations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RepliesDialog</name>
    <message numerus="yes">
      <source>%n messages read.</source>
      <translation>
        <numerusform>%n message read.</numerusform>
        <numerusform>%n messages read.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n answers applied.</source>
      <translation>
        <numerusform>%n answer applied.</numerusform>
        <numerusform>%n answers applied.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SendInvitesDialog</name>
    <message numerus="yes">
      <source>%n people have a new or changed invitation.</source>
      <translation>
        <numerusform>%n person has a new or changed invitation.</numerusform>
        <numerusform>%n people have a new or changed invitation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n messages sent.</source>
      <translation>
        <numerusform>%n message sent.</numerusform>
        <numerusform>%n messages sent.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n addresses were refused.</source>
      <translation>
        <numerusform>%n address was refused.</numerusform>
        <numerusform>%n addresses were refused.</numerusform>
      </translation>
    </message>
  </context>
</TS>
