<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AgendaOverview</name>
    <message>
      <source>All days</source>
      <translation>كل الأيام</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>ت&amp;كبير</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>ت&amp;صغير</translation>
    </message>
    <message>
      <source>&amp;Actual Size</source>
      <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message numerus="yes">
      <source>%n in lineup</source>
      <translation>
        <numerusform>لا مشاركين</numerusform>
        <numerusform>مشارك واحد</numerusform>
        <numerusform>مشاركان</numerusform>
        <numerusform>%Ln مشاركين</numerusform>
        <numerusform>%Ln مشاركًا</numerusform>
        <numerusform>%Ln مشارك</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>No days yet</source>
      <translation>لا توجد أيام بعد</translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Agenda</source>
      <translation>جدول الأعمال</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>المحور</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>المن&amp;طقة الزمنية:</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>يوم واحد</translation>
    </message>
    <message>
      <source>One day as a timetable (%1 switches)</source>
      <translation>يوم واحد في جدول زمني (%1 للتبديل)</translation>
    </message>
    <message>
      <source>All Days</source>
      <translation>كل الأيام</translation>
    </message>
    <message>
      <source>Every day side by side (%1 switches)</source>
      <translation>كل الأيام جنبًا إلى جنب (%1 للتبديل)</translation>
    </message>
    <message>
      <source>Switch between Day and All Days</source>
      <translation>التبديل بين يوم واحد وكل الأيام</translation>
    </message>
    <message>
      <source>View</source>
      <translation>العرض</translation>
    </message>
    <message>
      <source>&lt;b&gt;Lineup&lt;/b&gt;</source>
      <translation>&lt;b&gt;المشاركون في الجلسة&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>دقائق</translation>
    </message>
    <message>
      <source>Lineup of the selected session</source>
      <translation>المشاركون في الجلسة المحددة</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;تعديل…</translation>
    </message>
    <message>
      <source>Open in &amp;Lineups</source>
      <translation>فتح في &amp;قوائم المتحدثين</translation>
    </message>
    <message>
      <source>&amp;New Session…</source>
      <translation>جلسة &amp;جديدة…</translation>
    </message>
    <message>
      <source>&amp;Edit Session…</source>
      <translation>&amp;تعديل الجلسة…</translation>
    </message>
    <message>
      <source>&amp;Delete Session</source>
      <translation>&amp;حذف الجلسة</translation>
    </message>
    <message>
      <source>All themes</source>
      <translation>كل المحاور</translation>
    </message>
    <message>
      <source>No sessions yet</source>
      <translation>لا جلسات بعد</translation>
    </message>
    <message>
      <source>First step: add the first session with New Session (Ctrl+Shift+N). File &gt; Conference Settings, Parts and Rules set the conference up.</source>
      <translation>الخطوة الأولى: أضف الجلسة الأولى بأمر «جلسة جديدة» (Ctrl+Shift+N). وتُضبط إعدادات المؤتمر من قائمة «ملف»: إعدادات المؤتمر والأجزاء والقواعد.</translation>
    </message>
    <message>
      <source>No session selected</source>
      <translation>لم تُحدَّد أي جلسة</translation>
    </message>
    <message>
      <source>Click a session to see its lineup; double-click to edit it. Drag a session to move it, or its bottom edge to change its length.</source>
      <translation>انقر على جلسة لعرض المشاركين فيها، وانقر مرتين لتعديلها. اسحب الجلسة لنقلها، أو اسحب حافتها السفلية لتغيير مدتها.</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المحاور</translation>
    </message>
    <message>
      <source>%1:</source>
      <translation>%1:</translation>
    </message>
    <message>
      <source>Internal: not shown in public documents</source>
      <translation>داخلية: لا تظهر في الوثائق العامة</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message numerus="yes">
      <source>Speaking time: %1 of %n minutes</source>
      <translation>
        <numerusform>وقت الكلام: %1 من %Ln دقيقة</numerusform>
        <numerusform>وقت الكلام: %1 من دقيقة واحدة</numerusform>
        <numerusform>وقت الكلام: %1 من دقيقتين</numerusform>
        <numerusform>وقت الكلام: %1 من %Ln دقائق</numerusform>
        <numerusform>وقت الكلام: %1 من %Ln دقيقة</numerusform>
        <numerusform>وقت الكلام: %1 من %Ln دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <source>Move “%1”</source>
      <translation>نقل «%1»</translation>
    </message>
    <message>
      <source>Move session</source>
      <translation>نقل الجلسة</translation>
    </message>
    <message>
      <source>Edit “%1”</source>
      <translation>تعديل «%1»</translation>
    </message>
    <message>
      <source>New session “%1”</source>
      <translation>جلسة جديدة «%1»</translation>
    </message>
    <message numerus="yes">
      <source>Delete “%1” and its lineup? People in it: %n.</source>
      <translation>
        <numerusform>حذف «%1»؟ لا أحد في قائمة المتحدثين.</numerusform>
        <numerusform>حذف «%1» وقائمة المتحدثين فيها (شخص واحد)؟</numerusform>
        <numerusform>حذف «%1» وقائمة المتحدثين فيها (شخصان)؟</numerusform>
        <numerusform>حذف «%1» وقائمة المتحدثين فيها (%n أشخاص)؟</numerusform>
        <numerusform>حذف «%1» وقائمة المتحدثين فيها (%n شخصًا)؟</numerusform>
        <numerusform>حذف «%1» وقائمة المتحدثين فيها (%n شخص)؟</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete “%1”?</source>
      <translation>حذف «%1»؟</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>حذف الجلسة</translation>
    </message>
    <message>
      <source>Delete “%1”</source>
      <translation>حذف «%1»</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Restore a Backup</source>
      <extracomment>The backup file chosen (a :class:`~pathlib.Path`).</extracomment>
      <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <source>ConfDesk backs “%1” up each time it opens it. Restoring a backup replaces what the file holds now; its current state is backed up first, so it stays in this list.</source>
      <translation>يحفظ ConfDesk نسخة احتياطية من «%1» في كل مرة يفتحه فيها. تحلّ النسخة المستعادة محلّ ما يحويه الملف الآن، وتُحفظ حالته الحالية أولًا في نسخة احتياطية فتبقى في هذه القائمة.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>وقت الحفظ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>There are no backups of this file yet.</source>
      <translation>لا توجد نسخ احتياطية من هذا الملف بعد.</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>ا&amp;ستعادة</translation>
    </message>
  </context>
  <context>
    <name>CalendarExportDialog</name>
    <message>
      <source>Export Calendars</source>
      <translation>تصدير التقويمات</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;استعراض…</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
      <source>&amp;Language of the public calendars:</source>
      <translation>&amp;لغة التقويمات العامة:</translation>
    </message>
    <message>
      <source>Reminder:</source>
      <translation>التذكير:</translation>
    </message>
    <message>
      <source>Personal invites are written in each person's preferred language.</source>
      <translation>تُكتب الدعوات الشخصية بلغة كل شخص المفضلة.</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;تصدير</translation>
    </message>
    <message>
      <source>Choose a Folder</source>
      <translation>اختيار مجلد</translation>
    </message>
    <message>
      <source>Choose a folder first.</source>
      <translation>اختاروا مجلدًا أولًا.</translation>
    </message>
    <message>
      <source>Exporting calendars</source>
      <translation>جارٍ تصدير التقويمات</translation>
    </message>
    <message numerus="yes">
      <source>%n public calendars written.</source>
      <translation>
        <numerusform>لم يُكتب أي تقويم عام.</numerusform>
        <numerusform>كُتب تقويم عام واحد.</numerusform>
        <numerusform>كُتب تقويمان عامّان.</numerusform>
        <numerusform>كُتبت %Ln تقويمات عامة.</numerusform>
        <numerusform>كُتب %Ln تقويمًا عامًا.</numerusform>
        <numerusform>كُتب %Ln تقويم عام.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n personal invites written.</source>
      <translation>
        <numerusform>لم تُكتب أي دعوة شخصية.</numerusform>
        <numerusform>كُتبت دعوة شخصية واحدة.</numerusform>
        <numerusform>كُتبت دعوتان شخصيتان.</numerusform>
        <numerusform>كُتبت %Ln دعوات شخصية.</numerusform>
        <numerusform>كُتبت %Ln دعوة شخصية.</numerusform>
        <numerusform>كُتبت %Ln دعوة شخصية.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <source>Did not undo “%1”: %2 changed it since.</source>
      <extracomment>QUndoCommand.id() of commands that may merge with the one before them (see ``merge_key``). Set when an undo or redo failed for a passing reason: the stack is put back where it was by the opposite move, which then must not run the action again. What the action last wrote to the change log: an undo or redo first checks that no colleague changed those fields since (it would overwrite their change).</extracomment>
      <translation>لم يُتراجع عن «%1»: غيّره %2 منذ ذلك الحين.</translation>
    </message>
    <message>
      <source>Did not redo “%1”: %2 changed it since.</source>
      <translation>لم تُعَد «%1»: غيّرها %2 منذ ذلك الحين.</translation>
    </message>
    <message>
      <source>a colleague</source>
      <translation>زميل</translation>
    </message>
    <message>
      <source>Could not undo “%1”: %2 The undo history is kept.</source>
      <translation>تعذّر التراجع عن «%1»: %2 سجل التراجع محفوظ كما هو.</translation>
    </message>
    <message>
      <source>Could not redo “%1”: %2 The undo history is kept.</source>
      <translation>تعذّرت إعادة «%1»: %2 سجل التراجع محفوظ كما هو.</translation>
    </message>
    <message>
      <source>Could not undo or redo “%1”: %2. The undo history was cleared.</source>
      <translation>تعذّر التراجع عن «%1» أو إعادته: %2. مُسح سجل التراجع.</translation>
    </message>
  </context>
  <context>
    <name>ConferenceCommands</name>
    <message>
      <source>Rules</source>
      <translation>القواعد</translation>
    </message>
    <message>
      <source>Conference settings</source>
      <translation>إعدادات المؤتمر</translation>
    </message>
    <message>
      <source>Time zone is now %1: every session keeps its moment and is shown in %1.</source>
      <translation>المنطقة الزمنية الآن %1: تبقى كل جلسة في لحظتها وتُعرض بتوقيت %1.</translation>
    </message>
    <message>
      <source>Conference settings saved.</source>
      <translation>حُفظت إعدادات المؤتمر.</translation>
    </message>
  </context>
  <context>
    <name>ConferenceDialog</name>
    <message>
      <source>Conference Settings</source>
      <extracomment>What the status bar says after a save (set by the opener's ``save``).</extracomment>
      <translation>إعدادات المؤتمر</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>الاسم المختصر</translation>
    </message>
    <message>
      <source>other languages, e.g. es, ku</source>
      <translation>لغات أخرى، مثل es و ku</translation>
    </message>
    <message>
      <source>Other interpretation languages</source>
      <translation>لغات أخرى للترجمة الفورية</translation>
    </message>
    <message>
      <source>Changing the time zone keeps every session at its moment.</source>
      <translation>تغيير المنطقة الزمنية يُبقي كل جلسة في لحظتها نفسها.</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>ال&amp;اسم</translation>
    </message>
    <message>
      <source>S&amp;hort name</source>
      <translation>الاسم ال&amp;مختصر</translation>
    </message>
    <message>
      <source>&amp;Organisers</source>
      <translation>الجهات ال&amp;منظِّمة</translation>
    </message>
    <message>
      <source>Contact &amp;e-mail</source>
      <translation>&amp;بريد التواصل</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>ال&amp;لغات</translation>
    </message>
    <message>
      <source>&amp;Interpretation</source>
      <translation>ال&amp;ترجمة الفورية</translation>
    </message>
    <message>
      <source>&amp;Time zone</source>
      <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
      <source>&amp;Platform</source>
      <translation>ال&amp;منصة</translation>
    </message>
    <message>
      <source>Platform &amp;link</source>
      <translation>&amp;رابط المنصة</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>&amp;عام</translation>
    </message>
    <message>
      <source>The&amp;mes</source>
      <translation>ال&amp;محاور</translation>
    </message>
    <message>
      <source>House st&amp;yle</source>
      <translation>أسلوب ال&amp;وثائق</translation>
    </message>
    <message numerus="yes">
      <source>%n sessions refer to themes the new list leaves out: %1. Take those themes off them?</source>
      <translation>
        <numerusform>لا توجد جلسة تشير إلى محاور أسقطتها القائمة الجديدة: %1.</numerusform>
        <numerusform>تشير جلسة واحدة إلى محاور أسقطتها القائمة الجديدة: %1. هل تُزال هذه المحاور منها؟</numerusform>
        <numerusform>تشير جلستان إلى محاور أسقطتها القائمة الجديدة: %1. هل تُزال هذه المحاور منهما؟</numerusform>
        <numerusform>تشير %n جلسات إلى محاور أسقطتها القائمة الجديدة: %1. هل تُزال هذه المحاور منها؟</numerusform>
        <numerusform>تشير %n جلسة إلى محاور أسقطتها القائمة الجديدة: %1. هل تُزال هذه المحاور منها؟</numerusform>
        <numerusform>تشير %n جلسة إلى محاور أسقطتها القائمة الجديدة: %1. هل تُزال هذه المحاور منها؟</numerusform>
      </translation>
    </message>
    <message>
      <source>Themes in use</source>
      <translation>محاور مستخدمة</translation>
    </message>
  </context>
  <context>
    <name>Conflict</name>
    <message>
      <source>session</source>
      <extracomment>The answer: True applies the user's change on top of the colleague's, False reloads.</extracomment>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>person</source>
      <translation>الشخص</translation>
    </message>
    <message>
      <source>role in a lineup</source>
      <translation>الدور في قائمة المتحدثين</translation>
    </message>
    <message>
      <source>part</source>
      <translation>الجزء</translation>
    </message>
    <message>
      <source>conference</source>
      <translation>المؤتمر</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>الموعد النهائي</translation>
    </message>
    <message>
      <source>registration</source>
      <translation>التسجيل</translation>
    </message>
    <message>
      <source>Someone else</source>
      <translation>شخص آخر</translation>
    </message>
    <message>
      <source>%1 changed this %2 at %3, after you opened it.</source>
      <translation>غيّر %1 هذا العنصر (%2) في الساعة %3، بعد أن فتحته.</translation>
    </message>
    <message>
      <source>%1 changed this %2 after you opened it.</source>
      <translation>غيّر %1 هذا العنصر (%2) بعد أن فتحته.</translation>
    </message>
    <message>
      <source>Changed by both: %1.</source>
      <translation>ما غيّره كلاكما: %1.</translation>
    </message>
    <message>
      <source>Changed by a Colleague</source>
      <translation>غيّره زميل</translation>
    </message>
    <message>
      <source>Apply your change on top of theirs, or reload to see theirs first? Nothing is lost either way.</source>
      <translation>هل تطبّق تغييرك فوق تغييره، أم تعيد التحميل لترى تغييره أولًا؟ لا يضيع شيء في الحالتين.</translation>
    </message>
    <message>
      <source>&amp;Apply Mine on Top</source>
      <translation>&amp;تطبيق تغييري فوقه</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>إعادة ال&amp;تحميل</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <source>Connect to a Team Database</source>
      <translation>الاتصال بقاعدة بيانات الفريق</translation>
    </message>
    <message>
      <source>e.g. db.example.org</source>
      <translation>مثلًا: db.example.org</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>تُحفظ في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
      <source>as colleagues see it in the history</source>
      <translation>كما يراه الزملاء في السجل</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>ال&amp;خادم</translation>
    </message>
    <message>
      <source>&amp;Port</source>
      <translation>المن&amp;فذ</translation>
    </message>
    <message>
      <source>&amp;Database</source>
      <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>الم&amp;ستخدم</translation>
    </message>
    <message>
      <source>Pass&amp;word</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <source>&amp;Encryption (TLS)</source>
      <translation>الت&amp;شفير (TLS)</translation>
    </message>
    <message>
      <source>&amp;Your name</source>
      <translation>ا&amp;سمك</translation>
    </message>
    <message>
      <source>&amp;Connect</source>
      <translation>ا&amp;تصال</translation>
    </message>
    <message>
      <source>Name the database to connect to.</source>
      <translation>اذكر اسم قاعدة البيانات المراد الاتصال بها.</translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <source>%n in lineup</source>
      <translation>
        <numerusform>لا مشاركين</numerusform>
        <numerusform>مشارك واحد</numerusform>
        <numerusform>مشاركان</numerusform>
        <numerusform>%Ln مشاركين</numerusform>
        <numerusform>%Ln مشاركًا</numerusform>
        <numerusform>%Ln مشارك</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n parts added.</source>
      <translation>
        <numerusform>لم يُضف أي جزء.</numerusform>
        <numerusform>أُضيف جزء واحد.</numerusform>
        <numerusform>أُضيف جزءان.</numerusform>
        <numerusform>أُضيفت %Ln أجزاء.</numerusform>
        <numerusform>أُضيف %Ln جزءًا.</numerusform>
        <numerusform>أُضيف %Ln جزء.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DataExportDialog</name>
    <message>
      <source>Export data</source>
      <extracomment>The path the dialog proposed; one the user typed is not replaced.</extracomment>
      <translation>تصدير البيانات</translation>
    </message>
    <message>
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <source>Registrations with interests</source>
      <translation>التسجيلات مع الاهتمامات</translation>
    </message>
    <message>
      <source>Lineups</source>
      <translation>المتحدثون</translation>
    </message>
    <message>
      <source>Schedule for conference apps (frab)</source>
      <translation>البرنامج لتطبيقات المؤتمرات (frab)</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;استعراض…</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;ما يُصدَّر:</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>ال&amp;لغة:</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>ال&amp;ملف:</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;تصدير</translation>
    </message>
    <message>
      <source>frab XML (schedule.xml)</source>
      <translation>frab XML ‏(schedule.xml)</translation>
    </message>
    <message>
      <source>frab JSON (schedule.json)</source>
      <translation>frab JSON ‏(schedule.json)</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX)</source>
      <translation>مصنف Excel ‏(XLSX)</translation>
    </message>
    <message>
      <source>CSV (UTF-8)</source>
      <translation>CSV (UTF-8)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>التصدير إلى</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>جارٍ التصدير</translation>
    </message>
    <message numerus="yes">
      <source>%n rows written to %1.</source>
      <translation>
        <numerusform>لم يُكتب أي صف في %1.</numerusform>
        <numerusform>كُتب صف واحد في %1.</numerusform>
        <numerusform>كُتب صفان في %1.</numerusform>
        <numerusform>كُتبت %Ln صفوف في %1.</numerusform>
        <numerusform>كُتب %Ln صفًا في %1.</numerusform>
        <numerusform>كُتب %Ln صف في %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DaySelector</name>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
  </context>
  <context>
    <name>DeadlineCommands</name>
    <message>
      <source>Add deadline %1</source>
      <translation>إضافة الموعد النهائي %1</translation>
    </message>
    <message>
      <source>Edit deadline %1</source>
      <translation>تعديل الموعد النهائي %1</translation>
    </message>
    <message>
      <source>Delete deadline %1</source>
      <translation>حذف الموعد النهائي %1</translation>
    </message>
  </context>
  <context>
    <name>DeadlineDialog</name>
    <message>
      <source>New deadline</source>
      <translation>موعد نهائي جديد</translation>
    </message>
    <message>
      <source>Edit deadline</source>
      <translation>تعديل الموعد النهائي</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>ال&amp;نوع</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>ال&amp;عنوان</translation>
    </message>
    <message>
      <source>&amp;Due (%1)</source>
      <translation>ال&amp;موعد (%1)</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesModel</name>
    <message>
      <source>Deadline</source>
      <translation>الموعد النهائي</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>الأيام المتبقية</translation>
    </message>
    <message>
      <source>Registrations on time / late</source>
      <translation>التسجيلات في الموعد / المتأخرة</translation>
    </message>
    <message>
      <source>Interests on time / late</source>
      <translation>الاهتمامات في الموعد / المتأخرة</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>Tomorrow</source>
      <translation>غدًا</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>أمس</translation>
    </message>
    <message numerus="yes">
      <source>%n days left</source>
      <translation>
        <numerusform>لم يتبقَّ أي يوم</numerusform>
        <numerusform>متبقٍ يوم واحد</numerusform>
        <numerusform>متبقٍ يومان</numerusform>
        <numerusform>متبقٍ %Ln أيام</numerusform>
        <numerusform>متبقٍ %Ln يومًا</numerusform>
        <numerusform>متبقٍ %Ln يوم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n days ago</source>
      <translation>
        <numerusform>اليوم</numerusform>
        <numerusform>منذ يوم واحد</numerusform>
        <numerusform>منذ يومين</numerusform>
        <numerusform>منذ %Ln أيام</numerusform>
        <numerusform>منذ %Ln يومًا</numerusform>
        <numerusform>منذ %Ln يوم</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeadlinesPage</name>
    <message>
      <source>Deadlines</source>
      <translation>المواعيد النهائية</translation>
    </message>
    <message>
      <source>&amp;New deadline…</source>
      <translation>موعد نهائي &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;تعديل…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;حذف</translation>
    </message>
    <message>
      <source>Delete deadline</source>
      <translation>حذف الموعد النهائي</translation>
    </message>
    <message>
      <source>Delete the deadline “%1”?</source>
      <translation>هل تريد حذف الموعد النهائي «%1»؟</translation>
    </message>
  </context>
  <context>
    <name>DocumentExportDialog</name>
    <message>
      <source>Export a document</source>
      <translation>تصدير مستند</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>Agenda at a glance</source>
      <translation>جدول الأعمال بإيجاز</translation>
    </message>
    <message>
      <source>Logistics note</source>
      <translation>المذكرة اللوجستية</translation>
    </message>
    <message>
      <source>Letters to speakers</source>
      <translation>رسائل إلى المتحدثين</translation>
    </message>
    <message>
      <source>List of participants</source>
      <translation>قائمة المشاركين</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>Letter الأمريكي</translation>
    </message>
    <message>
      <source>As the conference's house style</source>
      <translation>حسب أسلوب وثائق المؤتمر</translation>
    </message>
    <message>
      <source>Western digits (0-9)</source>
      <translation>أرقام غربية (0-9)</translation>
    </message>
    <message>
      <source>Arabic-Indic digits (٠-٩)</source>
      <translation>أرقام هندية (٠-٩)</translation>
    </message>
    <message>
      <source>e.g. Africa/Casablanca, Europe/Paris</source>
      <translation>مثلاً Africa/Casablanca, Europe/Paris</translation>
    </message>
    <message>
      <source>Extra time columns in the programme, as IANA zone names</source>
      <translation>أعمدة توقيت إضافية في البرنامج، بأسماء المناطق الزمنية IANA</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>ال&amp;مستند:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>ال&amp;لغة:</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;الورق:</translation>
    </message>
    <message>
      <source>D&amp;igits:</source>
      <translation>الأ&amp;رقام:</translation>
    </message>
    <message>
      <source>Extra time &amp;zones:</source>
      <translation>&amp;مناطق زمنية إضافية:</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;معاينة</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>&amp;حفظ…</translation>
    </message>
    <message>
      <source>Edit logistics &amp;texts…</source>
      <translation>تحرير &amp;النصوص اللوجستية…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Each person's language</source>
      <translation>لغة كل شخص</translation>
    </message>
    <message>
      <source>%1 is not a time zone name such as Africa/Casablanca.</source>
      <translation>%1 ليس اسم منطقة زمنية مثل Africa/Casablanca.</translation>
    </message>
    <message>
      <source>Building the document…</source>
      <translation>جارٍ إعداد المستند…</translation>
    </message>
    <message>
      <source>Building the document</source>
      <translation>إعداد المستند</translation>
    </message>
    <message>
      <source>Pages: %1</source>
      <translation>الصفحات: %1</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>حفظ المستند</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ExportsPage</name>
    <message>
      <source>&amp;Calendars…</source>
      <translation>&amp;التقويمات…</translation>
    </message>
    <message>
      <source>Send &amp;Invitations…</source>
      <translation>إرسال ال&amp;دعوات…</translation>
    </message>
    <message>
      <source>&amp;Replies…</source>
      <translation>ال&amp;ردود…</translation>
    </message>
    <message>
      <source>Published &amp;Versions…</source>
      <translation>ال&amp;إصدارات المنشورة…</translation>
    </message>
    <message>
      <source>&amp;Programme and Documents…</source>
      <translation>ال&amp;برنامج والوثائق…</translation>
    </message>
    <message>
      <source>Schedule and &amp;Data…</source>
      <translation>الجدول وال&amp;بيانات…</translation>
    </message>
    <message>
      <source>I&amp;mport…</source>
      <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
      <source>Calendar files (.ics) for the whole conference, a part or a day, in each language.</source>
      <translation>ملفات تقويم (.ics) للمؤتمر كله أو لجزء منه أو ليوم واحد، بكل لغة.</translation>
    </message>
    <message>
      <source>Personal calendar invitations with each person's sessions, role and join link.</source>
      <translation>دعوات تقويم شخصية تتضمن جلسات كل شخص ودوره ورابط الانضمام.</translation>
    </message>
    <message>
      <source>Calendar replies from a folder or a mailbox: accepted, declined, tentative into the lineup.</source>
      <translation>ردود التقويم من مجلد أو صندوق بريد: القبول والاعتذار والقبول المبدئي تنتقل إلى قائمة المتحدثين.</translation>
    </message>
    <message>
      <source>Numbered versions of the public programme, and what changed since each.</source>
      <translation>إصدارات مرقّمة من البرنامج العام، وما تغيّر منذ كل منها.</translation>
    </message>
    <message>
      <source>The programme, printed agenda, logistics note and letters to speakers as PDF.</source>
      <translation>البرنامج وجدول الأعمال المطبوع والمذكرة اللوجستية ورسائل المتحدثين بصيغة PDF.</translation>
    </message>
    <message>
      <source>Schedule data for conference apps, and lists as CSV or Excel workbooks.</source>
      <translation>بيانات الجدول لتطبيقات المؤتمرات، وقوائم بصيغة CSV أو Excel.</translation>
    </message>
    <message>
      <source>Registrations and people from a registration export or a spreadsheet.</source>
      <translation>التسجيلات والأشخاص من ملف تسجيل مُصدَّر أو من جدول بيانات.</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>التصدير</translation>
    </message>
    <message>
      <source>Everything is produced from the same data in Arabic, English and French.</source>
      <translation>يُنتَج كل شيء من البيانات نفسها بالعربية والإنجليزية والفرنسية.</translation>
    </message>
    <message>
      <source>No export is available in this installation.</source>
      <translation>لا يتوفر أي تصدير في هذا التثبيت.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Search names, organisations, e-mails</source>
      <translation>ابحث في الأسماء والمنظمات وعناوين البريد</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Interest</source>
      <translation>الاهتمام</translation>
    </message>
    <message>
      <source>Assignment status</source>
      <translation>حالة التكليف</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>كل الفئات</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>أي حالة</translation>
    </message>
    <message>
      <source>In no lineup</source>
      <translation>غير مدرج في أي جلسة</translation>
    </message>
    <message>
      <source>All countries</source>
      <translation>كل البلدان</translation>
    </message>
    <message>
      <source>All languages</source>
      <translation>كل اللغات</translation>
    </message>
    <message>
      <source>Any interest</source>
      <translation>أي اهتمام</translation>
    </message>
  </context>
  <context>
    <name>Following</name>
    <message numerus="yes">
      <source>%1 changed %n items.</source>
      <extracomment>How often the window looks for colleagues' changes. A list of :class:`HistoryEntry`, oldest first. Seconds the last refresh took (read by bench/team.py).</extracomment>
      <translation>
        <numerusform>لم يغيّر %1 أي عنصر.</numerusform>
        <numerusform>غيّر %1 عنصرًا واحدًا.</numerusform>
        <numerusform>غيّر %1 عنصرين.</numerusform>
        <numerusform>غيّر %1 %n عناصر.</numerusform>
        <numerusform>غيّر %1 %n عنصرًا.</numerusform>
        <numerusform>غيّر %1 %n عنصر.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <source>%1 created</source>
      <extracomment>The newest changes a History tab shows. Fields the log keeps for the record that are bookkeeping to a reader (an invitation's SEQUENCE moves with every change of time or link, which the tab shows already).</extracomment>
      <translation>أُنشئ: %1</translation>
    </message>
    <message>
      <source>%1 deleted</source>
      <translation>حُذف: %1</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>مَن</translation>
    </message>
    <message>
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>No change recorded yet.</source>
      <translation>لم يُسجَّل أي تغيير بعد.</translation>
    </message>
    <message>
      <source>&amp;Details</source>
      <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>ال&amp;سجل</translation>
    </message>
  </context>
  <context>
    <name>HouseStyleEdit</name>
    <message>
      <source>United Nations style</source>
      <extracomment>The day the examples print.</extracomment>
      <translation>أسلوب الأمم المتحدة</translation>
    </message>
    <message>
      <source>US style</source>
      <translation>الأسلوب الأمريكي</translation>
    </message>
    <message>
      <source>Egypt and the Gulf</source>
      <translation>مصر والخليج</translation>
    </message>
    <message>
      <source>Levant and Iraq (two names)</source>
      <translation>بلاد الشام والعراق (اسمان)</translation>
    </message>
    <message>
      <source>Algeria and Tunisia</source>
      <translation>الجزائر وتونس</translation>
    </message>
    <message>
      <source>Western digits (0-9)</source>
      <translation>أرقام غربية (0-9)</translation>
    </message>
    <message>
      <source>Arabic-Indic digits (٠-٩)</source>
      <translation>أرقام هندية (٠-٩)</translation>
    </message>
    <message>
      <source>French documents follow French typography. A document's own Digits choice overrides this one.</source>
      <translation>تتبع الوثائق الفرنسية قواعد الطباعة الفرنسية. واختيار الأرقام في نافذة الوثيقة يتقدّم على هذا الاختيار.</translation>
    </message>
    <message>
      <source>&amp;English dates</source>
      <translation>التواريخ بالإن&amp;كليزية</translation>
    </message>
    <message>
      <source>Arabic &amp;month names</source>
      <translation>أسماء ال&amp;شهور بالعربية</translation>
    </message>
    <message>
      <source>Arabic &amp;digits</source>
      <translation>ال&amp;أرقام في العربية</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import registrations</source>
      <translation>استيراد التسجيلات</translation>
    </message>
    <message>
      <source>CSV or XLSX file from Indico or an online form</source>
      <translation>ملف CSV أو XLSX من Indico أو من استمارة إلكترونية</translation>
    </message>
    <message>
      <source>&amp;Choose File…</source>
      <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>الملف:</translation>
    </message>
    <message>
      <source>Sheet:</source>
      <translation>الورقة:</translation>
    </message>
    <message>
      <source>Column mapping and preview</source>
      <translation>مطابقة الأعمدة ومعاينتها</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>الصف</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Values the file holds that are not known</source>
      <translation>قيم في الملف غير معروفة</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Value in the file</source>
      <translation>القيمة في الملف</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>الصفوف</translation>
    </message>
    <message>
      <source>Known value</source>
      <translation>القيمة المعروفة</translation>
    </message>
    <message>
      <source>Match</source>
      <translation>التطابق</translation>
    </message>
    <message>
      <source>&amp;Load Profile…</source>
      <translation>&amp;تحميل ملف مطابقة…</translation>
    </message>
    <message>
      <source>&amp;Save Profile…</source>
      <translation>&amp;حفظ ملف المطابقة…</translation>
    </message>
    <message>
      <source>Check &amp;Values</source>
      <translation>تدقيق ال&amp;قيم</translation>
    </message>
    <message>
      <source>&amp;Dry Run</source>
      <translation>تشغيل &amp;تجريبي</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;استيراد</translation>
    </message>
    <message>
      <source>&amp;Back to Mapping</source>
      <translation>ال&amp;عودة إلى المطابقة</translation>
    </message>
    <message>
      <source>Save &amp;Report…</source>
      <translation>حفظ ال&amp;تقرير…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Choose a registration file</source>
      <translation>اختر ملف تسجيلات</translation>
    </message>
    <message>
      <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>قوائم التسجيل (*.csv *.xlsx *.txt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
      <source>%n rows; encoding %1, separator “%2”</source>
      <translation>
        <numerusform>لا صفوف؛ الترميز %1، الفاصل «%2»</numerusform>
        <numerusform>صف واحد؛ الترميز %1، الفاصل «%2»</numerusform>
        <numerusform>صفان؛ الترميز %1، الفاصل «%2»</numerusform>
        <numerusform>%Ln صفوف؛ الترميز %1، الفاصل «%2»</numerusform>
        <numerusform>%Ln صفًا؛ الترميز %1، الفاصل «%2»</numerusform>
        <numerusform>%Ln صف؛ الترميز %1، الفاصل «%2»</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows in sheet “%1”</source>
      <translation>
        <numerusform>لا صفوف في الورقة «%1»</numerusform>
        <numerusform>صف واحد في الورقة «%1»</numerusform>
        <numerusform>صفان في الورقة «%1»</numerusform>
        <numerusform>%Ln صفوف في الورقة «%1»</numerusform>
        <numerusform>%Ln صفًا في الورقة «%1»</numerusform>
        <numerusform>%Ln صف في الورقة «%1»</numerusform>
      </translation>
    </message>
    <message>
      <source>Field for column %1</source>
      <translation>حقل العمود %1</translation>
    </message>
    <message>
      <source>Load mapping profile</source>
      <translation>تحميل ملف مطابقة</translation>
    </message>
    <message>
      <source>Mapping profiles (*.json)</source>
      <translation>ملفات المطابقة (*.json)</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1٪</translation>
    </message>
    <message>
      <source>(leave unknown)</source>
      <translation>(تُترك غير معروفة)</translation>
    </message>
    <message>
      <source>Known value for %1</source>
      <translation>القيمة المعروفة لـ %1</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>تأكيد</translation>
    </message>
    <message>
      <source>Confirm %1</source>
      <translation>تأكيد %1</translation>
    </message>
    <message>
      <source>These values are not known. Check the proposed value, change it if needed, and confirm it; confirmed values are used for this import and kept when you save the profile.</source>
      <translation>هذه القيم غير معروفة. راجع القيمة المقترحة وغيّرها إن لزم ثم أكّدها؛ تُستخدم القيم المؤكدة في هذا الاستيراد وتُحفظ عند حفظ ملف التعيين.</translation>
    </message>
    <message>
      <source>Every value in the coded columns is known.</source>
      <translation>كل قيم الأعمدة المرمّزة معروفة.</translation>
    </message>
    <message>
      <source>Save mapping profile</source>
      <translation>حفظ ملف المطابقة</translation>
    </message>
    <message>
      <source>Checking registrations</source>
      <translation>جارٍ فحص التسجيلات</translation>
    </message>
    <message>
      <source>Importing registrations</source>
      <translation>جارٍ استيراد التسجيلات</translation>
    </message>
    <message>
      <source>Import registrations from %1</source>
      <translation>استيراد التسجيلات من %1</translation>
    </message>
    <message>
      <source>Imported %1, merged %2, unchanged %3, rejected %4, blank %5.</source>
      <translation>مستورد %1، مدمج %2، دون تغيير %3، مرفوض %4، فارغ %5.</translation>
    </message>
    <message>
      <source>Dry run, nothing was saved.</source>
      <translation>تشغيل تجريبي، لم يُحفظ شيء.</translation>
    </message>
    <message>
      <source>Save import report</source>
      <translation>حفظ تقرير الاستيراد</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>InterchangeLabels</name>
    <message>
      <source>(not imported)</source>
      <translation>(لا يُستورد)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الأول</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>اسم العائلة</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>الجهة</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>المسمى الوظيفي</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>اللقب</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>الأجزاء</translation>
    </message>
    <message>
      <source>Interests (list of choices)</source>
      <translation>الاهتمامات (قائمة خيارات)</translation>
    </message>
    <message>
      <source>Consent to be listed</source>
      <translation>الموافقة على الإدراج في القائمة</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Interest: open discussion</source>
      <translation>الاهتمام: النقاش المفتوح</translation>
    </message>
    <message>
      <source>Interest: rapporteur</source>
      <translation>الاهتمام: مقرر</translation>
    </message>
    <message>
      <source>Interest: plenary speaker</source>
      <translation>الاهتمام: متحدث في الجلسة العامة</translation>
    </message>
    <message>
      <source>Interest: roundtable %1 speaker</source>
      <translation>الاهتمام: متحدث في المائدة المستديرة %1</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>مستورد</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>مدمج</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>متجاوز</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>أنثى</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>ذكر</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>آخر</translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>«%1»</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Kept the recorded %1, %2 (the file says %3).</source>
      <translation>أُبقي على القيمة المسجَّلة في حقل %1: %2 (وفي الملف %3).</translation>
    </message>
    <message>
      <source>Language %1 not recognised; %2 kept.</source>
      <translation>لم يُتعرّف على اللغة %1؛ أُبقي على %2.</translation>
    </message>
    <message>
      <source>Gender %1 not recognised; left empty.</source>
      <translation>لم يُتعرّف على الجنس %1؛ تُرك فارغًا.</translation>
    </message>
    <message>
      <source>Answer %1 in column %2 not understood; no interest taken.</source>
      <translation>لم تُفهم الإجابة %1 في العمود %2؛ لم يُسجَّل أي اهتمام.</translation>
    </message>
    <message>
      <source>Speaking role %1 not understood.</source>
      <translation>لم يُفهم دور التحدث %1.</translation>
    </message>
    <message>
      <source>The conference has no roundtable %1; no interest taken.</source>
      <translation>ليس في المؤتمر مائدة مستديرة رقم %1؛ لم يُسجَّل أي اهتمام.</translation>
    </message>
    <message>
      <source>Registration date %1 not understood; the import time was used.</source>
      <translation>لم يُفهم تاريخ التسجيل %1؛ استُخدم وقت الاستيراد.</translation>
    </message>
    <message>
      <source>Filled in: %1.</source>
      <translation>أُكملت الحقول: %1.</translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>Registration added.</source>
      <translation>أُضيف تسجيل.</translation>
    </message>
    <message>
      <source>Interest added: %1.</source>
      <translation>أُضيف اهتمام: %1.</translation>
    </message>
    <message>
      <source>No e-mail address.</source>
      <translation>لا يوجد عنوان بريد إلكتروني.</translation>
    </message>
    <message>
      <source>%1 is not a valid e-mail address.</source>
      <translation>%1 ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
      <source>No name.</source>
      <translation>لا يوجد اسم.</translation>
    </message>
    <message>
      <source>The country %1 is not known.</source>
      <translation>البلد %1 غير معروف.</translation>
    </message>
    <message>
      <source>The stakeholder group %1 is not known.</source>
      <translation>فئة أصحاب المصلحة %1 غير معروفة.</translation>
    </message>
    <message>
      <source>%1 is not a part of this conference.</source>
      <translation>%1 ليس جزءًا من هذا المؤتمر.</translation>
    </message>
    <message>
      <source>Too long: %1.</source>
      <translation>طويل جدًا: %1.</translation>
    </message>
    <message>
      <source>%1 holds characters that cannot be saved (control characters or broken text).</source>
      <translation>يحتوي %1 على محارف لا يمكن حفظها (محارف تحكّم أو نص تالف).</translation>
    </message>
    <message>
      <source>The same e-mail address is on row %1.</source>
      <translation>عنوان البريد الإلكتروني نفسه في الصف %1.</translation>
    </message>
    <message>
      <source>Blank row.</source>
      <translation>صف فارغ.</translation>
    </message>
    <message>
      <source>Some values differ from those recorded; the recorded ones were kept.</source>
      <translation>بعض القيم تختلف عن المسجلة؛ أُبقي على المسجلة.</translation>
    </message>
  </context>
  <context>
    <name>InvitePreview</name>
    <message>
      <source>Text of the e-mail</source>
      <translation>نص الرسالة</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>ال&amp;شخص:</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>من:</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>إلى:</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>الموضوع:</translation>
    </message>
    <message>
      <source>Nothing to send: this person has no session to be invited to.</source>
      <translation>لا شيء للإرسال: ليس لهذا الشخص جلسة يُدعى إليها.</translation>
    </message>
    <message>
      <source>This person has no e-mail address: the invitation cannot be sent.</source>
      <translation>ليس لهذا الشخص عنوان بريد إلكتروني: لا يمكن إرسال الدعوة.</translation>
    </message>
  </context>
  <context>
    <name>LineupCommands</name>
    <message>
      <source>Add %1 to the lineup</source>
      <translation>إضافة %1 إلى قائمة المتحدثين</translation>
    </message>
    <message>
      <source>%1: %2 → %3</source>
      <translation>%1: %2 ← %3</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 د</translation>
    </message>
    <message>
      <source>Reorder the lineup</source>
      <translation>إعادة ترتيب المتحدثين</translation>
    </message>
    <message>
      <source>Remove %1 from the lineup</source>
      <translation>إزالة %1 من قائمة المتحدثين</translation>
    </message>
  </context>
  <context>
    <name>LineupModel</name>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>LineupsPage</name>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>Lineup</source>
      <translation>قائمة المتحدثين</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>وقت الكلام</translation>
    </message>
    <message>
      <source>Type a name to add…</source>
      <translation>اكتب اسمًا لإضافته…</translation>
    </message>
    <message>
      <source>Person to add</source>
      <translation>الشخص المراد إضافته</translation>
    </message>
    <message>
      <source>Role of the person to add</source>
      <translation>دور الشخص المراد إضافته</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>إ&amp;ضافة</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source> min</source>
      <translation> د</translation>
    </message>
    <message>
      <source>Speaking minutes</source>
      <translation>دقائق الكلام</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>إ&amp;زالة</translation>
    </message>
    <message>
      <source>&amp;Session</source>
      <translation>ال&amp;جلسة</translation>
    </message>
    <message>
      <source>Ro&amp;le</source>
      <translation>ال&amp;دور</translation>
    </message>
    <message>
      <source>Speaking &amp;minutes</source>
      <translation>&amp;دقائق الكلام</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>ال&amp;حالة</translation>
    </message>
    <message numerus="yes">
      <source>Speaking time: %1 of %n minutes</source>
      <translation>
        <numerusform>وقت الكلام: %1 من %Ln دقيقة</numerusform>
        <numerusform>وقت الكلام: %1 من دقيقة واحدة</numerusform>
        <numerusform>وقت الكلام: %1 من دقيقتين</numerusform>
        <numerusform>وقت الكلام: %1 من %Ln دقائق</numerusform>
        <numerusform>وقت الكلام: %1 من %Ln دقيقة</numerusform>
        <numerusform>وقت الكلام: %1 من %Ln دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a person from the list of suggestions.</source>
      <translation>اختر شخصًا من قائمة الاقتراحات.</translation>
    </message>
    <message>
      <source>Remove from lineup</source>
      <translation>إزالة من قائمة المتحدثين</translation>
    </message>
    <message>
      <source>Remove %1 from this session's lineup?</source>
      <translation>هل تريد إزالة %1 من قائمة المتحدثين في هذه الجلسة؟</translation>
    </message>
  </context>
  <context>
    <name>LocalTextEdit</name>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Undo</source>
      <extracomment>Screens built with the window; the others are built when first shown. When the Problems screen is built after the first file opened at start-up. The first frame is on screen (once, after every widget of that frame painted). A conference is open and the agenda shows it.</extracomment>
      <translation>&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إ&amp;عادة</translation>
    </message>
    <message>
      <source>Screens</source>
      <translation>الشاشات</translation>
    </message>
    <message>
      <source>Opening %1</source>
      <translation>جارٍ فتح %1</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;جدول الأعمال</translation>
    </message>
    <message>
      <source>&amp;People</source>
      <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
      <source>&amp;Registrations</source>
      <translation>الت&amp;سجيلات</translation>
    </message>
    <message>
      <source>&amp;Lineups</source>
      <translation>&amp;قوائم المتحدثين</translation>
    </message>
    <message>
      <source>Pro&amp;blems</source>
      <translation>الم&amp;شكلات</translation>
    </message>
    <message>
      <source>&amp;Deadlines</source>
      <translation>الم&amp;واعيد النهائية</translation>
    </message>
    <message>
      <source>E&amp;xports</source>
      <translation>الت&amp;صدير</translation>
    </message>
    <message>
      <source>&amp;New Conference…</source>
      <translation>مؤتمر &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;فتح…</translation>
    </message>
    <message>
      <source>Connect to a Team &amp;Database…</source>
      <translation>الاتصال بقاعدة &amp;بيانات الفريق…</translation>
    </message>
    <message>
      <source>Save a &amp;Copy…</source>
      <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
      <source>Restore a &amp;Backup…</source>
      <translation>استعادة &amp;نسخة احتياطية…</translation>
    </message>
    <message>
      <source>New from an &amp;Earlier Conference…</source>
      <translation>مؤتمر جديد من مؤتمر &amp;سابق…</translation>
    </message>
    <message>
      <source>Conference &amp;Settings…</source>
      <translation>إعدادات ال&amp;مؤتمر…</translation>
    </message>
    <message>
      <source>&amp;Parts…</source>
      <translation>ال&amp;أجزاء…</translation>
    </message>
    <message>
      <source>R&amp;ules…</source>
      <translation>ال&amp;قواعد…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;About ConfDesk</source>
      <translation>&amp;حول ConfDesk</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>الملفات الأ&amp;خيرة</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>Undo &amp;History</source>
      <translation>سجل ال&amp;تراجع</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>الل&amp;غة</translation>
    </message>
    <message>
      <source>Interface</source>
      <translation>الواجهة</translation>
    </message>
    <message>
      <source>Conference content</source>
      <translation>محتوى المؤتمر</translation>
    </message>
    <message>
      <source>Content in %1</source>
      <translation>المحتوى باللغة: %1</translation>
    </message>
    <message>
      <source>Digits in Arabic</source>
      <translation>الأرقام في الواجهة العربية</translation>
    </message>
    <message>
      <source>&amp;Western digits (0123)</source>
      <translation>أرقام &amp;غربية (0123)</translation>
    </message>
    <message>
      <source>&amp;Arabic-Indic digits (٠١٢٣)</source>
      <translation>أرقام &amp;هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>Main Toolbar</source>
      <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
      <source>Every change is written to the conference file as it is made.</source>
      <translation>يُكتب كل تغيير في ملف المؤتمر فور إجرائه.</translation>
    </message>
    <message>
      <source>Read-only: changes cannot be saved</source>
      <translation>للقراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
      <source>The file, its folder or its disk cannot be written: it can be viewed and exported only.</source>
      <translation>لا تمكن الكتابة في الملف أو مجلده أو قرصه: يمكن عرضه وتصديره فقط.</translation>
    </message>
    <message>
      <source>Your account on this team database may read it but not change it (a viewer).</source>
      <translation>يسمح حسابك على قاعدة بيانات الفريق هذه بقراءتها لا بتغييرها (مُطّلِع).</translation>
    </message>
    <message>
      <source>%1 — read-only — ConfDesk</source>
      <translation>%1 — للقراءة فقط — ConfDesk</translation>
    </message>
    <message>
      <source>Times in %1</source>
      <translation>الأوقات بتوقيت %1</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>حُفظ: %1</translation>
    </message>
    <message>
      <source>ConfDesk conference (*%1)</source>
      <translation>مؤتمر ConfDesk (*%1)</translation>
    </message>
    <message>
      <source>Open Conference</source>
      <translation>فتح مؤتمر</translation>
    </message>
    <message>
      <source>Opened %1</source>
      <translation>فُتح %1</translation>
    </message>
    <message>
      <source>New Conference</source>
      <translation>مؤتمر جديد</translation>
    </message>
    <message>
      <source>Rules saved; the checks were run again.</source>
      <translation>حُفظت القواعد وأُعيد التحقق.</translation>
    </message>
    <message>
      <source>Save a Copy</source>
      <translation>حفظ نسخة</translation>
    </message>
    <message>
      <source>A copy was saved as %1</source>
      <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
      <source>Saving a copy</source>
      <translation>جارٍ حفظ نسخة</translation>
    </message>
    <message>
      <source>The backup was restored; the undo history was cleared.</source>
      <translation>استُعيدت النسخة الاحتياطية، ومُسح سجل التراجع.</translation>
    </message>
    <message>
      <source>Restoring a backup</source>
      <translation>جارٍ استعادة نسخة احتياطية</translation>
    </message>
    <message>
      <source>About ConfDesk</source>
      <translation>حول ConfDesk</translation>
    </message>
    <message>
      <source>&lt;h3&gt;ConfDesk&lt;/h3&gt;&lt;p&gt;Plan a multilingual, multi-stakeholder virtual conference: agenda, people, lineups, calendars and printed programmes in Arabic, English and French.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;ConfDesk&lt;/h3&gt;&lt;p&gt;خطّط لمؤتمر افتراضي متعدد اللغات وأصحاب المصلحة: جدول الأعمال والأشخاص وقوائم المتحدثين والتقويمات والبرامج المطبوعة بالعربية والإنجليزية والفرنسية.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>NewConferenceDialog</name>
    <message>
      <source>New Conference</source>
      <extracomment>The preset the themes start from (``confdesk.presets.THEME_PRESETS``), or "" for none.</extracomment>
      <translation>مؤتمر جديد</translation>
    </message>
    <message>
      <source>Conference name</source>
      <translation>اسم المؤتمر</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>الجزء</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>اليوم الأخير</translation>
    </message>
    <message>
      <source>&amp;Add Part</source>
      <translation>إ&amp;ضافة جزء</translation>
    </message>
    <message>
      <source>&amp;Remove Part</source>
      <translation>&amp;حذف الجزء</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>المؤتمر</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>الا&amp;سم</translation>
    </message>
    <message>
      <source>&amp;Time zone</source>
      <translation>المن&amp;طقة الزمنية</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>ال&amp;لغات</translation>
    </message>
    <message>
      <source>&amp;Parts</source>
      <translation>الأ&amp;جزاء</translation>
    </message>
    <message>
      <source>None yet (make a list later)</source>
      <translation>لا شيء الآن (تُعدّ القائمة لاحقًا)</translation>
    </message>
    <message>
      <source>GCM objectives (1–23)</source>
      <translation>أهداف الاتفاق العالمي للهجرة (1–23)</translation>
    </message>
    <message>
      <source>Sustainable Development Goals (1–17)</source>
      <translation>أهداف التنمية المستدامة (1–17)</translation>
    </message>
    <message>
      <source>T&amp;hemes</source>
      <translation>ال&amp;محاور</translation>
    </message>
    <message>
      <source>A conference needs a name.</source>
      <translation>يحتاج المؤتمر إلى اسم.</translation>
    </message>
    <message>
      <source>Choose at least one language.</source>
      <translation>اختر لغة واحدة على الأقل.</translation>
    </message>
    <message>
      <source>Each part needs a name.</source>
      <translation>يحتاج كل جزء إلى اسم.</translation>
    </message>
    <message>
      <source>The last day of “%1” comes before its first.</source>
      <translation>اليوم الأخير من «%1» يسبق يومه الأول.</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Logistics texts</source>
      <translation>النصوص اللوجستية</translation>
    </message>
    <message>
      <source>How to join</source>
      <translation>طريقة الانضمام</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>الترجمة الفورية</translation>
    </message>
    <message>
      <source>Speaking rules</source>
      <translation>قواعد أخذ الكلمة</translation>
    </message>
    <message>
      <source>Rehearsal</source>
      <translation>التمرين التقني</translation>
    </message>
    <message>
      <source>Data protection</source>
      <translation>حماية البيانات</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Edit logistics texts</source>
      <extracomment>(block, language) -&gt; its editor</extracomment>
      <translation>تحرير النصوص اللوجستية</translation>
    </message>
  </context>
  <context>
    <name>OrganisersEdit</name>
    <message>
      <source>Arabic</source>
      <extracomment>``save(data, remove_from_sessions)``: the second says to take themes the new list leaves out off the sessions that refer to them (asked when the service refuses with ThemesInUse). The organisers table's column holding each logo. A logo file that was refused: the sentence to show (the dialog shows it under the form).</extracomment>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنكليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>الشعار</translation>
    </message>
    <message>
      <source>Add organiser</source>
      <translation>إضافة جهة منظِّمة</translation>
    </message>
    <message>
      <source>Remove organiser</source>
      <translation>حذف الجهة المنظِّمة</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>اختيار الشعار…</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>إزالة الشعار</translation>
    </message>
    <message>
      <source>Logo (%1 KB)</source>
      <translation>الشعار (%1 ك.ب)</translation>
    </message>
    <message>
      <source>none</source>
      <translation>بلا شعار</translation>
    </message>
    <message>
      <source>Choose an organiser's row first, then its logo.</source>
      <translation>اختر صف الجهة المنظِّمة أولًا، ثم شعارها.</translation>
    </message>
    <message>
      <source>Logo of the organiser</source>
      <translation>شعار الجهة المنظِّمة</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>PartEditor</name>
    <message>
      <source>Part</source>
      <translation>الجزء</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>ال&amp;اسم</translation>
    </message>
    <message>
      <source>&amp;First day</source>
      <translation>اليوم ال&amp;أول</translation>
    </message>
    <message>
      <source>&amp;Last day</source>
      <translation>اليوم ال&amp;أخير</translation>
    </message>
  </context>
  <context>
    <name>PartsDialog</name>
    <message>
      <source>Parts</source>
      <translation>أجزاء المؤتمر</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنكليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>اليوم الأخير</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>&amp;Add Part…</source>
      <translation>إ&amp;ضافة جزء…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;تعديل…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;حذف…</translation>
    </message>
    <message>
      <source>Add part %1</source>
      <translation>إضافة الجزء %1</translation>
    </message>
    <message>
      <source>Edit part %1</source>
      <translation>تعديل الجزء %1</translation>
    </message>
    <message numerus="yes">
      <source>Sessions moved with the part: %n. Shift in days: %1.</source>
      <translation>
        <numerusform>لم تُنقل أي جلسة مع الجزء. الإزاحة بالأيام: %1.</numerusform>
        <numerusform>نُقلت جلسة واحدة مع الجزء. الإزاحة بالأيام: %1.</numerusform>
        <numerusform>نُقلت جلستان مع الجزء. الإزاحة بالأيام: %1.</numerusform>
        <numerusform>نُقلت %n جلسات مع الجزء. الإزاحة بالأيام: %1.</numerusform>
        <numerusform>نُقلت %n جلسة مع الجزء. الإزاحة بالأيام: %1.</numerusform>
        <numerusform>نُقلت %n جلسة مع الجزء. الإزاحة بالأيام: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sessions outside the part's new dates: %n. Move them with the part, at the same local times? Shift in days: %1.</source>
      <translation>
        <numerusform>لا جلسات خارج التواريخ الجديدة للجزء.</numerusform>
        <numerusform>ستقع جلسة واحدة خارج التواريخ الجديدة للجزء. هل تُنقل معه بالتوقيت المحلي نفسه؟ الإزاحة بالأيام: %1.</numerusform>
        <numerusform>ستقع جلستان خارج التواريخ الجديدة للجزء. هل تُنقلان معه بالتوقيت المحلي نفسه؟ الإزاحة بالأيام: %1.</numerusform>
        <numerusform>ستقع %n جلسات خارج التواريخ الجديدة للجزء. هل تُنقل معه بالتوقيت المحلي نفسه؟ الإزاحة بالأيام: %1.</numerusform>
        <numerusform>ستقع %n جلسة خارج التواريخ الجديدة للجزء. هل تُنقل معه بالتوقيت المحلي نفسه؟ الإزاحة بالأيام: %1.</numerusform>
        <numerusform>ستقع %n جلسة خارج التواريخ الجديدة للجزء. هل تُنقل معه بالتوقيت المحلي نفسه؟ الإزاحة بالأيام: %1.</numerusform>
      </translation>
    </message>
    <message>
      <source>Move sessions</source>
      <translation>نقل الجلسات</translation>
    </message>
    <message numerus="yes">
      <source>Delete “%1” with its sessions and their lineups? Sessions in it: %n.</source>
      <translation>
        <numerusform>حذف «%1»؟ لا جلسات فيه.</numerusform>
        <numerusform>حذف «%1» مع جلسته الوحيدة وقائمة المتحدثين فيها؟</numerusform>
        <numerusform>حذف «%1» مع جلستيه وقوائم المتحدثين فيهما؟</numerusform>
        <numerusform>حذف «%1» مع جلساته الـ%n وقوائم المتحدثين فيها؟</numerusform>
        <numerusform>حذف «%1» مع جلساته الـ%n وقوائم المتحدثين فيها؟</numerusform>
        <numerusform>حذف «%1» مع جلساته الـ%n وقوائم المتحدثين فيها؟</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete part</source>
      <translation>حذف الجزء</translation>
    </message>
    <message>
      <source>Delete part %1</source>
      <translation>حذف الجزء %1</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>الجزء</translation>
    </message>
  </context>
  <context>
    <name>PeopleCommands</name>
    <message>
      <source>Add person %1</source>
      <translation>إضافة الشخص %1</translation>
    </message>
    <message>
      <source>Edit person %1</source>
      <translation>تعديل الشخص %1</translation>
    </message>
    <message>
      <source>Delete person %1</source>
      <translation>حذف الشخص %1</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>الاهتمامات</translation>
    </message>
    <message>
      <source>In lineups</source>
      <translation>في الجلسات</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <source>&amp;New person…</source>
      <translation>شخص &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;تعديل…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;حذف</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n people</source>
      <translation>
        <numerusform>%1 من %Ln شخص</numerusform>
        <numerusform>%1 من شخص واحد</numerusform>
        <numerusform>%1 من شخصين</numerusform>
        <numerusform>%1 من %Ln أشخاص</numerusform>
        <numerusform>%1 من %Ln شخصًا</numerusform>
        <numerusform>%1 من %Ln شخص</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete person</source>
      <translation>حذف الشخص</translation>
    </message>
    <message>
      <source>Delete %1 with their registrations and lineup places?</source>
      <translation>هل تريد حذف %1 مع تسجيلاته وأدواره في الجلسات؟</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>New person</source>
      <translation>شخص جديد</translation>
    </message>
    <message>
      <source>Edit person</source>
      <translation>تعديل شخص</translation>
    </message>
    <message>
      <source>Honorific</source>
      <translation>اللقب</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation>المسمى الوظيفي</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(لا شيء)</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>أنثى</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>ذكر</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>آخر</translation>
    </message>
    <message>
      <source>May appear in the participant list</source>
      <translation>يوافق على الظهور في قائمة المشاركين</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>الا&amp;سم</translation>
    </message>
    <message>
      <source>Name in &amp;Arabic</source>
      <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
      <source>&amp;Honorific</source>
      <translation>الل&amp;قب</translation>
    </message>
    <message>
      <source>&amp;Job title</source>
      <translation>المسمى ال&amp;وظيفي</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>ال&amp;منظمة</translation>
    </message>
    <message>
      <source>Stakeholder &amp;group</source>
      <translation>&amp;فئة أصحاب المصلحة</translation>
    </message>
    <message>
      <source>&amp;Country</source>
      <translation>ال&amp;بلد</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <source>Gen&amp;der</source>
      <translation>ال&amp;جنس</translation>
    </message>
    <message>
      <source>No&amp;tes</source>
      <translation>&amp;ملاحظات</translation>
    </message>
  </context>
  <context>
    <name>ProblemCommands</name>
    <message>
      <source>Accept problem: %1</source>
      <extracomment>How much of a problem's sentence names it in the undo history.</extracomment>
      <translation>قبول المشكلة: %1</translation>
    </message>
    <message>
      <source>Reopen problem: %1</source>
      <translation>إعادة فتح المشكلة: %1</translation>
    </message>
  </context>
  <context>
    <name>ProblemFilterBar</name>
    <message>
      <source>Search problems, names, sessions (Ctrl+F)</source>
      <translation>ابحثوا في المشكلات والأسماء والجلسات (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search problems</source>
      <translation>البحث في المشكلات</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>الشخص</translation>
    </message>
    <message>
      <source>Kind of problem</source>
      <translation>نوع المشكلة</translation>
    </message>
    <message>
      <source>&amp;Clear filters</source>
      <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
      <source>All days</source>
      <translation>كل الأيام</translation>
    </message>
    <message>
      <source>All sessions</source>
      <translation>كل الجلسات</translation>
    </message>
    <message>
      <source>All people</source>
      <translation>كل الأشخاص</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>كل الأنواع</translation>
    </message>
  </context>
  <context>
    <name>ProblemTreeModel</name>
    <message>
      <source>Accepted</source>
      <extracomment>A group's id ("error", "error/missing_role", "accepted"); None on a problem. The problem's key; None on a group. Room beside an item's text: its icon, the icon's and the text's margins, the item padding. The problems under a group. (column width, indentation) of the view, for the height of word-wrapped sentences.</extracomment>
      <translation>المقبولة</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>المشكلة</translation>
    </message>
  </context>
  <context>
    <name>ProblemWords</name>
    <message>
      <source>Error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>الأخطاء</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>التحذيرات</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <source>Double booking</source>
      <translation>حجز مزدوج</translation>
    </message>
    <message>
      <source>Outside the days of its part</source>
      <translation>خارج أيام الجزء الذي تنتمي إليه</translation>
    </message>
    <message>
      <source>Meeting link used twice</source>
      <translation>رابط اجتماع مستخدم مرتين</translation>
    </message>
    <message>
      <source>Speaking time over the session's length</source>
      <translation>وقت التحدث يتجاوز مدة الجلسة</translation>
    </message>
    <message>
      <source>Missing role</source>
      <translation>دور ناقص</translation>
    </message>
    <message>
      <source>Speakers from the same organisation</source>
      <translation>متحدثون من الجهة نفسها</translation>
    </message>
    <message>
      <source>Gender balance</source>
      <translation>التوازن بين الجنسين</translation>
    </message>
    <message>
      <source>Too few stakeholder groups</source>
      <translation>فئات قليلة من أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Too few countries</source>
      <translation>بلدان قليلة</translation>
    </message>
    <message>
      <source>Not registered for the part</source>
      <translation>غير مسجّل في الجزء</translation>
    </message>
    <message>
      <source>Late interest</source>
      <translation>اهتمام متأخر</translation>
    </message>
    <message>
      <source>No e-mail address</source>
      <translation>لا يوجد عنوان بريد إلكتروني</translation>
    </message>
    <message>
      <source>Invitation not confirmed</source>
      <translation>دعوة غير مؤكدة</translation>
    </message>
    <message>
      <source>Declined but still timed</source>
      <translation>اعتذر ولا يزال له وقت للتحدث</translation>
    </message>
    <message>
      <source>Accepted by {name} on {day}</source>
      <translation>قبلها {name} في {day}</translation>
    </message>
    <message>
      <source>Accepted on {day}</source>
      <translation>قُبلت في {day}</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <source>{accepted}: {note}</source>
      <translation>{accepted}: {note}</translation>
    </message>
    <message>
      <source>There is no single place to fix this.</source>
      <translation>لا يوجد مكان واحد لإصلاح هذه المشكلة.</translation>
    </message>
    <message>
      <source>Fix opens the lineup of “{session}” with {role} chosen, ready to add someone.</source>
      <translation>يفتح «إصلاح» قائمة المشاركين في «{session}» مع اختيار دور {role}، جاهزةً لإضافة شخص.</translation>
    </message>
    <message>
      <source>Fix opens the lineup of “{session}” with this person selected.</source>
      <translation>يفتح «إصلاح» قائمة المشاركين في «{session}» مع تحديد هذا الشخص.</translation>
    </message>
    <message>
      <source>Fix opens the lineup of “{session}”.</source>
      <translation>يفتح «إصلاح» قائمة المشاركين في «{session}».</translation>
    </message>
    <message>
      <source>Fix shows “{first}” and “{second}” selected in the agenda, on their day.</source>
      <translation>يعرض «إصلاح» «{first}» و«{second}» محدّدتين في جدول الأعمال، في يومهما.</translation>
    </message>
    <message>
      <source>Fix shows “{session}” in the agenda.</source>
      <translation>يعرض «إصلاح» «{session}» في جدول الأعمال.</translation>
    </message>
    <message>
      <source>Fix opens the registration of {person} with this interest selected.</source>
      <translation>يفتح «إصلاح» تسجيل {person} مع تحديد هذا الاهتمام.</translation>
    </message>
    <message>
      <source>Fix opens the registration of {person}.</source>
      <translation>يفتح «إصلاح» تسجيل {person}.</translation>
    </message>
    <message>
      <source>Fix opens {person} on the People screen.</source>
      <translation>يفتح «إصلاح» بيانات {person} في شاشة الأشخاص.</translation>
    </message>
    <message>
      <source>chair</source>
      <translation>رئيس الجلسة</translation>
    </message>
    <message>
      <source>moderator</source>
      <translation>مدير الجلسة</translation>
    </message>
    <message>
      <source>speaker</source>
      <translation>متحدث</translation>
    </message>
    <message>
      <source>panellist</source>
      <translation>عضو الفريق</translation>
    </message>
    <message>
      <source>keynote speaker</source>
      <translation>المتحدث الرئيسي</translation>
    </message>
    <message>
      <source>rapporteur</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>discussant</source>
      <translation>معقّب</translation>
    </message>
    <message>
      <source>floor intervention</source>
      <translation>مداخلة من القاعة</translation>
    </message>
    <message>
      <source>speaker at roundtable {number}</source>
      <translation>متحدث في المائدة المستديرة {number}</translation>
    </message>
    <message>
      <source>plenary speaker</source>
      <translation>متحدث في الجلسة العامة</translation>
    </message>
    <message>
      <source>open discussion</source>
      <translation>المناقشة المفتوحة</translation>
    </message>
    <message>
      <source>{person} is in “{first}” and “{second}” at the same time.</source>
      <translation>{person} مشارك في «{first}» و«{second}» في الوقت نفسه.</translation>
    </message>
    <message>
      <source>“{session}” is outside the days of its part ({start} to {end}).</source>
      <translation>«{session}» خارج أيام الجزء الذي تنتمي إليه (من {start} إلى {end}).</translation>
    </message>
    <message>
      <source>“{first}” and “{second}” overlap on the same meeting link.</source>
      <translation>«{first}» و«{second}» متداخلتان على رابط الاجتماع نفسه.</translation>
    </message>
    <message numerus="yes">
      <source>“{session}” gives %n speaking minutes but lasts {length} min.</source>
      <translation>
        <numerusform>«{session}» تمنح %Ln دقيقة للتحدث لكن مدتها {length} د.</numerusform>
        <numerusform>«{session}» تمنح دقيقة واحدة للتحدث لكن مدتها {length} د.</numerusform>
        <numerusform>«{session}» تمنح دقيقتين للتحدث لكن مدتها {length} د.</numerusform>
        <numerusform>«{session}» تمنح %Ln دقائق للتحدث لكن مدتها {length} د.</numerusform>
        <numerusform>«{session}» تمنح %Ln دقيقة للتحدث لكن مدتها {length} د.</numerusform>
        <numerusform>«{session}» تمنح %Ln دقيقة للتحدث لكن مدتها {length} د.</numerusform>
      </translation>
    </message>
    <message>
      <source> or </source>
      <translation> أو </translation>
    </message>
    <message>
      <source>“{session}” has no {roles}.</source>
      <translation>«{session}» بلا {roles}.</translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: %n speakers from the same organisation ({organisation}).</source>
      <translation>
        <numerusform>«{session}»: لا متحدثين من الجهة نفسها ({organisation}).</numerusform>
        <numerusform>«{session}»: متحدث واحد من الجهة نفسها ({organisation}).</numerusform>
        <numerusform>«{session}»: متحدثان من الجهة نفسها ({organisation}).</numerusform>
        <numerusform>«{session}»: %Ln متحدثين من الجهة نفسها ({organisation}).</numerusform>
        <numerusform>«{session}»: %Ln متحدثًا من الجهة نفسها ({organisation}).</numerusform>
        <numerusform>«{session}»: %Ln متحدث من الجهة نفسها ({organisation}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: {count} of %n speakers have the same gender.</source>
      <translation>
        <numerusform>«{session}»: {count} من أصل %Ln متحدث من الجنس نفسه.</numerusform>
        <numerusform>«{session}»: {count} من أصل متحدث واحد من الجنس نفسه.</numerusform>
        <numerusform>«{session}»: {count} من أصل متحدثَين من الجنس نفسه.</numerusform>
        <numerusform>«{session}»: {count} من أصل %Ln متحدثين من الجنس نفسه.</numerusform>
        <numerusform>«{session}»: {count} من أصل %Ln متحدثًا من الجنس نفسه.</numerusform>
        <numerusform>«{session}»: {count} من أصل %Ln متحدث من الجنس نفسه.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: speakers from only %n stakeholder groups, at least {needed} expected.</source>
      <translation>
        <numerusform>«{session}»: لا متحدثين من أي فئة من أصحاب المصلحة، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من فئة واحدة فقط من أصحاب المصلحة، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من فئتين فقط من أصحاب المصلحة، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من %Ln فئات فقط من أصحاب المصلحة، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من %Ln فئة فقط من أصحاب المصلحة، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من %Ln فئة فقط من أصحاب المصلحة، والمطلوب {needed} على الأقل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“{session}”: speakers from only %n countries, at least {needed} expected.</source>
      <translation>
        <numerusform>«{session}»: لا متحدثين من أي بلد، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من بلد واحد فقط، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من بلدين فقط، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من %Ln بلدان فقط، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من %Ln بلدًا فقط، والمطلوب {needed} على الأقل.</numerusform>
        <numerusform>«{session}»: المتحدثون من %Ln بلد فقط، والمطلوب {needed} على الأقل.</numerusform>
      </translation>
    </message>
    <message>
      <source>{person} is in “{session}” but did not register for its part.</source>
      <translation>{person} مشارك في «{session}» لكنه لم يسجّل في الجزء الخاص بها.</translation>
    </message>
    <message>
      <source>{person} expressed interest ({interest}) after the deadline.</source>
      <translation>أبدى {person} اهتمامه ({interest}) بعد انقضاء الموعد النهائي.</translation>
    </message>
    <message>
      <source>{person} is invited but has no e-mail address.</source>
      <translation>{person} مدعو لكن ليس لديه عنوان بريد إلكتروني.</translation>
    </message>
    <message>
      <source>{person} has not confirmed “{session}”.</source>
      <translation>لم يؤكد {person} مشاركته في «{session}».</translation>
    </message>
    <message numerus="yes">
      <source>{person} declined or withdrew from “{session}” but still holds %n speaking minutes.</source>
      <translation>
        <numerusform>اعتذر {person} عن «{session}» أو انسحب منها لكنه لا يزال يشغل %Ln دقيقة للتحدث.</numerusform>
        <numerusform>اعتذر {person} عن «{session}» أو انسحب منها لكنه لا يزال يشغل دقيقة واحدة للتحدث.</numerusform>
        <numerusform>اعتذر {person} عن «{session}» أو انسحب منها لكنه لا يزال يشغل دقيقتين للتحدث.</numerusform>
        <numerusform>اعتذر {person} عن «{session}» أو انسحب منها لكنه لا يزال يشغل %Ln دقائق للتحدث.</numerusform>
        <numerusform>اعتذر {person} عن «{session}» أو انسحب منها لكنه لا يزال يشغل %Ln دقيقة للتحدث.</numerusform>
        <numerusform>اعتذر {person} عن «{session}» أو انسحب منها لكنه لا يزال يشغل %Ln دقيقة للتحدث.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <source>Severity</source>
      <extracomment>Set when the problem was accepted with a note. The days of its sessions (in the display zone), for the day filter. What the search box matches: the sentence, both scripts of the names, every title. Position in the screen's order (severity, kind, time of the first session, sentence).</extracomment>
      <translation>الخطورة</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>المشكلة</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPage</name>
    <message>
      <source>Problems</source>
      <extracomment>Fix: the agenda on this session. Fix: the agenda on the day of these sessions, all selected (a clash in time). Fix: the lineup of a session, with a role chosen ("" for none) and an assignment selected (0 for none). Fix: the registration of a person (the first id), with an interest selected (the second, 0 for none). Fix: the person. The number of problems not accepted, after each refresh (for the window's badge). Emitted on the GUI thread each time the list has been reloaded.</extracomment>
      <translation>المشكلات</translation>
    </message>
    <message>
      <source>F&amp;ix</source>
      <translation>إ&amp;صلاح</translation>
    </message>
    <message>
      <source>Go where this problem is fixed (Enter or double-click)</source>
      <translation>الانتقال إلى حيث تُصلَح هذه المشكلة (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
      <source>&amp;Note (why it is fine as it is):</source>
      <translation>&amp;ملاحظة (لماذا يمكن قبولها كما هي):</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>e.g. the rapporteur is named on the day</source>
      <translation>مثلاً: يُسمّى المقرر في يوم الجلسة</translation>
    </message>
    <message>
      <source>&amp;Accept with this note</source>
      <translation>&amp;قبولها مع هذه الملاحظة</translation>
    </message>
    <message>
      <source>The problem stops counting; the note is kept in the conference file.</source>
      <translation>لا تُحتسب المشكلة بعد ذلك؛ وتُحفظ الملاحظة في ملف المؤتمر.</translation>
    </message>
    <message>
      <source>&amp;Reopen</source>
      <translation>إعادة &amp;فتحها</translation>
    </message>
    <message>
      <source>Count this problem again</source>
      <translation>احتساب هذه المشكلة من جديد</translation>
    </message>
    <message>
      <source>Problem counts</source>
      <translation>أعداد المشكلات</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>جارٍ الفحص…</translation>
    </message>
    <message>
      <source>The conference could not be checked; see the log for details.</source>
      <translation>تعذّر فحص المؤتمر؛ راجعوا السجل لمعرفة التفاصيل.</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
      <source>Errors: %1</source>
      <translation>الأخطاء: %1</translation>
    </message>
    <message>
      <source>Warnings: %1</source>
      <translation>التحذيرات: %1</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>الملاحظات: %1</translation>
    </message>
    <message>
      <source>Accepted: %1</source>
      <translation>المقبولة: %1</translation>
    </message>
    <message>
      <source>Shown: %1 of %2</source>
      <translation>المعروضة: %1 من %2</translation>
    </message>
    <message>
      <source>No problem selected</source>
      <translation>لم تُحدَّد أي مشكلة</translation>
    </message>
    <message>
      <source>Choose a problem to see where to fix it, or to accept it with a note.</source>
      <translation>اختاروا مشكلة لمعرفة أين تُصلَح، أو لقبولها مع ملاحظة.</translation>
    </message>
    <message>
      <source>Save the &amp;note</source>
      <translation>حفظ ال&amp;ملاحظة</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;فتح</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;حفظ</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>ا&amp;ختيار</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>ملفات من &amp;نوع:</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <extracomment>Each language named in itself, so a user lost in the wrong language still finds their own. The QSettings key choosing the digits of the Arabic interface, and its values. The conference's clock in every language, as the agenda shows it.</extracomment>
      <translation>حسنًا</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>RegistrationCommands</name>
    <message>
      <source>Register %1</source>
      <translation>تسجيل %1</translation>
    </message>
    <message>
      <source>Change the parts of %1</source>
      <translation>تغيير أجزاء تسجيل %1</translation>
    </message>
    <message>
      <source>Add an interest of %1</source>
      <translation>إضافة اهتمام لـ %1</translation>
    </message>
    <message>
      <source>Remove an interest of %1</source>
      <translation>إزالة اهتمام لـ %1</translation>
    </message>
    <message>
      <source>Delete the registration of %1</source>
      <translation>حذف تسجيل %1</translation>
    </message>
  </context>
  <context>
    <name>RegistrationsModel</name>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>الأجزاء</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>الاهتمامات</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>تاريخ التسجيل</translation>
    </message>
  </context>
  <context>
    <name>RegistrationsPage</name>
    <message>
      <source>Registrations</source>
      <translation>التسجيلات</translation>
    </message>
    <message>
      <source>Type a name to register…</source>
      <translation>اكتب اسمًا لتسجيله…</translation>
    </message>
    <message>
      <source>Person to register</source>
      <translation>الشخص المراد تسجيله</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>&amp;تسجيل</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>الأجزاء</translation>
    </message>
    <message>
      <source>&amp;Save parts</source>
      <translation>&amp;حفظ الأجزاء</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>الاهتمامات</translation>
    </message>
    <message>
      <source>Remo&amp;ve interest</source>
      <translation>إزالة الا&amp;هتمام</translation>
    </message>
    <message>
      <source>Interest</source>
      <translation>الاهتمام</translation>
    </message>
    <message>
      <source>Roundtable speaker</source>
      <translation>متحدث في مائدة مستديرة</translation>
    </message>
    <message>
      <source>Roundtable </source>
      <translation>المائدة المستديرة </translation>
    </message>
    <message>
      <source>Roundtable number</source>
      <translation>رقم المائدة المستديرة</translation>
    </message>
    <message>
      <source>Add &amp;interest</source>
      <translation>إضافة ا&amp;هتمام</translation>
    </message>
    <message>
      <source>&amp;Delete registration</source>
      <translation>&amp;حذف التسجيل</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n registrations</source>
      <translation>
        <numerusform>%1 من %Ln تسجيل</numerusform>
        <numerusform>%1 من تسجيل واحد</numerusform>
        <numerusform>%1 من تسجيلين</numerusform>
        <numerusform>%1 من %Ln تسجيلات</numerusform>
        <numerusform>%1 من %Ln تسجيلًا</numerusform>
        <numerusform>%1 من %Ln تسجيل</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a person from the list of suggestions.</source>
      <translation>اختر شخصًا من قائمة الاقتراحات.</translation>
    </message>
  </context>
  <context>
    <name>RepliesDialog</name>
    <message>
      <source>Calendar Replies</source>
      <translation>ردود التقويم</translation>
    </message>
    <message>
      <source>From a &amp;folder of .eml files</source>
      <translation>من م&amp;جلد ملفات بامتداد eml</translation>
    </message>
    <message>
      <source>From an &amp;IMAP mailbox</source>
      <translation>من صندوق بريد &amp;IMAP</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;استعراض…</translation>
    </message>
    <message>
      <source>Encrypted (IMAPS)</source>
      <translation>مشفّر (IMAPS)</translation>
    </message>
    <message>
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <source>Not encrypted (this computer only)</source>
      <translation>غير مشفّر (هذا الحاسوب فقط)</translation>
    </message>
    <message>
      <source>Fol&amp;der:</source>
      <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
      <source>IMAP &amp;server:</source>
      <translation>&amp;خادم IMAP:</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>المن&amp;فذ:</translation>
    </message>
    <message>
      <source>Encryption:</source>
      <translation>التشفير:</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
      <source>&amp;Mailbox folder:</source>
      <translation>مجلد صندوق ال&amp;بريد:</translation>
    </message>
    <message>
      <source>&amp;Read Replies</source>
      <translation>&amp;قراءة الردود</translation>
    </message>
    <message>
      <source>Folder of replies</source>
      <translation>مجلد الردود</translation>
    </message>
    <message>
      <source>Enter the IMAP server and the user.</source>
      <translation>أدخل خادم IMAP واسم المستخدم.</translation>
    </message>
    <message>
      <source>Without encryption the password would cross the network in clear text.</source>
      <translation>بدون تشفير ستُرسل كلمة المرور عبر الشبكة نصًا واضحًا.</translation>
    </message>
    <message>
      <source>Choose the folder of replies.</source>
      <translation>اختر مجلد الردود.</translation>
    </message>
    <message>
      <source>Enter the password: none is stored in the keyring.</source>
      <translation>أدخل كلمة المرور: لا توجد كلمة محفوظة في حافظة المفاتيح.</translation>
    </message>
    <message>
      <source>Reading calendar replies</source>
      <translation>قراءة ردود التقويم</translation>
    </message>
    <message numerus="yes">
      <source>%n messages read.</source>
      <translation>
        <numerusform>لم تُقرأ أي رسالة.</numerusform>
        <numerusform>قُرئت رسالة واحدة.</numerusform>
        <numerusform>قُرئت رسالتان.</numerusform>
        <numerusform>قُرئت %n رسائل.</numerusform>
        <numerusform>قُرئت %n رسالة.</numerusform>
        <numerusform>قُرئت %n رسالة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n answers applied.</source>
      <translation>
        <numerusform>لم يُطبَّق أي رد.</numerusform>
        <numerusform>طُبّق رد واحد.</numerusform>
        <numerusform>طُبّق ردّان.</numerusform>
        <numerusform>طُبّقت %n ردود.</numerusform>
        <numerusform>طُبّق %n ردًا.</numerusform>
        <numerusform>طُبّق %n رد.</numerusform>
      </translation>
    </message>
    <message>
      <source>confirmed by calendar reply</source>
      <translation>أُكّد برد التقويم</translation>
    </message>
    <message>
      <source>declined by calendar reply</source>
      <translation>اعتُذر عنه برد التقويم</translation>
    </message>
    <message>
      <source>tentative, noted in the history</source>
      <translation>قبول مبدئي، سُجّل في السجل</translation>
    </message>
    <message>
      <source>already so, nothing changed</source>
      <translation>كان كذلك من قبل، لم يتغير شيء</translation>
    </message>
    <message>
      <source>processed before, nothing changed</source>
      <translation>عولج من قبل، لم يتغير شيء</translation>
    </message>
    <message>
      <source>nothing changed: %1</source>
      <translation>لم يتغير شيء: %1</translation>
    </message>
    <message>
      <source>not an e-mail (.eml) file</source>
      <translation>ليس ملف بريد إلكتروني (بامتداد eml)</translation>
    </message>
    <message>
      <source>the message could not be read</source>
      <translation>تعذّرت قراءة الرسالة</translation>
    </message>
    <message>
      <source>the message is malformed</source>
      <translation>الرسالة غير سليمة البنية</translation>
    </message>
    <message>
      <source>its organiser is not the conference's contact address</source>
      <translation>منظِّمه ليس عنوان التواصل الخاص بالمؤتمر</translation>
    </message>
    <message>
      <source>it answers an event ConfDesk did not hand over</source>
      <translation>يردّ على حدث لم يرسله ConfDesk</translation>
    </message>
    <message>
      <source>it comes from another address than the invited one</source>
      <translation>وارد من عنوان غير العنوان المدعو</translation>
    </message>
    <message>
      <source>its answer is not accepted, declined or tentative</source>
      <translation>جوابه ليس قبولًا ولا اعتذارًا ولا قبولًا مبدئيًا</translation>
    </message>
    <message>
      <source>it answers an older version of the invitation</source>
      <translation>يردّ على نسخة أقدم من الدعوة</translation>
    </message>
    <message>
      <source>the invitation it answers was cancelled</source>
      <translation>الدعوة التي يردّ عليها أُلغيت</translation>
    </message>
    <message>
      <source>a later reply was already applied</source>
      <translation>طُبّق ردّ أحدث من قبل</translation>
    </message>
    <message>
      <source>the person is no longer in the lineup</source>
      <translation>لم يعد الشخص ضمن قائمة المتحدثين</translation>
    </message>
    <message>
      <source>the workflow does not allow this change</source>
      <translation>مسار العمل لا يسمح بهذا التغيير</translation>
    </message>
    <message>
      <source>not an e-mail message</source>
      <translation>ليست رسالة بريد إلكتروني</translation>
    </message>
    <message>
      <source>not a calendar reply</source>
      <translation>ليست ردًا من التقويم</translation>
    </message>
    <message>
      <source>its calendar cannot be read</source>
      <translation>تعذّرت قراءة تقويمه</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <source>Rules</source>
      <translation>القواعد</translation>
    </message>
    <message>
      <source>Kind of session</source>
      <translation>نوع الجلسة</translation>
    </message>
    <message>
      <source>Needs one of</source>
      <translation>تحتاج إلى أحد</translation>
    </message>
    <message>
      <source>&amp;Add Requirement</source>
      <translation>إ&amp;ضافة شرط</translation>
    </message>
    <message>
      <source>&amp;Remove Requirement</source>
      <translation>&amp;حذف الشرط</translation>
    </message>
    <message>
      <source>Roles each kind of session needs</source>
      <translation>الأدوار التي يحتاجها كل نوع من الجلسات</translation>
    </message>
    <message>
      <source>Balance of lineups</source>
      <translation>توازن قوائم المتحدثين</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>يُتحقق منه في</translation>
    </message>
    <message>
      <source>Largest share of one &amp;gender</source>
      <translation>أكبر &amp;نسبة لجنس واحد</translation>
    </message>
    <message>
      <source>Fewest stakeholder &amp;groups</source>
      <translation>أقل عدد من &amp;فئات أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Fewest &amp;countries</source>
      <translation>أقل عدد من ال&amp;بلدان</translation>
    </message>
    <message>
      <source>Horizons</source>
      <translation>الآجال</translation>
    </message>
    <message>
      <source>An invitation unanswered this many &amp;days before its session</source>
      <translation>دعوة بلا ردّ قبل جلستها بهذا العدد من ال&amp;أيام</translation>
    </message>
    <message>
      <source>&amp;Minutes a person needs between two sessions</source>
      <translation>ال&amp;دقائق التي يحتاجها الشخص بين جلستين</translation>
    </message>
    <message>
      <source>Interest is late when it comes after the last interest deadline (Deadlines screen).</source>
      <translation>يُعدّ إبداء الاهتمام متأخرًا إذا جاء بعد آخر موعد نهائي لإبداء الاهتمام (شاشة المواعيد النهائية).</translation>
    </message>
  </context>
  <context>
    <name>SendInvitesDialog</name>
    <message>
      <source>Send Invitations</source>
      <translation>إرسال الدعوات</translation>
    </message>
    <message>
      <source>Encrypt with STARTTLS</source>
      <translation>التشفير باستخدام STARTTLS</translation>
    </message>
    <message>
      <source>Remember the password in the system keyring</source>
      <translation>حفظ كلمة المرور في حافظة مفاتيح النظام</translation>
    </message>
    <message>
      <source>SMTP &amp;server:</source>
      <translation>&amp;خادم SMTP:</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>المن&amp;فذ:</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
      <source>Reminder:</source>
      <translation>التذكير:</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>معاينة</translation>
    </message>
    <message>
      <source>Send Log</source>
      <translation>سجل الإرسال</translation>
    </message>
    <message>
      <source>&amp;Send</source>
      <translation>إ&amp;رسال</translation>
    </message>
    <message numerus="yes">
      <source>%n people have a new or changed invitation.</source>
      <translation>
        <numerusform>لا أحد لديه دعوة جديدة أو معدّلة.</numerusform>
        <numerusform>لدى شخص واحد دعوة جديدة أو معدّلة.</numerusform>
        <numerusform>لدى شخصين دعوة جديدة أو معدّلة.</numerusform>
        <numerusform>لدى %Ln أشخاص دعوة جديدة أو معدّلة.</numerusform>
        <numerusform>لدى %Ln شخصًا دعوة جديدة أو معدّلة.</numerusform>
        <numerusform>لدى %Ln شخص دعوة جديدة أو معدّلة.</numerusform>
      </translation>
    </message>
    <message>
      <source>No system keyring is available: type the password; it is not stored.</source>
      <translation>لا تتوفر حافظة مفاتيح في النظام: اكتبوا كلمة المرور؛ لن تُحفظ.</translation>
    </message>
    <message>
      <source>from the keyring</source>
      <translation>من حافظة المفاتيح</translation>
    </message>
    <message>
      <source>The password is kept only in the system keyring, never in a file.</source>
      <translation>تُحفظ كلمة المرور في حافظة مفاتيح النظام فقط، ولا تُحفظ في أي ملف.</translation>
    </message>
    <message>
      <source>The password could not be saved in the keyring.</source>
      <translation>تعذّر حفظ كلمة المرور في حافظة المفاتيح.</translation>
    </message>
    <message>
      <source>Enter the SMTP server.</source>
      <translation>أدخلوا خادم SMTP.</translation>
    </message>
    <message>
      <source>Without encryption the password would cross the network in clear text: tick “Encrypt with STARTTLS” to log in.</source>
      <translation>بدون تشفير ستُرسل كلمة المرور عبر الشبكة نصًا واضحًا: فعّل «التشفير باستخدام STARTTLS» لتسجيل الدخول.</translation>
    </message>
    <message>
      <source>Enter the password: none is stored in the keyring.</source>
      <translation>أدخلوا كلمة المرور: لا توجد كلمة مرور محفوظة في حافظة المفاتيح.</translation>
    </message>
    <message>
      <source>Sending to %1</source>
      <translation>جارٍ الإرسال إلى %1</translation>
    </message>
    <message>
      <source>Sending invitations</source>
      <translation>جارٍ إرسال الدعوات</translation>
    </message>
    <message numerus="yes">
      <source>%n messages sent.</source>
      <translation>
        <numerusform>لم تُرسل أي رسالة.</numerusform>
        <numerusform>أُرسلت رسالة واحدة.</numerusform>
        <numerusform>أُرسلت رسالتان.</numerusform>
        <numerusform>أُرسلت %Ln رسائل.</numerusform>
        <numerusform>أُرسلت %Ln رسالة.</numerusform>
        <numerusform>أُرسلت %Ln رسالة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n addresses were refused.</source>
      <translation>
        <numerusform>لم يُرفض أي عنوان.</numerusform>
        <numerusform>رُفض عنوان واحد.</numerusform>
        <numerusform>رُفض عنوانان.</numerusform>
        <numerusform>رُفضت %Ln عناوين.</numerusform>
        <numerusform>رُفض %Ln عنوانًا.</numerusform>
        <numerusform>رُفض %Ln عنوان.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SendLogModel</name>
    <message>
      <source>Sent</source>
      <translation>أُرسلت</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>الشخص</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>القناة</translation>
    </message>
    <message>
      <source>Message-ID</source>
      <translation>معرّف الرسالة</translation>
    </message>
    <message>
      <source>Invitation</source>
      <translation>دعوة</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <source>Cancellation</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>ملخّص</translation>
    </message>
    <message>
      <source>Outbox file</source>
      <translation>ملف في صندوق الصادر</translation>
    </message>
    <message>
      <source>Mail server</source>
      <translation>خادم البريد</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <source>Edit session</source>
      <extracomment>Width of each title field, in average characters: the demo's longest title has 94. Background of the field an error names, until the next attempt to save.</extracomment>
      <translation>تعديل الجلسة</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>جلسة جديدة</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;حفظ</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>إ&amp;لغاء</translation>
    </message>
    <message>
      <source>Title and description</source>
      <translation>العنوان والوصف</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>ال&amp;عنوان</translation>
    </message>
    <message>
      <source>Title in %1</source>
      <translation>العنوان بـ%1</translation>
    </message>
    <message>
      <source>Description in %1</source>
      <translation>الوصف بـ%1</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>الجزء</translation>
    </message>
    <message>
      <source>&amp;Part</source>
      <translation>ال&amp;جزء</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>ال&amp;نوع</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>N&amp;umber</source>
      <translation>ال&amp;رقم</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>&amp;Time</source>
      <translation>ال&amp;وقت</translation>
    </message>
    <message>
      <source>Joining</source>
      <translation>الانضمام</translation>
    </message>
    <message>
      <source>Join link</source>
      <translation>رابط الانضمام</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>الرا&amp;بط</translation>
    </message>
    <message>
      <source>Meeting ID</source>
      <translation>معرّف الاجتماع</translation>
    </message>
    <message>
      <source>&amp;Meeting ID</source>
      <translation>&amp;معرّف الاجتماع</translation>
    </message>
    <message>
      <source>Passcode</source>
      <translation>رمز المرور</translation>
    </message>
    <message>
      <source>Pass&amp;code</source>
      <translation>رمز الم&amp;رور</translation>
    </message>
    <message>
      <source>Interpretation into %1</source>
      <translation>الترجمة الفورية إلى %1</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>الترجمة الفورية</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المحاور</translation>
    </message>
    <message>
      <source>T&amp;hemes</source>
      <translation>الم&amp;حاور</translation>
    </message>
    <message>
      <source>&amp;Internal (not in public documents)</source>
      <translation>دا&amp;خلية (لا تظهر في الوثائق العامة)</translation>
    </message>
    <message>
      <source>Ca&amp;ncelled</source>
      <translation>م&amp;لغاة</translation>
    </message>
    <message>
      <source>The join link must be a web address starting with https://.</source>
      <translation>يجب أن يكون رابط الانضمام عنوان ويب يبدأ بـ https://.</translation>
    </message>
  </context>
  <context>
    <name>SuccessorDialog</name>
    <message>
      <source>New from an Earlier Conference</source>
      <translation>مؤتمر جديد من مؤتمر سابق</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;استعراض…</translation>
    </message>
    <message>
      <source>B&amp;rowse…</source>
      <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
      <source>Copy the &amp;people too (without their registrations)</source>
      <translation>نسخ ال&amp;أشخاص أيضًا (دون تسجيلاتهم)</translation>
    </message>
    <message>
      <source>Copies the settings, document notes, parts, sessions and deadlines, each session at the same local time. Lineups, registrations, cancelled sessions, meeting ids and passcodes stay behind.</source>
      <translation>يَنسخ الإعدادات ونصوص الوثائق والأجزاء والجلسات والمواعيد النهائية، وكل جلسة في التوقيت المحلي نفسه. ولا تُنسخ قوائم المتحدثين والتسجيلات والجلسات الملغاة ومعرّفات الاجتماعات ورموز المرور.</translation>
    </message>
    <message>
      <source>&amp;Earlier conference</source>
      <translation>المؤتمر ال&amp;سابق</translation>
    </message>
    <message>
      <source>New &amp;first day</source>
      <translation>اليوم ال&amp;أول الجديد</translation>
    </message>
    <message>
      <source>New &amp;file</source>
      <translation>ال&amp;ملف الجديد</translation>
    </message>
    <message>
      <source>Earlier conference</source>
      <translation>المؤتمر السابق</translation>
    </message>
    <message>
      <source>ConfDesk files (*.confdesk)</source>
      <translation>ملفات ConfDesk (*.confdesk)</translation>
    </message>
    <message>
      <source>New file</source>
      <translation>الملف الجديد</translation>
    </message>
    <message>
      <source>Choose the earlier conference's file.</source>
      <translation>اختر ملف المؤتمر السابق.</translation>
    </message>
    <message>
      <source>Choose where the new file goes.</source>
      <translation>اختر مكان الملف الجديد.</translation>
    </message>
    <message>
      <source>The new file must not be the earlier one.</source>
      <translation>يجب ألا يكون الملف الجديد هو الملف السابق نفسه.</translation>
    </message>
    <message>
      <source>%1 already exists; choose a new file.</source>
      <translation>%1 موجود أصلًا؛ اختر ملفًا جديدًا.</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <source>Cancel</source>
      <extracomment>Tasks in flight, so one started without a parent widget is not garbage-collected mid-work.</extracomment>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
  </context>
  <context>
    <name>ThemeChecklist</name>
    <message>
      <source>This conference has no themes yet: Conference Settings → Themes adds them.</source>
      <extracomment>Rows shown before the list scrolls.</extracomment>
      <translation>لا محاور لهذا المؤتمر بعد: تُضاف من إعدادات المؤتمر ← المحاور.</translation>
    </message>
  </context>
  <context>
    <name>ThemesEdit</name>
    <message>
      <source>Name of the list</source>
      <extracomment>Table columns: the code, then the label in each language.</extracomment>
      <translation>اسم القائمة</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنكليزية</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>إضافة محور</translation>
    </message>
    <message>
      <source>Remove theme</source>
      <translation>حذف المحور</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
      <source>Start from a list</source>
      <translation>البدء من قائمة جاهزة</translation>
    </message>
    <message>
      <source>An empty list</source>
      <translation>قائمة فارغة</translation>
    </message>
    <message>
      <source>Sessions refer to themes by code. Calendars, documents, the frab schedule and the agenda show the labels.</source>
      <translation>تشير الجلسات إلى المحاور برموزها، وتعرض التقاويم والوثائق وجدول frab وجدول الأعمال تسمياتها.</translation>
    </message>
    <message>
      <source>GCM objectives (1–23)</source>
      <translation>أهداف الاتفاق العالمي للهجرة (1–23)</translation>
    </message>
    <message>
      <source>Sustainable Development Goals (1–17)</source>
      <translation>أهداف التنمية المستدامة (1–17)</translation>
    </message>
  </context>
  <context>
    <name>Timetable</name>
    <message>
      <source>Timetable</source>
      <extracomment>The same from the keyboard (Alt+arrows): successive nudges make one undo entry.</extracomment>
      <translation>الجدول الزمني</translation>
    </message>
  </context>
  <context>
    <name>UndoHistoryDock</name>
    <message>
      <source>Undo History</source>
      <translation>سجل التراجع</translation>
    </message>
    <message>
      <source>&lt;file as opened&gt;</source>
      <translation>&lt;الملف كما فُتح&gt;</translation>
    </message>
    <message>
      <source>Undo history</source>
      <translation>سجل التراجع</translation>
    </message>
  </context>
  <context>
    <name>VersionsDialog</name>
    <message>
      <source>Published Versions</source>
      <translation>الإصدارات المنشورة</translation>
    </message>
    <message>
      <source>Published versions</source>
      <translation>الإصدارات المنشورة</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>التغييرات</translation>
    </message>
    <message>
      <source>e.g. Roundtable 2 moved to the afternoon</source>
      <translation>مثلًا: نقل المائدة المستديرة الثانية إلى ما بعد الظهر</translation>
    </message>
    <message>
      <source>&amp;Publish Version</source>
      <translation>&amp;نشر إصدار</translation>
    </message>
    <message>
      <source>&amp;Versions</source>
      <translation>ال&amp;إصدارات</translation>
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation>ال&amp;تعليق</translation>
    </message>
    <message>
      <source>Version %1 · %2 · %3</source>
      <translation>الإصدار %1 · %2 · %3</translation>
    </message>
    <message>
      <source>no comment</source>
      <translation>بلا تعليق</translation>
    </message>
    <message>
      <source>Nothing published yet: the programme as it stands is the draft.</source>
      <translation>لم يُنشر شيء بعد: البرنامج بحالته الراهنة مسودة.</translation>
    </message>
    <message>
      <source>Changes from version %1 to the programme as it stands</source>
      <translation>التغييرات منذ الإصدار %1 حتى البرنامج بحالته الراهنة</translation>
    </message>
    <message>
      <source>No changes since this version.</source>
      <translation>لا تغييرات منذ هذا الإصدار.</translation>
    </message>
    <message>
      <source>Publish version</source>
      <translation>نشر إصدار</translation>
    </message>
    <message>
      <source>Version %1 published. The next invitations carry exactly its changes.</source>
      <translation>نُشر الإصدار %1. تحمل الدعوات التالية تغييراته تحديدًا.</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Member State</source>
      <translation>دولة عضو</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
      <source>Civil society</source>
      <translation>المجتمع المدني</translation>
    </message>
    <message>
      <source>Academia</source>
      <translation>الأوساط الأكاديمية</translation>
    </message>
    <message>
      <source>Private sector</source>
      <translation>القطاع الخاص</translation>
    </message>
    <message>
      <source>Trade union</source>
      <translation>نقابة عمالية</translation>
    </message>
    <message>
      <source>Migrant or diaspora organisation</source>
      <translation>منظمة مهاجرين أو مغتربين</translation>
    </message>
    <message>
      <source>Local authority</source>
      <translation>سلطة محلية</translation>
    </message>
    <message>
      <source>National human rights institution</source>
      <translation>مؤسسة وطنية لحقوق الإنسان</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>الشباب</translation>
    </message>
    <message>
      <source>International organisation</source>
      <translation>منظمة دولية</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>رئيس الجلسة</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation>مدير الحوار</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>متحدث</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation>عضو فريق النقاش</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>كلمة رئيسية</translation>
    </message>
    <message>
      <source>Rapporteur</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>Discussant</source>
      <translation>معقّب</translation>
    </message>
    <message>
      <source>Floor intervention</source>
      <translation>مداخلة من القاعة</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>مقترح</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>مدعو</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>مؤكد</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>معتذر</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>منسحب</translation>
    </message>
    <message>
      <source>Roundtable speaker (any)</source>
      <translation>متحدث في مائدة مستديرة (أيّ منها)</translation>
    </message>
    <message>
      <source>Roundtable %1 speaker</source>
      <translation>متحدث في المائدة المستديرة %1</translation>
    </message>
    <message>
      <source>Open discussion</source>
      <translation>النقاش المفتوح</translation>
    </message>
    <message>
      <source>Plenary speaker</source>
      <translation>متحدث في جلسة عامة</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>استطلاع</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>تقارير</translation>
    </message>
    <message>
      <source>Speaking-role interest</source>
      <translation>الاهتمام بأدوار التحدث</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>التسجيل</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>الافتتاح</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>جلسة عامة</translation>
    </message>
    <message>
      <source>Roundtable</source>
      <translation>مائدة مستديرة</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>استراحة</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>الختام</translation>
    </message>
    <message>
      <source>Side event</source>
      <translation>فعالية جانبية</translation>
    </message>
    <message>
      <source>This is not a valid e-mail address.</source>
      <translation>هذا ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
      <source>Another person already has this e-mail address.</source>
      <translation>هذا العنوان مستخدم لشخص آخر.</translation>
    </message>
    <message>
      <source>This country is not known.</source>
      <translation>هذا البلد غير معروف.</translation>
    </message>
    <message>
      <source>This language is not known.</source>
      <translation>هذه اللغة غير معروفة.</translation>
    </message>
    <message>
      <source>This time zone is not known.</source>
      <translation>هذه المنطقة الزمنية غير معروفة.</translation>
    </message>
    <message>
      <source>This person already has this role in the session.</source>
      <translation>لهذا الشخص هذا الدور في الجلسة بالفعل.</translation>
    </message>
    <message>
      <source>The invitation cannot move to this status from its current one.</source>
      <translation>لا يمكن نقل الدعوة إلى هذه الحالة من حالتها الحالية.</translation>
    </message>
    <message>
      <source>Someone else changed this in the meantime; it has been reloaded, please try again.</source>
      <translation>غيّر شخص آخر هذا في الأثناء؛ أُعيد تحميله، يرجى المحاولة مجددًا.</translation>
    </message>
    <message>
      <source>This item no longer exists.</source>
      <translation>هذا العنصر لم يعد موجودًا.</translation>
    </message>
    <message>
      <source>A name is required.</source>
      <translation>الاسم مطلوب.</translation>
    </message>
    <message>
      <source>Choose at least one part of the conference.</source>
      <translation>اختر جزءًا واحدًا على الأقل من المؤتمر.</translation>
    </message>
    <message>
      <source>A title is required.</source>
      <translation>العنوان مطلوب.</translation>
    </message>
    <message>
      <source>A required value is missing.</source>
      <translation>قيمة مطلوبة مفقودة.</translation>
    </message>
    <message>
      <source>This interest is already recorded.</source>
      <translation>هذا الاهتمام مسجل بالفعل.</translation>
    </message>
    <message>
      <source>The change was refused: %1</source>
      <translation>رُفض التغيير: %1</translation>
    </message>
  </context>
  <context>
    <name>ZoneCombo</name>
    <message>
      <source>Display time zone</source>
      <translation>المنطقة الزمنية للعرض</translation>
    </message>
    <message>
      <source>Show the agenda's times as seen in this time zone</source>
      <translation>اعرض أوقات جدول الأعمال كما تبدو في هذه المنطقة الزمنية</translation>
    </message>
    <message>
      <source>%1 (conference)</source>
      <translation>%1 (المؤتمر)</translation>
    </message>
  </context>
  <context>
    <name>ZoomControl</name>
    <message>
      <source>Zoom</source>
      <translation>التكبير</translation>
    </message>
    <message>
      <source>Zoom out (%1)</source>
      <translation>تصغير (%1)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <source>Zoom (Ctrl+wheel)</source>
      <translation>التكبير (Ctrl+عجلة الفأرة)</translation>
    </message>
    <message>
      <source>Zoom in (%1)</source>
      <translation>تكبير (%1)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <source>Actual size (%1)</source>
      <translation>الحجم الفعلي (%1)</translation>
    </message>
    <message>
      <source>Zoom: %1</source>
      <translation>التكبير: %1</translation>
    </message>
  </context>
  <context>
    <name>_AlarmChoice</name>
    <message>
      <source>Remind before each session</source>
      <translation>تذكير قبل كل جلسة</translation>
    </message>
    <message>
      <source> min</source>
      <translation> دقيقة</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
      <source>Join link</source>
      <translation>رابط الانضمام</translation>
    </message>
    <message>
      <source>Meeting ID</source>
      <translation>معرّف الاجتماع</translation>
    </message>
    <message>
      <source>Passcode</source>
      <translation>رمز المرور</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>الترجمة الفورية</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>المحاور</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Contact e-mail</source>
      <translation>بريد التواصل</translation>
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Speaking minutes</source>
      <translation>دقائق الكلام</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>الشخص</translation>
    </message>
    <message>
      <source>Parts</source>
      <translation>الأجزاء</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>الاهتمامات</translation>
    </message>
    <message>
      <source>Registration date</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>“%1” is required.</source>
      <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
      <source>A required value is missing.</source>
      <translation>قيمة مطلوبة مفقودة.</translation>
    </message>
    <message>
      <source>The end must come after the start.</source>
      <translation>يجب أن تأتي النهاية بعد البداية.</translation>
    </message>
    <message>
      <source>The session must fall within the dates of its part.</source>
      <translation>يجب أن تقع الجلسة ضمن تواريخ الجزء الذي تنتمي إليه.</translation>
    </message>
    <message>
      <source>This time zone is not known; pick one from the list.</source>
      <translation>هذه المنطقة الزمنية غير معروفة؛ اختر واحدة من القائمة.</translation>
    </message>
    <message>
      <source>This e-mail address is not valid.</source>
      <translation>عنوان البريد الإلكتروني هذا غير صالح.</translation>
    </message>
    <message>
      <source>Another person already has this e-mail address.</source>
      <translation>لدى شخص آخر عنوان البريد الإلكتروني هذا بالفعل.</translation>
    </message>
    <message>
      <source>This country is not known; pick one from the list.</source>
      <translation>هذا البلد غير معروف؛ اختر واحدًا من القائمة.</translation>
    </message>
    <message>
      <source>This language is not known; pick one from the list.</source>
      <translation>هذه اللغة غير معروفة؛ اختر واحدة من القائمة.</translation>
    </message>
    <message>
      <source>The status cannot change this way.</source>
      <translation>لا يمكن تغيير الحالة بهذه الطريقة.</translation>
    </message>
    <message>
      <source>This person already has this role in this session.</source>
      <translation>لهذا الشخص هذا الدور في هذه الجلسة بالفعل.</translation>
    </message>
    <message>
      <source>This item no longer exists; it may have been deleted.</source>
      <translation>هذا العنصر لم يعد موجودًا؛ ربما حُذف.</translation>
    </message>
    <message>
      <source>Someone else changed this item meanwhile; it was reloaded, try again.</source>
      <translation>غيّر شخص آخر هذا العنصر في الأثناء؛ أُعيد تحميله، فحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>%2 changed this item meanwhile; it was reloaded, try again.</source>
      <translation>غيّر %2 هذا العنصر في الأثناء؛ أُعيد تحميله، فحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The value of “%1” is not accepted.</source>
      <translation>قيمة «%1» غير مقبولة.</translation>
    </message>
    <message>
      <source>A value is not accepted.</source>
      <translation>إحدى القيم غير مقبولة.</translation>
    </message>
    <message>
      <source>The file “%1” does not exist.</source>
      <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
      <source>“%1” is not a ConfDesk conference file.</source>
      <translation>«%1» ليس ملف مؤتمر من ConfDesk.</translation>
    </message>
    <message>
      <source>“%1” is damaged and cannot be read.</source>
      <translation>الملف «%1» تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
      <source>“%1” was saved by a newer ConfDesk; update ConfDesk to open it.</source>
      <translation>حُفظ «%1» بإصدار أحدث من ConfDesk؛ حدّث ConfDesk لفتحه.</translation>
    </message>
    <message>
      <source>Cannot connect to the database “%1”.</source>
      <translation>تعذّر الاتصال بقاعدة البيانات «%1».</translation>
    </message>
    <message>
      <source>“%1” is busy: another program or window is writing to it. Nothing was changed; try again in a moment.</source>
      <translation>الملف «%1» مشغول: برنامج أو نافذة أخرى تكتب فيه. لم يتغيّر شيء، أعيدوا المحاولة بعد قليل.</translation>
    </message>
    <message>
      <source>“%1” is read-only: it can be viewed and exported, but not changed.</source>
      <translation>الملف «%1» للقراءة فقط: يمكن عرضه وتصديره، ولا يمكن تغييره.</translation>
    </message>
    <message>
      <source>The disk holding “%1” is full. Nothing was changed; free some space and try again.</source>
      <translation>القرص الذي يحوي «%1» ممتلئ. لم يتغيّر شيء، أفرغوا بعض المساحة وأعيدوا المحاولة.</translation>
    </message>
    <message>
      <source>“%1” cannot be opened.</source>
      <translation>تعذّر فتح «%1».</translation>
    </message>
    <message>
      <source>The file “%1” cannot be read or written.</source>
      <translation>تعذّرت قراءة الملف «%1» أو الكتابة فيه.</translation>
    </message>
    <message>
      <source>A file cannot be read or written.</source>
      <translation>تعذّرت قراءة ملف أو الكتابة فيه.</translation>
    </message>
    <message>
      <source>Something went wrong; the details were written to the log file.</source>
      <translation>حدث خطأ ما؛ كُتبت التفاصيل في ملف السجل.</translation>
    </message>
  </context>
</TS>
