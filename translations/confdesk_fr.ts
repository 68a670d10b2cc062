<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AgendaOverview</name>
    <message>
      <source>All days</source>
      <translation>Tous les jours</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <source>&amp;Actual Size</source>
      <translation>Taille &amp;réelle</translation>
    </message>
    <message numerus="yes">
      <source>%n in lineup</source>
      <translation>
        <numerusform>%n intervenant</numerusform>
        <numerusform>%n intervenants</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>No days yet</source>
      <translation>Aucun jour pour l'instant</translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Agenda</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>One day as a timetable (%1 switches)</source>
      <translation>Un jour en grille horaire (%1 pour basculer)</translation>
    </message>
    <message>
      <source>All Days</source>
      <translation>Tous les jours</translation>
    </message>
    <message>
      <source>Every day side by side (%1 switches)</source>
      <translation>Tous les jours côte à côte (%1 pour basculer)</translation>
    </message>
    <message>
      <source>Switch between Day and All Days</source>
      <translation>Basculer entre Jour et Tous les jours</translation>
    </message>
    <message>
      <source>View</source>
      <translation>Affichage</translation>
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
      <source>All themes</source>
      <translation>Tous les thèmes</translation>
    </message>
    <message>
      <source>No sessions yet</source>
      <translation>Aucune séance pour l’instant</translation>
    </message>
    <message>
      <source>First step: add the first session with New Session (Ctrl+Shift+N). File &gt; Conference Settings, Parts and Rules set the conference up.</source>
      <translation>Première étape : ajoutez la première séance avec Nouvelle session (Ctrl+Maj+N). Les paramètres de la conférence, ses parties et ses règles se règlent dans le menu Fichier.</translation>
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
      <source>Themes</source>
      <translation>Thèmes</translation>
    </message>
    <message>
      <source>%1:</source>
      <translation>%1 :</translation>
    </message>
    <message>
      <source>Internal: not shown in public documents</source>
      <translation>Interne : n'apparaît pas dans les documents publics</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message numerus="yes">
      <source>Speaking time: %1 of %n minutes</source>
      <translation>
        <numerusform>Temps de parole : %1 sur %n minute</numerusform>
        <numerusform>Temps de parole : %1 sur %n minutes</numerusform>
      </translation>
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
    <message numerus="yes">
      <source>Delete “%1” and its lineup? People in it: %n.</source>
      <translation>
        <numerusform>Supprimer « %1 » et sa liste de %n personne ?</numerusform>
        <numerusform>Supprimer « %1 » et sa liste de %n personnes ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete “%1”?</source>
      <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>Supprimer la session</translation>
    </message>
    <message>
      <source>Delete “%1”</source>
      <translation>Supprimer « %1 »</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Restore a Backup</source>
      <extracomment>The backup file chosen (a :class:`~pathlib.Path`).</extracomment>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>ConfDesk backs “%1” up each time it opens it. Restoring a backup replaces what the file holds now; its current state is backed up first, so it stays in this list.</source>
      <translation>ConfDesk sauvegarde « %1 » chaque fois qu'il l'ouvre. Restaurer une sauvegarde remplace ce que le fichier contient maintenant ; son état actuel est d'abord sauvegardé et reste donc dans cette liste.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>There are no backups of this file yet.</source>
      <translation>Ce fichier n'a pas encore de sauvegarde.</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Restaurer</translation>
    </message>
  </context>
  <context>
    <name>CalendarExportDialog</name>
    <message>
      <source>Export Calendars</source>
      <translation>Exporter les calendriers</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Dossier :</translation>
    </message>
    <message>
      <source>&amp;Language of the public calendars:</source>
      <translation>&amp;Langue des calendriers publics :</translation>
    </message>
    <message>
      <source>Reminder:</source>
      <translation>Rappel :</translation>
    </message>
    <message>
      <source>Personal invites are written in each person's preferred language.</source>
      <translation>Les invitations personnelles sont rédigées dans la langue préférée de chaque personne.</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>Choose a Folder</source>
      <translation>Choisir un dossier</translation>
    </message>
    <message>
      <source>Choose a folder first.</source>
      <translation>Choisissez d'abord un dossier.</translation>
    </message>
    <message>
      <source>Exporting calendars</source>
      <translation>Export des calendriers</translation>
    </message>
    <message numerus="yes">
      <source>%n public calendars written.</source>
      <translation>
        <numerusform>%n calendrier public écrit.</numerusform>
        <numerusform>%n calendriers publics écrits.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n personal invites written.</source>
      <translation>
        <numerusform>%n invitation personnelle écrite.</numerusform>
        <numerusform>%n invitations personnelles écrites.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <source>Did not undo “%1”: %2 changed it since.</source>
      <extracomment>QUndoCommand.id() of commands that may merge with the one before them (see ``merge_key``). Set when an undo or redo failed for a passing reason: the stack is put back where it was by the opposite move, which then must not run the action again. What the action last wrote to the change log: an undo or redo first checks that no colleague changed those fields since (it would overwrite their change).</extracomment>
      <translation>« %1 » n’a pas été annulé : %2 l’a modifié depuis.</translation>
    </message>
    <message>
      <source>Did not redo “%1”: %2 changed it since.</source>
      <translation>« %1 » n’a pas été rétabli : %2 l’a modifié depuis.</translation>
    </message>
    <message>
      <source>a colleague</source>
      <translation>un collègue</translation>
    </message>
    <message>
      <source>Could not undo “%1”: %2 The undo history is kept.</source>
      <translation>Impossible d’annuler « %1 » : %2 L’historique des annulations est conservé.</translation>
    </message>
    <message>
      <source>Could not redo “%1”: %2 The undo history is kept.</source>
      <translation>Impossible de rétablir « %1 » : %2 L’historique des annulations est conservé.</translation>
    </message>
    <message>
      <source>Could not undo or redo “%1”: %2. The undo history was cleared.</source>
      <translation>Impossible d’annuler ou de rétablir « %1 » : %2. L’historique des annulations a été effacé.</translation>
    </message>
  </context>
  <context>
    <name>ConferenceCommands</name>
    <message>
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <source>Conference settings</source>
      <translation>Paramètres de la conférence</translation>
    </message>
    <message>
      <source>Time zone is now %1: every session keeps its moment and is shown in %1.</source>
      <translation>Le fuseau horaire est désormais %1 : chaque séance garde son instant et s’affiche à l’heure de %1.</translation>
    </message>
    <message>
      <source>Conference settings saved.</source>
      <translation>Paramètres de la conférence enregistrés.</translation>
    </message>
  </context>
  <context>
    <name>ConferenceDialog</name>
    <message>
      <source>Conference Settings</source>
      <extracomment>What the status bar says after a save (set by the opener's ``save``).</extracomment>
      <translation>Paramètres de la conférence</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Nom court</translation>
    </message>
    <message>
      <source>other languages, e.g. es, ku</source>
      <translation>autres langues, p. ex. es, ku</translation>
    </message>
    <message>
      <source>Other interpretation languages</source>
      <translation>Autres langues d’interprétation</translation>
    </message>
    <message>
      <source>Changing the time zone keeps every session at its moment.</source>
      <translation>Changer de fuseau horaire garde chaque séance au même instant.</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>S&amp;hort name</source>
      <translation>Nom &amp;court</translation>
    </message>
    <message>
      <source>&amp;Organisers</source>
      <translation>&amp;Organisateurs</translation>
    </message>
    <message>
      <source>Contact &amp;e-mail</source>
      <translation>Courriel de &amp;contact</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>&amp;Langues</translation>
    </message>
    <message>
      <source>&amp;Interpretation</source>
      <translation>&amp;Interprétation</translation>
    </message>
    <message>
      <source>&amp;Time zone</source>
      <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
      <source>&amp;Platform</source>
      <translation>&amp;Plateforme</translation>
    </message>
    <message>
      <source>Platform &amp;link</source>
      <translation>&amp;Lien de la plateforme</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>&amp;Général</translation>
    </message>
    <message>
      <source>The&amp;mes</source>
      <translation>Th&amp;èmes</translation>
    </message>
    <message>
      <source>House st&amp;yle</source>
      <translation>Charte é&amp;ditoriale</translation>
    </message>
    <message numerus="yes">
      <source>%n sessions refer to themes the new list leaves out: %1. Take those themes off them?</source>
      <translation>
        <numerusform>%n séance renvoie à des thèmes que la nouvelle liste omet : %1. Les lui retirer ?</numerusform>
        <numerusform>%n séances renvoient à des thèmes que la nouvelle liste omet : %1. Les leur retirer ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Themes in use</source>
      <translation>Thèmes utilisés</translation>
    </message>
  </context>
  <context>
    <name>Conflict</name>
    <message>
      <source>session</source>
      <extracomment>The answer: True applies the user's change on top of the colleague's, False reloads.</extracomment>
      <translation>séance</translation>
    </message>
    <message>
      <source>person</source>
      <translation>personne</translation>
    </message>
    <message>
      <source>role in a lineup</source>
      <translation>rôle dans un programme de séance</translation>
    </message>
    <message>
      <source>part</source>
      <translation>partie</translation>
    </message>
    <message>
      <source>conference</source>
      <translation>conférence</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>échéance</translation>
    </message>
    <message>
      <source>registration</source>
      <translation>inscription</translation>
    </message>
    <message>
      <source>Someone else</source>
      <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
      <source>%1 changed this %2 at %3, after you opened it.</source>
      <translation>%1 a modifié cet élément (%2) à %3, après que vous l’avez ouvert.</translation>
    </message>
    <message>
      <source>%1 changed this %2 after you opened it.</source>
      <translation>%1 a modifié cet élément (%2) après que vous l’avez ouvert.</translation>
    </message>
    <message>
      <source>Changed by both: %1.</source>
      <translation>Modifié des deux côtés : %1.</translation>
    </message>
    <message>
      <source>Changed by a Colleague</source>
      <translation>Modifié par un collègue</translation>
    </message>
    <message>
      <source>Apply your change on top of theirs, or reload to see theirs first? Nothing is lost either way.</source>
      <translation>Appliquer votre modification par-dessus la sienne, ou recharger pour voir d’abord la sienne ? Rien n’est perdu dans les deux cas.</translation>
    </message>
    <message>
      <source>&amp;Apply Mine on Top</source>
      <translation>&amp;Appliquer la mienne par-dessus</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <source>Connect to a Team Database</source>
      <translation>Se connecter à la base de l’équipe</translation>
    </message>
    <message>
      <source>e.g. db.example.org</source>
      <translation>p. ex. db.example.org</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
      <source>as colleagues see it in the history</source>
      <translation>tel que vos collègues le voient dans l’historique</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>&amp;Serveur</translation>
    </message>
    <message>
      <source>&amp;Port</source>
      <translation>&amp;Port</translation>
    </message>
    <message>
      <source>&amp;Database</source>
      <translation>&amp;Base de données</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>&amp;Utilisateur</translation>
    </message>
    <message>
      <source>Pass&amp;word</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <source>&amp;Encryption (TLS)</source>
      <translation>&amp;Chiffrement (TLS)</translation>
    </message>
    <message>
      <source>&amp;Your name</source>
      <translation>&amp;Votre nom</translation>
    </message>
    <message>
      <source>&amp;Connect</source>
      <translation>Se &amp;connecter</translation>
    </message>
    <message>
      <source>Name the database to connect to.</source>
      <translation>Indiquez la base de données à laquelle se connecter.</translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <source>%n in lineup</source>
      <translation>
        <numerusform>%n intervenant</numerusform>
        <numerusform>%n intervenants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n parts added.</source>
      <translation>
        <numerusform>%n partie ajoutée.</numerusform>
        <numerusform>%n parties ajoutées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DataExportDialog</name>
    <message>
      <source>Export data</source>
      <extracomment>The path the dialog proposed; one the user typed is not replaced.</extracomment>
      <translation>Exporter des données</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Registrations with interests</source>
      <translation>Inscriptions avec intérêts</translation>
    </message>
    <message>
      <source>Lineups</source>
      <translation>Intervenants</translation>
    </message>
    <message>
      <source>Schedule for conference apps (frab)</source>
      <translation>Programme pour applications de conférence (frab)</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;Quoi :</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>F&amp;ormat :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Fichier :</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>frab XML (schedule.xml)</source>
      <translation>frab XML (schedule.xml)</translation>
    </message>
    <message>
      <source>frab JSON (schedule.json)</source>
      <translation>frab JSON (schedule.json)</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX)</source>
      <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
      <source>CSV (UTF-8)</source>
      <translation>CSV (UTF-8)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exporter vers</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>Exportation</translation>
    </message>
    <message numerus="yes">
      <source>%n rows written to %1.</source>
      <translation>
        <numerusform>%n ligne écrite dans %1.</numerusform>
        <numerusform>%n lignes écrites dans %1.</numerusform>
      </translation>
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
    <name>DeadlineCommands</name>
    <message>
      <source>Add deadline %1</source>
      <translation>Ajouter l’échéance %1</translation>
    </message>
    <message>
      <source>Edit deadline %1</source>
      <translation>Modifier l’échéance %1</translation>
    </message>
    <message>
      <source>Delete deadline %1</source>
      <translation>Supprimer l’échéance %1</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>New deadline</source>
      <translation>Nouvelle échéance</translation>
    </message>
    <message>
      <source>Edit deadline</source>
      <translation>Modifier l’échéance</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <source>&amp;Due (%1)</source>
      <translation>É&amp;chéance (%1)</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesModel</name>
    <message>
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Jours restants</translation>
    </message>
    <message>
      <source>Registrations on time / late</source>
      <translation>Inscriptions à temps / en retard</translation>
    </message>
    <message>
      <source>Interests on time / late</source>
      <translation>Intérêts à temps / en retard</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd’hui</translation>
    </message>
    <message>
      <source>Tomorrow</source>
      <translation>Demain</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>Hier</translation>
    </message>
    <message numerus="yes">
      <source>%n days left</source>
      <translation>
        <numerusform>%n jour restant</numerusform>
        <numerusform>%n jours restants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPage</name>
    <message>
      <source>Deadlines</source>
      <translation>Échéances</translation>
    </message>
    <message>
      <source>&amp;New deadline…</source>
      <translation>&amp;Nouvelle échéance…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Delete deadline</source>
      <translation>Supprimer l’échéance</translation>
    </message>
    <message>
      <source>Delete the deadline “%1”?</source>
      <translation>Supprimer l’échéance « %1 » ?</translation>
    </message>
  </context>
  <context>
    <name>DocumentExportDialog</name>
    <message>
      <source>Export a document</source>
      <translation>Exporter un document</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Agenda at a glance</source>
      <translation>Ordre du jour en bref</translation>
    </message>
    <message>
      <source>Logistics note</source>
      <translation>Note logistique</translation>
    </message>
    <message>
      <source>Letters to speakers</source>
      <translation>Lettres aux intervenants</translation>
    </message>
    <message>
      <source>List of participants</source>
      <translation>Liste des participants</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>Lettre US</translation>
    </message>
    <message>
      <source>As the conference's house style</source>
      <translation>Selon la charte éditoriale de la conférence</translation>
    </message>
    <message>
      <source>Western digits (0-9)</source>
      <translation>Chiffres occidentaux (0-9)</translation>
    </message>
    <message>
      <source>Arabic-Indic digits (٠-٩)</source>
      <translation>Chiffres arabes orientaux (٠-٩)</translation>
    </message>
    <message>
      <source>e.g. Africa/Casablanca, Europe/Paris</source>
      <translation>p. ex. Africa/Casablanca, Europe/Paris</translation>
    </message>
    <message>
      <source>Extra time columns in the programme, as IANA zone names</source>
      <translation>Colonnes horaires supplémentaires dans le programme, en noms de fuseaux IANA</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Document :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papier :</translation>
    </message>
    <message>
      <source>D&amp;igits:</source>
      <translation>&amp;Chiffres :</translation>
    </message>
    <message>
      <source>Extra time &amp;zones:</source>
      <translation>&amp;Fuseaux horaires supplémentaires :</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;Aperçu</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
      <source>Edit logistics &amp;texts…</source>
      <translation>Modifier les &amp;textes logistiques…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Each person's language</source>
      <translation>La langue de chaque personne</translation>
    </message>
    <message>
      <source>%1 is not a time zone name such as Africa/Casablanca.</source>
      <translation>%1 n'est pas un nom de fuseau horaire tel que Africa/Casablanca.</translation>
    </message>
    <message>
      <source>Building the document…</source>
      <translation>Préparation du document…</translation>
    </message>
    <message>
      <source>Building the document</source>
      <translation>Préparation du document</translation>
    </message>
    <message>
      <source>Pages: %1</source>
      <translation>Pages : %1</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 enregistré</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Enregistrer le document</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
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
      <source>&amp;Replies…</source>
      <translation>&amp;Réponses…</translation>
    </message>
    <message>
      <source>Published &amp;Versions…</source>
      <translation>&amp;Versions publiées…</translation>
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
      <source>Calendar replies from a folder or a mailbox: accepted, declined, tentative into the lineup.</source>
      <translation>Réponses d’agenda depuis un dossier ou une boîte aux lettres : acceptées, déclinées, provisoires, reportées dans la composition.</translation>
    </message>
    <message>
      <source>Numbered versions of the public programme, and what changed since each.</source>
      <translation>Les versions numérotées du programme public, et ce qui a changé depuis chacune.</translation>
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
      <translation>Rechercher noms, organisations, courriels</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Interest</source>
      <translation>Intérêt</translation>
    </message>
    <message>
      <source>Assignment status</source>
      <translation>Statut d’affectation</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>Tous les groupes</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Tout statut</translation>
    </message>
    <message>
      <source>In no lineup</source>
      <translation>Dans aucune liste d’intervenants</translation>
    </message>
    <message>
      <source>All countries</source>
      <translation>Tous les pays</translation>
    </message>
    <message>
      <source>All languages</source>
      <translation>Toutes les langues</translation>
    </message>
    <message>
      <source>Any interest</source>
      <translation>Tout intérêt</translation>
    </message>
  </context>
  <context>
    <name>Following</name>
    <message numerus="yes">
      <source>%1 changed %n items.</source>
      <extracomment>How often the window looks for colleagues' changes. A list of :class:`HistoryEntry`, oldest first. Seconds the last refresh took (read by bench/team.py).</extracomment>
      <translation>
        <numerusform>%1 a modifié %n élément.</numerusform>
        <numerusform>%1 a modifié %n éléments.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>%1 created</source>
      <extracomment>The newest changes a History tab shows. Fields the log keeps for the record that are bookkeeping to a reader (an invitation's SEQUENCE moves with every change of time or link, which the tab shows already).</extracomment>
      <translation>%1 : créé</translation>
    </message>
    <message>
      <source>%1 deleted</source>
      <translation>%1 : supprimé</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>No change recorded yet.</source>
      <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Détails</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;Historique</translation>
    </message>
  </context>
  <context>
    <name>HouseStyleEdit</name>
    <message>
      <source>United Nations style</source>
      <extracomment>The day the examples print.</extracomment>
      <translation>Style des Nations Unies</translation>
    </message>
    <message>
      <source>US style</source>
      <translation>Style américain</translation>
    </message>
    <message>
      <source>Egypt and the Gulf</source>
      <translation>Égypte et Golfe</translation>
    </message>
    <message>
      <source>Levant and Iraq (two names)</source>
      <translation>Levant et Irak (deux noms)</translation>
    </message>
    <message>
      <source>Algeria and Tunisia</source>
      <translation>Algérie et Tunisie</translation>
    </message>
    <message>
      <source>Western digits (0-9)</source>
      <translation>Chiffres occidentaux (0-9)</translation>
    </message>
    <message>
      <source>Arabic-Indic digits (٠-٩)</source>
      <translation>Chiffres indo-arabes (٠-٩)</translation>
    </message>
    <message>
      <source>French documents follow French typography. A document's own Digits choice overrides this one.</source>
      <translation>Les documents en français suivent la typographie française. Le choix des chiffres fait à l’export d’un document l’emporte sur celui-ci.</translation>
    </message>
    <message>
      <source>&amp;English dates</source>
      <translation>Dates en &amp;anglais</translation>
    </message>
    <message>
      <source>Arabic &amp;month names</source>
      <translation>Noms des &amp;mois en arabe</translation>
    </message>
    <message>
      <source>Arabic &amp;digits</source>
      <translation>&amp;Chiffres en arabe</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import registrations</source>
      <translation>Importer des inscriptions</translation>
    </message>
    <message>
      <source>CSV or XLSX file from Indico or an online form</source>
      <translation>Fichier CSV ou XLSX d'Indico ou d'un formulaire en ligne</translation>
    </message>
    <message>
      <source>&amp;Choose File…</source>
      <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>Feuille :</translation>
    </message>
    <message>
      <source>Column mapping and preview</source>
      <translation>Correspondance des colonnes et aperçu</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Values the file holds that are not known</source>
      <translation>Valeurs du fichier qui ne sont pas connues</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Value in the file</source>
      <translation>Valeur dans le fichier</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Known value</source>
      <translation>Valeur connue</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>Correspondance</translation>
    </message>
    <message>
      <source>&amp;Load Profile…</source>
      <translation>&amp;Charger un profil…</translation>
    </message>
    <message>
      <source>&amp;Save Profile…</source>
      <translation>&amp;Enregistrer le profil…</translation>
    </message>
    <message>
      <source>Check &amp;Values</source>
      <translation>Vérifier les &amp;valeurs</translation>
    </message>
    <message>
      <source>&amp;Dry Run</source>
      <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>&amp;Back to Mapping</source>
      <translation>&amp;Retour à la correspondance</translation>
    </message>
    <message>
      <source>Save &amp;Report…</source>
      <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Choose a registration file</source>
      <translation>Choisir un fichier d'inscriptions</translation>
    </message>
    <message>
      <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Listes d'inscription (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
      <source>%n rows; encoding %1, separator “%2”</source>
      <translation>
        <numerusform>%n ligne ; encodage %1, séparateur « %2 »</numerusform>
        <numerusform>%n lignes ; encodage %1, séparateur « %2 »</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows in sheet “%1”</source>
      <translation>
        <numerusform>%n ligne dans la feuille « %1 »</numerusform>
        <numerusform>%n lignes dans la feuille « %1 »</numerusform>
      </translation>
    </message>
    <message>
      <source>Field for column %1</source>
      <translation>Champ de la colonne %1</translation>
    </message>
    <message>
      <source>Load mapping profile</source>
      <translation>Charger un profil de correspondance</translation>
    </message>
    <message>
      <source>Mapping profiles (*.json)</source>
      <translation>Profils de correspondance (*.json)</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>(leave unknown)</source>
      <translation>(laisser inconnue)</translation>
    </message>
    <message>
      <source>Known value for %1</source>
      <translation>Valeur connue pour %1</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Confirmer</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>Confirmer %1</translation>
    </message>
    <message>
      <source>These values are not known. Check the proposed value, change it if needed, and confirm it; confirmed values are used for this import and kept when you save the profile.</source>
      <translation>Ces valeurs ne sont pas connues. Vérifiez la valeur proposée, changez-la si besoin et confirmez-la ; les valeurs confirmées servent à cette importation et sont gardées quand vous enregistrez le profil.</translation>
    </message>
    <message>
      <source>Every value in the coded columns is known.</source>
      <translation>Toutes les valeurs des colonnes codées sont connues.</translation>
    </message>
    <message>
      <source>Save mapping profile</source>
      <translation>Enregistrer le profil de correspondance</translation>
    </message>
    <message>
      <source>Checking registrations</source>
      <translation>Vérification des inscriptions</translation>
    </message>
    <message>
      <source>Importing registrations</source>
      <translation>Importation des inscriptions</translation>
    </message>
    <message>
      <source>Import registrations from %1</source>
      <translation>Importer les inscriptions de %1</translation>
    </message>
    <message>
      <source>Imported %1, merged %2, unchanged %3, rejected %4, blank %5.</source>
      <translation>Importées %1, fusionnées %2, inchangées %3, rejetées %4, vides %5.</translation>
    </message>
    <message>
      <source>Dry run, nothing was saved.</source>
      <translation>Essai à blanc, rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Save import report</source>
      <translation>Enregistrer le rapport d'importation</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>InterchangeLabels</name>
    <message>
      <source>(not imported)</source>
      <translation>(non importé)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>Civilité</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>Date d'inscription</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Interests (list of choices)</source>
      <translation>Intérêts (liste de choix)</translation>
    </message>
    <message>
      <source>Consent to be listed</source>
      <translation>Accord pour figurer dans la liste</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Interest: open discussion</source>
      <translation>Intérêt : discussion ouverte</translation>
    </message>
    <message>
      <source>Interest: rapporteur</source>
      <translation>Intérêt : rapporteur</translation>
    </message>
    <message>
      <source>Interest: plenary speaker</source>
      <translation>Intérêt : orateur en plénière</translation>
    </message>
    <message>
      <source>Interest: roundtable %1 speaker</source>
      <translation>Intérêt : orateur table ronde %1</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>importée</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionnée</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>inchangée</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejetée</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>ignorée</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>« %1 »</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>Kept the recorded %1, %2 (the file says %3).</source>
      <translation>Valeur enregistrée gardée pour %1 : %2 (le fichier indique %3).</translation>
    </message>
    <message>
      <source>Language %1 not recognised; %2 kept.</source>
      <translation>Langue %1 non reconnue ; %2 gardé.</translation>
    </message>
    <message>
      <source>Gender %1 not recognised; left empty.</source>
      <translation>Genre %1 non reconnu ; laissé vide.</translation>
    </message>
    <message>
      <source>Answer %1 in column %2 not understood; no interest taken.</source>
      <translation>Réponse %1 dans la colonne %2 non comprise ; aucun intérêt retenu.</translation>
    </message>
    <message>
      <source>Speaking role %1 not understood.</source>
      <translation>Rôle de prise de parole %1 non compris.</translation>
    </message>
    <message>
      <source>The conference has no roundtable %1; no interest taken.</source>
      <translation>La conférence n'a pas de table ronde %1 ; aucun intérêt retenu.</translation>
    </message>
    <message>
      <source>Registration date %1 not understood; the import time was used.</source>
      <translation>Date d'inscription %1 non comprise ; l'heure de l'importation a été utilisée.</translation>
    </message>
    <message>
      <source>Filled in: %1.</source>
      <translation>Champs complétés : %1.</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Registration added.</source>
      <translation>Inscription ajoutée.</translation>
    </message>
    <message>
      <source>Interest added: %1.</source>
      <translation>Intérêt ajouté : %1.</translation>
    </message>
    <message>
      <source>No e-mail address.</source>
      <translation>Pas d'adresse électronique.</translation>
    </message>
    <message>
      <source>%1 is not a valid e-mail address.</source>
      <translation>%1 n'est pas une adresse électronique valide.</translation>
    </message>
    <message>
      <source>No name.</source>
      <translation>Pas de nom.</translation>
    </message>
    <message>
      <source>The country %1 is not known.</source>
      <translation>Le pays %1 n'est pas connu.</translation>
    </message>
    <message>
      <source>The stakeholder group %1 is not known.</source>
      <translation>Le groupe de parties prenantes %1 n'est pas connu.</translation>
    </message>
    <message>
      <source>%1 is not a part of this conference.</source>
      <translation>%1 n'est pas une partie de cette conférence.</translation>
    </message>
    <message>
      <source>Too long: %1.</source>
      <translation>Trop long : %1.</translation>
    </message>
    <message>
      <source>%1 holds characters that cannot be saved (control characters or broken text).</source>
      <translation>%1 contient des caractères qui ne peuvent pas être enregistrés (caractères de contrôle ou texte abîmé).</translation>
    </message>
    <message>
      <source>The same e-mail address is on row %1.</source>
      <translation>La même adresse électronique figure à la ligne %1.</translation>
    </message>
    <message>
      <source>Blank row.</source>
      <translation>Ligne vide.</translation>
    </message>
    <message>
      <source>Some values differ from those recorded; the recorded ones were kept.</source>
      <translation>Certaines valeurs diffèrent de celles enregistrées ; celles enregistrées ont été conservées.</translation>
    </message>
  </context>
  <context>
    <name>InvitePreview</name>
    <message>
      <source>Text of the e-mail</source>
      <translation>Texte du courriel</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>&amp;Personne :</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>De :</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>À :</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>Objet :</translation>
    </message>
    <message>
      <source>Nothing to send: this person has no session to be invited to.</source>
      <translation>Rien à envoyer : cette personne n'a aucune session à laquelle être invitée.</translation>
    </message>
    <message>
      <source>This person has no e-mail address: the invitation cannot be sent.</source>
      <translation>Cette personne n'a pas d'adresse électronique : l'invitation ne peut pas être envoyée.</translation>
    </message>
  </context>
  <context>
    <name>LineupCommands</name>
    <message>
      <source>Add %1 to the lineup</source>
      <translation>Ajouter %1 aux intervenants</translation>
    </message>
    <message>
      <source>%1: %2 → %3</source>
      <translation>%1 : %2 → %3</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Reorder the lineup</source>
      <translation>Réordonner les intervenants</translation>
    </message>
    <message>
      <source>Remove %1 from the lineup</source>
      <translation>Retirer %1 des intervenants</translation>
    </message>
  </context>
  <context>
    <name>LineupModel</name>
    <message>
      <source>#</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
  </context>
  <context>
    <name>LineupsPage</name>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Lineup</source>
      <translation>Intervenants</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>Temps de parole</translation>
    </message>
    <message>
      <source>Type a name to add…</source>
      <translation>Tapez un nom à ajouter…</translation>
    </message>
    <message>
      <source>Person to add</source>
      <translation>Personne à ajouter</translation>
    </message>
    <message>
      <source>Role of the person to add</source>
      <translation>Rôle de la personne à ajouter</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Speaking minutes</source>
      <translation>Minutes de parole</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Monter (&amp;u)</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>Descendre (&amp;w)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <source>&amp;Session</source>
      <translation>&amp;Session</translation>
    </message>
    <message>
      <source>Ro&amp;le</source>
      <translation>Rô&amp;le</translation>
    </message>
    <message>
      <source>Speaking &amp;minutes</source>
      <translation>&amp;Minutes de parole</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>S&amp;tatut</translation>
    </message>
    <message numerus="yes">
      <source>Speaking time: %1 of %n minutes</source>
      <translation>
        <numerusform>Temps de parole : %1 sur %n minute</numerusform>
        <numerusform>Temps de parole : %1 sur %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a person from the list of suggestions.</source>
      <translation>Choisissez une personne dans la liste des suggestions.</translation>
    </message>
    <message>
      <source>Remove from lineup</source>
      <translation>Retirer des intervenants</translation>
    </message>
    <message>
      <source>Remove %1 from this session's lineup?</source>
      <translation>Retirer %1 des intervenants de cette session ?</translation>
    </message>
  </context>
  <context>
    <name>LocalTextEdit</name>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Undo</source>
      <extracomment>Screens built with the window; the others are built when first shown. When the Problems screen is built after the first file opened at start-up. The first frame is on screen (once, after every widget of that frame painted). A conference is open and the agenda shows it.</extracomment>
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
      <source>Opening %1</source>
      <translation>Ouverture de %1</translation>
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
      <source>Connect to a Team &amp;Database…</source>
      <translation>Se connecter à la &amp;base de l’équipe…</translation>
    </message>
    <message>
      <source>Save a &amp;Copy…</source>
      <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
      <source>Restore a &amp;Backup…</source>
      <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
      <source>New from an &amp;Earlier Conference…</source>
      <translation>Nouvelle conférence à partir d’une &amp;précédente…</translation>
    </message>
    <message>
      <source>Conference &amp;Settings…</source>
      <translation>&amp;Paramètres de la conférence…</translation>
    </message>
    <message>
      <source>&amp;Parts…</source>
      <translation>Pa&amp;rties…</translation>
    </message>
    <message>
      <source>R&amp;ules…</source>
      <translation>&amp;Règles…</translation>
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
      <source>Digits in Arabic</source>
      <translation>Chiffres en arabe</translation>
    </message>
    <message>
      <source>&amp;Western digits (0123)</source>
      <translation>Chiffres &amp;occidentaux (0123)</translation>
    </message>
    <message>
      <source>&amp;Arabic-Indic digits (٠١٢٣)</source>
      <translation>Chiffres &amp;arabes orientaux (٠١٢٣)</translation>
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
      <source>Read-only: changes cannot be saved</source>
      <translation>Lecture seule : les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
      <source>The file, its folder or its disk cannot be written: it can be viewed and exported only.</source>
      <translation>Le fichier, son dossier ou son disque n'accepte pas l'écriture : il peut seulement être consulté et exporté.</translation>
    </message>
    <message>
      <source>Your account on this team database may read it but not change it (a viewer).</source>
      <translation>Votre compte sur cette base de l’équipe permet de la lire mais pas de la modifier (lecteur).</translation>
    </message>
    <message>
      <source>%1 — read-only — ConfDesk</source>
      <translation>%1 — lecture seule — ConfDesk</translation>
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
      <source>Opened %1</source>
      <translation>%1 ouvert</translation>
    </message>
    <message>
      <source>New Conference</source>
      <translation>Nouvelle conférence</translation>
    </message>
    <message>
      <source>Rules saved; the checks were run again.</source>
      <translation>Règles enregistrées ; les vérifications ont été relancées.</translation>
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
      <source>The backup was restored; the undo history was cleared.</source>
      <translation>La sauvegarde a été restaurée ; l'historique d'annulation a été effacé.</translation>
    </message>
    <message>
      <source>Restoring a backup</source>
      <translation>Restauration d'une sauvegarde</translation>
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
      <extracomment>The preset the themes start from (``confdesk.presets.THEME_PRESETS``), or "" for none.</extracomment>
      <translation>Nouvelle conférence</translation>
    </message>
    <message>
      <source>Conference name</source>
      <translation>Nom de la conférence</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Partie</translation>
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
      <source>&amp;Add Part</source>
      <translation>&amp;Ajouter une partie</translation>
    </message>
    <message>
      <source>&amp;Remove Part</source>
      <translation>&amp;Retirer la partie</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>Conférence</translation>
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
      <source>&amp;Languages</source>
      <translation>&amp;Langues</translation>
    </message>
    <message>
      <source>&amp;Parts</source>
      <translation>&amp;Parties</translation>
    </message>
    <message>
      <source>None yet (make a list later)</source>
      <translation>Aucune pour l’instant (liste à créer plus tard)</translation>
    </message>
    <message>
      <source>GCM objectives (1–23)</source>
      <translation>Objectifs du PMM (1–23)</translation>
    </message>
    <message>
      <source>Sustainable Development Goals (1–17)</source>
      <translation>Objectifs de développement durable (1–17)</translation>
    </message>
    <message>
      <source>T&amp;hemes</source>
      <translation>T&amp;hèmes</translation>
    </message>
    <message>
      <source>A conference needs a name.</source>
      <translation>Une conférence a besoin d’un nom.</translation>
    </message>
    <message>
      <source>Choose at least one language.</source>
      <translation>Choisissez au moins une langue.</translation>
    </message>
    <message>
      <source>Each part needs a name.</source>
      <translation>Chaque partie a besoin d’un nom.</translation>
    </message>
    <message>
      <source>The last day of “%1” comes before its first.</source>
      <translation>Le dernier jour de « %1 » précède le premier.</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Logistics texts</source>
      <translation>Textes logistiques</translation>
    </message>
    <message>
      <source>How to join</source>
      <translation>Comment se connecter</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Interprétation</translation>
    </message>
    <message>
      <source>Speaking rules</source>
      <translation>Règles de prise de parole</translation>
    </message>
    <message>
      <source>Rehearsal</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <source>Data protection</source>
      <translation>Protection des données</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Edit logistics texts</source>
      <extracomment>(block, language) -&gt; its editor</extracomment>
      <translation>Modifier les textes logistiques</translation>
    </message>
  </context>
  <context>
    <name>OrganisersEdit</name>
    <message>
      <source>Arabic</source>
      <extracomment>``save(data, remove_from_sessions)``: the second says to take themes the new list leaves out off the sessions that refer to them (asked when the service refuses with ThemesInUse). The organisers table's column holding each logo. A logo file that was refused: the sentence to show (the dialog shows it under the form).</extracomment>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Add organiser</source>
      <translation>Ajouter un organisateur</translation>
    </message>
    <message>
      <source>Remove organiser</source>
      <translation>Retirer l’organisateur</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>Choisir le logo…</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>Retirer le logo</translation>
    </message>
    <message>
      <source>Logo (%1 KB)</source>
      <translation>Logo (%1 Ko)</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>Choose an organiser's row first, then its logo.</source>
      <translation>Choisissez d’abord la ligne de l’organisateur, puis son logo.</translation>
    </message>
    <message>
      <source>Logo of the organiser</source>
      <translation>Logo de l’organisateur</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>PartEditor</name>
    <message>
      <source>Part</source>
      <translation>Partie</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;First day</source>
      <translation>&amp;Premier jour</translation>
    </message>
    <message>
      <source>&amp;Last day</source>
      <translation>&amp;Dernier jour</translation>
    </message>
  </context>
  <context>
    <name>PartsDialog</name>
    <message>
      <source>Parts</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
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
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>&amp;Add Part…</source>
      <translation>&amp;Ajouter une partie…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <source>Add part %1</source>
      <translation>Ajouter la partie %1</translation>
    </message>
    <message>
      <source>Edit part %1</source>
      <translation>Modifier la partie %1</translation>
    </message>
    <message numerus="yes">
      <source>Sessions moved with the part: %n. Shift in days: %1.</source>
      <translation>
        <numerusform>%n séance déplacée avec la partie. Décalage en jours : %1.</numerusform>
        <numerusform>%n séances déplacées avec la partie. Décalage en jours : %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sessions outside the part's new dates: %n. Move them with the part, at the same local times? Shift in days: %1.</source>
      <translation>
        <numerusform>%n séance tomberait hors des nouvelles dates de la partie. La déplacer avec elle, à la même heure locale ? Décalage en jours : %1.</numerusform>
        <numerusform>%n séances tomberaient hors des nouvelles dates de la partie. Les déplacer avec elle, à la même heure locale ? Décalage en jours : %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Move sessions</source>
      <translation>Déplacer les séances</translation>
    </message>
    <message numerus="yes">
      <source>Delete “%1” with its sessions and their lineups? Sessions in it: %n.</source>
      <translation>
        <numerusform>Supprimer « %1 » avec sa séance et son programme d’intervenants ?</numerusform>
        <numerusform>Supprimer « %1 » avec ses %n séances et leurs programmes d’intervenants ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete part</source>
      <translation>Supprimer la partie</translation>
    </message>
    <message>
      <source>Delete part %1</source>
      <translation>Supprimer la partie %1</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Partie</translation>
    </message>
  </context>
  <context>
    <name>PeopleCommands</name>
    <message>
      <source>Add person %1</source>
      <translation>Ajouter la personne %1</translation>
    </message>
    <message>
      <source>Edit person %1</source>
      <translation>Modifier la personne %1</translation>
    </message>
    <message>
      <source>Delete person %1</source>
      <translation>Supprimer la personne %1</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>Intérêts</translation>
    </message>
    <message>
      <source>In lineups</source>
      <translation>Dans les sessions</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>&amp;New person…</source>
      <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n people</source>
      <translation>
        <numerusform>%1 sur %n personne</numerusform>
        <numerusform>%1 sur %n personnes</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete person</source>
      <translation>Supprimer la personne</translation>
    </message>
    <message>
      <source>Delete %1 with their registrations and lineup places?</source>
      <translation>Supprimer %1 avec ses inscriptions et ses places d’intervenant ?</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <source>Edit person</source>
      <translation>Modifier la personne</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>Civilité</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation>Non précisé</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>May appear in the participant list</source>
      <translation>Peut figurer dans la liste des participants</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>Name in &amp;Arabic</source>
      <translation>Nom en &amp;arabe</translation>
    </message>
    <message>
      <source>&amp;Honorific</source>
      <translation>&amp;Civilité</translation>
    </message>
    <message>
      <source>&amp;Job title</source>
      <translation>&amp;Fonction</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <source>Stakeholder &amp;group</source>
      <translation>&amp;Groupe de parties prenantes</translation>
    </message>
    <message>
      <source>&amp;Country</source>
      <translation>&amp;Pays</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>Courri&amp;el</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Gen&amp;der</source>
      <translation>Gen&amp;re</translation>
    </message>
    <message>
      <source>No&amp;tes</source>
      <translation>No&amp;tes</translation>
    </message>
  </context>
  <context>
    <name>ProblemCommands</name>
    <message>
      <source>Accept problem: %1</source>
      <extracomment>How much of a problem's sentence names it in the undo history.</extracomment>
      <translation>Accepter le problème : %1</translation>
    </message>
    <message>
      <source>Reopen problem: %1</source>
      <translation>Rouvrir le problème : %1</translation>
    </message>
  </context>
  <context>
    <name>ProblemFilterBar</name>
    <message>
      <source>Search problems, names, sessions (Ctrl+F)</source>
      <translation>Rechercher problèmes, noms, sessions (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search problems</source>
      <translation>Rechercher des problèmes</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Kind of problem</source>
      <translation>Type de problème</translation>
    </message>
    <message>
      <source>&amp;Clear filters</source>
      <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
      <source>All days</source>
      <translation>Tous les jours</translation>
    </message>
    <message>
      <source>All sessions</source>
      <translation>Toutes les sessions</translation>
    </message>
    <message>
      <source>All people</source>
      <translation>Toutes les personnes</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
  </context>
  <context>
    <name>ProblemTreeModel</name>
    <message>
      <source>Accepted</source>
      <extracomment>A group's id ("error", "error/missing_role", "accepted"); None on a problem. The problem's key; None on a group. Room beside an item's text: its icon, the icon's and the text's margins, the item padding. The problems under a group. (column width, indentation) of the view, for the height of word-wrapped sentences.</extracomment>
      <translation>Acceptés</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
  </context>
  <context>
    <name>ProblemWords</name>
    <message>
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>Erreurs</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Avertissements</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <source>Double booking</source>
      <translation>Double réservation</translation>
    </message>
    <message>
      <source>Outside the days of its part</source>
      <translation>Hors des jours de sa partie</translation>
    </message>
    <message>
      <source>Meeting link used twice</source>
      <translation>Lien de réunion utilisé deux fois</translation>
    </message>
    <message>
      <source>Speaking time over the session's length</source>
      <translation>Temps de parole supérieur à la durée de la session</translation>
    </message>
    <message>
      <source>Missing role</source>
      <translation>Rôle manquant</translation>
    </message>
    <message>
      <source>Speakers from the same organisation</source>
      <translation>Intervenant·es de la même organisation</translation>
    </message>
    <message>
      <source>Gender balance</source>
      <translation>Équilibre femmes-hommes</translation>
    </message>
    <message>
      <source>Too few stakeholder groups</source>
      <translation>Trop peu de groupes de parties prenantes</translation>
    </message>
    <message>
      <source>Too few countries</source>
      <translation>Trop peu de pays</translation>
    </message>
    <message>
      <source>Not registered for the part</source>
      <translation>Non inscrit·e à la partie</translation>
    </message>
    <message>
      <source>Late interest</source>
      <translation>Intérêt tardif</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>Pas d'adresse électronique</translation>
    </message>
    <message>
      <source>Invitation not confirmed</source>
      <translation>Invitation non confirmée</translation>
    </message>
    <message>
      <source>Declined but still timed</source>
      <translation>A décliné mais garde son temps de parole</translation>
    </message>
    <message>
      <source>Accepted by {name} on {day}</source>
      <translation>Accepté par {name} le {day}</translation>
    </message>
    <message>
      <source>Accepted on {day}</source>
      <translation>Accepté le {day}</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Accepté</translation>
    </message>
    <message>
      <source>{accepted}: {note}</source>
      <translation>{accepted} : {note}</translation>
    </message>
    <message>
      <source>There is no single place to fix this.</source>
      <translation>Il n'y a pas un seul endroit où corriger ceci.</translation>
    </message>
    <message>
      <source>Fix opens the lineup of “{session}” with {role} chosen, ready to add someone.</source>
      <translation>Corriger ouvre la composition de « {session} » avec le rôle {role} choisi, prête pour ajouter quelqu'un.</translation>
    </message>
    <message>
      <source>Fix opens the lineup of “{session}” with this person selected.</source>
      <translation>Corriger ouvre la composition de « {session} » avec cette personne sélectionnée.</translation>
    </message>
    <message>
      <source>Fix opens the lineup of “{session}”.</source>
      <translation>Corriger ouvre la composition de « {session} ».</translation>
    </message>
    <message>
      <source>Fix shows “{first}” and “{second}” selected in the agenda, on their day.</source>
      <translation>Corriger montre « {first} » et « {second} » sélectionnées dans l'agenda, le jour où elles ont lieu.</translation>
    </message>
    <message>
      <source>Fix shows “{session}” in the agenda.</source>
      <translation>Corriger montre « {session} » dans l'agenda.</translation>
    </message>
    <message>
      <source>Fix opens the registration of {person} with this interest selected.</source>
      <translation>Corriger ouvre l'inscription de {person} avec cet intérêt sélectionné.</translation>
    </message>
    <message>
      <source>Fix opens the registration of {person}.</source>
      <translation>Corriger ouvre l'inscription de {person}.</translation>
    </message>
    <message>
      <source>Fix opens {person} on the People screen.</source>
      <translation>Corriger ouvre {person} dans l'écran Personnes.</translation>
    </message>
    <message>
      <source>chair</source>
      <translation>président·e</translation>
    </message>
    <message>
      <source>moderator</source>
      <translation>modérateur·rice</translation>
    </message>
    <message>
      <source>speaker</source>
      <translation>orateur·rice</translation>
    </message>
    <message>
      <source>panellist</source>
      <translation>panéliste</translation>
    </message>
    <message>
      <source>keynote speaker</source>
      <translation>orateur·rice principal·e</translation>
    </message>
    <message>
      <source>rapporteur</source>
      <translation>rapporteur·e</translation>
    </message>
    <message>
      <source>discussant</source>
      <translation>intervenant·e</translation>
    </message>
    <message>
      <source>floor intervention</source>
      <translation>intervention de la salle</translation>
    </message>
    <message>
      <source>speaker at roundtable {number}</source>
      <translation>orateur·rice à la table ronde {number}</translation>
    </message>
    <message>
      <source>plenary speaker</source>
      <translation>orateur·rice en plénière</translation>
    </message>
    <message>
      <source>open discussion</source>
      <translation>discussion ouverte</translation>
    </message>
    <message>
      <source>{person} is in “{first}” and “{second}” at the same time.</source>
      <translation>{person} est à « {first} » et à « {second} » en même temps.</translation>
    </message>
    <message>
      <source>“{session}” is outside the days of its part ({start} to {end}).</source>
      <translation>« {session} » est hors des jours de sa partie (du {start} au {end}).</translation>
    </message>
    <message>
      <source>“{first}” and “{second}” overlap on the same meeting link.</source>
      <translation>« {first} » et « {second} » se chevauchent sur le même lien de réunion.</translation>
    </message>
    <message numerus="yes">
      <source>“{session}” gives %n speaking minutes but lasts {length} min.</source>
      <translation>
        <numerusform>« {session} » prévoit %n minute de parole mais dure {length} min.</numerusform>
        <numerusform>« {session} » prévoit %n minutes de parole mais dure {length} min.</numerusform>
      </translation>
    </message>
    <message>
      <source> or </source>
      <translation> ou </translation>
    </message>
    <message>
      <source>“{session}” has no {roles}.</source>
      <translation>« {session} » n'a pas de {roles}.</translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: %n speakers from the same organisation ({organisation}).</source>
      <translation>
        <numerusform>« {session} » : %n intervenant·e de la même organisation ({organisation}).</numerusform>
        <numerusform>« {session} » : %n intervenant·es de la même organisation ({organisation}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: {count} of %n speakers have the same gender.</source>
      <translation>
        <numerusform>« {session} » : {count} intervenant·es sur %n sont du même genre.</numerusform>
        <numerusform>« {session} » : {count} intervenant·es sur %n sont du même genre.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: speakers from only %n stakeholder groups, at least {needed} expected.</source>
      <translation>
        <numerusform>« {session} » : intervenant·es de %n groupe de parties prenantes seulement, au moins {needed} attendus.</numerusform>
        <numerusform>« {session} » : intervenant·es de %n groupes de parties prenantes seulement, au moins {needed} attendus.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: speakers from only %n countries, at least {needed} expected.</source>
      <translation>
        <numerusform>« {session} » : intervenant·es de %n pays seulement, au moins {needed} attendus.</numerusform>
        <numerusform>« {session} » : intervenant·es de %n pays seulement, au moins {needed} attendus.</numerusform>
      </translation>
    </message>
    <message>
      <source>{person} is in “{session}” but did not register for its part.</source>
      <translation>{person} est à « {session} » sans être inscrit·e à sa partie.</translation>
    </message>
    <message>
      <source>{person} expressed interest ({interest}) after the deadline.</source>
      <translation>{person} a exprimé son intérêt ({interest}) après la date limite.</translation>
    </message>
    <message>
      <source>{person} is invited but has no e-mail address.</source>
      <translation>{person} est invité·e mais n'a pas d'adresse électronique.</translation>
    </message>
    <message>
      <source>{person} has not confirmed “{session}”.</source>
      <translation>{person} n'a pas confirmé « {session} ».</translation>
    </message>
    <message numerus="yes">
      <source>{person} declined or withdrew from “{session}” but still holds %n speaking minutes.</source>
      <translation>
        <numerusform>{person} a décliné ou s'est retiré·e de « {session} » mais garde %n minute de parole.</numerusform>
        <numerusform>{person} a décliné ou s'est retiré·e de « {session} » mais garde %n minutes de parole.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <source>Severity</source>
      <extracomment>Set when the problem was accepted with a note. The days of its sessions (in the display zone), for the day filter. What the search box matches: the sentence, both scripts of the names, every title. Position in the screen's order (severity, kind, time of the first session, sentence).</extracomment>
      <translation>Gravité</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPage</name>
    <message>
      <source>Problems</source>
      <extracomment>Fix: the agenda on this session. Fix: the agenda on the day of these sessions, all selected (a clash in time). Fix: the lineup of a session, with a role chosen ("" for none) and an assignment selected (0 for none). Fix: the registration of a person (the first id), with an interest selected (the second, 0 for none). Fix: the person. The number of problems not accepted, after each refresh (for the window's badge). Emitted on the GUI thread each time the list has been reloaded.</extracomment>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>F&amp;ix</source>
      <translation>&amp;Corriger</translation>
    </message>
    <message>
      <source>Go where this problem is fixed (Enter or double-click)</source>
      <translation>Aller là où ce problème se corrige (Entrée ou double-clic)</translation>
    </message>
    <message>
      <source>&amp;Note (why it is fine as it is):</source>
      <translation>&amp;Note (pourquoi c'est acceptable tel quel) :</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>e.g. the rapporteur is named on the day</source>
      <translation>p. ex. le rapporteur sera désigné le jour même</translation>
    </message>
    <message>
      <source>&amp;Accept with this note</source>
      <translation>&amp;Accepter avec cette note</translation>
    </message>
    <message>
      <source>The problem stops counting; the note is kept in the conference file.</source>
      <translation>Le problème n'est plus compté ; la note est gardée dans le fichier de la conférence.</translation>
    </message>
    <message>
      <source>&amp;Reopen</source>
      <translation>&amp;Rouvrir</translation>
    </message>
    <message>
      <source>Count this problem again</source>
      <translation>Compter de nouveau ce problème</translation>
    </message>
    <message>
      <source>Problem counts</source>
      <translation>Nombre de problèmes</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>The conference could not be checked; see the log for details.</source>
      <translation>La conférence n'a pas pu être vérifiée ; voir le journal pour les détails.</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
      <source>Errors: %1</source>
      <translation>Erreurs : %1</translation>
    </message>
    <message>
      <source>Warnings: %1</source>
      <translation>Avertissements : %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Remarques : %1</translation>
    </message>
    <message>
      <source>Accepted: %1</source>
      <translation>Acceptés : %1</translation>
    </message>
    <message>
      <source>Shown: %1 of %2</source>
      <translation>Affichés : %1 sur %2</translation>
    </message>
    <message>
      <source>No problem selected</source>
      <translation>Aucun problème choisi</translation>
    </message>
    <message>
      <source>Choose a problem to see where to fix it, or to accept it with a note.</source>
      <translation>Choisissez un problème pour voir où le corriger, ou pour l'accepter avec une note.</translation>
    </message>
    <message>
      <source>Save the &amp;note</source>
      <translation>Enregistrer la &amp;note</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Choisir</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Chercher dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <extracomment>Each language named in itself, so a user lost in the wrong language still finds their own. The QSettings key choosing the digits of the Arabic interface, and its values. The conference's clock in every language, as the agenda shows it.</extracomment>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>RegistrationCommands</name>
    <message>
      <source>Register %1</source>
      <translation>Inscrire %1</translation>
    </message>
    <message>
      <source>Change the parts of %1</source>
      <translation>Changer les parties de %1</translation>
    </message>
    <message>
      <source>Add an interest of %1</source>
      <translation>Ajouter un intérêt de %1</translation>
    </message>
    <message>
      <source>Remove an interest of %1</source>
      <translation>Retirer un intérêt de %1</translation>
    </message>
    <message>
      <source>Delete the registration of %1</source>
      <translation>Supprimer l’inscription de %1</translation>
    </message>
  </context>
  <context>
    <name>RegistrationsModel</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
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
      <source>Registered</source>
      <translation>Inscrit le</translation>
    </message>
  </context>
  <context>
    <name>RegistrationsPage</name>
    <message>
      <source>Registrations</source>
      <translation>Inscriptions</translation>
    </message>
    <message>
      <source>Type a name to register…</source>
      <translation>Tapez un nom à inscrire…</translation>
    </message>
    <message>
      <source>Person to register</source>
      <translation>Personne à inscrire</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>&amp;Inscrire</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>Parties</translation>
    </message>
    <message>
      <source>&amp;Save parts</source>
      <translation>&amp;Enregistrer les parties</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>Intérêts</translation>
    </message>
    <message>
      <source>Remo&amp;ve interest</source>
      <translation>Retirer l’intérêt (&amp;v)</translation>
    </message>
    <message>
      <source>Interest</source>
      <translation>Intérêt</translation>
    </message>
    <message>
      <source>Roundtable speaker</source>
      <translation>Intervenant de table ronde</translation>
    </message>
    <message>
      <source>Roundtable </source>
      <translation>Table ronde </translation>
    </message>
    <message>
      <source>Roundtable number</source>
      <translation>Numéro de table ronde</translation>
    </message>
    <message>
      <source>Add &amp;interest</source>
      <translation>Ajouter un &amp;intérêt</translation>
    </message>
    <message>
      <source>&amp;Delete registration</source>
      <translation>&amp;Supprimer l’inscription</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n registrations</source>
      <translation>
        <numerusform>%1 sur %n inscription</numerusform>
        <numerusform>%1 sur %n inscriptions</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a person from the list of suggestions.</source>
      <translation>Choisissez une personne dans la liste des suggestions.</translation>
    </message>
  </context>
  <context>
    <name>RepliesDialog</name>
    <message>
      <source>Calendar Replies</source>
      <translation>Réponses d’agenda</translation>
    </message>
    <message>
      <source>From a &amp;folder of .eml files</source>
      <translation>Depuis un &amp;dossier de fichiers .eml</translation>
    </message>
    <message>
      <source>From an &amp;IMAP mailbox</source>
      <translation>Depuis une boîte &amp;IMAP</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>Encrypted (IMAPS)</source>
      <translation>Chiffré (IMAPS)</translation>
    </message>
    <message>
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <source>Not encrypted (this computer only)</source>
      <translation>Non chiffré (cet ordinateur seulement)</translation>
    </message>
    <message>
      <source>Fol&amp;der:</source>
      <translation>&amp;Dossier :</translation>
    </message>
    <message>
      <source>IMAP &amp;server:</source>
      <translation>&amp;Serveur IMAP :</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port :</translation>
    </message>
    <message>
      <source>Encryption:</source>
      <translation>Chiffrement :</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <source>&amp;Mailbox folder:</source>
      <translation>Dossier de la &amp;boîte :</translation>
    </message>
    <message>
      <source>&amp;Read Replies</source>
      <translation>&amp;Lire les réponses</translation>
    </message>
    <message>
      <source>Folder of replies</source>
      <translation>Dossier des réponses</translation>
    </message>
    <message>
      <source>Enter the IMAP server and the user.</source>
      <translation>Saisissez le serveur IMAP et l’utilisateur.</translation>
    </message>
    <message>
      <source>Without encryption the password would cross the network in clear text.</source>
      <translation>Sans chiffrement, le mot de passe circulerait en clair sur le réseau.</translation>
    </message>
    <message>
      <source>Choose the folder of replies.</source>
      <translation>Choisissez le dossier des réponses.</translation>
    </message>
    <message>
      <source>Enter the password: none is stored in the keyring.</source>
      <translation>Saisissez le mot de passe : aucun n’est enregistré dans le trousseau.</translation>
    </message>
    <message>
      <source>Reading calendar replies</source>
      <translation>Lecture des réponses d’agenda</translation>
    </message>
    <message numerus="yes">
      <source>%n messages read.</source>
      <translation>
        <numerusform>%n message lu.</numerusform>
        <numerusform>%n messages lus.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n answers applied.</source>
      <translation>
        <numerusform>%n réponse appliquée.</numerusform>
        <numerusform>%n réponses appliquées.</numerusform>
      </translation>
    </message>
    <message>
      <source>confirmed by calendar reply</source>
      <translation>confirmé par réponse d’agenda</translation>
    </message>
    <message>
      <source>declined by calendar reply</source>
      <translation>décliné par réponse d’agenda</translation>
    </message>
    <message>
      <source>tentative, noted in the history</source>
      <translation>provisoire, noté dans l’historique</translation>
    </message>
    <message>
      <source>already so, nothing changed</source>
      <translation>déjà le cas, rien n’a changé</translation>
    </message>
    <message>
      <source>processed before, nothing changed</source>
      <translation>déjà traité, rien n’a changé</translation>
    </message>
    <message>
      <source>nothing changed: %1</source>
      <translation>rien n’a changé : %1</translation>
    </message>
    <message>
      <source>not an e-mail (.eml) file</source>
      <translation>pas un fichier de courriel (.eml)</translation>
    </message>
    <message>
      <source>the message could not be read</source>
      <translation>le message n’a pas pu être lu</translation>
    </message>
    <message>
      <source>the message is malformed</source>
      <translation>le message est mal formé</translation>
    </message>
    <message>
      <source>its organiser is not the conference's contact address</source>
      <translation>son organisateur n’est pas l’adresse de contact de la conférence</translation>
    </message>
    <message>
      <source>it answers an event ConfDesk did not hand over</source>
      <translation>il répond à un événement que ConfDesk n’a pas remis</translation>
    </message>
    <message>
      <source>it comes from another address than the invited one</source>
      <translation>il vient d’une autre adresse que celle invitée</translation>
    </message>
    <message>
      <source>its answer is not accepted, declined or tentative</source>
      <translation>sa réponse n’est ni acceptée, ni déclinée, ni provisoire</translation>
    </message>
    <message>
      <source>it answers an older version of the invitation</source>
      <translation>il répond à une version antérieure de l’invitation</translation>
    </message>
    <message>
      <source>the invitation it answers was cancelled</source>
      <translation>l’invitation à laquelle il répond a été annulée</translation>
    </message>
    <message>
      <source>a later reply was already applied</source>
      <translation>une réponse plus récente a déjà été appliquée</translation>
    </message>
    <message>
      <source>the person is no longer in the lineup</source>
      <translation>la personne ne fait plus partie de la composition</translation>
    </message>
    <message>
      <source>the workflow does not allow this change</source>
      <translation>le déroulement ne permet pas ce changement</translation>
    </message>
    <message>
      <source>not an e-mail message</source>
      <translation>pas un courriel</translation>
    </message>
    <message>
      <source>not a calendar reply</source>
      <translation>pas une réponse d’agenda</translation>
    </message>
    <message>
      <source>its calendar cannot be read</source>
      <translation>son agenda ne peut pas être lu</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <source>Kind of session</source>
      <translation>Type de séance</translation>
    </message>
    <message>
      <source>Needs one of</source>
      <translation>Exige l’un de</translation>
    </message>
    <message>
      <source>&amp;Add Requirement</source>
      <translation>&amp;Ajouter une exigence</translation>
    </message>
    <message>
      <source>&amp;Remove Requirement</source>
      <translation>&amp;Retirer l’exigence</translation>
    </message>
    <message>
      <source>Roles each kind of session needs</source>
      <translation>Rôles exigés par type de séance</translation>
    </message>
    <message>
      <source>Balance of lineups</source>
      <translation>Équilibre des programmes d’intervenants</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>Vérifié pour</translation>
    </message>
    <message>
      <source>Largest share of one &amp;gender</source>
      <translation>Part maximale d’un même &amp;genre</translation>
    </message>
    <message>
      <source>Fewest stakeholder &amp;groups</source>
      <translation>Nombre minimal de &amp;groupes de parties prenantes</translation>
    </message>
    <message>
      <source>Fewest &amp;countries</source>
      <translation>Nombre minimal de &amp;pays</translation>
    </message>
    <message>
      <source>Horizons</source>
      <translation>Délais</translation>
    </message>
    <message>
      <source>An invitation unanswered this many &amp;days before its session</source>
      <translation>Invitation sans réponse ce nombre de &amp;jours avant sa séance</translation>
    </message>
    <message>
      <source>&amp;Minutes a person needs between two sessions</source>
      <translation>&amp;Minutes nécessaires à une personne entre deux séances</translation>
    </message>
    <message>
      <source>Interest is late when it comes after the last interest deadline (Deadlines screen).</source>
      <translation>Un intérêt est tardif s’il arrive après la dernière échéance d’intérêt (écran Échéances).</translation>
    </message>
  </context>
  <context>
    <name>SendInvitesDialog</name>
    <message>
      <source>Send Invitations</source>
      <translation>Envoyer les invitations</translation>
    </message>
    <message>
      <source>Encrypt with STARTTLS</source>
      <translation>Chiffrer avec STARTTLS</translation>
    </message>
    <message>
      <source>Remember the password in the system keyring</source>
      <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
      <source>SMTP &amp;server:</source>
      <translation>&amp;Serveur SMTP :</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port :</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <source>Reminder:</source>
      <translation>Rappel :</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>Send Log</source>
      <translation>Journal d'envoi</translation>
    </message>
    <message>
      <source>&amp;Send</source>
      <translation>&amp;Envoyer</translation>
    </message>
    <message numerus="yes">
      <source>%n people have a new or changed invitation.</source>
      <translation>
        <numerusform>%n personne a une invitation nouvelle ou modifiée.</numerusform>
        <numerusform>%n personnes ont une invitation nouvelle ou modifiée.</numerusform>
      </translation>
    </message>
    <message>
      <source>No system keyring is available: type the password; it is not stored.</source>
      <translation>Aucun trousseau système n'est disponible : saisissez le mot de passe ; il n'est pas conservé.</translation>
    </message>
    <message>
      <source>from the keyring</source>
      <translation>depuis le trousseau</translation>
    </message>
    <message>
      <source>The password is kept only in the system keyring, never in a file.</source>
      <translation>Le mot de passe n'est conservé que dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
      <source>The password could not be saved in the keyring.</source>
      <translation>Le mot de passe n'a pas pu être enregistré dans le trousseau.</translation>
    </message>
    <message>
      <source>Enter the SMTP server.</source>
      <translation>Indiquez le serveur SMTP.</translation>
    </message>
    <message>
      <source>Without encryption the password would cross the network in clear text: tick “Encrypt with STARTTLS” to log in.</source>
      <translation>Sans chiffrement, le mot de passe circulerait en clair sur le réseau : cochez « Chiffrer avec STARTTLS » pour vous connecter.</translation>
    </message>
    <message>
      <source>Enter the password: none is stored in the keyring.</source>
      <translation>Saisissez le mot de passe : aucun n'est enregistré dans le trousseau.</translation>
    </message>
    <message>
      <source>Sending to %1</source>
      <translation>Envoi à %1</translation>
    </message>
    <message>
      <source>Sending invitations</source>
      <translation>Envoi des invitations</translation>
    </message>
    <message numerus="yes">
      <source>%n messages sent.</source>
      <translation>
        <numerusform>%n message envoyé.</numerusform>
        <numerusform>%n messages envoyés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n addresses were refused.</source>
      <translation>
        <numerusform>%n adresse a été refusée.</numerusform>
        <numerusform>%n adresses ont été refusées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SendLogModel</name>
    <message>
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <source>Message-ID</source>
      <translation>Message-ID</translation>
    </message>
    <message>
      <source>Invitation</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Mise à jour</translation>
    </message>
    <message>
      <source>Cancellation</source>
      <translation>Annulation</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Récapitulatif</translation>
    </message>
    <message>
      <source>Outbox file</source>
      <translation>Fichier de la boîte d'envoi</translation>
    </message>
    <message>
      <source>Mail server</source>
      <translation>Serveur de courrier</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <source>Edit session</source>
      <extracomment>Width of each title field, in average characters: the demo's longest title has 94. Background of the field an error names, until the next attempt to save.</extracomment>
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
      <source>Title in %1</source>
      <translation>Titre en %1</translation>
    </message>
    <message>
      <source>Description in %1</source>
      <translation>Description en %1</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
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
    <message>
      <source>The join link must be a web address starting with https://.</source>
      <translation>Le lien de connexion doit être une adresse web commençant par https://.</translation>
    </message>
  </context>
  <context>
    <name>SuccessorDialog</name>
    <message>
      <source>New from an Earlier Conference</source>
      <translation>Nouvelle conférence à partir d’une précédente</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
      <source>Copy the &amp;people too (without their registrations)</source>
      <translation>Copier aussi les &amp;personnes (sans leurs inscriptions)</translation>
    </message>
    <message>
      <source>Copies the settings, document notes, parts, sessions and deadlines, each session at the same local time. Lineups, registrations, cancelled sessions, meeting ids and passcodes stay behind.</source>
      <translation>Copie les paramètres, les textes des documents, les parties, les séances et les échéances, chaque séance à la même heure locale. Les programmes d’intervenants, les inscriptions, les séances annulées, les identifiants de réunion et les codes secrets ne sont pas repris.</translation>
    </message>
    <message>
      <source>&amp;Earlier conference</source>
      <translation>Conférence &amp;précédente</translation>
    </message>
    <message>
      <source>New &amp;first day</source>
      <translation>Nouveau &amp;premier jour</translation>
    </message>
    <message>
      <source>New &amp;file</source>
      <translation>Nouveau &amp;fichier</translation>
    </message>
    <message>
      <source>Earlier conference</source>
      <translation>Conférence précédente</translation>
    </message>
    <message>
      <source>ConfDesk files (*.confdesk)</source>
      <translation>Fichiers ConfDesk (*.confdesk)</translation>
    </message>
    <message>
      <source>New file</source>
      <translation>Nouveau fichier</translation>
    </message>
    <message>
      <source>Choose the earlier conference's file.</source>
      <translation>Choisissez le fichier de la conférence précédente.</translation>
    </message>
    <message>
      <source>Choose where the new file goes.</source>
      <translation>Choisissez où enregistrer le nouveau fichier.</translation>
    </message>
    <message>
      <source>The new file must not be the earlier one.</source>
      <translation>Le nouveau fichier ne peut pas être le précédent.</translation>
    </message>
    <message>
      <source>%1 already exists; choose a new file.</source>
      <translation>%1 existe déjà ; choisissez un nouveau fichier.</translation>
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
    <name>ThemeChecklist</name>
    <message>
      <source>This conference has no themes yet: Conference Settings → Themes adds them.</source>
      <extracomment>Rows shown before the list scrolls.</extracomment>
      <translation>Cette conférence n’a pas encore de thèmes : Paramètres de la conférence → Thèmes permet d’en ajouter.</translation>
    </message>
  </context>
  <context>
    <name>ThemesEdit</name>
    <message>
      <source>Name of the list</source>
      <extracomment>Table columns: the code, then the label in each language.</extracomment>
      <translation>Nom de la liste</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>Ajouter un thème</translation>
    </message>
    <message>
      <source>Remove theme</source>
      <translation>Retirer le thème</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Start from a list</source>
      <translation>Partir d’une liste</translation>
    </message>
    <message>
      <source>An empty list</source>
      <translation>Une liste vide</translation>
    </message>
    <message>
      <source>Sessions refer to themes by code. Calendars, documents, the frab schedule and the agenda show the labels.</source>
      <translation>Les séances renvoient aux thèmes par leur code ; les calendriers, les documents, le programme frab et l’ordre du jour affichent leurs intitulés.</translation>
    </message>
    <message>
      <source>GCM objectives (1–23)</source>
      <translation>Objectifs du PMM (1–23)</translation>
    </message>
    <message>
      <source>Sustainable Development Goals (1–17)</source>
      <translation>Objectifs de développement durable (1–17)</translation>
    </message>
  </context>
  <context>
    <name>Timetable</name>
    <message>
      <source>Timetable</source>
      <extracomment>The same from the keyboard (Alt+arrows): successive nudges make one undo entry.</extracomment>
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
    <name>VersionsDialog</name>
    <message>
      <source>Published Versions</source>
      <translation>Versions publiées</translation>
    </message>
    <message>
      <source>Published versions</source>
      <translation>Versions publiées</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <source>e.g. Roundtable 2 moved to the afternoon</source>
      <translation>p. ex. Table ronde 2 déplacée à l’après-midi</translation>
    </message>
    <message>
      <source>&amp;Publish Version</source>
      <translation>&amp;Publier une version</translation>
    </message>
    <message>
      <source>&amp;Versions</source>
      <translation>&amp;Versions</translation>
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation>&amp;Commentaire</translation>
    </message>
    <message>
      <source>Version %1 · %2 · %3</source>
      <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
      <source>no comment</source>
      <translation>sans commentaire</translation>
    </message>
    <message>
      <source>Nothing published yet: the programme as it stands is the draft.</source>
      <translation>Rien n’est encore publié : le programme tel qu’il est reste un projet.</translation>
    </message>
    <message>
      <source>Changes from version %1 to the programme as it stands</source>
      <translation>Modifications depuis la version %1 jusqu’au programme tel qu’il est</translation>
    </message>
    <message>
      <source>No changes since this version.</source>
      <translation>Aucune modification depuis cette version.</translation>
    </message>
    <message>
      <source>Publish version</source>
      <translation>Publier une version</translation>
    </message>
    <message>
      <source>Version %1 published. The next invitations carry exactly its changes.</source>
      <translation>Version %1 publiée. Les prochaines invitations en portent exactement les modifications.</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Member State</source>
      <translation>État membre</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation>Système des Nations Unies</translation>
    </message>
    <message>
      <source>Civil society</source>
      <translation>Société civile</translation>
    </message>
    <message>
      <source>Academia</source>
      <translation>Milieu universitaire</translation>
    </message>
    <message>
      <source>Private sector</source>
      <translation>Secteur privé</translation>
    </message>
    <message>
      <source>Trade union</source>
      <translation>Syndicat</translation>
    </message>
    <message>
      <source>Migrant or diaspora organisation</source>
      <translation>Organisation de migrants ou de la diaspora</translation>
    </message>
    <message>
      <source>Local authority</source>
      <translation>Autorité locale</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>Institution nationale des droits de l’homme</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Jeunesse</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation>Organisation internationale</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Président(e)</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation>Modérateur·rice</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Intervenant(e)</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation>Panéliste</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>Orateur·rice principal(e)</translation>
    </message>
    <message>
      <source>Rapporteur</source>
      <translation>Rapporteur(e)</translation>
    </message>
    <message>
      <source>Discussant</source>
      <translation>Discutant(e)</translation>
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
    <message>
      <source>Roundtable speaker (any)</source>
      <translation>Intervenant de table ronde (toutes)</translation>
    </message>
    <message>
      <source>Roundtable %1 speaker</source>
      <translation>Intervenant de la table ronde %1</translation>
    </message>
    <message>
      <source>Open discussion</source>
      <translation>Débat ouvert</translation>
    </message>
    <message>
      <source>Plenary speaker</source>
      <translation>Intervenant en plénière</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <source>Speaking-role interest</source>
      <translation>Intérêt pour un rôle d’orateur</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Inscription</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
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
      <source>This is not a valid e-mail address.</source>
      <translation>Cette adresse électronique n’est pas valide.</translation>
    </message>
    <message>
      <source>Another person already has this e-mail address.</source>
      <translation>Une autre personne a déjà cette adresse électronique.</translation>
    </message>
    <message>
      <source>This country is not known.</source>
      <translation>Ce pays est inconnu.</translation>
    </message>
    <message>
      <source>This language is not known.</source>
      <translation>Cette langue est inconnue.</translation>
    </message>
    <message>
      <source>This time zone is not known.</source>
      <translation>Ce fuseau horaire est inconnu.</translation>
    </message>
    <message>
      <source>This person already has this role in the session.</source>
      <translation>Cette personne a déjà ce rôle dans la session.</translation>
    </message>
    <message>
      <source>The invitation cannot move to this status from its current one.</source>
      <translation>L’invitation ne peut pas passer à ce statut depuis le statut actuel.</translation>
    </message>
    <message>
      <source>Someone else changed this in the meantime; it has been reloaded, please try again.</source>
      <translation>Quelqu’un d’autre l’a modifié entre-temps ; il a été rechargé, veuillez réessayer.</translation>
    </message>
    <message>
      <source>This item no longer exists.</source>
      <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
      <source>A name is required.</source>
      <translation>Un nom est requis.</translation>
    </message>
    <message>
      <source>Choose at least one part of the conference.</source>
      <translation>Choisissez au moins une partie de la conférence.</translation>
    </message>
    <message>
      <source>A title is required.</source>
      <translation>Un titre est requis.</translation>
    </message>
    <message>
      <source>A required value is missing.</source>
      <translation>Une valeur obligatoire manque.</translation>
    </message>
    <message>
      <source>This interest is already recorded.</source>
      <translation>Cet intérêt est déjà enregistré.</translation>
    </message>
    <message>
      <source>The change was refused: %1</source>
      <translation>La modification a été refusée : %1</translation>
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
    <name>ZoomControl</name>
    <message>
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <source>Zoom out (%1)</source>
      <translation>Zoom arrière (%1)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <source>Zoom (Ctrl+wheel)</source>
      <translation>Zoom (Ctrl+molette)</translation>
    </message>
    <message>
      <source>Zoom in (%1)</source>
      <translation>Zoom avant (%1)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <source>Actual size (%1)</source>
      <translation>Taille réelle (%1)</translation>
    </message>
    <message>
      <source>Zoom: %1</source>
      <translation>Zoom : %1</translation>
    </message>
  </context>
  <context>
    <name>_AlarmChoice</name>
    <message>
      <source>Remind before each session</source>
      <translation>Rappel avant chaque session</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
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
      <source>%2 changed this item meanwhile; it was reloaded, try again.</source>
      <translation>%2 a modifié cet élément entre-temps ; il a été rechargé, réessayez.</translation>
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
      <source>“%1” is busy: another program or window is writing to it. Nothing was changed; try again in a moment.</source>
      <translation>« %1 » est occupé : un autre programme ou une autre fenêtre y écrit. Rien n'a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>“%1” is read-only: it can be viewed and exported, but not changed.</source>
      <translation>« %1 » est en lecture seule : il peut être consulté et exporté, mais pas modifié.</translation>
    </message>
    <message>
      <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
      <translation>Le disque qui contient « %1 » est plein. Rien n'a été modifié ; libérez de la place et réessayez.</translation>
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
</TS>
