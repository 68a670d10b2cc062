<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Agenda</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
      <source>&lt;b&gt;Lineup&lt;/b&gt;</source>
      <translation>&lt;b&gt;Intervenants&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>Min.</translation>
    </message>
    <message>
      <source>Lineup of the selected session</source>
      <translation>Intervenants de la session sélectionnée</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>Open in &amp;Lineups</source>
      <translation>Ouvrir dans les &amp;intervenants</translation>
    </message>
    <message>
      <source>&amp;New Session…</source>
      <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
      <source>&amp;Edit Session…</source>
      <translation>&amp;Modifier la session…</translation>
    </message>
    <message>
      <source>&amp;Delete Session</source>
      <translation>&amp;Supprimer la session</translation>
    </message>
    <message>
      <source>No session selected</source>
      <translation>Aucune session sélectionnée</translation>
    </message>
    <message>
      <source>Click a session to see its lineup; double-click to edit it. Drag a session to move it, or its bottom edge to change its length.</source>
      <translation>Cliquez sur une session pour voir ses intervenants ; double-cliquez pour la modifier. Faites-la glisser pour la déplacer, ou tirez son bord inférieur pour changer sa durée.</translation>
    </message>
    <message>
      <source>GCM objectives: %1</source>
      <translation>Objectifs du PMM : %1</translation>
    </message>
    <message>
      <source>Internal: not shown in public documents</source>
      <translation>Interne : n'apparaît pas dans les documents publics</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>Speaking time: %1 of %2 minutes</source>
      <translation>Temps de parole : %1 sur %2 minutes</translation>
    </message>
    <message>
      <source>Move “%1”</source>
      <translation>Déplacer « %1 »</translation>
    </message>
    <message>
      <source>Move session</source>
      <translation>Déplacer la session</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>Modifier « %1 »</translation>
    </message>
    <message>
      <source>New session “%1”</source>
      <translation>Nouvelle session « %1 »</translation>
    </message>
    <message>
      <source>Delete “%1”</source>
      <translation>Supprimer « %1 »</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>Supprimer la session</translation>
    </message>
  </context>
  <context>
    <name>DaySelector</name>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
  </context>
  <context>
    <name>ExportsPage</name>
    <message>
      <source>&amp;Calendars…</source>
      <translation>&amp;Calendriers…</translation>
    </message>
    <message>
      <source>Send &amp;Invitations…</source>
      <translation>Envoyer les &amp;invitations…</translation>
    </message>
    <message>
      <source>&amp;Programme and Documents…</source>
      <translation>&amp;Programme et documents…</translation>
    </message>
    <message>
      <source>Schedule and &amp;Data…</source>
      <translation>Horaires et &amp;données…</translation>
    </message>
    <message>
      <source>I&amp;mport…</source>
      <translation>I&amp;mporter…</translation>
    </message>
    <message>
      <source>Calendar files (.ics) for the whole conference, a part or a day, in each language.</source>
      <translation>Fichiers de calendrier (.ics) pour toute la conférence, une partie ou une journée, dans chaque langue.</translation>
    </message>
    <message>
      <source>Personal calendar invitations with each person's sessions, role and join link.</source>
      <translation>Invitations de calendrier personnelles avec les sessions, le rôle et le lien de connexion de chacun.</translation>
    </message>
    <message>
      <source>The programme, printed agenda, logistics note and letters to speakers as PDF.</source>
      <translation>Le programme, l'ordre du jour imprimé, la note logistique et les lettres aux orateurs en PDF.</translation>
    </message>
    <message>
      <source>Schedule data for conference apps, and lists as CSV or Excel workbooks.</source>
      <translation>Données d'horaires pour les applications de conférence, et listes en CSV ou classeurs Excel.</translation>
    </message>
    <message>
      <source>Registrations and people from a registration export or a spreadsheet.</source>
      <translation>Inscriptions et personnes depuis un export d'inscriptions ou un tableur.</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>Exports</translation>
    </message>
    <message>
      <source>Everything is produced from the same data in Arabic, English and French.</source>
      <translation>Tout est produit à partir des mêmes données en arabe, anglais et français.</translation>
    </message>
    <message>
      <source>No export is available in this installation.</source>
      <translation>Aucun export n'est disponible dans cette installation.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Search names, organisations, e-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation type="unfinished">Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assignment status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All groups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In no lineup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any interest</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LocalTextEdit</name>
    <message>
      <source>Arabic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>French</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>Screens</source>
      <translation>Écrans</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Programme</translation>
    </message>
    <message>
      <source>&amp;People</source>
      <translation>P&amp;ersonnes</translation>
    </message>
    <message>
      <source>&amp;Registrations</source>
      <translation>&amp;Inscriptions</translation>
    </message>
    <message>
      <source>&amp;Lineups</source>
      <translation>Interve&amp;nants</translation>
    </message>
    <message>
      <source>Pro&amp;blems</source>
      <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
      <source>&amp;Deadlines</source>
      <translation>É&amp;chéances</translation>
    </message>
    <message>
      <source>E&amp;xports</source>
      <translation>E&amp;xports</translation>
    </message>
    <message>
      <source>&amp;New Conference…</source>
      <translation>&amp;Nouvelle conférence…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>Save a &amp;Copy…</source>
      <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;About ConfDesk</source>
      <translation>À &amp;propos de ConfDesk</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>Undo &amp;History</source>
      <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Interface</source>
      <translation>Interface</translation>
    </message>
    <message>
      <source>Conference content</source>
      <translation>Contenu de la conférence</translation>
    </message>
    <message>
      <source>Content in %1</source>
      <translation>Contenu en %1</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>Main Toolbar</source>
      <translation>Barre d'outils principale</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
      <source>Every change is written to the conference file as it is made.</source>
      <translation>Chaque modification est écrite dans le fichier de la conférence dès qu'elle est faite.</translation>
    </message>
    <message>
      <source>Times in %1</source>
      <translation>Heures en %1</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Enregistré : %1</translation>
    </message>
    <message>
      <source>ConfDesk conference (*%1)</source>
      <translation>Conférence ConfDesk (*%1)</translation>
    </message>
    <message>
      <source>Open Conference</source>
      <translation>Ouvrir une conférence</translation>
    </message>
    <message>
      <source>Opening %1</source>
      <translation>Ouverture de %1</translation>
    </message>
    <message>
      <source>Opened %1</source>
      <translation>%1 ouvert</translation>
    </message>
    <message>
      <source>New Conference</source>
      <translation>Nouvelle conférence</translation>
    </message>
    <message>
      <source>Save a Copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <source>A copy was saved as %1</source>
      <translation>Une copie a été enregistrée sous %1</translation>
    </message>
    <message>
      <source>Saving a copy</source>
      <translation>Enregistrement d'une copie</translation>
    </message>
    <message>
      <source>About ConfDesk</source>
      <translation>À propos de ConfDesk</translation>
    </message>
    <message>
      <source>&lt;h3&gt;ConfDesk&lt;/h3&gt;&lt;p&gt;Plan a multilingual, multi-stakeholder virtual conference: agenda, people, lineups, calendars and printed programmes in Arabic, English and French.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;ConfDesk&lt;/h3&gt;&lt;p&gt;Organisez une conférence virtuelle multilingue et multipartite : programme, personnes, intervenants, calendriers et programmes imprimés en arabe, anglais et français.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>NewConferenceDialog</name>
    <message>
      <source>New Conference</source>
      <translation>Nouvelle conférence</translation>
    </message>
    <message>
      <source>Conference name</source>
      <translation>Nom de la conférence</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;Time zone</source>
      <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Premier jour</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Dernier jour</translation>
    </message>
    <message>
      <source>&amp;First day</source>
      <translation>&amp;Premier jour</translation>
    </message>
    <message>
      <source>&amp;Last day</source>
      <translation>&amp;Dernier jour</translation>
    </message>
    <message>
      <source>A conference needs a name</source>
      <translation>Une conférence doit avoir un nom</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <source>Name</source>
      <translation type="unfinished">Nom</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation type="unfinished">Nom en arabe</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation type="unfinished">Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished">Courriel</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interests</source>
      <translation type="unfinished">Intérêts</translation>
    </message>
    <message>
      <source>In lineups</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation type="unfinished">&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete %1 with their registrations and lineup places?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>New person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Honorific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Job title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>May appear in the participant list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error</source>
      <translation type="unfinished">Erreur</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished">&amp;Nom</translation>
    </message>
    <message>
      <source>Name in &amp;Arabic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Honorific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Job title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stakeholder &amp;group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished">&amp;Langue</translation>
    </message>
    <message>
      <source>Gen&amp;der</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No&amp;tes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <source>Edit session</source>
      <translation>Modifier la session</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nouvelle session</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>Title and description</source>
      <translation>Titre et description</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Title in %1</source>
      <translation>Titre en %1</translation>
    </message>
    <message>
      <source>Description in %1</source>
      <translation>Description en %1</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Partie</translation>
    </message>
    <message>
      <source>&amp;Part</source>
      <translation>&amp;Partie</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>T&amp;ype</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>N&amp;umber</source>
      <translation>N&amp;uméro</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>&amp;Heure</translation>
    </message>
    <message>
      <source>Joining</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <source>Join link</source>
      <translation>Lien de connexion</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Lien</translation>
    </message>
    <message>
      <source>Meeting ID</source>
      <translation>ID de réunion</translation>
    </message>
    <message>
      <source>&amp;Meeting ID</source>
      <translation>ID de &amp;réunion</translation>
    </message>
    <message>
      <source>Passcode</source>
      <translation>Code secret</translation>
    </message>
    <message>
      <source>Pass&amp;code</source>
      <translation>&amp;Code secret</translation>
    </message>
    <message>
      <source>Interpretation into %1</source>
      <translation>Interprétation en %1</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Interprétation</translation>
    </message>
    <message>
      <source>GCM objectives, e.g. 2, 5, 6</source>
      <translation>Objectifs du PMM, p. ex. 2, 5, 6</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>T&amp;hemes</source>
      <translation>T&amp;hèmes</translation>
    </message>
    <message>
      <source>&amp;Internal (not in public documents)</source>
      <translation>&amp;Interne (absente des documents publics)</translation>
    </message>
    <message>
      <source>Ca&amp;ncelled</source>
      <translation>A&amp;nnulée</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <source>Cancel</source>
      <extracomment>Tasks in flight, so one started without a parent widget is not garbage-collected mid-work.</extracomment>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
  </context>
  <context>
    <name>Timetable</name>
    <message>
      <source>%1 in lineup</source>
      <translation>%1 intervenants</translation>
    </message>
    <message>
      <source>Timetable</source>
      <translation>Grille horaire</translation>
    </message>
  </context>
  <context>
    <name>UndoHistoryDock</name>
    <message>
      <source>Undo History</source>
      <translation>Historique des modifications</translation>
    </message>
    <message>
      <source>&lt;file as opened&gt;</source>
      <translation>&lt;fichier tel qu'ouvert&gt;</translation>
    </message>
    <message>
      <source>Undo history</source>
      <translation>Historique des modifications</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Member State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UN system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Civil society</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Academia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trade union</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Migrant or diaspora organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National human rights institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Youth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chair</source>
      <translation type="unfinished">Présidence</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="unfinished">Modération</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation type="unfinished">Orateur</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="unfinished">Panéliste</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation type="unfinished">Discours liminaire</translation>
    </message>
    <message>
      <source>Rapporteur</source>
      <translation type="unfinished">Rapporteur</translation>
    </message>
    <message>
      <source>Discussant</source>
      <translation type="unfinished">Discutant</translation>
    </message>
    <message>
      <source>Floor intervention</source>
      <translation type="unfinished">Intervention de la salle</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation type="unfinished">Proposé</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation type="unfinished">Invité</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation type="unfinished">Confirmé</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished">Décliné</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="unfinished">Retiré</translation>
    </message>
    <message>
      <source>Roundtable speaker (any)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roundtable %1 speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open discussion</source>
      <translation type="unfinished">Discussion ouverte</translation>
    </message>
    <message>
      <source>Plenary speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speaking-role interest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening</source>
      <translation type="unfinished">Ouverture</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation type="unfinished">Plénière</translation>
    </message>
    <message>
      <source>Roundtable</source>
      <translation type="unfinished">Table ronde</translation>
    </message>
    <message>
      <source>Break</source>
      <translation type="unfinished">Pause</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation type="unfinished">Clôture</translation>
    </message>
    <message>
      <source>Side event</source>
      <translation type="unfinished">Événement parallèle</translation>
    </message>
    <message>
      <source>This is not a valid e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another person already has this e-mail address.</source>
      <translation type="unfinished">Une autre personne a déjà cette adresse électronique.</translation>
    </message>
    <message>
      <source>This country is not known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This language is not known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This time zone is not known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This person already has this role in the session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The invitation cannot move to this status from its current one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Someone else changed this in the meantime; it has been reloaded, please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This item no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one part of the conference.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A title is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A required value is missing.</source>
      <translation type="unfinished">Une valeur obligatoire manque.</translation>
    </message>
    <message>
      <source>This interest is already recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The change was refused: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ZoneCombo</name>
    <message>
      <source>Display time zone</source>
      <translation>Fuseau horaire d'affichage</translation>
    </message>
    <message>
      <source>Show the agenda's times as seen in this time zone</source>
      <translation>Afficher les heures du programme telles qu'on les voit dans ce fuseau</translation>
    </message>
    <message>
      <source>%1 (conference)</source>
      <translation>%1 (conférence)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Join link</source>
      <translation>Lien de connexion</translation>
    </message>
    <message>
      <source>Meeting ID</source>
      <translation>ID de réunion</translation>
    </message>
    <message>
      <source>Passcode</source>
      <translation>Code secret</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Interprétation</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Contact e-mail</source>
      <translation>Courriel de contact</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Speaking minutes</source>
      <translation>Minutes de parole</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>Intérêts</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Date d'inscription</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>“%1” is required.</source>
      <translation>« %1 » est obligatoire.</translation>
    </message>
    <message>
      <source>A required value is missing.</source>
      <translation>Une valeur obligatoire manque.</translation>
    </message>
    <message>
      <source>The end must come after the start.</source>
      <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
      <source>The session must fall within the dates of its part.</source>
      <translation>La session doit se tenir dans les dates de sa partie.</translation>
    </message>
    <message>
      <source>This time zone is not known; pick one from the list.</source>
      <translation>Ce fuseau horaire est inconnu ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
      <source>This e-mail address is not valid.</source>
      <translation>Cette adresse électronique n'est pas valide.</translation>
    </message>
    <message>
      <source>Another person already has this e-mail address.</source>
      <translation>Une autre personne a déjà cette adresse électronique.</translation>
    </message>
    <message>
      <source>This country is not known; pick one from the list.</source>
      <translation>Ce pays est inconnu ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
      <source>This language is not known; pick one from the list.</source>
      <translation>Cette langue est inconnue ; choisissez-en une dans la liste.</translation>
    </message>
    <message>
      <source>The status cannot change this way.</source>
      <translation>Le statut ne peut pas changer de cette façon.</translation>
    </message>
    <message>
      <source>This person already has this role in this session.</source>
      <translation>Cette personne a déjà ce rôle dans cette session.</translation>
    </message>
    <message>
      <source>This item no longer exists; it may have been deleted.</source>
      <translation>Cet élément n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
      <source>Someone else changed this item meanwhile; it was reloaded, try again.</source>
      <translation>Quelqu'un d'autre a modifié cet élément entre-temps ; il a été rechargé, réessayez.</translation>
    </message>
    <message>
      <source>The value of “%1” is not accepted.</source>
      <translation>La valeur de « %1 » n'est pas acceptée.</translation>
    </message>
    <message>
      <source>A value is not accepted.</source>
      <translation>Une valeur n'est pas acceptée.</translation>
    </message>
    <message>
      <source>The file “%1” does not exist.</source>
      <translation>Le fichier « %1 » n'existe pas.</translation>
    </message>
    <message>
      <source>“%1” is not a ConfDesk conference file.</source>
      <translation>« %1 » n'est pas un fichier de conférence ConfDesk.</translation>
    </message>
    <message>
      <source>“%1” is damaged and cannot be read.</source>
      <translation>« %1 » est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
      <source>“%1” was saved by a newer ConfDesk; update ConfDesk to open it.</source>
      <translation>« %1 » a été enregistré par une version plus récente de ConfDesk ; mettez ConfDesk à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <source>Cannot connect to the database “%1”.</source>
      <translation>Impossible de se connecter à la base de données « %1 ».</translation>
    </message>
    <message>
      <source>“%1” cannot be opened.</source>
      <translation>« %1 » ne peut pas être ouvert.</translation>
    </message>
    <message>
      <source>The file “%1” cannot be read or written.</source>
      <translation>Le fichier « %1 » ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
      <source>A file cannot be read or written.</source>
      <translation>Un fichier ne peut être ni lu ni écrit.</translation>
    </message>
    <message>
      <source>Something went wrong; the details were written to the log file.</source>
      <translation>Une erreur s'est produite ; les détails ont été écrits dans le journal.</translation>
    </message>
  </context>
  <context>
    <name>words</name>
    <message>
      <source>Opening</source>
      <translation>Ouverture</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>Plénière</translation>
    </message>
    <message>
      <source>Roundtable</source>
      <translation>Table ronde</translation>
    </message>
    <message>
      <source>Open discussion</source>
      <translation>Discussion ouverte</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <source>Side event</source>
      <translation>Événement parallèle</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Présidence</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation>Modération</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Orateur</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation>Panéliste</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>Discours liminaire</translation>
    </message>
    <message>
      <source>Rapporteur</source>
      <translation>Rapporteur</translation>
    </message>
    <message>
      <source>Discussant</source>
      <translation>Discutant</translation>
    </message>
    <message>
      <source>Floor intervention</source>
      <translation>Intervention de la salle</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Proposé</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Invité</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Confirmé</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Décliné</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retiré</translation>
    </message>
  </context>
</TS>
