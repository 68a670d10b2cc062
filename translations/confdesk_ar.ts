<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Agenda</source>
      <translation>جدول الأعمال</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>المن&amp;طقة الزمنية:</translation>
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
      <source>No session selected</source>
      <translation>لم تُحدَّد أي جلسة</translation>
    </message>
    <message>
      <source>Click a session to see its lineup; double-click to edit it. Drag a session to move it, or its bottom edge to change its length.</source>
      <translation>انقر على جلسة لعرض المشاركين فيها، وانقر مرتين لتعديلها. اسحب الجلسة لنقلها، أو اسحب حافتها السفلية لتغيير مدتها.</translation>
    </message>
    <message>
      <source>GCM objectives: %1</source>
      <translation>أهداف الاتفاق العالمي (GCM): %1</translation>
    </message>
    <message>
      <source>Internal: not shown in public documents</source>
      <translation>داخلية: لا تظهر في الوثائق العامة</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>Speaking time: %1 of %2 minutes</source>
      <translation>وقت الكلام: %1 من %2 دقيقة</translation>
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
    <message>
      <source>Delete “%1”</source>
      <translation>حذف «%1»</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>حذف الجلسة</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation type="unfinished">فئة أصحاب المصلحة</translation>
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
      <source>Save a &amp;Copy…</source>
      <translation>حفظ &amp;نسخة…</translation>
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
      <source>Opening %1</source>
      <translation>جارٍ فتح %1</translation>
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
      <translation>مؤتمر جديد</translation>
    </message>
    <message>
      <source>Conference name</source>
      <translation>اسم المؤتمر</translation>
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
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>اليوم الأخير</translation>
    </message>
    <message>
      <source>&amp;First day</source>
      <translation>اليوم الأ&amp;ول</translation>
    </message>
    <message>
      <source>&amp;Last day</source>
      <translation>اليوم الأ&amp;خير</translation>
    </message>
    <message>
      <source>A conference needs a name</source>
      <translation>يحتاج المؤتمر إلى اسم</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <source>Name</source>
      <translation type="unfinished">الاسم</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation type="unfinished">الاسم بالعربية</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stakeholder group</source>
      <translation type="unfinished">فئة أصحاب المصلحة</translation>
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interests</source>
      <translation type="unfinished">الاهتمامات</translation>
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
      <translation type="unfinished">&amp;تعديل…</translation>
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
      <translation type="unfinished">خطأ</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished">الا&amp;سم</translation>
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
      <translation type="unfinished">الل&amp;غة</translation>
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
      <source>Description</source>
      <translation>الوصف</translation>
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
      <source>GCM objectives, e.g. 2, 5, 6</source>
      <translation>أهداف الاتفاق العالمي، مثل 2، 5، 6</translation>
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
    <name>Timetable</name>
    <message>
      <source>%1 in lineup</source>
      <translation>المشاركون: %1</translation>
    </message>
    <message>
      <source>Timetable</source>
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
      <translation type="unfinished">رئيس الجلسة</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="unfinished">مدير الجلسة</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation type="unfinished">متحدث</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="unfinished">عضو حلقة النقاش</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation type="unfinished">كلمة رئيسية</translation>
    </message>
    <message>
      <source>Rapporteur</source>
      <translation type="unfinished">مقرر</translation>
    </message>
    <message>
      <source>Discussant</source>
      <translation type="unfinished">معقّب</translation>
    </message>
    <message>
      <source>Floor intervention</source>
      <translation type="unfinished">مداخلة من القاعة</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation type="unfinished">مقترح</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation type="unfinished">مدعو</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation type="unfinished">مؤكد</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished">معتذر</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation type="unfinished">منسحب</translation>
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
      <translation type="unfinished">نقاش مفتوح</translation>
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
      <translation type="unfinished">الافتتاح</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation type="unfinished">جلسة عامة</translation>
    </message>
    <message>
      <source>Roundtable</source>
      <translation type="unfinished">مائدة مستديرة</translation>
    </message>
    <message>
      <source>Break</source>
      <translation type="unfinished">استراحة</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation type="unfinished">الختام</translation>
    </message>
    <message>
      <source>Side event</source>
      <translation type="unfinished">فعالية جانبية</translation>
    </message>
    <message>
      <source>This is not a valid e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another person already has this e-mail address.</source>
      <translation type="unfinished">لدى شخص آخر عنوان البريد الإلكتروني هذا بالفعل.</translation>
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
      <translation type="unfinished">قيمة مطلوبة مفقودة.</translation>
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
  <context>
    <name>words</name>
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
      <source>Open discussion</source>
      <translation>نقاش مفتوح</translation>
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
      <source>Chair</source>
      <translation>رئيس الجلسة</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation>مدير الجلسة</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>متحدث</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation>عضو حلقة النقاش</translation>
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
  </context>
</TS>
