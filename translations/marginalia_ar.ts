<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Marginalia::Cli::CommandLine</name>
    <message>
        <source>~/.pgpass (a line HOST:PORT:DATABASE:LOGIN:PASSWORD, the file readable only by you: chmod 600 ~/.pgpass), the file PGPASSFILE names, or a service file (~/.pg_service.conf, then ?service=NAME in the URL); PGPASSWORD works too, for one shell</source>
        <translation>~/.pgpass (سطر HOST:PORT:DATABASE:LOGIN:PASSWORD، على أن يكون الملف مقروءًا لك وحدك: chmod 600 ~/.pgpass)، أو الملف الذي يسميه PGPASSFILE، أو ملف خدمة (~/.pg_service.conf، ثم ?service=NAME في عنوان URL)؛ ويعمل PGPASSWORD أيضًا، لجلسة طرفية واحدة</translation>
    </message>
    <message>
        <source>The server wants a password, and marginalia-cli does not ask for one: put it in %1.</source>
        <translation>يطلب الخادم كلمة مرور، ولا يسأل marginalia-cli عنها: ضعها في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The server refused the password it was given: check the one in %1.</source>
        <translation>رفض الخادم كلمة المرور المُعطاة: تحقق من كلمة المرور في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>إنشاء ملف مشروع جديد فارغ.</translation>
    </message>
    <message>
        <source>Import documents (text, Markdown, HTML, PDF, Word, OpenDocument) and folders of them.</source>
        <translation>استيراد مستندات (نص، Markdown، HTML، PDF، Word، OpenDocument) ومجلدات منها.</translation>
    </message>
    <message>
        <source>List the documents with their size and codings.</source>
        <translation>سرد المستندات مع أحجامها وترميزاتها.</translation>
    </message>
    <message>
        <source>Add a code (and missing parents): Protection/Children.</source>
        <translation>إضافة رمز (والرموز الأم الناقصة): الحماية/الأطفال.</translation>
    </message>
    <message>
        <source>Print the codebook as a tree.</source>
        <translation>طباعة دليل الترميز على هيئة شجرة.</translation>
    </message>
    <message>
        <source>Rename a code.</source>
        <translation>إعادة تسمية رمز.</translation>
    </message>
    <message>
        <source>Move a code under another (or to the top level).</source>
        <translation>نقل رمز تحت رمز آخر (أو إلى المستوى الأعلى).</translation>
    </message>
    <message>
        <source>Merge a code and its codings into another.</source>
        <translation>دمج رمز وترميزاته في رمز آخر.</translation>
    </message>
    <message>
        <source>Delete a code, its subcodes and their codings.</source>
        <translation>حذف رمز ورموزه الفرعية وترميزاتها.</translation>
    </message>
    <message>
        <source>Code a range, a phrase or a pattern in a document.</source>
        <translation>ترميز نطاق أو عبارة أو نمط في مستند.</translation>
    </message>
    <message>
        <source>Show or set the memo of the project, a document, a code or a coding.</source>
        <translation>عرض مذكرة المشروع أو مستند أو رمز أو ترميز، أو تعيينها.</translation>
    </message>
    <message>
        <source>List the coders.</source>
        <translation>سرد المرمِّزين.</translation>
    </message>
    <message>
        <source>Count codings by code, document or coder.</source>
        <translation>عدّ الترميزات حسب الرمز أو المستند أو المرمِّز.</translation>
    </message>
    <message>
        <source>Code matrices: codes x documents, or code co-occurrence (codes x codes).</source>
        <translation>مصفوفات الرموز: الرموز × المستندات، أو التواجد المشترك للرموز (الرموز × الرموز).</translation>
    </message>
    <message>
        <source>Intercoder agreement per code: percent, Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha and alpha-u.</source>
        <translation>الاتفاق بين المرمِّزين لكل رمز: النسبة المئوية، وكابا كوهين وكابا فلايس، وألفا كريبندورف وألفا-u.</translation>
    </message>
    <message>
        <source>Where two coders differ: one row per stretch one of them coded.</source>
        <translation>مواضع اختلاف مرمِّزَين: صف واحد لكل مقطع رمَّزه أحدهما.</translation>
    </message>
    <message>
        <source>Write a copy for students: same documents, codebook and GUIDs, without the key&apos;s codings.</source>
        <translation>كتابة نسخة للطلاب: المستندات ودليل الترميز والمعرِّفات GUID نفسها، دون ترميزات مفتاح الإجابة.</translation>
    </message>
    <message>
        <source>Merge projects (.marginalia or .qdpx) into TARGET: documents by text, codes and coders by GUID.</source>
        <translation>دمج مشاريع (.marginalia أو .qdpx) في TARGET: المستندات بمطابقة النص، والرموز والمرمِّزون بمطابقة GUID.</translation>
    </message>
    <message>
        <source>Score coders against a key coder: agreement, precision and recall per code.</source>
        <translation>تقييم المرمِّزين مقارنةً بمرمِّز مفتاح الإجابة: الاتفاق والدقة والاستدعاء لكل رمز.</translation>
    </message>
    <message>
        <source>List coded passages, one row per coding.</source>
        <translation>سرد المقاطع المرمَّزة، صف واحد لكل ترميز.</translation>
    </message>
    <message>
        <source>Search the documents&apos; text (words, &quot;phrases&quot;, prefix*, AND/OR/NOT, NEAR; substrings; patterns), and code the hits.</source>
        <translation>البحث في نص المستندات (كلمات، &quot;عبارات&quot;، بادئة*، AND/OR/NOT، NEAR؛ سلاسل جزئية؛ أنماط)، وترميز النتائج.</translation>
    </message>
    <message>
        <source>List the documents&apos; attributes, or set them from a CSV (--import) or write them (--export).</source>
        <translation>سرد سمات المستندات، أو تعيينها من ملف CSV (--import)، أو كتابتها (--export).</translation>
    </message>
    <message>
        <source>List the sets of documents, or add one (by condition or by hand) or remove one.</source>
        <translation>سرد مجموعات المستندات، أو إضافة مجموعة (بشرط أو يدويًا)، أو إزالة مجموعة.</translation>
    </message>
    <message>
        <source>List the cases, or add, remove one, or assign a document or passage to one.</source>
        <translation>سرد الحالات، أو إضافة حالة أو إزالتها، أو إسناد مستند أو مقطع إلى حالة.</translation>
    </message>
    <message>
        <source>Check the project file&apos;s integrity.</source>
        <translation>فحص سلامة ملف المشروع.</translation>
    </message>
    <message>
        <source>Back the project up now (and rotate its backups).</source>
        <translation>نسخ المشروع احتياطيًا الآن (وتدوير نسخه الاحتياطية).</translation>
    </message>
    <message>
        <source>List the project&apos;s backups, newest first, each checked.</source>
        <translation>سرد النسخ الاحتياطية للمشروع، الأحدث أولًا، مع فحص كل منها.</translation>
    </message>
    <message>
        <source>Put a backup in place of the project; the current file is kept beside it, renamed.</source>
        <translation>وضع نسخة احتياطية مكان المشروع؛ ويُحتفظ بالملف الحالي بجانبه باسم جديد.</translation>
    </message>
    <message>
        <source>Export the project to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder.</source>
        <translation>تصدير المشروع بصيغة REFI-QDA (.qdpx) لبرامج NVivo، ATLAS.ti، MAXQDA، QualCoder.</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project (.qdpx) as a new project.</source>
        <translation>استيراد مشروع REFI-QDA (.qdpx) بوصفه مشروعًا جديدًا.</translation>
    </message>
    <message>
        <source>Export the codebook to REFI-QDA (.qdc).</source>
        <translation>تصدير دليل الترميز بصيغة REFI-QDA (.qdc).</translation>
    </message>
    <message>
        <source>Merge a REFI-QDA codebook (.qdc) into the project.</source>
        <translation>دمج دليل ترميز REFI-QDA (.qdc) في المشروع.</translation>
    </message>
    <message>
        <source>Prepare a PostgreSQL database to hold team projects (once; harmless when done).</source>
        <translation>تهيئة قاعدة بيانات PostgreSQL لاستضافة مشاريع الفرق (مرة واحدة؛ ولا ضرر من تكرارها).</translation>
    </message>
    <message>
        <source>Put a project file on a server as a new project, with every id and GUID.</source>
        <translation>رفع ملف مشروع إلى خادم بوصفه مشروعًا جديدًا، مع الاحتفاظ بكل المعرِّفات (id و GUID).</translation>
    </message>
    <message>
        <source>Copy a server project into a new project file, for archiving or offline work.</source>
        <translation>نسخ مشروع على الخادم إلى ملف مشروع جديد، للأرشفة أو العمل دون اتصال.</translation>
    </message>
    <message>
        <source>Give a server login a role on a server project: owner, coder or viewer.</source>
        <translation>منح اسم دخول على الخادم دورًا في مشروع على الخادم: owner (المالك) أو coder (المرمِّز) أو viewer (القارئ).</translation>
    </message>
    <message>
        <source>Remove a project from its server for good (owners only; pull it first to keep a copy).</source>
        <translation>إزالة مشروع من خادمه نهائيًا (للمالكين فقط؛ اسحبه أولًا بالأمر pull للاحتفاظ بنسخة).</translation>
    </message>
    <message>
        <source>Write a .marginalia-server file that opens a server project on a double click (no password).</source>
        <translation>كتابة ملف .marginalia-server يفتح مشروعًا على الخادم بنقرة مزدوجة (دون كلمة مرور).</translation>
    </message>
    <message>
        <source>Run &quot;marginalia-cli %1 --help&quot; for its options.</source>
        <translation>شغِّل &quot;marginalia-cli ⁨%1⁩ --help&quot; لعرض خياراته.</translation>
    </message>
    <message>
        <source>Usage: marginalia-cli %1 [options] %2</source>
        <translation>الاستخدام: marginalia-cli ⁨%1⁩ [الخيارات] ⁨%2⁩</translation>
    </message>
    <message>
        <source>the project file is missing.</source>
        <translation>لم يُحدَّد ملف المشروع.</translation>
    </message>
    <message>
        <source>arguments are missing.</source>
        <translation>بعض الوسائط ناقصة.</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>وسائط زائدة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv or xlsx.</source>
        <translation>صيغة غير معروفة &quot;⁨%1⁩&quot;؛ استخدم table أو csv أو xlsx.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table or csv.</source>
        <translation>صيغة غير معروفة &quot;⁨%1⁩&quot;؛ استخدم table أو csv.</translation>
    </message>
    <message>
        <source>marginalia-cli %1: warning: %2 is on a network file system (%3). SQLite cannot lock files reliably there: two computers writing at once can damage the project. Keep it on a local disk.</source>
        <translation>marginalia-cli ⁨%1⁩: تحذير: ⁨%2⁩ على نظام ملفات شبكي (⁨%3⁩). لا يستطيع SQLite قفل الملفات هناك على نحو موثوق: فالكتابة المتزامنة من حاسوبين قد تُتلف المشروع. احفظه على قرص محلي.</translation>
    </message>
    <message>
        <source>%1: you can view this project but not change it: your role on the server is viewer. Its owner can make you a coder (marginalia-cli member-add URL LOGIN coder).</source>
        <translation>⁨%1⁩: يمكنك عرض هذا المشروع دون تغييره: دورك على الخادم هو viewer (القارئ). يستطيع مالكه أن يجعلك coder (مرمِّزًا) بالأمر marginalia-cli member-add URL LOGIN coder.</translation>
    </message>
    <message>
        <source>Only documents meeting CONDITION on their attributes, e.g. &quot;year&gt;=2017 and type=resolution&quot;.</source>
        <translation>المستندات التي تستوفي سماتها الشرط CONDITION فقط، مثل &quot;year&gt;=2017 and type=resolution&quot;.</translation>
    </message>
    <message>
        <source>Only the documents of this set.</source>
        <translation>مستندات هذه المجموعة فقط.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or xlsx (an Excel workbook; needs --output).</source>
        <translation>صيغة الإخراج: table (جدول، الافتراضي) أو csv أو xlsx (مصنَّف Excel؛ يحتاج إلى --output).</translation>
    </message>
    <message>
        <source>Output format: table (default) or csv.</source>
        <translation>صيغة الإخراج: table (جدول، الافتراضي) أو csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>الكتابة إلى FILE بدلًا من المخرج القياسي.</translation>
    </message>
    <message>
        <source>CSV: write cells exactly, without neutralising cells that a spreadsheet would run as formulas (=, +, -, @).</source>
        <translation>CSV: كتابة الخلايا كما هي تمامًا، دون تحييد الخلايا التي قد يشغّلها برنامج جداول البيانات بوصفها صيغًا (=, +, -, @).</translation>
    </message>
    <message>
        <source>CSV: begin with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV: البدء بعلامة ترتيب البايتات (BOM) لترميز UTF-8 (من أجل Excel).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: there is no document named &quot;%2&quot;; &quot;marginalia-cli documents&quot; lists them.</source>
        <translation>⁨%1⁩: لا يوجد مستند باسم &quot;⁨%2⁩&quot;؛ الأمر &quot;marginalia-cli documents&quot; يسرد المستندات.</translation>
    </message>
    <message>
        <source>%1: there is no coder &quot;%2&quot;.</source>
        <translation>⁨%1⁩: لا يوجد مرمِّز باسم &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code path; separate levels with &quot;/&quot;, e.g. Protection/Children.</source>
        <translation>&quot;⁨%1⁩&quot; ليس مسار رمز؛ افصل بين المستويات بالشرطة المائلة &quot;/&quot;، مثل الحماية/الأطفال.</translation>
    </message>
    <message>
        <source>%1: there is no code &quot;%2&quot;; &quot;marginalia-cli codes&quot; shows the codebook.</source>
        <translation>⁨%1⁩: لا يوجد رمز باسم &quot;⁨%2⁩&quot;؛ الأمر &quot;marginalia-cli codes&quot; يعرض دليل الترميز.</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>أُنشئ المشروع ⁨%1⁩</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>ملف المشروع.</translation>
    </message>
    <message>
        <source>Files to import, or folders: their documents are imported, subfolders included, hidden files left out.</source>
        <translation>الملفات المراد استيرادها، أو مجلدات: تُستورد مستنداتها بما فيها المجلدات الفرعية، وتُستبعد الملفات المخفية.</translation>
    </message>
    <message>
        <source>Refuse files larger than MB megabytes (default %1).</source>
        <translation>رفض الملفات التي يزيد حجمها على MB ميغابايت (الافتراضي ⁨%1⁩).</translation>
    </message>
    <message>
        <source>Import a file even when the project already has a document from the same file.</source>
        <translation>استيراد الملف حتى لو كان في المشروع مستند من الملف نفسه.</translation>
    </message>
    <message>
        <source>--max-size takes a positive number of megabytes.</source>
        <translation>يأخذ الخيار --max-size عددًا موجبًا من الميغابايتات.</translation>
    </message>
    <message>
        <source>importing %1 of %2: %3</source>
        <translation>استيراد ⁨%1⁩ من ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>refused: %1: the project already has this file, as the document &quot;%2&quot;; --allow-duplicates imports it again.</source>
        <translation>مرفوض: ⁨%1⁩: هذا الملف موجود في المشروع بالفعل بوصفه المستند &quot;⁨%2⁩&quot;؛ والخيار --allow-duplicates يستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>مرفوض: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>⁨%1⁩ حرف</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>⁨%n⁩ صفحات</numerusform>
            <numerusform>⁨%n⁩ صفحة</numerusform>
            <numerusform>⁨%n⁩ صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>imported &quot;%1&quot; from %2: %3</source>
        <translation>استُورد &quot;⁨%1⁩&quot; من ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 of %2 files imported.</source>
        <translation>استُورد ⁨%1⁩ من أصل ⁨%2⁩ من الملفات.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused, each named above with the reason.</source>
        <translation>
            <numerusform>لم يُرفض أي ملف.</numerusform>
            <numerusform>رُفض ملف واحد، وهو مذكور أعلاه مع السبب.</numerusform>
            <numerusform>رُفض ملفان، وكلاهما مذكور أعلاه مع السبب.</numerusform>
            <numerusform>رُفضت ⁨%n⁩ ملفات، وكل منها مذكور أعلاه مع السبب.</numerusform>
            <numerusform>رُفض ⁨%n⁩ ملفًا، وكل منها مذكور أعلاه مع السبب.</numerusform>
            <numerusform>رُفض ⁨%n⁩ ملف، وكل منها مذكور أعلاه مع السبب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders skipped, of types Marginalia does not import (%1%2).</source>
        <translation>
            <numerusform>لم يُتخطَّ أي ملف في المجلدات من أنواع لا يستوردها Marginalia (⁨%1⁩⁨%2⁩).</numerusform>
            <numerusform>تم تخطي ملف واحد في المجلدات من نوع لا يستورده Marginalia (⁨%1⁩⁨%2⁩).</numerusform>
            <numerusform>تم تخطي ملفين في المجلدات من أنواع لا يستوردها Marginalia (⁨%1⁩⁨%2⁩).</numerusform>
            <numerusform>تم تخطي ⁨%n⁩ ملفات في المجلدات من أنواع لا يستوردها Marginalia (⁨%1⁩⁨%2⁩).</numerusform>
            <numerusform>تم تخطي ⁨%n⁩ ملفًا في المجلدات من أنواع لا يستوردها Marginalia (⁨%1⁩⁨%2⁩).</numerusform>
            <numerusform>تم تخطي ⁨%n⁩ ملف في المجلدات من أنواع لا يستوردها Marginalia (⁨%1⁩⁨%2⁩).</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>ترميز الأحرف</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>documents: %1</source>
        <translation>المستندات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The code&apos;s colour, #RRGGBB.</source>
        <translation>لون الرمز، بالصيغة #RRGGBB.</translation>
    </message>
    <message>
        <source>What the code means and when to use it.</source>
        <translation>ما يعنيه الرمز ومتى يُستخدم.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; exists already.</source>
        <translation>الرمز &quot;⁨%1⁩&quot; موجود بالفعل.</translation>
    </message>
    <message>
        <source>added code &quot;%1&quot; (%2)</source>
        <translation>أُضيف الرمز &quot;⁨%1⁩&quot; (⁨%2⁩)</translation>
    </message>
    <message>
        <source>The codebook is empty; add codes with &quot;marginalia-cli code-add&quot;.</source>
        <translation>دليل الترميز فارغ؛ أضف رموزًا بالأمر &quot;marginalia-cli code-add&quot;.</translation>
    </message>
    <message>
        <source>codings: %1</source>
        <translation>الترميزات: ⁨%1⁩</translation>
    </message>
    <message>
        <source> (%1 with subcodes)</source>
        <translation> (⁨%1⁩ مع الرموز الفرعية)</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>بلا لون</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>(مجلد)</translation>
    </message>
    <message>
        <source>renamed &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>أُعيدت تسمية &quot;⁨%1⁩&quot; إلى &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Place among the new siblings, from 0 (default: last).</source>
        <translation>الموضع بين الرموز الشقيقة الجديدة، بدءًا من 0 (الافتراضي: الأخير).</translation>
    </message>
    <message>
        <source>--position takes a number from 0.</source>
        <translation>يأخذ الخيار --position عددًا بدءًا من 0.</translation>
    </message>
    <message>
        <source>moved &quot;%1&quot; to %2</source>
        <translation>نُقل &quot;⁨%1⁩&quot; إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>merged &quot;%1&quot; into &quot;%2&quot;: %3 codings moved, %4 duplicates dropped, %5 subcodes moved</source>
        <translation>دُمج &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot;: الترميزات المنقولة: ⁨%3⁩، والمكررات المُسقطة: ⁨%4⁩، والرموز الفرعية المنقولة: ⁨%5⁩</translation>
    </message>
    <message>
        <source>deleted &quot;%1&quot; with %2 subcodes and %3 codings</source>
        <translation>حُذف &quot;⁨%1⁩&quot; مع رموزه الفرعية (⁨%2⁩) وترميزاته (⁨%3⁩)</translation>
    </message>
    <message>
        <source>The document&apos;s name.</source>
        <translation>اسم المستند.</translation>
    </message>
    <message>
        <source>The code&apos;s path, e.g. Protection/Children.</source>
        <translation>مسار الرمز، مثل الحماية/الأطفال.</translation>
    </message>
    <message>
        <source>Code the characters START to END (code points, END exclusive).</source>
        <translation>ترميز الأحرف من START إلى END (بنقاط ترميز Unicode، دون END نفسه).</translation>
    </message>
    <message>
        <source>Code every occurrence of TEXT.</source>
        <translation>ترميز كل موضع يرد فيه TEXT.</translation>
    </message>
    <message>
        <source>Code every match of the regular expression RE (PCRE syntax).</source>
        <translation>ترميز كل مطابقة للتعبير النمطي RE (بصياغة PCRE).</translation>
    </message>
    <message>
        <source>With --match or --regex: ignore letter case.</source>
        <translation>مع --match أو --regex: تجاهُل حالة الأحرف.</translation>
    </message>
    <message>
        <source>Who codes (default: $MARGINALIA_CODER or the login name).</source>
        <translation>المرمِّز (الافتراضي: $MARGINALIA_CODER أو اسم الدخول).</translation>
    </message>
    <message>
        <source>A memo for each coding made.</source>
        <translation>مذكرة لكل ترميز يُنشأ.</translation>
    </message>
    <message>
        <source>--document NAME is required.</source>
        <translation>الخيار --document NAME مطلوب.</translation>
    </message>
    <message>
        <source>--code PATH is required.</source>
        <translation>الخيار --code PATH مطلوب.</translation>
    </message>
    <message>
        <source>give exactly one of --range START:END, --match TEXT or --regex RE.</source>
        <translation>حدِّد واحدًا فقط من --range START:END أو --match TEXT أو --regex RE.</translation>
    </message>
    <message>
        <source>--range takes START:END in characters, e.g. --range 120:245.</source>
        <translation>يأخذ الخيار --range القيمة START:END بالأحرف، مثل --range 120:245.</translation>
    </message>
    <message>
        <source>the regular expression &quot;%1&quot; is invalid at position %2: %3</source>
        <translation>التعبير النمطي &quot;⁨%1⁩&quot; غير صالح عند الموضع ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>--match needs some text.</source>
        <translation>يحتاج الخيار --match إلى نص.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; apply one of its subcodes.</source>
        <translation>&quot;⁨%1⁩&quot; مجلد رموز ولا يُطبَّق على النص؛ طبِّق أحد رموزه الفرعية.</translation>
    </message>
    <message>
        <source>the range %1:%2 is not inside &quot;%3&quot;, which has characters 0:%4; a range needs 0 &lt;= START &lt; END &lt;= %4.</source>
        <translation>النطاق ⁨%1⁩:⁨%2⁩ ليس داخل &quot;⁨%3⁩&quot; الذي يضم الأحرف 0:⁨%4⁩؛ يجب أن يحقق النطاق 0 &lt;= START &lt; END &lt;= ⁨%4⁩.</translation>
    </message>
    <message>
        <source>no match in &quot;%1&quot;; 0 codings made.</source>
        <translation>لا مطابقة في &quot;⁨%1⁩&quot;؛ عدد الترميزات المُنشأة: 0.</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>يجب أن يكون للمرمِّز اسم.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; in &quot;%2&quot; by %3</source>
        <translation>
            <numerusform>لم يُنشأ أي ترميز: &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot; بواسطة ⁨%3⁩</numerusform>
            <numerusform>أُنشئ ترميز واحد: &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot; بواسطة ⁨%3⁩</numerusform>
            <numerusform>أُنشئ ترميزان: &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot; بواسطة ⁨%3⁩</numerusform>
            <numerusform>أُنشئت ⁨%n⁩ ترميزات: &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot; بواسطة ⁨%3⁩</numerusform>
            <numerusform>أُنشئ ⁨%n⁩ ترميزًا: &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot; بواسطة ⁨%3⁩</numerusform>
            <numerusform>أُنشئ ⁨%n⁩ ترميز: &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot; بواسطة ⁨%3⁩</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 existed already)</source>
        <translation> (كان ⁨%1⁩ منها موجودًا بالفعل)</translation>
    </message>
    <message>
        <source>The memo of this document.</source>
        <translation>مذكرة هذا المستند.</translation>
    </message>
    <message>
        <source>The memo of this code.</source>
        <translation>مذكرة هذا الرمز.</translation>
    </message>
    <message>
        <source>The memo of the coding with this GUID.</source>
        <translation>مذكرة الترميز ذي المعرِّف GUID هذا.</translation>
    </message>
    <message>
        <source>give at most one of --document, --code, --coding (none: the project memo).</source>
        <translation>حدِّد واحدًا على الأكثر من --document أو --code أو --coding (دون أي منها: مذكرة المشروع).</translation>
    </message>
    <message>
        <source>%1: there is no coding with GUID %2; &quot;marginalia-cli excerpts --format csv&quot; lists them.</source>
        <translation>⁨%1⁩: لا يوجد ترميز معرِّفه GUID ⁨%2⁩؛ الأمر &quot;marginalia-cli excerpts --format csv&quot; يسرد الترميزات.</translation>
    </message>
    <message>
        <source>memo saved</source>
        <translation>حُفظت المذكرة</translation>
    </message>
    <message>
        <source>--coders needs at least %1 names, separated by commas.</source>
        <translation>يحتاج الخيار --coders إلى ⁨%1⁩ من الأسماء على الأقل، مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>The coders to compare, comma-separated (default: everyone who coded).</source>
        <translation>المرمِّزون المراد مقارنتهم، مفصولين بفواصل (الافتراضي: كل من رمَّز).</translation>
    </message>
    <message>
        <source>Only this code.</source>
        <translation>هذا الرمز فقط.</translation>
    </message>
    <message>
        <source>A code covers what its subcodes cover too.</source>
        <translation>يشمل الرمز ما تشمله رموزه الفرعية أيضًا.</translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation>هذا المستند فقط.</translation>
    </message>
    <message>
        <source>One row per code (default, pooled over the documents) or per code and document.</source>
        <translation>صف واحد لكل رمز (الافتراضي، مجمَّعًا على المستندات كلها) أو لكل رمز ومستند.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot;; use --by code or document.</source>
        <translation>تجميع غير معروف &quot;⁨%1⁩&quot;؛ استخدم --by code أو document.</translation>
    </message>
    <message>
        <source>coders: %1</source>
        <translation>المرمِّزون: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The students&apos; copy to write (a new file).</source>
        <translation>نسخة الطلاب المراد كتابتها (ملف جديد).</translation>
    </message>
    <message>
        <source>Leave this coder&apos;s codings out (repeat for several): the key, so coding is blind.</source>
        <translation>استبعاد ترميزات هذا المرمِّز (كرِّر الخيار لعدة مرمِّزين): مفتاح الإجابة، كي يرمِّز الطلاب دون الاطلاع عليه.</translation>
    </message>
    <message>
        <source>Leave every coding and coder out.</source>
        <translation>استبعاد كل الترميزات والمرمِّزين.</translation>
    </message>
    <message>
        <source>Leave every memo out.</source>
        <translation>استبعاد كل المذكرات.</translation>
    </message>
    <message>
        <source>%1: a hand-out is written to a new project file; to share it on a server, push that file (marginalia-cli push FILE URL).</source>
        <translation>⁨%1⁩: تُكتب النسخة الموزَّعة في ملف مشروع جديد؛ ولمشاركتها على خادم، ارفع ذلك الملف (marginalia-cli push FILE URL).</translation>
    </message>
    <message>
        <source>wrote %1: %2 documents, %3 codes, %4 codings kept</source>
        <translation>كُتب ⁨%1⁩: المستندات: ⁨%2⁩، والرموز: ⁨%3⁩، والترميزات المُبقاة: ⁨%4⁩</translation>
    </message>
    <message>
        <source>left out: %1 (%2 codings)</source>
        <translation>المستبعَد: ⁨%1⁩ (الترميزات: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Projects to merge into TARGET: .marginalia files or REFI-QDA .qdpx.</source>
        <translation>المشاريع المراد دمجها في TARGET: ملفات .marginalia أو ملفات .qdpx بصيغة REFI-QDA.</translation>
    </message>
    <message>
        <source>merging %1 projects</source>
        <translation>جارٍ دمج ⁨%1⁩ من المشاريع</translation>
    </message>
    <message>
        <source>%1 (nothing was merged)</source>
        <translation>⁨%1⁩ (لم يُدمج شيء)</translation>
    </message>
    <message>
        <source>merged %1 projects into %2; %3 conflicts reported</source>
        <translation>دُمجت المشاريع (⁨%1⁩) في ⁨%2⁩؛ التعارضات المُبلَّغ عنها: ⁨%3⁩</translation>
    </message>
    <message>
        <source>The coder whose codings are the key.</source>
        <translation>المرمِّز الذي تمثل ترميزاته مفتاح الإجابة.</translation>
    </message>
    <message>
        <source>The coders to score, comma-separated (default: everyone but the key who coded).</source>
        <translation>المرمِّزون المراد تقييمهم، مفصولين بفواصل (الافتراضي: كل من رمَّز عدا صاحب مفتاح الإجابة).</translation>
    </message>
    <message>
        <source>Also write the class report: a printable HTML page with the table and a chart.</source>
        <translation>كتابة تقرير الصف أيضًا: صفحة HTML قابلة للطباعة فيها الجدول ورسم بياني.</translation>
    </message>
    <message>
        <source>score needs --key NAME: the coder whose codings are the key.</source>
        <translation>يحتاج الأمر score إلى --key NAME: المرمِّز الذي تمثل ترميزاته مفتاح الإجابة.</translation>
    </message>
    <message>
        <source>(all codes)</source>
        <translation>(كل الرموز)</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>مفتاح الإجابة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The two coders to compare: A,B.</source>
        <translation>المرمِّزان المراد مقارنتهما: A,B.</translation>
    </message>
    <message>
        <source>disagreements needs --coders A,B: the two coders to compare.</source>
        <translation>يحتاج الأمر disagreements إلى --coders A,B: المرمِّزَين المراد مقارنتهما.</translation>
    </message>
    <message>
        <source>--coders takes exactly two names for disagreements, e.g. --coders alice,bob.</source>
        <translation>يأخذ الخيار --coders اسمين بالضبط مع disagreements، مثل --coders alice,bob.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>⁨%1⁩ فقط</translation>
    </message>
    <message>
        <source>disagreements: %1</source>
        <translation>الاختلافات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Group by code (default), document or coder.</source>
        <translation>التجميع حسب code (الرمز، الافتراضي) أو document (المستند) أو coder (المرمِّز).</translation>
    </message>
    <message>
        <source>Count only this coder&apos;s codings.</source>
        <translation>عدّ ترميزات هذا المرمِّز فقط.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot;; use --by code, document or coder.</source>
        <translation>تجميع غير معروف &quot;⁨%1⁩&quot;؛ استخدم --by code أو document أو coder.</translation>
    </message>
    <message>
        <source>What the rows are: codes (the default and, for now, the only choice).</source>
        <translation>ما تمثله الصفوف: codes (الرموز؛ الافتراضي والخيار الوحيد حاليًا).</translation>
    </message>
    <message>
        <source>What the columns are: documents (default), attribute:NAME (one per value of the documents&apos; attribute NAME), cases, case-attribute:NAME (one per value of the cases&apos; attribute NAME), or codes for co-occurrence.</source>
        <translation>ما تمثله الأعمدة: documents (المستندات، الافتراضي)، أو attribute:NAME (عمود لكل قيمة من قيم السمة NAME للمستندات)، أو cases (الحالات)، أو case-attribute:NAME (عمود لكل قيمة من قيم السمة NAME للحالات)، أو codes (الرموز) للتواجد المشترك.</translation>
    </message>
    <message>
        <source>What a cell counts: codings (default), documents, characters or presence (0/1).</source>
        <translation>ما تعدّه الخلية: codings (الترميزات، الافتراضي) أو documents (المستندات) أو characters (الأحرف) أو presence (الوجود، 0/1).</translation>
    </message>
    <message>
        <source>With --columns codes: when two codings co-occur: overlap (default), within:N (at most N characters apart) or paragraph (in a common paragraph).</source>
        <translation>مع --columns codes: متى يُعدّ الترميزان متواجدين معًا: overlap (التداخل، الافتراضي) أو within:N (تفصل بينهما N حرفًا على الأكثر) أو paragraph (في فقرة مشتركة).</translation>
    </message>
    <message>
        <source>A code&apos;s row (and column) counts the codings of its subcodes too.</source>
        <translation>يعدّ صف الرمز (وعموده) ترميزات رموزه الفرعية أيضًا.</translation>
    </message>
    <message>
        <source>Only the codes of this code set as rows (and, with --columns codes, as columns).</source>
        <translation>رموز مجموعة الرموز هذه فقط صفوفًا (وأعمدةً أيضًا مع --columns codes).</translation>
    </message>
    <message>
        <source>unknown row kind &quot;%1&quot;; use --rows codes.</source>
        <translation>نوع صفوف غير معروف &quot;⁨%1⁩&quot;؛ استخدم --rows codes.</translation>
    </message>
    <message>
        <source>unknown column kind &quot;%1&quot;; use --columns documents, attribute:NAME, cases, case-attribute:NAME or codes.</source>
        <translation>نوع أعمدة غير معروف &quot;⁨%1⁩&quot;؛ استخدم --columns documents أو attribute:NAME أو cases أو case-attribute:NAME أو codes.</translation>
    </message>
    <message>
        <source>unknown cell measure &quot;%1&quot;; use codings, documents, characters or presence.</source>
        <translation>مقياس خلايا غير معروف &quot;⁨%1⁩&quot;؛ استخدم codings أو documents أو characters أو presence.</translation>
    </message>
    <message>
        <source>--cooccurrence needs --columns codes.</source>
        <translation>يحتاج الخيار --cooccurrence إلى --columns codes.</translation>
    </message>
    <message>
        <source>unknown co-occurrence &quot;%1&quot;; use overlap, within:N (N characters, 0 or more) or paragraph.</source>
        <translation>تواجد مشترك غير معروف &quot;⁨%1⁩&quot;؛ استخدم overlap أو within:N (عدد N من الأحرف، 0 أو أكثر) أو paragraph.</translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook: give the file with --output.</source>
        <translation>الخيار --format xlsx يكتب مصنَّفًا: حدِّد الملف بالخيار --output.</translation>
    </message>
    <message>
        <source>There is no code set &quot;%1&quot;; &quot;marginalia-cli sets --codes&quot; lists them.</source>
        <translation>لا توجد مجموعة رموز باسم &quot;⁨%1⁩&quot;؛ الأمر &quot;marginalia-cli sets --codes&quot; يسردها.</translation>
    </message>
    <message>
        <source>%1 has no cases yet: add them with &quot;marginalia-cli cases&quot;, or use --columns attribute:NAME to group documents by an attribute.</source>
        <translation>لا حالات في ⁨%1⁩ بعد: أضفها بالأمر &quot;marginalia-cli cases&quot;، أو استخدم --columns attribute:NAME لتجميع المستندات حسب سمة.</translation>
    </message>
    <message>
        <source>Only codings of this code.</source>
        <translation>ترميزات هذا الرمز فقط.</translation>
    </message>
    <message>
        <source>With --code: also the codings of its subcodes.</source>
        <translation>مع --code: ترميزات رموزه الفرعية أيضًا.</translation>
    </message>
    <message>
        <source>Only this coder&apos;s codings.</source>
        <translation>ترميزات هذا المرمِّز فقط.</translation>
    </message>
    <message>
        <source>Only codings in this document.</source>
        <translation>الترميزات في هذا المستند فقط.</translation>
    </message>
    <message>
        <source>--include-subcodes goes with --code PATH.</source>
        <translation>يُستخدم الخيار --include-subcodes مع --code PATH.</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>الصفحات ⁨%1⁩</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>ص. ⁨%1⁩</translation>
    </message>
    <message>
        <source>memo: %1</source>
        <translation>المذكرة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>excerpts: %1</source>
        <translation>المقتطفات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The cases&apos; attributes instead of the documents&apos;: a first column &quot;case&quot;; --import adds the cases it names that the project does not have.</source>
        <translation>سمات الحالات بدلًا من سمات المستندات: العمود الأول &quot;case&quot;؛ ويضيف --import الحالات التي يذكرها وليست في المشروع.</translation>
    </message>
    <message>
        <source>Set the documents&apos; attributes from a CSV: a column &quot;document&quot;, then one per attribute (NAME or NAME:TYPE, TYPE text, number, date, yes/no or list). All or nothing.</source>
        <translation>تعيين سمات المستندات من ملف CSV: عمود &quot;document&quot;، ثم عمود لكل سمة (NAME أو NAME:TYPE، حيث TYPE أحد: text أو number أو date أو yes/no أو list). إما الكل وإما لا شيء.</translation>
    </message>
    <message>
        <source>Write the documents&apos; attributes to a CSV, in the form --import reads (- for standard output).</source>
        <translation>كتابة سمات المستندات في ملف CSV بالصيغة التي يقرؤها --import (- للمخرج القياسي).</translation>
    </message>
    <message>
        <source>give --import or --export, not both.</source>
        <translation>حدِّد --import أو --export، لا كليهما.</translation>
    </message>
    <message>
        <source>%1 cases read; %2 values set, %3 removed</source>
        <translation>الحالات المقروءة: ⁨%1⁩؛ القيم المعيَّنة: ⁨%2⁩، والمُزالة: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1 documents read; %2 values set, %3 removed</source>
        <translation>المستندات المقروءة: ⁨%1⁩؛ القيم المعيَّنة: ⁨%2⁩، والمُزالة: ⁨%3⁩</translation>
    </message>
    <message>
        <source>cases added: %1</source>
        <translation>الحالات المُضافة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>attributes added: %1</source>
        <translation>السمات المُضافة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>تتعذر الكتابة إلى المخرج القياسي</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>السمات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add a case of this name.</source>
        <translation>إضافة حالة بهذا الاسم.</translation>
    </message>
    <message>
        <source>Remove the case of this name (not its documents).</source>
        <translation>إزالة الحالة التي تحمل هذا الاسم (دون مستنداتها).</translation>
    </message>
    <message>
        <source>Assign --document NAME (or a --range of it) to this case.</source>
        <translation>إسناد --document NAME (أو نطاق --range منه) إلى هذه الحالة.</translation>
    </message>
    <message>
        <source>With --assign: the document.</source>
        <translation>مع --assign: المستند.</translation>
    </message>
    <message>
        <source>With --assign: only the passage START:END of the document (code points).</source>
        <translation>مع --assign: المقطع START:END من المستند فقط (بنقاط ترميز Unicode).</translation>
    </message>
    <message>
        <source>give one of --add, --remove and --assign.</source>
        <translation>حدِّد واحدًا من --add أو --remove أو --assign.</translation>
    </message>
    <message>
        <source>--assign CASE goes with --document NAME.</source>
        <translation>يُستخدم --assign CASE مع --document NAME.</translation>
    </message>
    <message>
        <source>--range is START:END with START &lt; END, e.g. 120:480.</source>
        <translation>صيغة --range هي START:END حيث START &lt; END، مثل 120:480.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>لا توجد حالة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>documents and passages</source>
        <translation>المستندات والمقاطع</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>الحالات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add a set of this name.</source>
        <translation>إضافة مجموعة بهذا الاسم.</translation>
    </message>
    <message>
        <source>With --add: the set is the documents meeting CONDITION, whenever it is used.</source>
        <translation>مع --add: تضم المجموعة المستندات التي تستوفي CONDITION في كل مرة تُستخدم فيها.</translation>
    </message>
    <message>
        <source>With --add: a document of the set (repeat for more).</source>
        <translation>مع --add: مستند من المجموعة (كرِّر الخيار لإضافة المزيد).</translation>
    </message>
    <message>
        <source>With --add: a code of a code set (repeat for more); the set is then one of codes.</source>
        <translation>مع --add: رمز من مجموعة رموز (كرِّر الخيار لإضافة المزيد)؛ وتكون المجموعة عندئذٍ مجموعة رموز.</translation>
    </message>
    <message>
        <source>Remove the set of this name.</source>
        <translation>إزالة المجموعة التي تحمل هذا الاسم.</translation>
    </message>
    <message>
        <source>The sets of codes: list them, or with --remove remove one of them.</source>
        <translation>مجموعات الرموز: سردها، أو إزالة إحداها مع --remove.</translation>
    </message>
    <message>
        <source>give --add or --remove, not both.</source>
        <translation>حدِّد --add أو --remove، لا كليهما.</translation>
    </message>
    <message>
        <source>a set holds documents (--where, --document) or codes (--code), not both.</source>
        <translation>تضم المجموعة مستندات (--where أو --document) أو رموزًا (--code)، لا كليهما.</translation>
    </message>
    <message>
        <source>--add NAME needs --where CONDITION or its documents (--document NAME, repeated), or its codes (--code PATH, repeated).</source>
        <translation>يحتاج --add NAME إلى --where CONDITION، أو إلى مستنداتها (--document NAME، مكررًا)، أو إلى رموزها (--code PATH، مكررًا).</translation>
    </message>
    <message>
        <source>code set &quot;%1&quot; added: %2 codes</source>
        <translation>أُضيفت مجموعة الرموز &quot;⁨%1⁩&quot; (عدد الرموز: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>There is no code set &quot;%1&quot;.</source>
        <translation>لا توجد مجموعة رموز باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>code set</source>
        <translation>مجموعة الرموز</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>code paths</source>
        <translation>مسارات الرموز</translation>
    </message>
    <message>
        <source>code sets: %1</source>
        <translation>مجموعات الرموز: ⁨%1⁩</translation>
    </message>
    <message>
        <source>set &quot;%1&quot; added: %2 documents now</source>
        <translation>أُضيفت المجموعة &quot;⁨%1⁩&quot; (عدد المستندات الآن: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot;.</source>
        <translation>لا توجد مجموعة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>sets: %1</source>
        <translation>المجموعات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>QUERY is a regular expression (PCRE syntax), run over every text.</source>
        <translation>QUERY تعبير نمطي (بصياغة PCRE) يُطبَّق على كل نص.</translation>
    </message>
    <message>
        <source>QUERY is a run of characters, found inside words too (automatic for Chinese, Japanese, Thai...).</source>
        <translation>QUERY سلسلة أحرف يُبحث عنها داخل الكلمات أيضًا (تلقائي للصينية واليابانية والتايلاندية...).</translation>
    </message>
    <message>
        <source>With --regex or --substring: tell capitals apart.</source>
        <translation>مع --regex أو --substring: التمييز بين الأحرف الكبيرة والصغيرة.</translation>
    </message>
    <message>
        <source>Characters of context each side of a hit (default 40).</source>
        <translation>عدد أحرف السياق على جانبي كل نتيجة (الافتراضي 40).</translation>
    </message>
    <message>
        <source>Search the memos too (the project&apos;s, documents&apos;, codes&apos; and codings&apos;); their hits come after the text&apos;s, the source column saying whose memo.</source>
        <translation>البحث في المذكرات أيضًا (مذكرة المشروع ومذكرات المستندات والرموز والترميزات)؛ تأتي نتائجها بعد نتائج النص، ويبيِّن عمود المصدر صاحب المذكرة.</translation>
    </message>
    <message>
        <source>Code every hit with this code (auto-coding) instead of listing them.</source>
        <translation>ترميز كل نتيجة بهذا الرمز (ترميز تلقائي) بدلًا من سرد النتائج.</translation>
    </message>
    <message>
        <source>With --code: who codes (default: $MARGINALIA_CODER or the login name).</source>
        <translation>مع --code: المرمِّز (الافتراضي: $MARGINALIA_CODER أو اسم الدخول).</translation>
    </message>
    <message>
        <source>With --code: code the hit, its sentence or its paragraph (default hit).</source>
        <translation>مع --code: ترميز النتيجة (hit) أو جملتها (sentence) أو فقرتها (paragraph)؛ الافتراضي hit.</translation>
    </message>
    <message>
        <source>--regex and --substring are two ways to read QUERY; give one.</source>
        <translation>الخياران --regex و --substring طريقتان لقراءة QUERY؛ حدِّد أحدهما.</translation>
    </message>
    <message>
        <source>--context needs a number of characters from 0 to 10000.</source>
        <translation>يحتاج الخيار --context إلى عدد أحرف من 0 إلى 10000.</translation>
    </message>
    <message>
        <source>--extend is hit, sentence or paragraph, not &quot;%1&quot;.</source>
        <translation>قيمة --extend هي hit أو sentence أو paragraph، وليست &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>--coder and --extend go with --code PATH.</source>
        <translation>يُستخدم الخياران --coder و --extend مع --code PATH.</translation>
    </message>
    <message>
        <source>--memos lists hits in memos; they cannot be coded (leave out --code or --memos).</source>
        <translation>يسرد الخيار --memos النتائج في المذكرات، ولا يمكن ترميزها (احذف --code أو --memos).</translation>
    </message>
    <message>
        <source>QUERY is empty: give a word, a &quot;phrase&quot;, a prefix* or a pattern.</source>
        <translation>QUERY فارغ: حدِّد كلمة، أو &quot;عبارة&quot;، أو بادئة*، أو نمطًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; by %2</source>
        <translation>
            <numerusform>لم يُنشأ أي ترميز: &quot;⁨%1⁩&quot; بواسطة ⁨%2⁩</numerusform>
            <numerusform>أُنشئ ترميز واحد: &quot;⁨%1⁩&quot; بواسطة ⁨%2⁩</numerusform>
            <numerusform>أُنشئ ترميزان: &quot;⁨%1⁩&quot; بواسطة ⁨%2⁩</numerusform>
            <numerusform>أُنشئت ⁨%n⁩ ترميزات: &quot;⁨%1⁩&quot; بواسطة ⁨%2⁩</numerusform>
            <numerusform>أُنشئ ⁨%n⁩ ترميزًا: &quot;⁨%1⁩&quot; بواسطة ⁨%2⁩</numerusform>
            <numerusform>أُنشئ ⁨%n⁩ ترميز: &quot;⁨%1⁩&quot; بواسطة ⁨%2⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 hits; %2 already coded)</source>
        <translation>(النتائج: ⁨%1⁩؛ المرمَّز منها سابقًا: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>hits: %1 in %2 documents</source>
        <translation>النتائج: ⁨%1⁩ في ⁨%2⁩ من المستندات</translation>
    </message>
    <message>
        <source>; %1 in memos</source>
        <translation>؛ ⁨%1⁩ في المذكرات</translation>
    </message>
    <message>
        <source>%1: OK (%2 documents, %3 codes, %4 codings; no problems found)</source>
        <translation>⁨%1⁩: سليم (المستندات: ⁨%2⁩، الرموز: ⁨%3⁩، الترميزات: ⁨%4⁩؛ لم تُكتشف أي مشكلات)</translation>
    </message>
    <message>
        <source>%1: problems found: %2</source>
        <translation>⁨%1⁩: اكتُشفت مشكلات: ⁨%2⁩</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>تالف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>%1: a project on a server is backed up by the server (its administrator&apos;s pg_dump), not by marginalia-cli; for a file copy of it, run &quot;marginalia-cli pull %1 FILE&quot;.</source>
        <translation>⁨%1⁩: يتولى الخادم النسخ الاحتياطي للمشروع على الخادم (عبر pg_dump لدى مسؤوله)، لا marginalia-cli؛ وللحصول على نسخة منه في ملف، شغِّل &quot;marginalia-cli pull ⁨%1⁩ FILE&quot;.</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3 bytes, check ok)</source>
        <translation>نُسخ ⁨%1⁩ احتياطيًا إلى ⁨%2⁩ (⁨%3⁩ بايت، الفحص سليم)</translation>
    </message>
    <message>
        <source>path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>backups: %1</source>
        <translation>النسخ الاحتياطية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The backup to restore (&quot;marginalia-cli backups&quot; lists them).</source>
        <translation>النسخة الاحتياطية المراد استعادتها (الأمر &quot;marginalia-cli backups&quot; يسردها).</translation>
    </message>
    <message>
        <source>restored %1 from the backup of %2</source>
        <translation>استُعيد ⁨%1⁩ من النسخة الاحتياطية المأخوذة في ⁨%2⁩</translation>
    </message>
    <message>
        <source>the file it replaced is kept as %1</source>
        <translation>احتُفظ بالملف الذي حلّت محله باسم ⁨%1⁩</translation>
    </message>
    <message>
        <source>marginalia-cli %1: warning: no backup was made: %2</source>
        <translation>marginalia-cli ⁨%1⁩: تحذير: لم تُنشأ نسخة احتياطية: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The REFI-QDA project file to write (.qdpx).</source>
        <translation>ملف مشروع REFI-QDA المراد كتابته (.qdpx).</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>صُدِّر ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>The REFI-QDA project to import (.qdpx, or a folder with an unzipped one).</source>
        <translation>مشروع REFI-QDA المراد استيراده (.qdpx، أو مجلد فيه مشروع مفكوك الضغط).</translation>
    </message>
    <message>
        <source>The new project file to create (*.marginalia).</source>
        <translation>ملف المشروع الجديد المراد إنشاؤه (*.marginalia).</translation>
    </message>
    <message>
        <source>How selections&apos; positions count characters: auto (default: code points, unless the text shows UTF-16 units, as NVivo writes them), code-points (REFI-QDA) or utf16.</source>
        <translation>كيفية عدّ الأحرف في مواضع التحديدات: auto (الافتراضي: نقاط ترميز Unicode، ما لم يدل النص على وحدات UTF-16 كما يكتبها NVivo)، أو code-points (REFI-QDA)، أو utf16.</translation>
    </message>
    <message>
        <source>unknown --positions &quot;%1&quot;; use auto, code-points or utf16.</source>
        <translation>قيمة --positions غير معروفة &quot;⁨%1⁩&quot;؛ استخدم auto أو code-points أو utf16.</translation>
    </message>
    <message>
        <source>no temporary folder to import %1 into.</source>
        <translation>لا يوجد مجلد مؤقت لاستيراد ⁨%1⁩ إليه.</translation>
    </message>
    <message>
        <source>imported %1 into the new project %2</source>
        <translation>استُورد ⁨%1⁩ في المشروع الجديد ⁨%2⁩</translation>
    </message>
    <message>
        <source>The REFI-QDA codebook file to write (.qdc).</source>
        <translation>ملف دليل الترميز بصيغة REFI-QDA المراد كتابته (.qdc).</translation>
    </message>
    <message>
        <source>exported the codebook of %1 to %2: %3 codes</source>
        <translation>صُدِّر دليل ترميز ⁨%1⁩ إلى ⁨%2⁩ (عدد الرموز: ⁨%3⁩)</translation>
    </message>
    <message>
        <source>not in the codebook file: %1: %2</source>
        <translation>غير موجود في ملف دليل الترميز: ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The REFI-QDA codebook to merge (.qdc).</source>
        <translation>دليل الترميز بصيغة REFI-QDA المراد دمجه (.qdc).</translation>
    </message>
    <message>
        <source>merged the codebook %1 into %2</source>
        <translation>دُمج دليل الترميز ⁨%1⁩ في ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 documents, %2 codes, %3 coders, %4 codings</source>
        <translation>المستندات: ⁨%1⁩، الرموز: ⁨%2⁩، المرمِّزون: ⁨%3⁩، الترميزات: ⁨%4⁩</translation>
    </message>
    <message>
        <source>%1 is not a server project: give a URL, postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>⁨%1⁩ ليس مشروعًا على خادم: حدِّد عنوان URL بالصيغة postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME، أو ملف .marginalia-server.</translation>
    </message>
    <message>
        <source>%1
Nothing was copied, but the new project %2 could not be removed again (%3): remove it with &quot;marginalia-cli server-remove %2&quot;.</source>
        <translation>⁨%1⁩
لم يُنسخ شيء، لكن تعذرت إزالة المشروع الجديد ⁨%2⁩ بعد إنشائه (⁨%3⁩): أزِله بالأمر &quot;marginalia-cli server-remove ⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>%1
Nothing was copied; the server is as it was.</source>
        <translation>⁨%1⁩
لم يُنسخ شيء؛ والخادم على حاله.</translation>
    </message>
    <message>
        <source>The database: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (a ?project= is allowed and ignored).</source>
        <translation>قاعدة البيانات: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (يُسمح بإضافة ?project= ويُتجاهل).</translation>
    </message>
    <message>
        <source>%1 is not a server URL: give postgresql://[LOGIN@]HOST[:PORT]/DATABASE.</source>
        <translation>⁨%1⁩ ليس عنوان URL لخادم: حدِّد postgresql://[LOGIN@]HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>%1: ready for Marginalia projects (the schema &quot;marginalia&quot; holds their catalog; running server-init again changes nothing).</source>
        <translation>⁨%1⁩: جاهز لمشاريع Marginalia (المخطط &quot;marginalia&quot; يضم فهرسها؛ وتشغيل server-init مرة أخرى لا يغيّر شيئًا).</translation>
    </message>
    <message>
        <source>Next: &quot;marginalia-cli init URL?project=NAME&quot; for a new project, or &quot;marginalia-cli push FILE URL?project=NAME&quot; to put a project file on the server.</source>
        <translation>الخطوة التالية: &quot;marginalia-cli init URL?project=NAME&quot; لمشروع جديد، أو &quot;marginalia-cli push FILE URL?project=NAME&quot; لرفع ملف مشروع إلى الخادم.</translation>
    </message>
    <message>
        <source>The project file to put on the server.</source>
        <translation>ملف المشروع المراد رفعه إلى الخادم.</translation>
    </message>
    <message>
        <source>The new server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file. It must not exist yet.</source>
        <translation>المشروع الجديد على الخادم: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME، أو ملف .marginalia-server. يجب ألا يكون موجودًا بعد.</translation>
    </message>
    <message>
        <source>%1 is a server project; push takes a project file, then the server URL (to copy between servers, pull to a file and push that).</source>
        <translation>⁨%1⁩ مشروع على خادم؛ يأخذ الأمر push ملف مشروع ثم عنوان URL للخادم (للنسخ بين الخوادم، اسحب المشروع إلى ملف بالأمر pull ثم ارفع ذلك الملف بالأمر push).</translation>
    </message>
    <message>
        <source>pushed %1 to %2: %3 in %4 s</source>
        <translation>رُفع ⁨%1⁩ إلى ⁨%2⁩: ⁨%3⁩ في ⁨%4⁩ ث</translation>
    </message>
    <message>
        <source>You are its owner. Give your team access with &quot;marginalia-cli member-add URL LOGIN coder&quot; (or viewer).</source>
        <translation>أنت مالكه. امنح فريقك حق الوصول بالأمر &quot;marginalia-cli member-add URL LOGIN coder&quot; (أو viewer).</translation>
    </message>
    <message>
        <source>The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>المشروع على الخادم: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME، أو ملف .marginalia-server.</translation>
    </message>
    <message>
        <source>The new project file to write (*.marginalia).</source>
        <translation>ملف المشروع الجديد المراد كتابته (*.marginalia).</translation>
    </message>
    <message>
        <source>%1 is a server project; pull writes a project file (to copy between servers, pull to a file and push that).</source>
        <translation>⁨%1⁩ مشروع على خادم؛ يكتب الأمر pull ملف مشروع (للنسخ بين الخوادم، اسحب المشروع إلى ملف بالأمر pull ثم ارفع ذلك الملف بالأمر push).</translation>
    </message>
    <message>
        <source>%1: the file exists already; pull writes a new file.</source>
        <translation>⁨%1⁩: الملف موجود بالفعل؛ يكتب الأمر pull ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>pulled %1 into %2: %3 in %4 s</source>
        <translation>سُحب ⁨%1⁩ إلى ⁨%2⁩: ⁨%3⁩ في ⁨%4⁩ ث</translation>
    </message>
    <message>
        <source>The file is a copy: changes to it stay in it (&quot;marginalia-cli merge URL %1&quot; brings them back).</source>
        <translation>الملف نسخة: التغييرات عليه تبقى فيه (الأمر &quot;marginalia-cli merge URL ⁨%1⁩&quot; يعيدها إلى الخادم).</translation>
    </message>
    <message>
        <source>The server project to remove: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>المشروع المراد إزالته من الخادم: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME، أو ملف .marginalia-server.</translation>
    </message>
    <message>
        <source>removed %1 from its server, with everything it held and its members&apos; roles on it.</source>
        <translation>أُزيل ⁨%1⁩ من خادمه، مع كل ما كان يضمه وأدوار أعضائه فيه.</translation>
    </message>
    <message>
        <source>The server project (you must be one of its owners).</source>
        <translation>المشروع على الخادم (يجب أن تكون أحد مالكيه).</translation>
    </message>
    <message>
        <source>The member&apos;s login on the server (made by its administrator).</source>
        <translation>اسم دخول العضو على الخادم (ينشئه مسؤول الخادم).</translation>
    </message>
    <message>
        <source>owner (everything, and adds members), coder (codes as themself, adds and edits codes and memos) or viewer (reads).</source>
        <translation>owner (المالك: كل الصلاحيات، ويضيف الأعضاء)، أو coder (المرمِّز: يرمِّز باسمه، ويضيف الرموز والمذكرات ويحررها)، أو viewer (القارئ: يقرأ فقط).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use owner, coder or viewer.</source>
        <translation>&quot;⁨%1⁩&quot; ليس دورًا: استخدم owner أو coder أو viewer.</translation>
    </message>
    <message>
        <source>the login is empty.</source>
        <translation>اسم الدخول فارغ.</translation>
    </message>
    <message>
        <source>%1: %2 is now %3 of this project (any other role of theirs on it was taken back).</source>
        <translation>⁨%1⁩: أصبح ⁨%2⁩ ⁨%3⁩ في هذا المشروع (وسُحب منه أي دور آخر كان له فيه).</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>مالكًا</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>مرمِّزًا</translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation>قارئًا</translation>
    </message>
    <message>
        <source>The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>المشروع على الخادم: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME.</translation>
    </message>
    <message>
        <source>The connection file to write; &quot;.marginalia-server&quot; is added when missing.</source>
        <translation>ملف الاتصال المراد كتابته؛ تُضاف اللاحقة &quot;.marginalia-server&quot; إن لم تكن موجودة.</translation>
    </message>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>⁨%1⁩: الملف موجود بالفعل؛ اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>wrote %1: it opens %2 on a double click, and marginalia-cli takes it as PROJECT.</source>
        <translation>كُتب ⁨%1⁩: يفتح ⁨%2⁩ بنقرة مزدوجة، ويقبله marginalia-cli بوصفه PROJECT.</translation>
    </message>
    <message>
        <source>The URL&apos;s password was left out of the file: each member keeps theirs in ~/.pgpass.</source>
        <translation>لم تُكتب كلمة المرور الواردة في عنوان URL في الملف: يحتفظ كل عضو بكلمة مروره في ~/.pgpass.</translation>
    </message>
    <message>
        <source>Usage: marginalia-cli COMMAND PROJECT [options]</source>
        <translation>الاستخدام: marginalia-cli COMMAND PROJECT [الخيارات]</translation>
    </message>
    <message>
        <source>Qualitative coding of text documents, from the command line. Offsets are Unicode code points; CSV is RFC 4180 UTF-8.</source>
        <translation>الترميز النوعي للمستندات النصية من سطر الأوامر. المواضع بنقاط ترميز Unicode؛ وملفات CSV وفق RFC 4180 بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>PROJECT is a project file, or a project on a PostgreSQL server: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (?host=/run/postgresql for a socket folder), or a .marginalia-server file. Passwords come from ~/.pgpass, PGPASSFILE or a service file.</source>
        <translation>PROJECT ملف مشروع، أو مشروع على خادم PostgreSQL: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (استخدم ?host=/run/postgresql لمجلد مقبس)، أو ملف .marginalia-server. تُؤخذ كلمات المرور من ~/.pgpass أو PGPASSFILE أو ملف خدمة.</translation>
    </message>
    <message>
        <source>Run &quot;marginalia-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>شغِّل &quot;marginalia-cli COMMAND --help&quot; لعرض خيارات أمر ما.</translation>
    </message>
    <message>
        <source>marginalia-cli: unknown command &quot;%1&quot;.</source>
        <translation>marginalia-cli: أمر غير معروف &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>The project file (*.marginalia), or a project on a server: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME or a .marginalia-server file.</source>
        <translation>ملف المشروع (*.marginalia)، أو مشروع على خادم: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME أو ملف .marginalia-server.</translation>
    </message>
    <message>
        <source>Write the project report: a printable HTML page with the codebook, frequencies, excerpts, memos and agreement.</source>
        <translation>كتابة تقرير المشروع: صفحة HTML قابلة للطباعة فيها دليل الترميز والتكرارات والمقتطفات والمذكرات والاتفاق بين المرمِّزين.</translation>
    </message>
    <message>
        <source>The report to write (an HTML page; an existing file is replaced).</source>
        <translation>التقرير المراد كتابته (صفحة HTML؛ ويُستبدل أي ملف موجود).</translation>
    </message>
    <message>
        <source>List this code&apos;s excerpts (repeat for several; without it, no excerpts).</source>
        <translation>سرد مقتطفات هذا الرمز (كرِّر الخيار لعدة رموز؛ ودونه لا تُدرج أي مقتطفات).</translation>
    </message>
    <message>
        <source>With --code: also the excerpts of its subcodes.</source>
        <translation>مع --code: تضمين مقتطفات رموزه الفرعية أيضًا.</translation>
    </message>
    <message>
        <source>At most N excerpts per code (default 0: all of them).</source>
        <translation>الحد الأقصى لعدد المقتطفات لكل رمز: N (الافتراضي 0: كلها).</translation>
    </message>
    <message>
        <source>The coders whose agreement is reported, comma-separated (default: everyone who coded, when that is two or more).</source>
        <translation>المرمِّزون الذين يُعرض اتفاقهم، مفصولين بفواصل (الافتراضي: كل من رمَّز، إن كانوا اثنين أو أكثر).</translation>
    </message>
    <message>
        <source>Leave the agreement between coders out.</source>
        <translation>استبعاد الاتفاق بين المرمِّزين.</translation>
    </message>
    <message>
        <source>--max-excerpts needs a number, 0 or more; got &quot;%1&quot;.</source>
        <translation>يحتاج الخيار --max-excerpts إلى عدد، 0 أو أكثر؛ لكن القيمة المعطاة &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: the report is written to a file; give a file name such as report.html.</source>
        <translation>⁨%1⁩: يُكتب التقرير في ملف؛ حدِّد اسم ملف مثل report.html.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the report&apos;s file name, such as report.html.</source>
        <translation>⁨%1⁩ مجلد؛ حدِّد اسم ملف التقرير، مثل report.html.</translation>
    </message>
    <message>
        <source>Choose codes with --code PATH (marginalia-cli report --help).</source>
        <translation>اختر الرموز بالخيار --code PATH (marginalia-cli report --help).</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n code(s), </source>
        <translation>
            <numerusform>كُتب ⁨%1⁩: لا رموز، </numerusform>
            <numerusform>كُتب ⁨%1⁩: رمز واحد، </numerusform>
            <numerusform>كُتب ⁨%1⁩: رمزان، </numerusform>
            <numerusform>كُتب ⁨%1⁩: ⁨%n⁩ رموز، </numerusform>
            <numerusform>كُتب ⁨%1⁩: ⁨%n⁩ رمزًا، </numerusform>
            <numerusform>كُتب ⁨%1⁩: ⁨%n⁩ رمز، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>لا مقتطفات</numerusform>
            <numerusform>مقتطف واحد</numerusform>
            <numerusform>مقتطفان</numerusform>
            <numerusform>⁨%n⁩ مقتطفات</numerusform>
            <numerusform>⁨%n⁩ مقتطفًا</numerusform>
            <numerusform>⁨%n⁩ مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, agreement of %n coder(s)</source>
        <translation>
            <numerusform>، ولا اتفاق بين مرمِّزين</numerusform>
            <numerusform>، واتفاق مرمِّز واحد</numerusform>
            <numerusform>، والاتفاق بين مرمِّزَين</numerusform>
            <numerusform>، والاتفاق بين ⁨%n⁩ مرمِّزين</numerusform>
            <numerusform>، والاتفاق بين ⁨%n⁩ مرمِّزًا</numerusform>
            <numerusform>، والاتفاق بين ⁨%n⁩ مرمِّز</numerusform>
        </translation>
    </message>
    <message>
        <source>List a server project&apos;s members, each login with its role (any member may).</source>
        <translation>سرد أعضاء مشروع على الخادم، كل اسم دخول مع دوره (يحق ذلك لأي عضو).</translation>
    </message>
    <message>
        <source>Write CSV (the same as --format csv).</source>
        <translation>كتابة CSV (مثل --format csv).</translation>
    </message>
    <message>
        <source>The server project (any of its members may list them).</source>
        <translation>المشروع على الخادم (يحق لأي من أعضائه سردهم).</translation>
    </message>
    <message>
        <source>%1 is not a server project: members lists the members of a project on a server (a project file has none; &quot;marginalia-cli push FILE URL&quot; puts it on one).</source>
        <translation>⁨%1⁩ ليس مشروعًا على خادم: يسرد members أعضاء مشروع على خادم (ملف المشروع لا أعضاء له؛ والأمر &quot;marginalia-cli push FILE URL&quot; يضعه على خادم).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>لا أعضاء</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>⁨%n⁩ أعضاء</numerusform>
            <numerusform>⁨%n⁩ عضوًا</numerusform>
            <numerusform>⁨%n⁩ عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a login&apos;s role on a server project back (owners only; never the last owner).</source>
        <translation>سحب دور اسم دخول في مشروع على الخادم (للمالكين فقط؛ ولا يُسحب من آخر مالك).</translation>
    </message>
    <message>
        <source>The member whose role to take back.</source>
        <translation>العضو الذي يُسحب دوره.</translation>
    </message>
    <message>
        <source>%1: %2 has no role on this project any more; the codings made under their coders stay.</source>
        <translation>⁨%1⁩: لم يعد لـ ⁨%2⁩ أي دور في هذا المشروع؛ وتبقى الترميزات التي أُجريت بأسماء مرمِّزيه.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::Agreement</name>
    <message>
        <source>there is no text to compare</source>
        <translation>لا يوجد نص للمقارنة</translation>
    </message>
    <message>
        <source>there are no units to compare</source>
        <translation>لا توجد وحدات للمقارنة</translation>
    </message>
    <message>
        <source>no coder coded anything</source>
        <translation>لم يرمِّز أي مرمِّز شيئًا</translation>
    </message>
    <message>
        <source>every coder coded everything</source>
        <translation>رمَّز كل مرمِّز كل شيء</translation>
    </message>
    <message>
        <source>needs at least two coders</source>
        <translation>يحتاج إلى مرمِّزَين على الأقل</translation>
    </message>
    <message>
        <source>needs exactly two coders</source>
        <translation>يحتاج إلى مرمِّزَين اثنين بالضبط</translation>
    </message>
    <message>
        <source>the counts are inconsistent</source>
        <translation>الأعداد غير متسقة</translation>
    </message>
    <message>
        <source>no unit has values from two coders</source>
        <translation>لا توجد وحدة لها قيم من مرمِّزَين</translation>
    </message>
    <message>
        <source>every value is the same</source>
        <translation>كل القيم متطابقة</translation>
    </message>
    <message>
        <source>the ratio metric needs values of zero or more</source>
        <translation>مقياس النسبة يحتاج إلى قيم تساوي صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>the table is not square</source>
        <translation>الجدول ليس مربعًا</translation>
    </message>
    <message>
        <source>every unit needs the same number of ratings</source>
        <translation>يجب أن يكون لكل وحدة العدد نفسه من التقديرات</translation>
    </message>
    <message>
        <source>every rating is in the same category</source>
        <translation>كل التقديرات في الفئة نفسها</translation>
    </message>
    <message>
        <source>Unitizing alpha: %1 coders&apos; segments given for %2 coders</source>
        <translation>ألفا التقطيع: قُدِّمت مقاطع ⁨%1⁩ من المرمِّزين لـ ⁨%2⁩ من المرمِّزين</translation>
    </message>
    <message>
        <source>Unitizing alpha: a continuum has a negative length</source>
        <translation>ألفا التقطيع: طول أحد المتصلات سالب</translation>
    </message>
    <message>
        <source>Unitizing alpha: coder %1&apos;s segments are not sorted, overlap, are empty or lie outside the continuum</source>
        <translation>ألفا التقطيع: مقاطع المرمِّز ⁨%1⁩ غير مرتبة أو متداخلة أو فارغة أو تقع خارج المتصل</translation>
    </message>
    <message>
        <source>Unitizing alpha: %1 coders&apos; continua added to %2 coders&apos;</source>
        <translation>ألفا التقطيع: أُضيفت متصلات ⁨%1⁩ من المرمِّزين إلى متصلات ⁨%2⁩ من المرمِّزين</translation>
    </message>
    <message>
        <source>Unitizing alpha: the lengths of uncoded continua must be sorted and not negative</source>
        <translation>ألفا التقطيع: يجب أن تكون أطوال المتصلات غير المرمَّزة مرتبة وغير سالبة</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AtomicFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>⁨%1⁩: تتعذر الكتابة فيه: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AttributeCsv</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: is %2 MB, too large for a table of attributes.</source>
        <translation>⁨%1⁩: حجمه ⁨%2⁩ ميغابايت، وهو كبير جدًا على جدول سمات.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is empty; the first row names the columns: %2, then one per attribute.</source>
        <translation>⁨%1⁩: فارغ؛ يسمي الصف الأول الأعمدة: ⁨%2⁩، ثم عمودًا لكل سمة.</translation>
    </message>
    <message>
        <source>%1: the first column must be &quot;case&quot; (the cases&apos; names), not &quot;%2&quot;.</source>
        <translation>⁨%1⁩: يجب أن يكون العمود الأول &quot;case&quot; (أسماء الحالات)، لا &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: the first column must be &quot;document&quot; (the documents&apos; names), not &quot;%2&quot;.</source>
        <translation>⁨%1⁩: يجب أن يكون العمود الأول &quot;document&quot; (أسماء المستندات)، لا &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: column %2 has no name.</source>
        <translation>⁨%1⁩: العمود ⁨%2⁩ بلا اسم.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is there twice.</source>
        <translation>⁨%1⁩: العمود &quot;⁨%2⁩&quot; مكرر.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; says %3, but the project&apos;s attribute %2 is %4.</source>
        <translation>⁨%1⁩: يحدد العمود &quot;⁨%2⁩&quot; النوع ⁨%3⁩، لكن سمة المشروع ⁨%2⁩ من النوع ⁨%4⁩.</translation>
    </message>
    <message>
        <source>row %1: the %2 has no name</source>
        <translation>الصف ⁨%1⁩: ⁨%2⁩ بلا اسم</translation>
    </message>
    <message>
        <source>row %1: there is no document named &quot;%2&quot;</source>
        <translation>الصف ⁨%1⁩: لا يوجد مستند باسم &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has a row already</source>
        <translation>الصف ⁨%1⁩: &quot;⁨%2⁩&quot; له صف بالفعل</translation>
    </message>
    <message>
        <source>row %1: has %2 fields, the header %3</source>
        <translation>الصف ⁨%1⁩: فيه ⁨%2⁩ من الحقول، وفي الترويسة ⁨%3⁩</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>الصف ⁨%1⁩، العمود ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: nothing was imported; fix these and import again:</source>
        <translation>⁨%1⁩: لم يُستورد شيء؛ أصلح ما يلي ثم أعد الاستيراد:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و⁨%1⁩ غيرها</translation>
    </message>
    <message>
        <source>importing attributes from %1</source>
        <translation>استيراد السمات من ⁨%1⁩</translation>
    </message>
    <message>
        <source>Writing the attributes failed: %1</source>
        <translation>فشلت كتابة السمات: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AttributeTypes</name>
    <message>
        <source>There is no attribute &quot;%1&quot;: the project has no attributes yet.</source>
        <translation>لا توجد سمة باسم &quot;⁨%1⁩&quot;: لا سمات في المشروع بعد.</translation>
    </message>
    <message>
        <source>There is no attribute &quot;%1&quot; (there are: %2).</source>
        <translation>لا توجد سمة باسم &quot;⁨%1⁩&quot; (السمات الموجودة: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2 is a number).</source>
        <translation>&quot;⁨%1⁩&quot; ليس عددًا (⁨%2⁩ سمة عددية).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2017-05-04 (%2 is a date).</source>
        <translation>&quot;⁨%1⁩&quot; ليس تاريخًا مثل 2017-05-04 (⁨%2⁩ سمة تاريخ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (%2 is yes/no).</source>
        <translation>&quot;⁨%1⁩&quot; ليست قيمة نعم/لا (yes/no)، و⁨%2⁩ سمة من نوع نعم/لا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values of %2 (%3).</source>
        <translation>&quot;⁨%1⁩&quot; ليس من قيم ⁨%2⁩ (⁨%3⁩).</translation>
    </message>
    <message>
        <source>Unknown attribute type.</source>
        <translation>نوع سمة غير معروف.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::BatchImporter</name>
    <message>
        <source>%1: the project already has this file, as the document &quot;%2&quot;.</source>
        <translation>⁨%1⁩: هذا الملف موجود في المشروع بالفعل بوصفه المستند &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ClassReport</name>
    <message>
        <source>Class report: %1</source>
        <translation>تقرير الصف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Each student&apos;s coding compared with the key (%1), character by character: Cohen&apos;s kappa per code, and over all codes either coded. Made %2 by Marginalia.</source>
        <translation>ترميز كل طالب مقارنًا بمفتاح الإجابة (⁨%1⁩)، حرفًا بحرف: كابا كوهين لكل رمز، وعلى جميع الرموز التي رمَّز بها أيٌّ من الطرفين. أُعدّ في ⁨%2⁩ بواسطة Marginalia.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa with the key</source>
        <translation>كابا كوهين مع مفتاح الإجابة</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>Over all codes</source>
        <translation>على جميع الرموز</translation>
    </message>
    <message>
        <source>Kappa, precision and recall of each student over all codes</source>
        <translation>كابا والدقة والاستدعاء لكل طالب على جميع الرموز</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Writing the class report failed: %1</source>
        <translation>فشلت كتابة تقرير الصف: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CodeMatrix</name>
    <message>
        <source>The group &quot;%1&quot; has a region that ends before it starts (%2 to %3).</source>
        <translation>المجموعة &quot;⁨%1⁩&quot; فيها منطقة تنتهي قبل أن تبدأ (من ⁨%2⁩ إلى ⁨%3⁩).</translation>
    </message>
    <message>
        <source>The distance between codings cannot be negative (%1).</source>
        <translation>لا يمكن أن تكون المسافة بين الترميزات سالبة (⁨%1⁩).</translation>
    </message>
    <message>
        <source>Characters are counted only for codings that overlap: count codings, documents or presence for codings near each other or in the same paragraph.</source>
        <translation>لا تُعدّ الأحرف إلا للترميزات المتداخلة: عُدَّ الترميزات أو المستندات أو الوجود للترميزات المتقاربة أو الواقعة في الفقرة نفسها.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CoderAgreement</name>
    <message>
        <source>%1: agreement needs two or more coders who coded, and there %2.</source>
        <translation>⁨%1⁩: يحتاج حساب الاتفاق إلى مرمِّزَين أو أكثر ممن رمَّزوا، بينما ⁨%2⁩.</translation>
    </message>
    <message>
        <source>are none</source>
        <translation>لا يوجد أي منهم</translation>
    </message>
    <message>
        <source>is only %1</source>
        <translation>لا يوجد سوى ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: agreement compares at most 64 coders at a time.</source>
        <translation>⁨%1⁩: يقارن حساب الاتفاق 64 مرمِّزًا على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <source>%1: one of the coders to compare is not in the project.</source>
        <translation>⁨%1⁩: أحد المرمِّزين المراد مقارنتهم غير موجود في المشروع.</translation>
    </message>
    <message>
        <source>%1: there is no code with id %2.</source>
        <translation>⁨%1⁩: لا يوجد رمز بالمعرِّف ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: too many coders to compare.</source>
        <translation>⁨%1⁩: عدد المرمِّزين المراد مقارنتهم كبير جدًا.</translation>
    </message>
    <message>
        <source>%1: disagreements are between two different coders.</source>
        <translation>⁨%1⁩: الاختلافات تكون بين مرمِّزَين مختلفين.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CsvExport</name>
    <message>
        <source>Writing the CSV failed: %1</source>
        <translation>فشلت كتابة ملف CSV: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CsvReader</name>
    <message>
        <source>Could not start reading CSV.</source>
        <translation>تعذر بدء قراءة ملف CSV.</translation>
    </message>
    <message>
        <source>The CSV cannot be read after row %1: %2 (a quote that is not closed, or a quote inside an unquoted field).</source>
        <translation>تتعذر قراءة ملف CSV بعد الصف ⁨%1⁩: ⁨%2⁩ (علامة اقتباس غير مغلقة، أو علامة اقتباس داخل حقل غير مقتبس).</translation>
    </message>
    <message>
        <source>Row %1 of the CSV is not UTF-8 text: save it as &quot;CSV UTF-8&quot;.</source>
        <translation>الصف ⁨%1⁩ من ملف CSV ليس نصًا بترميز UTF-8: احفظه بصيغة &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocumentCondition</name>
    <message>
        <source>The quote at character %1 is not closed.</source>
        <translation>علامة الاقتباس عند الحرف ⁨%1⁩ غير مغلقة.</translation>
    </message>
    <message>
        <source>&quot;!&quot; at character %1 needs &quot;=&quot; after it.</source>
        <translation>العلامة &quot;!&quot; عند الحرف ⁨%1⁩ يجب أن تليها &quot;=&quot;.</translation>
    </message>
    <message>
        <source>&quot;and&quot;, &quot;or&quot; or the end</source>
        <translation>&quot;and&quot; أو &quot;or&quot; أو نهاية الشرط</translation>
    </message>
    <message>
        <source>The condition ends where %1 should follow.</source>
        <translation>ينتهي الشرط في موضع كان يجب أن يليه ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Expected %1 at character %2, not &quot;%3&quot;.</source>
        <translation>كان المتوقع ⁨%1⁩ عند الحرف ⁨%2⁩، لا &quot;⁨%3⁩&quot;.</translation>
    </message>
    <message>
        <source>A value with spaces goes in quotes.</source>
        <translation>القيمة التي فيها مسافات توضع بين علامتي اقتباس.</translation>
    </message>
    <message>
        <source>&quot;)&quot;</source>
        <translation>&quot;)&quot;</translation>
    </message>
    <message>
        <source>an attribute&apos;s name</source>
        <translation>اسم سمة</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;= or contains after &quot;%1&quot;</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;= أو contains بعد &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>قيمة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows the value &quot;%2&quot;: a value with spaces goes in quotes, as in %3 = &quot;%2 %1&quot;.</source>
        <translation>&quot;⁨%1⁩&quot; يلي القيمة &quot;⁨%2⁩&quot;: القيمة التي فيها مسافات توضع بين علامتي اقتباس، كما في ⁨%3⁩ = &quot;⁨%2⁩ ⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>The condition is empty: give one such as year &gt;= 2017 and type = resolution.</source>
        <translation>الشرط فارغ: حدِّد شرطًا مثل year &gt;= 2017 and type = resolution.</translation>
    </message>
    <message>
        <source>In the condition &quot;%1&quot;: %2</source>
        <translation>في الشرط &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot;: the project has no sets yet.</source>
        <translation>لا توجد مجموعة باسم &quot;⁨%1⁩&quot;: لا مجموعات في المشروع بعد.</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot; (there are: %2).</source>
        <translation>لا توجد مجموعة باسم &quot;⁨%1⁩&quot; (المجموعات الموجودة: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>The set &quot;%1&quot;: %2</source>
        <translation>المجموعة &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocumentReader</name>
    <message>
        <source>a legacy Microsoft Office document</source>
        <translation>مستند Microsoft Office قديم</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>مستند RTF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>أرشيف gzip</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <source>an SQLite database (a project is opened, not imported)</source>
        <translation>قاعدة بيانات SQLite (المشروع يُفتح ولا يُستورد)</translation>
    </message>
    <message>
        <source>%1: this is %2, which Marginalia cannot import; it imports PDF, Word (.docx), OpenDocument (.odt), HTML, plain text and Markdown.</source>
        <translation>⁨%1⁩: هذا ⁨%2⁩، ولا يستطيع Marginalia استيراده؛ فهو يستورد: PDF، Word (.docx)، OpenDocument (.odt)، HTML، النص العادي، Markdown.</translation>
    </message>
    <message>
        <source>%1: this is a REFI-QDA codebook, not a document: import its codes with &quot;Import REFI-QDA Codebook&quot; (marginalia-cli import-qdc).</source>
        <translation>⁨%1⁩: هذا دليل ترميز REFI-QDA، وليس مستندًا: استورد رموزه بالأمر &quot;استيراد دليل ترميز REFI-QDA&quot; (marginalia-cli import-qdc).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>⁨%1⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>⁨%1⁩: مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, larger than the import limit of %3 MB.</source>
        <translation>⁨%1⁩: حجم الملف ⁨%2⁩ ميغابايت، وهو أكبر من حد الاستيراد البالغ ⁨%3⁩ ميغابايت.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the file is larger than the import limit.</source>
        <translation>⁨%1⁩: الملف أكبر من حد الاستيراد.</translation>
    </message>
    <message>
        <source>%1: the file has no text.</source>
        <translation>⁨%1⁩: الملف بلا نص.</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1: the file is named as a PDF but is not one (it does not begin with &quot;%PDF-&quot;).</source>
        <translation>⁨%1⁩: اسم الملف يدل على أنه PDF لكنه ليس كذلك (لا يبدأ بـ &quot;%PDF-&quot;).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>جدول بيانات OpenDocument</translation>
    </message>
    <message>
        <source>an OpenDocument presentation</source>
        <translation>عرض تقديمي OpenDocument</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>كتاب إلكتروني EPUB</translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a text document</source>
        <translation>ملف OpenDocument ليس مستندًا نصيًا</translation>
    </message>
    <message>
        <source>a REFI-QDA project (import it as a project: &quot;Import REFI-QDA Project&quot;, marginalia-cli import-qdpx)</source>
        <translation>مشروع REFI-QDA (استورده بوصفه مشروعًا: &quot;استيراد مشروع REFI-QDA&quot;، أو marginalia-cli import-qdpx)</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>مصنَّف Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>عرض تقديمي PowerPoint</translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a Word nor an OpenDocument text</source>
        <translation>أرشيف ZIP ليس مستند Word ولا نص OpenDocument</translation>
    </message>
    <message>
        <source>%1: the file is named as a Word or OpenDocument file but is not one (it is not a ZIP container).</source>
        <translation>⁨%1⁩: اسم الملف يدل على أنه ملف Word أو OpenDocument لكنه ليس كذلك (ليس حاوية ZIP).</translation>
    </message>
    <message>
        <source>%1: this is %2, which Marginalia cannot import; it imports Word (.docx) and OpenDocument (.odt) documents, PDF, HTML, plain text and Markdown.</source>
        <translation>⁨%1⁩: هذا ⁨%2⁩، ولا يستطيع Marginalia استيراده؛ فهو يستورد: مستندات Word (.docx) و OpenDocument (.odt)، PDF، HTML، النص العادي، Markdown.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocxReader</name>
    <message>
        <source>%1: the Word document has no part &quot;%2&quot;.</source>
        <translation>⁨%1⁩: لا يحتوي مستند Word على الجزء &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: the Word document has no body (%2 has no w:body element).</source>
        <translation>⁨%1⁩: مستند Word بلا متن (لا يحتوي ⁨%2⁩ على العنصر w:body).</translation>
    </message>
    <message>
        <source>%1: the Word document has no text.</source>
        <translation>⁨%1⁩: مستند Word بلا نص.</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not a Word document.</source>
        <translation>⁨%1⁩: أرشيف ZIP هذا ليس مستند Word.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::HtmlReader</name>
    <message>
        <source>%1: the page says its encoding is %2, but its bytes are UTF-8; it was read as UTF-8.</source>
        <translation>⁨%1⁩: تذكر الصفحة أن ترميز أحرفها ⁨%2⁩، لكن بايتاتها بترميز UTF-8؛ فقُرئت بترميز UTF-8.</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not a web page (it contains NUL bytes).</source>
        <translation>⁨%1⁩: يبدو هذا ملفًا ثنائيًا وليس صفحة ويب (يحتوي على بايتات NUL).</translation>
    </message>
    <message>
        <source>%1: the page says its encoding is %2, but its bytes are not %2; the encoding was detected instead.</source>
        <translation>⁨%1⁩: تذكر الصفحة أن ترميز أحرفها ⁨%2⁩، لكن بايتاتها ليست بترميز ⁨%2⁩؛ فاكتُشف الترميز تلقائيًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1: the web page has no visible text.</source>
        <translation>⁨%1⁩: صفحة الويب بلا نص ظاهر.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::OdtReader</name>
    <message>
        <source>%1: the OpenDocument file has no %2.</source>
        <translation>⁨%1⁩: لا يحتوي ملف OpenDocument على ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: the OpenDocument file is not a text document (%2 has no office:text).</source>
        <translation>⁨%1⁩: ملف OpenDocument ليس مستندًا نصيًا (لا يحتوي ⁨%2⁩ على office:text).</translation>
    </message>
    <message>
        <source>%1: the OpenDocument file has no text.</source>
        <translation>⁨%1⁩: ملف OpenDocument بلا نص.</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not an OpenDocument text.</source>
        <translation>⁨%1⁩: أرشيف ZIP هذا ليس نص OpenDocument.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::PdfReader</name>
    <message>
        <source>no details</source>
        <translation>لا تفاصيل</translation>
    </message>
    <message>
        <source>%1: the PDF is incomplete (it does not end as every PDF does): it was probably cut off while downloading or copying. Get a complete copy and import that.</source>
        <translation>⁨%1⁩: ملف PDF غير مكتمل (لا ينتهي كما ينتهي كل ملف PDF): ربما انقطع أثناء التنزيل أو النسخ. احصل على نسخة كاملة واستوردها.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be read (%2).</source>
        <translation>⁨%1⁩: ملف PDF تالف وتتعذر قراءته (⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password. Save a copy without the password (in a PDF viewer, or with &quot;qpdf --decrypt --password=PASSWORD in.pdf out.pdf&quot;) and import that.</source>
        <translation>⁨%1⁩: ملف PDF محمي بكلمة مرور. احفظ نسخة منه دون كلمة المرور (في عارض PDF، أو بالأمر &quot;qpdf --decrypt --password=PASSWORD in.pdf out.pdf&quot;) واستوردها.</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>⁨%1⁩: ملف PDF بلا صفحات.</translation>
    </message>
    <message>
        <source>%1: page %2 of the PDF is damaged and cannot be read (%3).</source>
        <translation>⁨%1⁩: الصفحة ⁨%2⁩ من ملف PDF تالفة وتتعذر قراءتها (⁨%3⁩).</translation>
    </message>
    <message>
        <source>%1: the PDF has no text layer: its pages are images, as in a scan. Run OCR on it first (for example with ocrmypdf, or the OCR of your PDF program) and import the result.</source>
        <translation>⁨%1⁩: ملف PDF بلا طبقة نص: صفحاته صور، كما في المستندات الممسوحة ضوئيًا. طبِّق عليه التعرف الضوئي على الحروف (OCR) أولًا (مثلًا بأداة ocrmypdf، أو بميزة OCR في برنامج PDF لديك) ثم استورد الناتج.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) without text (%2): scanned images? They are empty in the document.</source>
        <translation>
            <numerusform>⁨%1⁩: لا توجد صفحات بلا نص (⁨%2⁩).</numerusform>
            <numerusform>⁨%1⁩: صفحة واحدة بلا نص (⁨%2⁩): هل هي صورة ممسوحة ضوئيًا؟ وهي فارغة في المستند.</numerusform>
            <numerusform>⁨%1⁩: صفحتان بلا نص (⁨%2⁩): هل هما صورتان ممسوحتان ضوئيًا؟ وهما فارغتان في المستند.</numerusform>
            <numerusform>⁨%1⁩: ⁨%n⁩ صفحات بلا نص (⁨%2⁩): هل هي صور ممسوحة ضوئيًا؟ وهي فارغة في المستند.</numerusform>
            <numerusform>⁨%1⁩: ⁨%n⁩ صفحة بلا نص (⁨%2⁩): هل هي صور ممسوحة ضوئيًا؟ وهي فارغة في المستند.</numerusform>
            <numerusform>⁨%1⁩: ⁨%n⁩ صفحة بلا نص (⁨%2⁩): هل هي صور ممسوحة ضوئيًا؟ وهي فارغة في المستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the PDF&apos;s text looks garbled (its fonts do not say which characters they draw); check the document, and consider OCR.</source>
        <translation>⁨%1⁩: يبدو نص ملف PDF مشوَّشًا (لا تذكر خطوطه الأحرف التي ترسمها)؛ تحقق من المستند، وفكِّر في استخدام التعرف الضوئي على الحروف (OCR).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::Project</name>
    <message>
        <source>This SQLite has no full-text search (FTS5); Marginalia needs it.</source>
        <translation>إصدار SQLite هذا لا يدعم البحث في النص الكامل (FTS5)، ويحتاج إليه Marginalia.</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>أبلغ الخادم عن خطأ</translation>
    </message>
    <message>
        <source>%1: this installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s libqt6sql6-psql) is not installed.</source>
        <translation>⁨%1⁩: لا يستطيع هذا التثبيت الوصول إلى خوادم PostgreSQL: برنامج تشغيل PostgreSQL في Qt (QPSQL، الحزمة libqt6sql6-psql في Debian) غير مثبَّت.</translation>
    </message>
    <message>
        <source>%1: the server wants a password for %2: %3 Put it in ~/.pgpass (or the file PGPASSFILE names, or a service file), or type it when Marginalia asks.</source>
        <translation>⁨%1⁩: يطلب الخادم كلمة مرور لـ ⁨%2⁩: ⁨%3⁩ ضعها في ~/.pgpass (أو الملف الذي يسميه PGPASSFILE، أو ملف خدمة)، أو اكتبها حين يطلبها Marginalia.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>هذا المستخدم</translation>
    </message>
    <message>
        <source>%1: could not connect to the server: %2</source>
        <translation>⁨%1⁩: تعذر الاتصال بالخادم: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this database holds no Marginalia projects yet. Prepare it once with &quot;marginalia-cli server-init %1&quot; (as a user who may create schemas and roles).</source>
        <translation>⁨%1⁩: لا تضم قاعدة البيانات هذه أي مشاريع Marginalia بعد. هيِّئها مرة واحدة بالأمر &quot;marginalia-cli server-init ⁨%1⁩&quot; (بصفة مستخدم يحق له إنشاء المخططات والأدوار).</translation>
    </message>
    <message>
        <source>%1: preparing the database for Marginalia projects</source>
        <translation>⁨%1⁩: تهيئة قاعدة البيانات لمشاريع Marginalia</translation>
    </message>
    <message>
        <source>%1 The user needs the right to create schemas in this database.</source>
        <translation>⁨%1⁩ يحتاج المستخدم إلى صلاحية إنشاء المخططات في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>%1: the server has a project named &quot;%2&quot; already; a new project needs a new name.</source>
        <translation>⁨%1⁩: يوجد على الخادم مشروع باسم &quot;⁨%2⁩&quot; بالفعل؛ يحتاج المشروع الجديد إلى اسم جديد.</translation>
    </message>
    <message>
        <source>%1: creating the project</source>
        <translation>⁨%1⁩: إنشاء المشروع</translation>
    </message>
    <message>
        <source>%1 Creating a project needs a user who may create roles (CREATEROLE) and schemas in this database.</source>
        <translation>⁨%1⁩ يتطلب إنشاء مشروع مستخدمًا يحق له إنشاء الأدوار (CREATEROLE) والمخططات في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot;; nothing was removed.</source>
        <translation>⁨%1⁩: لا يوجد على الخادم مشروع باسم &quot;⁨%2⁩&quot;؛ لم يُزَل شيء.</translation>
    </message>
    <message>
        <source>%1: removing the project</source>
        <translation>⁨%1⁩: إزالة المشروع</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot; (it has none yet).</source>
        <translation>⁨%1⁩: لا يوجد على الخادم مشروع باسم &quot;⁨%2⁩&quot; (لا مشاريع عليه بعد).</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot;. Its projects: %3.</source>
        <translation>⁨%1⁩: لا يوجد على الخادم مشروع باسم &quot;⁨%2⁩&quot;. مشاريعه: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>%1: you (login &quot;%2&quot;) have no role on project &quot;%3&quot;. Ask its owner to add you: marginalia-cli member-add URL %2 coder.</source>
        <translation>⁨%1⁩: ليس لك (اسم الدخول &quot;⁨%2⁩&quot;) أي دور في المشروع &quot;⁨%3⁩&quot;. اطلب من مالكه إضافتك: marginalia-cli member-add URL ⁨%2⁩ coder.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is damaged: its format version is missing.</source>
        <translation>⁨%1⁩: المشروع &quot;⁨%2⁩&quot; تالف: رقم إصدار صيغته مفقود.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; was saved by a newer version of Marginalia (project format %3; this version reads formats up to %4). Update Marginalia to open it; nothing was changed.</source>
        <translation>⁨%1⁩: حُفظ المشروع &quot;⁨%2⁩&quot; بإصدار أحدث من Marginalia (صيغة المشروع ⁨%3⁩؛ وهذا الإصدار يقرأ الصيغ حتى ⁨%4⁩). حدِّث Marginalia لفتحه؛ ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is in an older format (%3) that this version cannot upgrade on a server yet.</source>
        <translation>⁨%1⁩: المشروع &quot;⁨%2⁩&quot; بصيغة أقدم (⁨%3⁩) لا يستطيع هذا الإصدار ترقيتها على الخادم بعد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: a member is an owner, a coder or a viewer.</source>
        <translation>&quot;⁨%1⁩&quot; ليس دورًا: العضو إما مالك أو مرمِّز أو قارئ.</translation>
    </message>
    <message>
        <source>%1: only the project&apos;s owners may add members (your role: %2).</source>
        <translation>⁨%1⁩: لا يحق إضافة الأعضاء إلا لمالكي المشروع (دورك: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: giving %2 the role %3</source>
        <translation>⁨%1⁩: منح ⁨%2⁩ الدور ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: %2: a code, document or coder it refers to no longer exists (%3). On a project that others change too, someone may have deleted it meanwhile.</source>
        <translation>⁨%1⁩: ⁨%2⁩: رمز أو مستند أو مرمِّز يشير إليه لم يعد موجودًا (⁨%3⁩). في مشروع يغيّره آخرون أيضًا، ربما حذفه أحدهم في الأثناء.</translation>
    </message>
    <message>
        <source>%1: %2: the server refused it (%3). Your role on this project is %4; its owner can give you another.</source>
        <translation>⁨%1⁩: ⁨%2⁩: رفضه الخادم (⁨%3⁩). دورك في هذا المشروع هو ⁨%4⁩؛ ويستطيع مالكه منحك دورًا آخر.</translation>
    </message>
    <message>
        <source>%1: %2: the server is read-only at the moment (%3).</source>
        <translation>⁨%1⁩: ⁨%2⁩: الخادم للقراءة فقط حاليًا (⁨%3⁩).</translation>
    </message>
    <message>
        <source>%1: %2: the server&apos;s disk is full; nothing was changed.</source>
        <translation>⁨%1⁩: ⁨%2⁩: قرص الخادم ممتلئ؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1: %2: the connection to the server failed (%3). Whether the last change was saved shows when the project is opened again.</source>
        <translation>⁨%1⁩: ⁨%2⁩: فشل الاتصال بالخادم (⁨%3⁩). سيتبيَّن ما إذا كان التغيير الأخير قد حُفظ عند فتح المشروع مجددًا.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: the project file is read-only.</source>
        <translation>⁨%1⁩: ⁨%2⁩: ملف المشروع للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1: %2: the disk is full; nothing was changed.</source>
        <translation>⁨%1⁩: ⁨%2⁩: القرص ممتلئ؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1: %2: the disk reported an error (%3). Check that it is connected and has free space, then try again.</source>
        <translation>⁨%1⁩: ⁨%2⁩: أبلغ القرص عن خطأ (⁨%3⁩). تحقق من أنه متصل وفيه مساحة فارغة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1: the coding is %2&apos;s; on a server, a coder changes only their own codings (your role: coder). Nothing was changed.</source>
        <translation>⁨%1⁩: الترميز يخص ⁨%2⁩؛ وعلى الخادم لا يغيّر المرمِّز إلا ترميزاته (دورك: مرمِّز). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1: the coding was removed meanwhile, by another program on the project. Nothing was changed.</source>
        <translation>⁨%1⁩: أُزيل الترميز في الأثناء بواسطة برنامج آخر يعمل على المشروع. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: is an empty file, not a Marginalia project.</source>
        <translation>⁨%1⁩: ملف فارغ، وليس مشروع Marginalia.</translation>
    </message>
    <message>
        <source>%1: is not a Marginalia project (it is not an SQLite database).</source>
        <translation>⁨%1⁩: ليس مشروع Marginalia (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Marginalia project (its header is incomplete).</source>
        <translation>⁨%1⁩: تالف أو ليس مشروع Marginalia (ترويسته ناقصة).</translation>
    </message>
    <message>
        <source>%1: is an SQLite database, but not a Marginalia project.</source>
        <translation>⁨%1⁩: قاعدة بيانات SQLite، لكنه ليس مشروع Marginalia.</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Marginalia (project format %2; this version reads formats up to %3). Update Marginalia to open it; the file was not changed.</source>
        <translation>⁨%1⁩: حُفظ بإصدار أحدث من Marginalia (صيغة المشروع ⁨%2⁩؛ وهذا الإصدار يقرأ الصيغ حتى ⁨%3⁩). حدِّث Marginalia لفتحه؛ ولم يتغير الملف.</translation>
    </message>
    <message>
        <source>%1: is an incomplete Marginalia project (it was never finished being created); create a new project instead.</source>
        <translation>⁨%1⁩: مشروع Marginalia غير مكتمل (لم يكتمل إنشاؤه قط)؛ أنشئ مشروعًا جديدًا بدلًا منه.</translation>
    </message>
    <message>
        <source>%1: is in an older project format (%2) that must be upgraded, which needs write access.</source>
        <translation>⁨%1⁩: بصيغة مشروع أقدم (⁨%2⁩) يجب ترقيتها، وهذا يتطلب صلاحية الكتابة.</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already; a new project needs a new file.</source>
        <translation>⁨%1⁩: يوجد ملف بهذا الاسم بالفعل؛ يحتاج المشروع الجديد إلى ملف جديد.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>⁨%1⁩: المجلد ⁨%2⁩ غير موجود.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only.</source>
        <translation>⁨%1⁩: المجلد ⁨%2⁩ للقراءة فقط.</translation>
    </message>
    <message>
        <source>creating the project</source>
        <translation>إنشاء المشروع</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>⁨%1⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file.</source>
        <translation>⁨%1⁩: مجلد وليس ملف مشروع.</translation>
    </message>
    <message>
        <source>%1: the file is read-only, so changes could not be saved. Open it read-only, or copy it to a place where you can write.</source>
        <translation>⁨%1⁩: الملف للقراءة فقط، لذا تعذر حفظ التغييرات. افتحه للقراءة فقط، أو انسخه إلى مكان يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only, so changes could not be saved. Copy the project to a folder where you can write.</source>
        <translation>⁨%1⁩: المجلد ⁨%2⁩ للقراءة فقط، لذا تعذر حفظ التغييرات. انسخ المشروع إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1: cannot be read here: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته هنا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>SQLite could not read it.</source>
        <translation>تعذر على SQLite قراءته.</translation>
    </message>
    <message>
        <source>the folder is read-only and the project has unsaved journal files beside it.</source>
        <translation>المجلد للقراءة فقط، وبجانب المشروع ملفات سجل (journal) غير محفوظة.</translation>
    </message>
    <message>
        <source>upgrading the project format</source>
        <translation>ترقية صيغة المشروع</translation>
    </message>
    <message>
        <source>%1: %2 The file was left as it was.</source>
        <translation>⁨%1⁩: ⁨%2⁩ تُرك الملف على حاله.</translation>
    </message>
    <message>
        <source>%1: is damaged: its project record is missing.</source>
        <translation>⁨%1⁩: تالف: سجل المشروع فيه مفقود.</translation>
    </message>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>⁨%1⁩: الملف موجود بالفعل؛ اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>%1: could not write a copy of the project: %2</source>
        <translation>⁨%1⁩: تعذرت كتابة نسخة من المشروع: ⁨%2⁩</translation>
    </message>
    <message>
        <source>recording the project&apos;s creation</source>
        <translation>تسجيل إنشاء المشروع</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>يجب أن يكون للمشروع اسم.</translation>
    </message>
    <message>
        <source>saving a memo</source>
        <translation>حفظ مذكرة</translation>
    </message>
    <message>
        <source>The project record is missing.</source>
        <translation>سجل المشروع مفقود.</translation>
    </message>
    <message>
        <source>%1: %2 was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>⁨%1⁩: غيَّر شخص آخر ⁨%2⁩ أثناء تحريرك له. لم يُحفظ تغييرك كي لا يُكتب فوق تغييره: اطّلع على تغييره، ثم أعد إجراء تغييرك.</translation>
    </message>
    <message>
        <source>%1: you can view this project but not change it (your role on the server: viewer). Its owner can make you a coder.</source>
        <translation>⁨%1⁩: يمكنك عرض هذا المشروع دون تغييره (دورك على الخادم: قارئ). يستطيع مالكه أن يجعلك مرمِّزًا.</translation>
    </message>
    <message>
        <source>%1: the project is open read-only.</source>
        <translation>⁨%1⁩: المشروع مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>There is no %1 attribute with id %2.</source>
        <translation>لا توجد سمة ⁨%1⁩ بالمعرِّف ⁨%2⁩.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>لا يوجد ⁨%1⁩ بالمعرِّف ⁨%2⁩.</translation>
    </message>
    <message>
        <source>setting attribute values</source>
        <translation>تعيين قيم السمات</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>يجب أن يكون للسمة اسم.</translation>
    </message>
    <message>
        <source>There is already a case attribute named &quot;%1&quot;.</source>
        <translation>توجد بالفعل سمة حالات باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>There is already an attribute named &quot;%1&quot;.</source>
        <translation>توجد بالفعل سمة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>The list attribute &quot;%1&quot; needs its values.</source>
        <translation>سمة القائمة &quot;⁨%1⁩&quot; تحتاج إلى قيمها.</translation>
    </message>
    <message>
        <source>adding attribute &quot;%1&quot;</source>
        <translation>إضافة السمة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>removing an attribute</source>
        <translation>إزالة سمة</translation>
    </message>
    <message>
        <source>There is no attribute with id %1.</source>
        <translation>لا توجد سمة بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>A set needs a name.</source>
        <translation>يجب أن يكون للمجموعة اسم.</translation>
    </message>
    <message>
        <source>There is already a set named &quot;%1&quot;.</source>
        <translation>توجد بالفعل مجموعة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>adding set &quot;%1&quot;</source>
        <translation>إضافة المجموعة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>removing a set</source>
        <translation>إزالة مجموعة</translation>
    </message>
    <message>
        <source>There is no set with id %1.</source>
        <translation>لا توجد مجموعة بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>changing a set&apos;s documents</source>
        <translation>تغيير مستندات مجموعة</translation>
    </message>
    <message>
        <source>The set&apos;s documents are those meeting its condition &quot;%1&quot;; it has no list to change.</source>
        <translation>مستندات المجموعة هي التي تستوفي شرطها &quot;⁨%1⁩&quot;؛ فلا قائمة لها لتغييرها.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>لا يوجد مستند بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>changing a set&apos;s memo</source>
        <translation>تغيير مذكرة مجموعة</translation>
    </message>
    <message>
        <source>changing a code set&apos;s memo</source>
        <translation>تغيير مذكرة مجموعة رموز</translation>
    </message>
    <message>
        <source>There is no code set with id %1.</source>
        <translation>لا توجد مجموعة رموز بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>لا يوجد رمز بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>A code set needs a name.</source>
        <translation>يجب أن يكون لمجموعة الرموز اسم.</translation>
    </message>
    <message>
        <source>There is already a code set named &quot;%1&quot;.</source>
        <translation>توجد بالفعل مجموعة رموز باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>adding code set &quot;%1&quot;</source>
        <translation>إضافة مجموعة الرموز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>removing a code set</source>
        <translation>إزالة مجموعة رموز</translation>
    </message>
    <message>
        <source>changing a code set&apos;s codes</source>
        <translation>تغيير رموز مجموعة رموز</translation>
    </message>
    <message>
        <source>A case needs a name.</source>
        <translation>يجب أن يكون للحالة اسم.</translation>
    </message>
    <message>
        <source>There is already a case named &quot;%1&quot;.</source>
        <translation>توجد بالفعل حالة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>adding case &quot;%1&quot;</source>
        <translation>إضافة الحالة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>renaming case &quot;%1&quot;</source>
        <translation>إعادة تسمية الحالة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>لا توجد حالة بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>changing a case&apos;s memo</source>
        <translation>تغيير مذكرة حالة</translation>
    </message>
    <message>
        <source>removing a case</source>
        <translation>إزالة حالة</translation>
    </message>
    <message>
        <source>%1: the passage %2 to %3 is not within its %4 characters.</source>
        <translation>⁨%1⁩: المقطع من ⁨%2⁩ إلى ⁨%3⁩ ليس ضمن أحرفه البالغ عددها ⁨%4⁩.</translation>
    </message>
    <message>
        <source>assigning &quot;%1&quot; to a case</source>
        <translation>إسناد &quot;⁨%1⁩&quot; إلى حالة</translation>
    </message>
    <message>
        <source>removing a document from a case</source>
        <translation>إزالة مستند من حالة</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: its stored length does not match its text.</source>
        <translation>المستند &quot;⁨%1⁩&quot;: طوله المخزَّن لا يطابق نصه.</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: its text has changed since import (SHA-256 differs).</source>
        <translation>المستند &quot;⁨%1⁩&quot;: تغيَّر نصه منذ استيراده (قيمة SHA-256 مختلفة).</translation>
    </message>
    <message>
        <source>Coding %1 in &quot;%2&quot;: range %3:%4 lies outside the text (%5 characters).</source>
        <translation>الترميز ⁨%1⁩ في &quot;⁨%2⁩&quot;: النطاق ⁨%3⁩:⁨%4⁩ يقع خارج النص (عدد أحرفه ⁨%5⁩).</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is not reachable from the top of the codebook (a cycle?).</source>
        <translation>لا يمكن الوصول إلى الرمز &quot;⁨%1⁩&quot; من أعلى دليل الترميز (حلقة دائرية؟).</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: &quot;%2&quot; is not a colour.</source>
        <translation>الرمز &quot;⁨%1⁩&quot;: &quot;⁨%2⁩&quot; ليس لونًا.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a value of &quot;%3&quot;, which is not one of its attributes.</source>
        <translation>⁨%1⁩ &quot;⁨%2⁩&quot;: توجد قيمة لـ &quot;⁨%3⁩&quot; وهي ليست سمة معرَّفة.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; is not a value of %4 (%5).</source>
        <translation>⁨%1⁩ &quot;⁨%2⁩&quot;: &quot;⁨%3⁩&quot; ليست من قيم ⁨%4⁩ (⁨%5⁩).</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: its passage of &quot;%2&quot; ends at %3, past the text (%4 characters).</source>
        <translation>الحالة &quot;⁨%1⁩&quot;: مقطعها من &quot;⁨%2⁩&quot; ينتهي عند ⁨%3⁩، بعد نهاية النص (عدد أحرفه ⁨%4⁩).</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>يجب أن يكون للرمز اسم.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot;</source>
        <translation>الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>reordering codes</source>
        <translation>إعادة ترتيب الرموز</translation>
    </message>
    <message>
        <source>merging codes</source>
        <translation>دمج الرموز</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB, e.g. #E15759.</source>
        <translation>&quot;⁨%1⁩&quot; ليس لونًا؛ استخدم الصيغة #RRGGBB، مثل #E15759.</translation>
    </message>
    <message>
        <source>adding code &quot;%1&quot;</source>
        <translation>إضافة الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>There is no parent code with id %1.</source>
        <translation>لا يوجد رمز أم بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>There is already a code &quot;%1&quot; at that level.</source>
        <translation>يوجد بالفعل رمز باسم &quot;⁨%1⁩&quot; في ذلك المستوى.</translation>
    </message>
    <message>
        <source>A code path needs at least one name.</source>
        <translation>يحتاج مسار الرمز إلى اسم واحد على الأقل.</translation>
    </message>
    <message>
        <source>renaming code &quot;%1&quot;</source>
        <translation>إعادة تسمية الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>changing a code&apos;s colour</source>
        <translation>تغيير لون رمز</translation>
    </message>
    <message>
        <source>making a code applicable</source>
        <translation>جعل رمز قابلًا للتطبيق</translation>
    </message>
    <message>
        <source>making a code a folder</source>
        <translation>جعل رمز مجلدًا</translation>
    </message>
    <message>
        <source>changing a code&apos;s description</source>
        <translation>تغيير وصف رمز</translation>
    </message>
    <message>
        <source>saving a code memo</source>
        <translation>حفظ مذكرة رمز</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved into itself or one of its subcodes.</source>
        <translation>لا يمكن نقل &quot;⁨%1⁩&quot; إلى نفسه أو إلى أحد رموزه الفرعية.</translation>
    </message>
    <message>
        <source>moving code &quot;%1&quot;</source>
        <translation>نقل الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>لا يمكن دمج رمز في نفسه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into its own subcode &quot;%2&quot;.</source>
        <translation>لا يمكن دمج &quot;⁨%1⁩&quot; في رمزه الفرعي &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>merging &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>دمج &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>deleting code &quot;%1&quot;</source>
        <translation>حذف الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>restoring codes</source>
        <translation>استعادة الرموز</translation>
    </message>
    <message>
        <source>removing a coder</source>
        <translation>إزالة مرمِّز</translation>
    </message>
    <message>
        <source>%1: the coder has codings and cannot be removed.</source>
        <translation>⁨%1⁩: للمرمِّز ترميزات، فلا يمكن إزالته.</translation>
    </message>
    <message>
        <source>There is no coder with id %1.</source>
        <translation>لا يوجد مرمِّز بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>removing a coder and their codings</source>
        <translation>إزالة مرمِّز وترميزاته</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>يجب أن يكون للمرمِّز اسم.</translation>
    </message>
    <message>
        <source>adding coder &quot;%1&quot;</source>
        <translation>إضافة المرمِّز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Could not add the coder &quot;%1&quot;.</source>
        <translation>تعذرت إضافة المرمِّز &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>The range %1:%2 is empty or reversed; a coding needs start &lt; end.</source>
        <translation>النطاق ⁨%1⁩:⁨%2⁩ فارغ أو معكوس؛ يجب أن تكون بداية الترميز قبل نهايته (start &lt; end).</translation>
    </message>
    <message>
        <source>The range %1:%2 lies outside &quot;%3&quot;, which has %4 characters.</source>
        <translation>النطاق ⁨%1⁩:⁨%2⁩ يقع خارج &quot;⁨%3⁩&quot; الذي عدد أحرفه ⁨%4⁩.</translation>
    </message>
    <message>
        <source>adding a coding</source>
        <translation>إضافة ترميز</translation>
    </message>
    <message>
        <source>adding codings</source>
        <translation>إضافة ترميزات</translation>
    </message>
    <message>
        <source>%1: reading the codings failed: %2</source>
        <translation>⁨%1⁩: فشلت قراءة الترميزات: ⁨%2⁩</translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation>لا يوجد ترميز بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>removing a coding</source>
        <translation>إزالة ترميز</translation>
    </message>
    <message>
        <source>changing a coding&apos;s range</source>
        <translation>تغيير نطاق ترميز</translation>
    </message>
    <message>
        <source>The same code already covers %1:%2 for this coder.</source>
        <translation>الرمز نفسه يغطي بالفعل ⁨%1⁩:⁨%2⁩ لهذا المرمِّز.</translation>
    </message>
    <message>
        <source>copying %1 into %2</source>
        <translation>نسخ ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: is not empty; a project is copied only into a new one.</source>
        <translation>⁨%1⁩: ليس فارغًا؛ لا يُنسخ المشروع إلا إلى مشروع جديد.</translation>
    </message>
    <message>
        <source>%1: its project record is missing.</source>
        <translation>⁨%1⁩: سجل المشروع فيه مفقود.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: is not a server project; a project file is removed as any file is.</source>
        <translation>⁨%1⁩: ليس مشروعًا على خادم؛ ملف المشروع يُزال كما يُزال أي ملف.</translation>
    </message>
    <message>
        <source>%1: a project file has no members; put it on a server first (marginalia-cli push).</source>
        <translation>⁨%1⁩: لا أعضاء لملف المشروع؛ ارفعه إلى خادم أولًا (marginalia-cli push).</translation>
    </message>
    <message>
        <source>%1: there is no document with id %2.</source>
        <translation>⁨%1⁩: لا يوجد مستند بالمعرِّف ⁨%2⁩.</translation>
    </message>
    <message>
        <source>restoring &quot;%1&quot;</source>
        <translation>استعادة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>يجب أن يكون للمستند اسم.</translation>
    </message>
    <message>
        <source>importing &quot;%1&quot;</source>
        <translation>استيراد &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>%1: a document of %2 pages needs %3 page boundaries, not %4.</source>
        <translation>⁨%1⁩: يحتاج مستند عدد صفحاته ⁨%2⁩ إلى ⁨%3⁩ من حدود الصفحات، لا ⁨%4⁩.</translation>
    </message>
    <message>
        <source>%1: page boundaries must be ascending offsets inside the text.</source>
        <translation>⁨%1⁩: يجب أن تكون حدود الصفحات مواضع تصاعدية داخل النص.</translation>
    </message>
    <message>
        <source>renaming a document to &quot;%1&quot;</source>
        <translation>إعادة تسمية مستند إلى &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>There is already a document named &quot;%1&quot;.</source>
        <translation>يوجد بالفعل مستند باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>removing a document</source>
        <translation>إزالة مستند</translation>
    </message>
    <message>
        <source>The memo of %1</source>
        <translation>مذكرة ⁨%1⁩</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>clearing the memos</source>
        <translation>مسح المذكرات</translation>
    </message>
    <message>
        <source>A review compares two different coders.</source>
        <translation>تقارن المراجعة بين مرمِّزَين مختلفين.</translation>
    </message>
    <message>
        <source>The consensus coder needs a name.</source>
        <translation>يجب أن يكون لمرمِّز التوافق اسم.</translation>
    </message>
    <message>
        <source>The consensus coder must be another coder than the two compared.</source>
        <translation>يجب أن يكون مرمِّز التوافق غير المرمِّزَين المقارَنَين.</translation>
    </message>
    <message>
        <source>starting a review</source>
        <translation>بدء مراجعة</translation>
    </message>
    <message>
        <source>recording a review decision</source>
        <translation>تسجيل قرار مراجعة</translation>
    </message>
    <message>
        <source>This region was decided already.</source>
        <translation>سبق البت في هذه المنطقة.</translation>
    </message>
    <message>
        <source>taking back a review decision</source>
        <translation>التراجع عن قرار مراجعة</translation>
    </message>
    <message>
        <source>Could not upgrade the project to format %1: %2</source>
        <translation>تعذرت ترقية المشروع إلى الصيغة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The search is empty: type a word, a &quot;phrase&quot;, a prefix* or a pattern.</source>
        <translation>البحث فارغ: اكتب كلمة، أو &quot;عبارة&quot;، أو بادئة*، أو نمطًا.</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is not valid: %2 (at character %3).</source>
        <translation>التعبير النمطي &quot;⁨%1⁩&quot; غير صالح: ⁨%2⁩ (عند الحرف ⁨%3⁩).</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is not valid: %2.</source>
        <translation>التعبير النمطي &quot;⁨%1⁩&quot; غير صالح: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Could not read the memos: %1</source>
        <translation>تعذرت قراءة المذكرات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>⁨%1⁩: يتعذر فتحه: ⁨%2⁩</translation>
    </message>
    <message>
        <source>the project is closed</source>
        <translation>المشروع مغلق</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: ⁨%1⁩</translation>
    </message>
    <message>
        <source>A row of %1 (row id %2) refers to a missing row of %3.</source>
        <translation>صف من ⁨%1⁩ (معرِّف الصف ⁨%2⁩) يشير إلى صف مفقود من ⁨%3⁩.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; cannot be read (%2). Put a phrase or a word with punctuation in double quotes, and write the operators AND, OR, NOT and NEAR in capitals.</source>
        <translation>يتعذر فهم البحث &quot;⁨%1⁩&quot; (⁨%2⁩). ضع العبارة أو الكلمة التي فيها علامات ترقيم بين علامتي اقتباس مزدوجتين، واكتب العوامل AND و OR و NOT و NEAR بأحرف كبيرة.</translation>
    </message>
    <message>
        <source>Could not set up full-text search: %1</source>
        <translation>تعذر إعداد البحث في النص الكامل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Could not search the memos: %1</source>
        <translation>تعذر البحث في المذكرات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is in an older format (%3); one of its owners must open it once with this version of Marginalia, which upgrades it.</source>
        <translation>⁨%1⁩: المشروع &quot;⁨%2⁩&quot; بصيغة أقدم (⁨%3⁩)؛ يجب أن يفتحه أحد مالكيه مرة واحدة بهذا الإصدار من Marginalia، الذي يرقّيه.</translation>
    </message>
    <message>
        <source>%1: headings must be ranges inside the text, in order and not overlapping, of levels 1 to 9.</source>
        <translation>⁨%1⁩: يجب أن تكون العناوين نطاقات داخل النص، مرتبة وغير متداخلة، من المستوى 1 إلى 9.</translation>
    </message>
    <message>
        <source>%1: reading the project&apos;s members: %2</source>
        <translation>⁨%1⁩: قراءة أعضاء المشروع: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: only the project&apos;s owners may remove members (your role: %2).</source>
        <translation>⁨%1⁩: لا يحق سحب الأعضاء إلا لمالكي المشروع (دورك: ⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: removing %2 from the project</source>
        <translation>⁨%1⁩: إزالة ⁨%2⁩ من المشروع</translation>
    </message>
    <message>
        <source>%1: %2 has no role on this project (&quot;marginalia-cli members&quot; lists its members).</source>
        <translation>⁨%1⁩: ليس لـ ⁨%2⁩ دور في هذا المشروع (يسرد الأمر &quot;marginalia-cli members&quot; أعضاءه).</translation>
    </message>
    <message>
        <source>%1: %2 is the project&apos;s only owner, who alone can add members; make another member an owner first (marginalia-cli member-add URL LOGIN owner).</source>
        <translation>⁨%1⁩: ⁨%2⁩ هو المالك الوحيد للمشروع، ووحده يستطيع إضافة الأعضاء؛ اجعل عضوًا آخر مالكًا أولًا (marginalia-cli member-add URL LOGIN owner).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectBackups</name>
    <message>
        <source>%1: no such file.</source>
        <translation>⁨%1⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be created.</source>
        <translation>⁨%1⁩: يتعذر إنشاء مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>%1: the copy of the project fails SQLite&apos;s check, so it was not kept; the project itself may be damaged: %2</source>
        <translation>⁨%1⁩: أخفقت نسخة المشروع في فحص SQLite، فلم يُحتفظ بها؛ وقد يكون المشروع نفسه تالفًا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the backup could not be given its name.</source>
        <translation>⁨%1⁩: تعذرت تسمية النسخة الاحتياطية باسمها.</translation>
    </message>
    <message>
        <source>%1: no such backup.</source>
        <translation>⁨%1⁩: لا توجد نسخة احتياطية بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: the backup fails SQLite&apos;s check, so it was not restored: %2</source>
        <translation>⁨%1⁩: أخفقت النسخة الاحتياطية في فحص SQLite، فلم تُستعد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: is not a Marginalia project, so it was not restored.</source>
        <translation>⁨%1⁩: ليس مشروع Marginalia، فلم يُستعد.</translation>
    </message>
    <message>
        <source>%1: the project is open for writing by %2; close it there before restoring a backup.</source>
        <translation>⁨%1⁩: المشروع مفتوح للكتابة لدى ⁨%2⁩؛ أغلقه هناك قبل استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1: the project is open (in Marginalia or another program); close it before restoring a backup.</source>
        <translation>⁨%1⁩: المشروع مفتوح (في Marginalia أو برنامج آخر)؛ أغلقه قبل استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only.</source>
        <translation>⁨%1⁩: المجلد ⁨%2⁩ للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1: the backup could not be copied beside the project.</source>
        <translation>⁨%1⁩: تعذر نسخ النسخة الاحتياطية بجانب المشروع.</translation>
    </message>
    <message>
        <source>%1: could not be renamed to %2, so nothing was restored.</source>
        <translation>⁨%1⁩: تعذرت إعادة تسميته إلى ⁨%2⁩، فلم يُستعد شيء.</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place; the project is as it was.</source>
        <translation>⁨%1⁩: تعذر وضع النسخة الاحتياطية في مكانها؛ والمشروع على حاله.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>نفدت الذاكرة</translation>
    </message>
    <message>
        <source>%1: the file exists already.</source>
        <translation>⁨%1⁩: الملف موجود بالفعل.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>⁨%1⁩: تتعذر الكتابة فيه: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the backup was cancelled.</source>
        <translation>⁨%1⁩: أُلغي النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>%1: could not copy %2: %3</source>
        <translation>⁨%1⁩: تعذر نسخ ⁨%2⁩: ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectHandout</name>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>⁨%1⁩: الملف موجود بالفعل؛ اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>%1: there is no coder &quot;%2&quot; to leave out.</source>
        <translation>⁨%1⁩: لا يوجد مرمِّز باسم &quot;⁨%2⁩&quot; لاستبعاده.</translation>
    </message>
    <message>
        <source>preparing the hand-out</source>
        <translation>إعداد النسخة الموزَّعة</translation>
    </message>
    <message>
        <source>%1: the copy was not closed cleanly; try again.</source>
        <translation>⁨%1⁩: لم تُغلق النسخة على نحو سليم؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1: could not write the hand-out there.</source>
        <translation>⁨%1⁩: تعذرت كتابة النسخة الموزَّعة هناك.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectMerge</name>
    <message>
        <source>[from %1]</source>
        <translation>[من ⁨%1⁩]</translation>
    </message>
    <message>
        <source>The memo of %1 differs: both texts are kept, the one from %2 after a line naming it.</source>
        <translation>تختلف مذكرة ⁨%1⁩: احتُفظ بالنصين، ويأتي نص ⁨%2⁩ بعد سطر يذكر مصدره.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Coder &quot;%1&quot; of %2 is not the coder &quot;%1&quot; of the project (another GUID): added as &quot;%3&quot;.</source>
        <translation>المرمِّز &quot;⁨%1⁩&quot; في ⁨%2⁩ ليس المرمِّز &quot;⁨%1⁩&quot; في المشروع (معرِّف GUID مختلف): أُضيف باسم &quot;⁨%3⁩&quot;.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; of %2 is &quot;%3&quot; in the project (same GUID): its codings go to &quot;%3&quot;.</source>
        <translation>الرمز &quot;⁨%1⁩&quot; في ⁨%2⁩ هو &quot;⁨%3⁩&quot; في المشروع (معرِّف GUID نفسه): تذهب ترميزاته إلى &quot;⁨%3⁩&quot;.</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;</source>
        <translation>الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>document &quot;%1&quot;</source>
        <translation>المستند &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; of %2 has another text than &quot;%1&quot; of the project: added as &quot;%3&quot;.</source>
        <translation>نص المستند &quot;⁨%1⁩&quot; في ⁨%2⁩ يختلف عن نص &quot;⁨%1⁩&quot; في المشروع: أُضيف باسم &quot;⁨%3⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: coding %2 refers to a document, code or coder that was not merged.</source>
        <translation>⁨%1⁩: يشير الترميز ⁨%2⁩ إلى مستند أو رمز أو مرمِّز لم يُدمج.</translation>
    </message>
    <message>
        <source>coding %1</source>
        <translation>الترميز ⁨%1⁩</translation>
    </message>
    <message>
        <source>Coding %1 of %2 has the GUID of another coding of the project: added with a new GUID.</source>
        <translation>الترميز ⁨%1⁩ في ⁨%2⁩ يحمل معرِّف GUID لترميز آخر في المشروع: أُضيف بمعرِّف GUID جديد.</translation>
    </message>
    <message>
        <source>%1: a project cannot be merged into itself.</source>
        <translation>⁨%1⁩: لا يمكن دمج مشروع في نفسه.</translation>
    </message>
    <message>
        <source>merging %1</source>
        <translation>دمج ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: merging %2 failed, the project is unchanged: %3</source>
        <translation>⁨%1⁩: فشل دمج ⁨%2⁩، ولم يتغير المشروع: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>⁨%1⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: no temporary folder to read it into.</source>
        <translation>⁨%1⁩: لا يوجد مجلد مؤقت لقراءته فيه.</translation>
    </message>
    <message>
        <source>%1: documents %2 added, %3 already there; codes %4 added, %5 already there; coders %6 added, %7 already there; codings %8 added, %9 already there.</source>
        <translation>⁨%1⁩: المستندات: أُضيف ⁨%2⁩، وكان ⁨%3⁩ موجودًا؛ الرموز: أُضيف ⁨%4⁩، وكان ⁨%5⁩ موجودًا؛ المرمِّزون: أُضيف ⁨%6⁩، وكان ⁨%7⁩ موجودًا؛ الترميزات: أُضيف ⁨%8⁩، وكان ⁨%9⁩ موجودًا.</translation>
    </message>
    <message>
        <source>%1: memos %2 added, %3 kept side by side.</source>
        <translation>⁨%1⁩: المذكرات: أُضيف ⁨%2⁩، وحُفظ ⁨%3⁩ جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>تعارض: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectReport</name>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
            <numerusform>رمز آخر (⁨%n⁩)</numerusform>
            <numerusform>رمزان آخران (⁨%n⁩)</numerusform>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per code, the most coded codes first</source>
        <translation>الترميزات لكل رمز، بدءًا بالرموز الأكثر ترميزًا</translation>
    </message>
    <message>
        <source>Project report: %1</source>
        <translation>تقرير المشروع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Made on %1 by %2.</source>
        <translation>أُعدّ في ⁨%1⁩ بواسطة ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Nobody has coded yet.</source>
        <translation>لم يرمِّز أحد بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Coders (%n): %1</source>
        <translation>
            <numerusform>المرمِّزون (⁨%n⁩): ⁨%1⁩</numerusform>
            <numerusform>المرمِّز (⁨%n⁩): ⁨%1⁩</numerusform>
            <numerusform>المرمِّزان (⁨%n⁩): ⁨%1⁩</numerusform>
            <numerusform>المرمِّزون (⁨%n⁩): ⁨%1⁩</numerusform>
            <numerusform>المرمِّزون (⁨%n⁩): ⁨%1⁩</numerusform>
            <numerusform>المرمِّزون (⁨%n⁩): ⁨%1⁩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>النطاق: ⁨%1⁩ من أصل ⁨%n⁩ مستند في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩ من أصل مستند واحد في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩ من أصل مستندين في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩ من أصل ⁨%n⁩ مستندات في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩ من أصل ⁨%n⁩ مستندًا في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩ من أصل ⁨%n⁩ مستند في المشروع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>لا مستندات.</numerusform>
            <numerusform>مستند واحد.</numerusform>
            <numerusform>مستندان.</numerusform>
            <numerusform>⁨%n⁩ مستندات.</numerusform>
            <numerusform>⁨%n⁩ مستندًا.</numerusform>
            <numerusform>⁨%n⁩ مستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>تكرارات الرموز</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>الاتفاق بين المرمِّزين</translation>
    </message>
    <message>
        <source>The codebook is empty.</source>
        <translation>دليل الترميز فارغ.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Codings and the documents they are in, per code, and counting the codings of a code&apos;s subcodes as its own.</source>
        <translation>الترميزات والمستندات التي ترد فيها، لكل رمز، مع احتساب ترميزات الرموز الفرعية لرمز ما ضمن ترميزاته.</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>الرمز نفسه</translation>
    </message>
    <message>
        <source>With its subcodes</source>
        <translation>مع رموزه الفرعية</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>The most coded codes</source>
        <translation>الرموز الأكثر ترميزًا</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>لم يُرمَّز شيء بعد.</translation>
    </message>
    <message>
        <source>Per coder: codings / documents</source>
        <translation>لكل مرمِّز: الترميزات / المستندات</translation>
    </message>
    <message>
        <source>No code was chosen for excerpts.</source>
        <translation>لم يُختر أي رمز لعرض مقتطفاته.</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>لا مقتطفات</numerusform>
            <numerusform>مقتطف واحد</numerusform>
            <numerusform>مقتطفان</numerusform>
            <numerusform>⁨%n⁩ مقتطفات</numerusform>
            <numerusform>⁨%n⁩ مقتطفًا</numerusform>
            <numerusform>⁨%n⁩ مقتطف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s), its subcodes&apos; included</source>
        <translation>
            <numerusform>لا مقتطفات، مع احتساب مقتطفات رموزه الفرعية</numerusform>
            <numerusform>مقتطف واحد، مع احتساب مقتطفات رموزه الفرعية</numerusform>
            <numerusform>مقتطفان، مع احتساب مقتطفات رموزه الفرعية</numerusform>
            <numerusform>⁨%n⁩ مقتطفات، مع احتساب مقتطفات رموزه الفرعية</numerusform>
            <numerusform>⁨%n⁩ مقتطفًا، مع احتساب مقتطفات رموزه الفرعية</numerusform>
            <numerusform>⁨%n⁩ مقتطف، مع احتساب مقتطفات رموزه الفرعية</numerusform>
        </translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>الصفحات ⁨%1⁩</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>ص. ⁨%1⁩</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>مذكرة: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ولا مقتطفات أخرى.</numerusform>
            <numerusform>… ومقتطف واحد آخر.</numerusform>
            <numerusform>… ومقتطفان آخران.</numerusform>
            <numerusform>… و⁨%n⁩ مقتطفات أخرى.</numerusform>
            <numerusform>… و⁨%n⁩ مقتطفًا آخر.</numerusform>
            <numerusform>… و⁨%n⁩ مقتطف آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>No memos have been written.</source>
        <translation>لم تُكتب أي مذكرات.</translation>
    </message>
    <message>
        <source>%1 compared character by character in the documents they coded; a code nobody coded is left out. &quot;n/a&quot;: the statistic is undefined (hover for why).</source>
        <translation>قورن ⁨%1⁩ حرفًا بحرف في المستندات التي رمَّزوها؛ ويُستبعد الرمز الذي لم يرمِّز به أحد. &quot;غير متاح&quot;: الإحصاء غير معرَّف (مرِّر المؤشر فوقه لمعرفة السبب).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Cohen&apos;s</source>
        <translation>كوهين</translation>
    </message>
    <message>
        <source>Fleiss&apos;</source>
        <translation>فلايس</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s</source>
        <translation>كريبندورف</translation>
    </message>
    <message>
        <source>unitizing</source>
        <translation>التقطيع</translation>
    </message>
    <message>
        <source>Writing the project report failed: %1</source>
        <translation>فشلت كتابة تقرير المشروع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the set “%1”, documents where %2</source>
        <translation>المجموعة «⁨%1⁩»، المستندات التي تحقق ⁨%2⁩</translation>
    </message>
    <message>
        <source>the set “%1”</source>
        <translation>المجموعة «⁨%1⁩»</translation>
    </message>
    <message>
        <source>documents where %1</source>
        <translation>المستندات التي تحقق ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1; %2 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>النطاق: ⁨%1⁩؛ ⁨%2⁩ من أصل ⁨%n⁩ مستند في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩؛ ⁨%2⁩ من أصل مستند واحد في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩؛ ⁨%2⁩ من أصل مستندين في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩؛ ⁨%2⁩ من أصل ⁨%n⁩ مستندات في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩؛ ⁨%2⁩ من أصل ⁨%n⁩ مستندًا في المشروع.</numerusform>
            <numerusform>النطاق: ⁨%1⁩؛ ⁨%2⁩ من أصل ⁨%n⁩ مستند في المشروع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectWriterLock</name>
    <message>
        <source>%1 is already open for writing in this program.</source>
        <translation>⁨%1⁩ مفتوح بالفعل للكتابة في هذا البرنامج.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program, which is starting or closing it; try again in a moment, or open it read-only.</source>
        <translation>⁨%1⁩ مفتوح للكتابة في برنامج آخر يفتحه أو يغلقه الآن؛ أعد المحاولة بعد لحظة، أو افتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 is open for writing by %2. Only one program writes to a project at a time: open it read-only, or close it there first.</source>
        <translation>⁨%1⁩ مفتوح للكتابة لدى ⁨%2⁩. لا يكتب في المشروع إلا برنامج واحد في كل مرة: افتحه للقراءة فقط، أو أغلقه هناك أولًا.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 since %4 (process %5)</source>
        <translation>⁨%1⁩ في ⁨%2⁩ على ⁨%3⁩ منذ ⁨%4⁩ (العملية ⁨%5⁩)</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>حاسوب غير معروف</translation>
    </message>
    <message>
        <source>%1: cannot make the lock file %2 that keeps a second program from writing at the same time: %3</source>
        <translation>⁨%1⁩: يتعذر إنشاء ملف القفل ⁨%2⁩ الذي يمنع برنامجًا ثانيًا من الكتابة في الوقت نفسه: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: cannot lock %2: %3</source>
        <translation>⁨%1⁩: يتعذر قفل ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: the lock file %2 keeps changing; another program is opening and closing the project.</source>
        <translation>⁨%1⁩: ملف القفل ⁨%2⁩ يتغير باستمرار؛ برنامج آخر يفتح المشروع ويغلقه.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQda</name>
    <message>
        <source>Unnamed code</source>
        <translation>رمز بلا اسم</translation>
    </message>
    <message>
        <source>codes without a name, named &quot;Unnamed code&quot;</source>
        <translation>رموز بلا اسم، سُمِّيت &quot;رمز بلا اسم&quot;</translation>
    </message>
    <message>
        <source>malformed colours left out (the code has no colour)</source>
        <translation>ألوان مشوَّهة استُبعدت (الرمز بلا لون)</translation>
    </message>
    <message>
        <source>codes that appear twice in the file, merged into one</source>
        <translation>رموز تظهر مرتين في الملف، دُمجت في رمز واحد</translation>
    </message>
    <message>
        <source>codes not renamed because a sibling has the file&apos;s name</source>
        <translation>رموز لم تُعد تسميتها لأن رمزًا شقيقًا يحمل الاسم الوارد في الملف</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>أُعيدت تسميته من &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>codes matched by GUID that sit elsewhere in the file&apos;s tree, kept where they are in the project</source>
        <translation>رموز طوبقت بمعرِّف GUID وتقع في موضع آخر من شجرة الملف، أُبقيت في مواضعها في المشروع</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>اللون ⁨%1⁩</translation>
    </message>
    <message>
        <source>applicable to text</source>
        <translation>قابل للتطبيق على النص</translation>
    </message>
    <message>
        <source>a folder (not applied to text)</source>
        <translation>مجلد (لا يُطبَّق على النص)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>codes updated</source>
        <translation>رموز حُدِّثت</translation>
    </message>
    <message>
        <source>codes already in the project as they are</source>
        <translation>رموز موجودة في المشروع كما هي</translation>
    </message>
    <message>
        <source>codes sharing a name with a sibling, renamed &quot;Name (2)&quot;</source>
        <translation>رموز تشترك في الاسم مع رمز شقيق، أُعيدت تسميتها &quot;الاسم (2)&quot;</translation>
    </message>
    <message>
        <source>codes with a missing or malformed GUID, given a new one</source>
        <translation>رموز معرِّفها GUID مفقود أو مشوَّه، أُعطيت معرِّفًا جديدًا</translation>
    </message>
    <message>
        <source>codes whose GUID another code has, given a new one</source>
        <translation>رموز يحمل رمز آخر معرِّفها GUID، أُعطيت معرِّفًا جديدًا</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2</source>
        <translation>الرمز &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>codes added</source>
        <translation>رموز أُضيفت</translation>
    </message>
    <message>
        <source>%1: the codebook is empty; a REFI-QDA codebook needs at least one code.</source>
        <translation>⁨%1⁩: دليل الترميز فارغ؛ يحتاج دليل ترميز REFI-QDA إلى رمز واحد على الأقل.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>⁨%1⁩: تتعذر الكتابة فيه: ⁨%2⁩</translation>
    </message>
    <message>
        <source>code memos (a codebook file has no place for them; a project export keeps them)</source>
        <translation>مذكرات الرموز (لا مكان لها في ملف دليل الترميز؛ ويحتفظ بها تصدير المشروع)</translation>
    </message>
    <message>
        <source>control characters XML cannot hold, replaced by U+FFFD</source>
        <translation>أحرف تحكم لا يقبلها XML، استُبدل بها U+FFFD</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: is %2 MB, far larger than any codebook; it was not read.</source>
        <translation>⁨%1⁩: حجمه ⁨%2⁩ ميغابايت، وهو أكبر بكثير من أي دليل ترميز؛ لم يُقرأ.</translation>
    </message>
    <message>
        <source>%1: is a REFI-QDA project (.qde), not a codebook; import it as a project (.qdpx).</source>
        <translation>⁨%1⁩: مشروع REFI-QDA (.qde)، وليس دليل ترميز؛ استورده بوصفه مشروعًا (.qdpx).</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA codebook: its root element is &lt;%2&gt;, not &lt;CodeBook&gt;.</source>
        <translation>⁨%1⁩: ليس دليل ترميز REFI-QDA: عنصره الجذر &lt;⁨%2⁩&gt;، وليس &lt;CodeBook&gt;.</translation>
    </message>
    <message>
        <source>code sets (Marginalia has none)</source>
        <translation>مجموعات الرموز (لا توجد في Marginalia)</translation>
    </message>
    <message>
        <source>unknown elements in the codebook (skipped)</source>
        <translation>عناصر غير معروفة في دليل الترميز (تم تخطيها)</translation>
    </message>
    <message>
        <source>%1: is empty or not XML.</source>
        <translation>⁨%1⁩: فارغ أو ليس XML.</translation>
    </message>
    <message>
        <source>%1: the codebook has no codes.</source>
        <translation>⁨%1⁩: لا رموز في دليل الترميز.</translation>
    </message>
    <message>
        <source>importing the codebook %1</source>
        <translation>استيراد دليل الترميز ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: %2 The project was not changed.</source>
        <translation>⁨%1⁩: ⁨%2⁩ لم يتغير المشروع.</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>مذكرة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>QualCoder: memos of codes that have a description (it reads a code&apos;s &lt;Description&gt; as its memo, and no notes)</source>
        <translation>QualCoder: مذكرات الرموز التي لها وصف (يقرأ &lt;Description&gt; الخاص بالرمز بوصفه مذكرته، ولا يقرأ الملاحظات)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>%1: the project file (project.qde) could not be written: %2</source>
        <translation>⁨%1⁩: تعذرت كتابة ملف المشروع (project.qde): ⁨%2⁩</translation>
    </message>
    <message>
        <source>control characters in names and memos that XML cannot hold, replaced by U+FFFD</source>
        <translation>أحرف تحكم في الأسماء والمذكرات لا يقبلها XML، استُبدل بها U+FFFD</translation>
    </message>
    <message>
        <source>rows without a valid GUID, given a stable derived one</source>
        <translation>صفوف بلا معرِّف GUID صالح، أُعطيت معرِّفًا ثابتًا مشتقًا</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; is %2 MB of text, more than the 2 GB a REFI-QDA project can hold in one file.</source>
        <translation>نص المستند &quot;⁨%1⁩&quot; حجمه ⁨%2⁩ ميغابايت، أي أكثر من 2 غيغابايت، وهو أقصى ما يمكن أن يضمه مشروع REFI-QDA في ملف واحد.</translation>
    </message>
    <message>
        <source>documents exported as their plain text (the original file&apos;s formatting is not in the project)</source>
        <translation>مستندات صُدِّرت بنصها العادي (تنسيق الملف الأصلي ليس في المشروع)</translation>
    </message>
    <message>
        <source>page boundaries of paged documents (REFI-QDA text sources have no pages)</source>
        <translation>حدود الصفحات في المستندات ذات الصفحات (لا صفحات لمصادر REFI-QDA النصية)</translation>
    </message>
    <message>
        <source>Memo: %1 in %2</source>
        <translation>مذكرة: ⁨%1⁩ في ⁨%2⁩</translation>
    </message>
    <message>
        <source>attributes with a list of values exported as text variables (REFI-QDA has no list type)</source>
        <translation>سمات ذات قائمة قيم صُدِّرت بوصفها متغيرات نصية (لا يوجد نوع قائمة في REFI-QDA)</translation>
    </message>
    <message>
        <source>sets saved from a condition (REFI-QDA sets list their members)</source>
        <translation>مجموعات محفوظة من شرط (مجموعات REFI-QDA تسرد أعضاءها)</translation>
    </message>
    <message>
        <source>%1: no temporary file for project.qde: %2</source>
        <translation>⁨%1⁩: لا يوجد ملف مؤقت لـ project.qde: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: project.qde could not be written: %2</source>
        <translation>⁨%1⁩: تعذرت كتابة project.qde: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the folder holds more than %2 files; it is not an unzipped REFI-QDA project.</source>
        <translation>⁨%1⁩: يضم المجلد أكثر من ⁨%2⁩ من الملفات؛ فهو ليس مشروع REFI-QDA مفكوك الضغط.</translation>
    </message>
    <message>
        <source>%1: there is no file &quot;%2&quot;.</source>
        <translation>⁨%1⁩: لا يوجد ملف باسم &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be read: %3</source>
        <translation>⁨%1⁩: تتعذر قراءة &quot;⁨%2⁩&quot;: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 MB, more than the limit of %4 MB.</source>
        <translation>⁨%1⁩: حجم &quot;⁨%2⁩&quot; هو ⁨%3⁩ ميغابايت، أي أكثر من الحد البالغ ⁨%4⁩ ميغابايت.</translation>
    </message>
    <message>
        <source>%1: holds NUL characters; it is not a text file.</source>
        <translation>⁨%1⁩: يحتوي على أحرف NUL؛ فهو ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>المستخدم ⁨%1⁩</translation>
    </message>
    <message>
        <source>users without a name, named after their GUID</source>
        <translation>مستخدمون بلا اسم، سُمّوا بمعرِّفاتهم GUID</translation>
    </message>
    <message>
        <source>users sharing a name, taken as one coder</source>
        <translation>مستخدمون يشتركون في الاسم، عُدّوا مرمِّزًا واحدًا</translation>
    </message>
    <message>
        <source>selections without a coding or a case (Marginalia keeps codings and case passages, not bare selections)</source>
        <translation>تحديدات بلا ترميز ولا حالة (يحتفظ Marginalia بالترميزات ومقاطع الحالات، لا بالتحديدات المجردة)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>notes not attached to a project, document, code or coding, added to the project memo</source>
        <translation>ملاحظات غير مرتبطة بمشروع أو مستند أو رمز أو ترميز، أُضيفت إلى مذكرة المشروع</translation>
    </message>
    <message>
        <source>date-and-time variables made date attributes (the time of day is not kept)</source>
        <translation>متغيرات تاريخ ووقت حُوِّلت إلى سمات تاريخ (لا يُحتفظ بالوقت من اليوم)</translation>
    </message>
    <message>
        <source>variables of a type REFI-QDA does not define, made text attributes</source>
        <translation>متغيرات من نوع لا يعرّفه REFI-QDA، حُوِّلت إلى سمات نصية</translation>
    </message>
    <message>
        <source>variables sharing a name and type, taken as one attribute</source>
        <translation>متغيرات تشترك في الاسم والنوع، عُدّت سمة واحدة</translation>
    </message>
    <message>
        <source>variables sharing a name but not a type, renamed &quot;Name (2)&quot;</source>
        <translation>متغيرات تشترك في الاسم دون النوع، أُعيدت تسميتها &quot;الاسم (2)&quot;</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot;: %2</source>
        <translation>المتغير &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>المتغير ⁨%1⁩</translation>
    </message>
    <message>
        <source>variables without a name, named after their GUID</source>
        <translation>متغيرات بلا اسم، سُمِّيت بمعرِّفاتها GUID</translation>
    </message>
    <message>
        <source>variables with a missing, malformed or repeated GUID, given a new one (values refer to the first)</source>
        <translation>متغيرات معرِّفها GUID مفقود أو مشوَّه أو مكرر، أُعطيت معرِّفًا جديدًا (وتشير القيم إلى الأول)</translation>
    </message>
    <message>
        <source>descriptions of variables (attributes have none)</source>
        <translation>أوصاف المتغيرات (لا أوصاف للسمات)</translation>
    </message>
    <message>
        <source>variables with values on both sources and cases, made an attribute of the documents and one of the cases</source>
        <translation>متغيرات لها قيم على المصادر والحالات معًا، حُوِّل كل منها إلى سمة للمستندات وأخرى للحالات</translation>
    </message>
    <message>
        <source>variable values of variables that are not in &lt;Variables&gt;</source>
        <translation>قيم متغيرات ليست ضمن &lt;Variables&gt;</translation>
    </message>
    <message>
        <source>empty variable values (an attribute has a value or none)</source>
        <translation>قيم متغيرات فارغة (للسمة قيمة أو لا قيمة لها)</translation>
    </message>
    <message>
        <source>variable values their variable&apos;s type cannot read, left out</source>
        <translation>قيم متغيرات لا يستطيع نوع متغيرها قراءتها، استُبعدت</translation>
    </message>
    <message>
        <source>variables given two values for one source or case, the last kept</source>
        <translation>متغيرات أُعطيت قيمتين لمصدر واحد أو حالة واحدة، واحتُفظ بالأخيرة</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>الحالة ⁨%1⁩</translation>
    </message>
    <message>
        <source>cases without a name, named after their GUID</source>
        <translation>حالات بلا اسم، سُمِّيت بمعرِّفاتها GUID</translation>
    </message>
    <message>
        <source>cases sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>حالات تشترك في الاسم، أُعيدت تسميتها &quot;الاسم (2)&quot;</translation>
    </message>
    <message>
        <source>cases with a missing, malformed or repeated GUID, given a new one</source>
        <translation>حالات معرِّفها GUID مفقود أو مشوَّه أو مكرر، أُعطيت معرِّفًا جديدًا</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: %2</source>
        <translation>الحالة &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>codes linked to cases (a case holds documents and passages, not codes)</source>
        <translation>رموز مرتبطة بحالات (تضم الحالة مستندات ومقاطع، لا رموزًا)</translation>
    </message>
    <message>
        <source>case members that are not imported documents (pictures, audio, video, sources left out)</source>
        <translation>أعضاء حالات ليسوا مستندات مستوردة (صور، صوت، فيديو، مصادر مستبعدة)</translation>
    </message>
    <message>
        <source>case members that are selections not imported (of pictures, PDF regions, audio or video, or outside their text)</source>
        <translation>أعضاء حالات هم تحديدات لم تُستورد (من صور أو مناطق PDF أو صوت أو فيديو، أو خارج نصها)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>المجموعة ⁨%1⁩</translation>
    </message>
    <message>
        <source>sets without a name, named after their GUID</source>
        <translation>مجموعات بلا اسم، سُمِّيت بمعرِّفاتها GUID</translation>
    </message>
    <message>
        <source>set members that are not imported documents (pictures, audio, video, sources left out)</source>
        <translation>أعضاء مجموعات ليسوا مستندات مستوردة (صور، صوت، فيديو، مصادر مستبعدة)</translation>
    </message>
    <message>
        <source>set members that are codes not in the codebook</source>
        <translation>أعضاء مجموعات هم رموز ليست في دليل الترميز</translation>
    </message>
    <message>
        <source>notes in sets (there are no sets of memos)</source>
        <translation>ملاحظات في مجموعات (لا توجد مجموعات مذكرات)</translation>
    </message>
    <message>
        <source>sets of both codes and sources, made a set of documents and a code set of the same name</source>
        <translation>مجموعات تضم رموزًا ومصادر معًا، حُوِّل كل منها إلى مجموعة مستندات ومجموعة رموز بالاسم نفسه</translation>
    </message>
    <message>
        <source>sets with a missing, malformed or repeated GUID, given a new one</source>
        <translation>مجموعات معرِّفها GUID مفقود أو مشوَّه أو مكرر، أُعطيت معرِّفًا جديدًا</translation>
    </message>
    <message>
        <source>sets sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>مجموعات تشترك في الاسم، أُعيدت تسميتها &quot;الاسم (2)&quot;</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot;: %2</source>
        <translation>المجموعة &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>selection descriptions kept as coding memos</source>
        <translation>أوصاف التحديدات، احتُفظ بها مذكراتٍ للترميزات</translation>
    </message>
    <message>
        <source>sources outside the archive (absolute:// or relative:// paths), not read</source>
        <translation>مصادر خارج الأرشيف (مسارات absolute:// أو relative://)، لم تُقرأ</translation>
    </message>
    <message>
        <source>source paths without &quot;internal://&quot;, looked up in the archive</source>
        <translation>مسارات مصادر بلا &quot;internal://&quot;، بُحث عنها في الأرشيف</translation>
    </message>
    <message>
        <source>sources with a path that leads out of the archive</source>
        <translation>مصادر مسارها يقود إلى خارج الأرشيف</translation>
    </message>
    <message>
        <source>files found under another case of their name (&quot;Sources/&quot; in capitals...)</source>
        <translation>ملفات وُجدت باسمها ولكن بحالة أحرف مختلفة (&quot;Sources/&quot; بأحرف كبيرة...)</translation>
    </message>
    <message>
        <source>sources whose file is not in the archive</source>
        <translation>مصادر ليس ملفها في الأرشيف</translation>
    </message>
    <message>
        <source>notes whose file cannot be read</source>
        <translation>ملاحظات تتعذر قراءة ملفها</translation>
    </message>
    <message>
        <source>codings without a known creating user, attributed to the coder &quot;unknown&quot;</source>
        <translation>ترميزات لا يُعرف المستخدم الذي أنشأها، نُسبت إلى المرمِّز &quot;غير معروف&quot;</translation>
    </message>
    <message>
        <source>sources whose positions were read as UTF-16 code units (as NVivo counts) and converted to code points</source>
        <translation>مصادر قُرئت مواضعها بوحدات ترميز UTF-16 (كما يعدّ NVivo) وحُوِّلت إلى نقاط ترميز</translation>
    </message>
    <message>
        <source>sources whose positions were read as Unicode code points (as REFI-QDA counts)</source>
        <translation>مصادر قُرئت مواضعها بنقاط ترميز Unicode (كما يعدّ REFI-QDA)</translation>
    </message>
    <message>
        <source>sources that are not text</source>
        <translation>مصادر ليست نصية</translation>
    </message>
    <message>
        <source>text sources with neither a file nor text</source>
        <translation>مصادر نصية بلا ملف ولا نص</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>sources without a name, named after their file</source>
        <translation>مصادر بلا اسم، سُمِّيت باسم ملفها</translation>
    </message>
    <message>
        <source>sources with a missing, malformed or repeated GUID, given a new one</source>
        <translation>مصادر معرِّفها GUID مفقود أو مشوَّه أو مكرر، أُعطيت معرِّفًا جديدًا</translation>
    </message>
    <message>
        <source>sources with a byte-order mark, removed</source>
        <translation>مصادر فيها علامة ترتيب البايتات (BOM)، أُزيلت العلامة</translation>
    </message>
    <message>
        <source>sources not in UTF-8, decoded from their encoding</source>
        <translation>مصادر ليست بترميز UTF-8، فُكَّ ترميزها من ترميزها الأصلي</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: %2</source>
        <translation>المصدر &quot;⁨%1⁩&quot;: ⁨%2⁩</translation>
    </message>
    <message>
        <source>sources sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>مصادر تشترك في الاسم، أُعيدت تسميتها &quot;الاسم (2)&quot;</translation>
    </message>
    <message>
        <source>sources with CRLF line endings whose positions count CRLF as one character</source>
        <translation>مصادر نهايات أسطرها CRLF وتَعُدّ مواضعُها CRLF حرفًا واحدًا</translation>
    </message>
    <message>
        <source>sources with CRLF line endings, positions mapped onto LF line endings</source>
        <translation>مصادر نهايات أسطرها CRLF، حُوِّلت مواضعها إلى نهايات أسطر LF</translation>
    </message>
    <message>
        <source>codings of codes that are not in the codebook</source>
        <translation>ترميزات برموز ليست في دليل الترميز</translation>
    </message>
    <message>
        <source>codings with a missing, malformed or repeated GUID, given a new one</source>
        <translation>ترميزات معرِّفها GUID مفقود أو مشوَّه أو مكرر، أُعطيت معرِّفًا جديدًا</translation>
    </message>
    <message>
        <source>codings of a whole source, made codings of its whole text</source>
        <translation>ترميزات لمصدر كامل، حُوِّلت إلى ترميزات لنصه كله</translation>
    </message>
    <message>
        <source>selections with missing or malformed positions</source>
        <translation>تحديدات مواضعها مفقودة أو مشوَّهة</translation>
    </message>
    <message>
        <source>selections outside their text</source>
        <translation>تحديدات خارج نصها</translation>
    </message>
    <message>
        <source>selections whose UTF-16 positions cut a character in two</source>
        <translation>تحديدات تقسم مواضعُها بوحدات UTF-16 حرفًا إلى نصفين</translation>
    </message>
    <message>
        <source>empty selections (zero characters; a coding needs at least one)</source>
        <translation>تحديدات فارغة (صفر أحرف؛ يحتاج الترميز إلى حرف واحد على الأقل)</translation>
    </message>
    <message>
        <source>codings repeated with the same code, coder and range, kept once</source>
        <translation>ترميزات مكررة بالرمز والمرمِّز والنطاق أنفسها، احتُفظ بها مرة واحدة</translation>
    </message>
    <message>
        <source>%1: is a REFI-QDA codebook, not a project; import it into a project as a codebook (.qdc).</source>
        <translation>⁨%1⁩: دليل ترميز REFI-QDA، وليس مشروعًا؛ استورده إلى مشروع بوصفه دليل ترميز (.qdc).</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA project: its root element is &lt;%2&gt;, not &lt;Project&gt;.</source>
        <translation>⁨%1⁩: ليس مشروع REFI-QDA: عنصره الجذر &lt;⁨%2⁩&gt;، وليس &lt;Project&gt;.</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA project.</source>
        <translation>⁨%1⁩: ليس مشروع REFI-QDA.</translation>
    </message>
    <message>
        <source>links between elements</source>
        <translation>روابط بين العناصر</translation>
    </message>
    <message>
        <source>graphs</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was created.</source>
        <translation>أُلغي الاستيراد؛ لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>elements unknown to REFI-QDA 1.5 (skipped)</source>
        <translation>عناصر لا يعرفها REFI-QDA 1.5 (تم تخطيها)</translation>
    </message>
    <message>
        <source>(no targetGUID)</source>
        <translation>(بلا targetGUID)</translation>
    </message>
    <message>
        <source>variable values of pictures, audio and video</source>
        <translation>قيم متغيرات الصور والصوت والفيديو</translation>
    </message>
    <message>
        <source>rich-text originals (DOCX) of text sources; their plain text was imported</source>
        <translation>الأصول المنسَّقة (DOCX) للمصادر النصية؛ استُورد نصها العادي</translation>
    </message>
    <message>
        <source>codings of pictures, PDF regions, audio and video</source>
        <translation>ترميزات الصور ومناطق PDF والصوت والفيديو</translation>
    </message>
    <message>
        <source>PDF regions (areas of a page; Marginalia codes text)</source>
        <translation>مناطق PDF (أجزاء من صفحة؛ Marginalia يرمِّز النصوص)</translation>
    </message>
    <message>
        <source>PDF sources without a plain-text representation</source>
        <translation>مصادر PDF بلا تمثيل نصي عادي</translation>
    </message>
    <message>
        <source>PDF sources imported as their plain-text representation (the PDF file itself is not kept)</source>
        <translation>مصادر PDF استُوردت بتمثيلها النصي العادي (لا يُحتفظ بملف PDF نفسه)</translation>
    </message>
    <message>
        <source>picture sources (Marginalia codes text)</source>
        <translation>مصادر صور (Marginalia يرمِّز النصوص)</translation>
    </message>
    <message>
        <source>picture regions</source>
        <translation>مناطق صور</translation>
    </message>
    <message>
        <source>audio sources (Marginalia codes text)</source>
        <translation>مصادر صوتية (Marginalia يرمِّز النصوص)</translation>
    </message>
    <message>
        <source>video sources (Marginalia codes text)</source>
        <translation>مصادر فيديو (Marginalia يرمِّز النصوص)</translation>
    </message>
    <message>
        <source>audio clips</source>
        <translation>مقاطع صوتية</translation>
    </message>
    <message>
        <source>video clips</source>
        <translation>مقاطع فيديو</translation>
    </message>
    <message>
        <source>%1 (transcript)</source>
        <translation>⁨%1⁩ (نص مُفرَّغ)</translation>
    </message>
    <message>
        <source>transcripts of audio and video imported as documents</source>
        <translation>نصوص مُفرَّغة من الصوت والفيديو استُوردت بوصفها مستندات</translation>
    </message>
    <message>
        <source>variable values of notes</source>
        <translation>قيم متغيرات الملاحظات</translation>
    </message>
    <message>
        <source>selections and codings inside notes (memos are not coded in Marginalia)</source>
        <translation>تحديدات وترميزات داخل الملاحظات (لا تُرمَّز المذكرات في Marginalia)</translation>
    </message>
    <message>
        <source>%1: holds no project.qde, so it is not a REFI-QDA project (.qdpx).</source>
        <translation>⁨%1⁩: لا يحتوي على project.qde، لذا فهو ليس مشروع REFI-QDA (.qdpx).</translation>
    </message>
    <message>
        <source>%1: holds several .qde files (%2) and no project.qde; which one is the project is unclear.</source>
        <translation>⁨%1⁩: يحتوي على عدة ملفات .qde (⁨%2⁩) ولا يحتوي على project.qde؛ فلا يتضح أيها المشروع.</translation>
    </message>
    <message>
        <source>project files (.qde) not named project.qde</source>
        <translation>ملفات مشروع (.qde) ليس اسمها project.qde</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already; a REFI-QDA project is imported into a new project.</source>
        <translation>⁨%1⁩: يوجد ملف بهذا الاسم بالفعل؛ يُستورد مشروع REFI-QDA إلى مشروع جديد.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>⁨%1⁩: المجلد ⁨%2⁩ غير موجود.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>⁨%1⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>استيراد ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: the imported project could not be put in place (does a file of that name exist now?).</source>
        <translation>⁨%1⁩: تعذر وضع المشروع المستورد في مكانه (هل يوجد الآن ملف بهذا الاسم؟).</translation>
    </message>
    <message>
        <source>%1 of %2 selections fit the text read as code points, %3 read as UTF-16 units</source>
        <translation>⁨%1⁩ من أصل ⁨%2⁩ من التحديدات تلائم النص مقروءًا بنقاط الترميز، و⁨%3⁩ مقروءًا بوحدات UTF-16</translation>
    </message>
    <message>
        <source>as asked; %1</source>
        <translation>كما طُلب؛ ⁨%1⁩</translation>
    </message>
    <message>
        <source>no selection comes after a character outside the BMP, so both readings agree</source>
        <translation>لا يأتي أي تحديد بعد حرف خارج المستوى متعدد اللغات الأساسي (BMP)، لذا تتفق القراءتان</translation>
    </message>
    <message>
        <source>the text decides: %1</source>
        <translation>النص هو الفيصل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 selections would cut a character in two or lie outside the text read as UTF-16 units, %2 read as code points</source>
        <translation>⁨%1⁩ من التحديدات قد تقسم حرفًا إلى نصفين أو تقع خارج النص إذا قُرئ بوحدات UTF-16، و⁨%2⁩ إذا قُرئ بنقاط الترميز</translation>
    </message>
    <message>
        <source>both fit equally (%1); the file comes from &quot;%2&quot;, which counts UTF-16 units</source>
        <translation>تلائم القراءتان بالقدر نفسه (⁨%1⁩)؛ والملف صادر عن &quot;⁨%2⁩&quot; الذي يعدّ وحدات UTF-16</translation>
    </message>
    <message>
        <source>both fit equally (%1); REFI-QDA counts code points</source>
        <translation>تلائم القراءتان بالقدر نفسه (⁨%1⁩)؛ ويعدّ REFI-QDA نقاط الترميز</translation>
    </message>
    <message>
        <source>GUIDs in braces or upper case, read as lower case</source>
        <translation>معرِّفات GUID بين أقواس معقوفة أو بأحرف كبيرة، قُرئت بأحرف صغيرة</translation>
    </message>
    <message>
        <source>%1: the XML has a document type declaration (DTD) at line %2. REFI-QDA files have none, and a DTD can define entities that expand without bound or read other files, so the file was refused.</source>
        <translation>⁨%1⁩: يحتوي XML على تعريف نوع المستند (DTD) في السطر ⁨%2⁩. لا تحتوي ملفات REFI-QDA على تعريف كهذا، وقد يعرِّف DTD كيانات تتمدد بلا حدود أو تقرأ ملفات أخرى، لذا رُفض الملف.</translation>
    </message>
    <message>
        <source>%1: the XML refers to the entity &quot;%2&quot; at line %3; REFI-QDA files use none, so the file was refused.</source>
        <translation>⁨%1⁩: يشير XML إلى الكيان &quot;⁨%2⁩&quot; في السطر ⁨%3⁩؛ لا تستخدم ملفات REFI-QDA أي كيانات، لذا رُفض الملف.</translation>
    </message>
    <message>
        <source>%1: the XML is malformed at line %2, column %3: %4</source>
        <translation>⁨%1⁩: XML مشوَّه في السطر ⁨%2⁩، العمود ⁨%3⁩: ⁨%4⁩</translation>
    </message>
    <message>
        <source>%1: the code tree is more than %2 levels deep at line %3; the file was refused.</source>
        <translation>⁨%1⁩: عمق شجرة الرموز يتجاوز ⁨%2⁩ من المستويات في السطر ⁨%3⁩؛ رُفض الملف.</translation>
    </message>
    <message>
        <source>%1: the XML ends inside the codebook.</source>
        <translation>⁨%1⁩: ينتهي XML داخل دليل الترميز.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQdaReport</name>
    <message>
        <source>coders: %1</source>
        <translation>المرمِّزون: ⁨%1⁩</translation>
    </message>
    <message>
        <source>documents: %1</source>
        <translation>المستندات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation>الرموز: ⁨%1⁩</translation>
    </message>
    <message>
        <source>codings: %1</source>
        <translation>الترميزات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>memos: %1</source>
        <translation>المذكرات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>السمات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>attribute values: %1</source>
        <translation>قيم السمات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>الحالات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>sets: %1</source>
        <translation>المجموعات: ⁨%1⁩</translation>
    </message>
    <message>
        <source> (the file comes from &quot;%1&quot;)</source>
        <translation> (الملف صادر عن &quot;⁨%1⁩&quot;)</translation>
    </message>
    <message>
        <source>Positions: no source has characters outside the Basic Multilingual Plane, so code points and UTF-16 units agree%1.</source>
        <translation>المواضع: لا يحتوي أي مصدر على أحرف خارج المستوى متعدد اللغات الأساسي، لذا تتفق نقاط الترميز ووحدات UTF-16⁨%1⁩.</translation>
    </message>
    <message>
        <source>Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where code points and UTF-16 units differ%3, but no selections: nothing depends on the reading.</source>
        <translation>المواضع: ⁨%1⁩ من أصل ⁨%2⁩ من المصادر تحتوي على أحرف خارج المستوى متعدد اللغات الأساسي، حيث تختلف نقاط الترميز عن وحدات UTF-16⁨%3⁩، لكن لا تحديدات فيها: لا شيء يتوقف على طريقة القراءة.</translation>
    </message>
    <message>
        <source>read as code points, as asked</source>
        <translation>قُرئت بنقاط الترميز، كما طُلب</translation>
    </message>
    <message>
        <source>read as UTF-16 units, as asked</source>
        <translation>قُرئت بوحدات UTF-16، كما طُلب</translation>
    </message>
    <message>
        <source>read as UTF-16 units (as NVivo counts) and converted to code points</source>
        <translation>قُرئت بوحدات UTF-16 (كما يعدّ NVivo) وحُوِّلت إلى نقاط ترميز</translation>
    </message>
    <message>
        <source>read as code points (as REFI-QDA counts)</source>
        <translation>قُرئت بنقاط الترميز (كما يعدّ REFI-QDA)</translation>
    </message>
    <message>
        <source>%1 read as UTF-16 units, the others as code points</source>
        <translation>⁨%1⁩ قُرئت بوحدات UTF-16، والبقية بنقاط الترميز</translation>
    </message>
    <message>
        <source>Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where code points and UTF-16 units differ%3; of their %4 selections, %5% fit the text read as code points and %6% read as UTF-16 units: %7.</source>
        <translation>المواضع: ⁨%1⁩ من أصل ⁨%2⁩ من المصادر تحتوي على أحرف خارج المستوى متعدد اللغات الأساسي، حيث تختلف نقاط الترميز عن وحدات UTF-16⁨%3⁩؛ ومن تحديداتها البالغ عددها ⁨%4⁩، تلائم ⁨%5⁩% منها النصَّ مقروءًا بنقاط الترميز و⁨%6⁩% مقروءًا بوحدات UTF-16: ⁨%7⁩.</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>ما دُمج:</translation>
    </message>
    <message>
        <source>Adjusted on the way:</source>
        <translation>ما عُدِّل أثناء النقل:</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>ما لم يُنقل:</translation>
    </message>
    <message>
        <source>In the file, but known to be lost in the tool that reads it:</source>
        <translation>موجود في الملف، لكن معروف أنه يضيع في الأداة التي تقرؤه:</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>لم يُستبعد شيء.</translation>
    </message>
    <message>
        <source>Nothing was left out of the file; the tools named above lose what is listed.</source>
        <translation>لم يُستبعد شيء من الملف؛ والأدوات المذكورة أعلاه تفقد ما هو مدرج.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>لم يُضف أي رمز</numerusform>
            <numerusform>أُضيف رمز واحد</numerusform>
            <numerusform>أُضيف رمزان</numerusform>
            <numerusform>أُضيفت ⁨%n⁩ رموز</numerusform>
            <numerusform>أُضيف ⁨%n⁩ رمزًا</numerusform>
            <numerusform>أُضيف ⁨%n⁩ رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>none matched</source>
        <translation>لم يتطابق أي منها</translation>
    </message>
    <message numerus="yes">
        <source>%n matched (%1 by GUID, %2 by path)</source>
        <translation>
            <numerusform>لم يتطابق أي رمز (⁨%1⁩ بالمعرّف GUID، ⁨%2⁩ بالمسار)</numerusform>
            <numerusform>تطابق رمز واحد (⁨%1⁩ بالمعرّف GUID، ⁨%2⁩ بالمسار)</numerusform>
            <numerusform>تطابق رمزان (⁨%1⁩ بالمعرّف GUID، ⁨%2⁩ بالمسار)</numerusform>
            <numerusform>تطابقت ⁨%n⁩ رموز (⁨%1⁩ بالمعرّف GUID، ⁨%2⁩ بالمسار)</numerusform>
            <numerusform>تطابق ⁨%n⁩ رمزًا (⁨%1⁩ بالمعرّف GUID، ⁨%2⁩ بالمسار)</numerusform>
            <numerusform>تطابق ⁨%n⁩ رمز (⁨%1⁩ بالمعرّف GUID، ⁨%2⁩ بالمسار)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them updated</source>
        <translation>
            <numerusform>لم يُحدَّث أي منها</numerusform>
            <numerusform>حُدِّث واحد منها</numerusform>
            <numerusform>حُدِّث اثنان منها</numerusform>
            <numerusform>حُدِّثت ⁨%n⁩ منها</numerusform>
            <numerusform>حُدِّث ⁨%n⁩ منها</numerusform>
            <numerusform>حُدِّث ⁨%n⁩ منها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::SafeXmlReader</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>⁨%1⁩: السطر ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>the XML has a document type declaration (DTD), which Word and OpenDocument files never have; it could declare entities that expand without bound, so the file is refused.</source>
        <translation>يحتوي XML على تعريف نوع المستند (DTD)، وهو ما لا تحتويه ملفات Word أو OpenDocument أبدًا؛ وقد يعرِّف كيانات تتمدد بلا حدود، لذا رُفض الملف.</translation>
    </message>
    <message>
        <source>the XML refers to an undeclared entity &quot;&amp;%1;&quot;.</source>
        <translation>يشير XML إلى كيان غير مُعرَّف &quot;&amp;⁨%1⁩;&quot;.</translation>
    </message>
    <message>
        <source>the XML is nested more than %1 levels deep.</source>
        <translation>تداخل XML يتجاوز ⁨%1⁩ من المستويات عمقًا.</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is malformed: %3</source>
        <translation>⁨%1⁩: السطر ⁨%2⁩: XML مشوَّه: ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::SearchHits</name>
    <message>
        <source>There is no code with id %1.</source>
        <translation>لا يوجد رمز بالمعرِّف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; choose one of its subcodes.</source>
        <translation>&quot;⁨%1⁩&quot; مجلد رموز ولا يُطبَّق على النص؛ اختر أحد رموزه الفرعية.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; has a %-sign not followed by two hexadecimal digits (write %25 for a %-sign)</source>
        <translation>&quot;⁨%1⁩&quot; فيه علامة % لا يليها رقمان ست عشريان (اكتب ⁨%25⁩ لعلامة %)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes a NUL character (%00)</source>
        <translation>&quot;⁨%1⁩&quot; يحتوي على حرف NUL مرمَّزًا (⁨%00⁩)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes bytes that are not UTF-8</source>
        <translation>&quot;⁨%1⁩&quot; يحتوي على بايتات مرمَّزة ليست بترميز UTF-8</translation>
    </message>
    <message>
        <source>No server location was given: write postgresql://HOST/DATABASE?project=NAME or the path of a %1 file.</source>
        <translation>لم يُحدَّد موقع الخادم: اكتب postgresql://HOST/DATABASE?project=NAME أو مسار ملف ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 is neither a postgresql:// URL nor a server connection file (%2).</source>
        <translation>⁨%1⁩ ليس عنوان URL من نوع postgresql:// ولا ملف اتصال بالخادم (⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the password is not percent-encoded correctly</source>
        <translation>كلمة المرور غير مرمَّزة بالنسبة المئوية (percent-encoding) على نحو صحيح</translation>
    </message>
    <message>
        <source>names several hosts; Marginalia connects to one server (use a service file for fail-over)</source>
        <translation>يذكر عدة مضيفين؛ يتصل Marginalia بخادم واحد (استخدم ملف خدمة للتبديل عند الفشل)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>عنوان IPv6 بلا قوس إغلاق ]</translation>
    </message>
    <message>
        <source>expected :PORT after the IPv6 address, found &quot;%1&quot;</source>
        <translation>كان المتوقع :PORT بعد عنوان IPv6، ووُجد &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>the brackets hold no IPv6 address</source>
        <translation>لا يوجد عنوان IPv6 بين القوسين المعقوفين</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, as in postgresql://[::1]/DATABASE</source>
        <translation>يجب كتابة عنوان IPv6 بين قوسين معقوفين، كما في postgresql://[::1]/DATABASE</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>المنفذ &quot;⁨%1⁩&quot; ليس عددًا من 1 إلى 65535</translation>
    </message>
    <message>
        <source>gives %1 twice, as &quot;%2&quot; and as &quot;%3&quot;</source>
        <translation>يحدد ⁨%1⁩ مرتين، بالقيمة &quot;⁨%2⁩&quot; وبالقيمة &quot;⁨%3⁩&quot;</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value; write %1=VALUE</source>
        <translation>المعامل &quot;⁨%1⁩&quot; بلا قيمة؛ اكتب ⁨%1⁩=VALUE</translation>
    </message>
    <message>
        <source>names the project twice</source>
        <translation>يذكر المشروع مرتين</translation>
    </message>
    <message>
        <source>gives the password twice</source>
        <translation>يحدد كلمة المرور مرتين</translation>
    </message>
    <message>
        <source>gives port twice, as &quot;%1&quot; and as &quot;%2&quot;</source>
        <translation>يحدد المنفذ مرتين، بالقيمة &quot;⁨%1⁩&quot; وبالقيمة &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libpq connection keyword (those are lower-case words such as sslmode)</source>
        <translation>&quot;⁨%1⁩&quot; ليست كلمة مفتاحية لاتصال libpq (وهي كلمات بأحرف صغيرة مثل sslmode)</translation>
    </message>
    <message>
        <source>sslpassword would be kept in recent files and connection files; put it in a service file and name that with service=NAME</source>
        <translation>ستُحفظ sslpassword في قائمة الملفات الأخيرة وفي ملفات الاتصال؛ ضعها في ملف خدمة وأشِر إليه بـ service=NAME</translation>
    </message>
    <message>
        <source>the value of %1 contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>قيمة ⁨%1⁩ تحتوي على فاصلة منقوطة، ولا يستطيع برنامج تشغيل PostgreSQL في Qt تمريرها</translation>
    </message>
    <message>
        <source>gives %1 twice</source>
        <translation>يحدد ⁨%1⁩ مرتين</translation>
    </message>
    <message>
        <source>names no project; add ?project=NAME</source>
        <translation>لا يذكر أي مشروع؛ أضف ?project=NAME</translation>
    </message>
    <message>
        <source>the project name is empty; write ?project=NAME</source>
        <translation>اسم المشروع فارغ؛ اكتب ?project=NAME</translation>
    </message>
    <message>
        <source>names no database; write it after the server, as in postgresql://HOST/DATABASE</source>
        <translation>لا يذكر أي قاعدة بيانات؛ اكتبها بعد الخادم، كما في postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>%1: no such server connection file</source>
        <translation>⁨%1⁩: لا يوجد ملف اتصال بالخادم بهذا الاسم</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: is larger than a server connection file can be (%2 KB); is it one?</source>
        <translation>⁨%1⁩: أكبر من الحجم الممكن لملف اتصال بالخادم (⁨%2⁩ كيلوبايت)؛ هل هو ملف اتصال فعلًا؟</translation>
    </message>
    <message>
        <source>%1: is a binary file, not a server connection file</source>
        <translation>⁨%1⁩: ملف ثنائي، وليس ملف اتصال بالخادم</translation>
    </message>
    <message>
        <source>%1: is empty; a server connection file has a [%2] section with url=postgresql://...</source>
        <translation>⁨%1⁩: فارغ؛ يحتوي ملف الاتصال بالخادم على قسم [⁨%2⁩] فيه url=postgresql://...</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text, so it is not a server connection file</source>
        <translation>⁨%1⁩: ليس نصًا بترميز UTF-8، لذا فهو ليس ملف اتصال بالخادم</translation>
    </message>
    <message>
        <source>%1:%2: a section header must end with ]</source>
        <translation>⁨%1⁩:⁨%2⁩: يجب أن ينتهي عنوان القسم بـ ]</translation>
    </message>
    <message>
        <source>%1:%2: expected KEY=VALUE</source>
        <translation>⁨%1⁩:⁨%2⁩: كان المتوقع KEY=VALUE</translation>
    </message>
    <message>
        <source>%1:%2: a setting comes before the [%3] section</source>
        <translation>⁨%1⁩:⁨%2⁩: يأتي إعداد قبل القسم [⁨%3⁩]</translation>
    </message>
    <message>
        <source>%1:%2: a second %3= (the first is on line %4)</source>
        <translation>⁨%1⁩:⁨%2⁩: تكرار ⁨%3⁩= للمرة الثانية (الأول في السطر ⁨%4⁩)</translation>
    </message>
    <message>
        <source>%1: has no [%2] section; is it a server connection file?</source>
        <translation>⁨%1⁩: لا يحتوي على قسم [⁨%2⁩]؛ هل هو ملف اتصال بالخادم؟</translation>
    </message>
    <message>
        <source>%1: gives no url=; add url=postgresql://HOST/DATABASE?project=NAME to its [%2] section</source>
        <translation>⁨%1⁩: لا يحدد url=؛ أضف url=postgresql://HOST/DATABASE?project=NAME إلى القسم [⁨%2⁩] فيه</translation>
    </message>
    <message>
        <source>%1:%2: url= must be a postgresql:// URL</source>
        <translation>⁨%1⁩:⁨%2⁩: يجب أن تكون قيمة url= عنوان URL من نوع postgresql://</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: user=%3 contradicts the user %4 in the url on line %5</source>
        <translation>⁨%1⁩:⁨%2⁩: القيمة user=⁨%3⁩ تناقض المستخدم ⁨%4⁩ في url في السطر ⁨%5⁩</translation>
    </message>
    <message>
        <source>%1: the name of a server connection file must end in %2, so that Marginalia opens it</source>
        <translation>⁨%1⁩: يجب أن ينتهي اسم ملف الاتصال بالخادم بـ ⁨%2⁩ كي يفتحه Marginalia</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>⁨%1⁩: تتعذر الكتابة فيه: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::StudentScores</name>
    <message>
        <source>%1: the key is not a coder of the project.</source>
        <translation>⁨%1⁩: مفتاح الإجابة ليس من مرمِّزي المشروع.</translation>
    </message>
    <message>
        <source>%1: one of the students is not a coder of the project.</source>
        <translation>⁨%1⁩: أحد الطلاب ليس من مرمِّزي المشروع.</translation>
    </message>
    <message>
        <source>%1: the key cannot also be scored as a student.</source>
        <translation>⁨%1⁩: لا يمكن تقييم مفتاح الإجابة بوصفه طالبًا أيضًا.</translation>
    </message>
    <message>
        <source>%1: there is no student to score: no coder but the key has coded.</source>
        <translation>⁨%1⁩: لا يوجد طالب لتقييمه: لم يرمِّز أحد غير مفتاح الإجابة.</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>لا شيء للمقارنة</translation>
    </message>
    <message>
        <source>the student coded nothing</source>
        <translation>لم يرمِّز الطالب شيئًا</translation>
    </message>
    <message>
        <source>the key coded nothing</source>
        <translation>لا ترميزات في مفتاح الإجابة</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::TextDecoder</name>
    <message>
        <source>%1: the file is not valid %2 text.</source>
        <translation>⁨%1⁩: الملف ليس نصًا صالحًا بترميز ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: the text encoding %2 is not supported.</source>
        <translation>⁨%1⁩: ترميز الأحرف ⁨%2⁩ غير مدعوم.</translation>
    </message>
    <message>
        <source>%1: byte %2 is not valid in the encoding %3.</source>
        <translation>⁨%1⁩: البايت ⁨%2⁩ غير صالح في الترميز ⁨%3⁩.</translation>
    </message>
    <message>
        <source>%1: could not decode the text as %2.</source>
        <translation>⁨%1⁩: تعذر فك ترميز النص بوصفه ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not text (it contains NUL bytes).</source>
        <translation>⁨%1⁩: يبدو هذا ملفًا ثنائيًا وليس نصًا (يحتوي على بايتات NUL).</translation>
    </message>
    <message>
        <source>%1: the encoding detector ran out of memory.</source>
        <translation>⁨%1⁩: نفدت ذاكرة أداة اكتشاف الترميز.</translation>
    </message>
    <message>
        <source>%1: the text encoding could not be recognised (the file is neither valid UTF-8 nor a known legacy encoding).</source>
        <translation>⁨%1⁩: تعذر التعرف على ترميز النص (الملف ليس بترميز UTF-8 صالح ولا بترميز قديم معروف).</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not text (it is full of control characters).</source>
        <translation>⁨%1⁩: يبدو هذا ملفًا ثنائيًا وليس نصًا (مليء بأحرف التحكم).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::XlsxMatrix</name>
    <message>
        <source>%1: the matrix has %2 columns; a worksheet holds at most %3. Choose fewer documents, or export it as CSV.</source>
        <translation>⁨%1⁩: في المصفوفة ⁨%2⁩ من الأعمدة؛ وورقة العمل تتسع لـ ⁨%3⁩ على الأكثر. اختر مستندات أقل، أو صدِّرها بصيغة CSV.</translation>
    </message>
    <message>
        <source>%1: the matrix has %2 rows; a worksheet holds at most %3.</source>
        <translation>⁨%1⁩: في المصفوفة ⁨%2⁩ من الصفوف؛ وورقة العمل تتسع لـ ⁨%3⁩ على الأكثر.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ZipArchive</name>
    <message>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation>⁨%1⁩: العنصر &quot;⁨%2⁩&quot;: ⁨%3⁩</translation>
    </message>
    <message>
        <source>the entry has no name.</source>
        <translation>العنصر بلا اسم.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>الاسم طويل جدًا.</translation>
    </message>
    <message>
        <source>the name contains control characters.</source>
        <translation>يحتوي الاسم على أحرف تحكم.</translation>
    </message>
    <message>
        <source>the name contains a backslash.</source>
        <translation>يحتوي الاسم على شرطة مائلة عكسية.</translation>
    </message>
    <message>
        <source>the name is an absolute path.</source>
        <translation>الاسم مسار مطلق.</translation>
    </message>
    <message>
        <source>the name begins with a drive letter.</source>
        <translation>يبدأ الاسم بحرف محرك أقراص.</translation>
    </message>
    <message>
        <source>the name leads out of the archive (&quot;..&quot;).</source>
        <translation>يقود الاسم إلى خارج الأرشيف (&quot;..&quot;).</translation>
    </message>
    <message>
        <source>%1: this is not a ZIP archive, or it is damaged (error %2).</source>
        <translation>⁨%1⁩: هذا ليس أرشيف ZIP، أو أنه تالف (الخطأ ⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: the ZIP archive&apos;s table of contents cannot be read.</source>
        <translation>⁨%1⁩: تتعذر قراءة فهرس محتويات أرشيف ZIP.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive has %2 entries, more than the limit of %3.</source>
        <translation>⁨%1⁩: عدد العناصر في أرشيف ZIP هو ⁨%2⁩، وهو أكثر من الحد البالغ ⁨%3⁩.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive has more entries than the limit of %2.</source>
        <translation>⁨%1⁩: عدد العناصر في أرشيف ZIP يتجاوز الحد البالغ ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: entry %2 of the ZIP archive cannot be read.</source>
        <translation>⁨%1⁩: تتعذر قراءة العنصر ⁨%2⁩ من أرشيف ZIP.</translation>
    </message>
    <message>
        <source>the archive holds two entries with this name.</source>
        <translation>يضم الأرشيف عنصرين بهذا الاسم.</translation>
    </message>
    <message>
        <source>its position in the archive cannot be read.</source>
        <translation>تتعذر قراءة موضعه في الأرشيف.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive&apos;s table of contents is damaged (error %2).</source>
        <translation>⁨%1⁩: فهرس محتويات أرشيف ZIP تالف (الخطأ ⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>⁨%1⁩: تتعذر قراءته.</translation>
    </message>
    <message>
        <source>there is no such entry in the archive.</source>
        <translation>لا يوجد عنصر كهذا في الأرشيف.</translation>
    </message>
    <message>
        <source>the entry is encrypted (password-protected).</source>
        <translation>العنصر مشفَّر (محمي بكلمة مرور).</translation>
    </message>
    <message>
        <source>the entry is a symbolic link, not a file.</source>
        <translation>العنصر رابط رمزي وليس ملفًا.</translation>
    </message>
    <message>
        <source>the entry uses compression method %1, which Marginalia does not read.</source>
        <translation>يستخدم العنصر طريقة الضغط ⁨%1⁩، التي لا يقرؤها Marginalia.</translation>
    </message>
    <message>
        <source>the entry is %1 MB uncompressed, more than the limit of %2 MB.</source>
        <translation>حجم العنصر غير مضغوط ⁨%1⁩ ميغابايت، أي أكثر من الحد البالغ ⁨%2⁩ ميغابايت.</translation>
    </message>
    <message>
        <source>the entry cannot be found in the archive (it is damaged).</source>
        <translation>يتعذر العثور على العنصر في الأرشيف (الأرشيف تالف).</translation>
    </message>
    <message>
        <source>the entry cannot be opened (the archive is damaged, error %1).</source>
        <translation>يتعذر فتح العنصر (الأرشيف تالف، الخطأ ⁨%1⁩).</translation>
    </message>
    <message>
        <source>the compressed data is damaged (error %1).</source>
        <translation>البيانات المضغوطة تالفة (الخطأ ⁨%1⁩).</translation>
    </message>
    <message>
        <source>reading it would take the archive past its limit of %1 MB uncompressed.</source>
        <translation>قراءته ستتجاوز بالأرشيف حده البالغ ⁨%1⁩ ميغابايت غير مضغوطة.</translation>
    </message>
    <message>
        <source>the entry inflates to more than the limit of %1 MB.</source>
        <translation>يتجاوز العنصر بعد فك ضغطه الحد البالغ ⁨%1⁩ ميغابايت.</translation>
    </message>
    <message>
        <source>the entry inflates more than %1 times its compressed size (a &quot;ZIP bomb&quot;); it is refused.</source>
        <translation>يتضخم العنصر بعد فك ضغطه إلى أكثر من ⁨%1⁩ ضعف حجمه المضغوط (&quot;قنبلة ZIP&quot;)؛ لذا رُفض.</translation>
    </message>
    <message>
        <source>the checksum does not match: the archive is damaged.</source>
        <translation>المجموع الاختباري غير مطابق: الأرشيف تالف.</translation>
    </message>
    <message>
        <source>the entry cannot be read completely (error %1).</source>
        <translation>تتعذر قراءة العنصر كاملًا (الخطأ ⁨%1⁩).</translation>
    </message>
    <message>
        <source>its size does not match the archive&apos;s table of contents.</source>
        <translation>حجمه لا يطابق فهرس محتويات الأرشيف.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ZipWriter</name>
    <message>
        <source>%1: the archive is already open.</source>
        <translation>⁨%1⁩: الأرشيف مفتوح بالفعل.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>⁨%1⁩: تتعذر الكتابة فيه: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: cannot start the ZIP archive (error %2).</source>
        <translation>⁨%1⁩: يتعذر بدء أرشيف ZIP (الخطأ ⁨%2⁩).</translation>
    </message>
    <message>
        <source>%1: the archive is not open for writing.</source>
        <translation>⁨%1⁩: الأرشيف غير مفتوح للكتابة.</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: the name is not in normal form (&quot;%3&quot;).</source>
        <translation>⁨%1⁩: العنصر &quot;⁨%2⁩&quot;: الاسم ليس في الصيغة الموحَّدة (&quot;⁨%3⁩&quot;).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: the archive already has an entry with this name.</source>
        <translation>⁨%1⁩: العنصر &quot;⁨%2⁩&quot;: في الأرشيف عنصر بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be started (error %3).</source>
        <translation>⁨%1⁩: العنصر &quot;⁨%2⁩&quot;: يتعذر بدؤه (الخطأ ⁨%3⁩).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be written (error %3).</source>
        <translation>⁨%1⁩: العنصر &quot;⁨%2⁩&quot;: تتعذر كتابته (الخطأ ⁨%3⁩).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be written: %3</source>
        <translation>⁨%1⁩: العنصر &quot;⁨%2⁩&quot;: تتعذر كتابته: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءته: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the archive was not written completely; nothing was saved.</source>
        <translation>⁨%1⁩: لم يُكتب الأرشيف كاملًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>%1: cannot finish the ZIP archive (error %2); nothing was saved.</source>
        <translation>⁨%1⁩: يتعذر إنهاء أرشيف ZIP (الخطأ ⁨%2⁩)؛ لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ActionTips</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Code / document</source>
        <translation>الرمز / المستند</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ كوهين</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ فلايس</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α كريبندورف</translation>
    </message>
    <message>
        <source>α-u</source>
        <translation>α-u</translation>
    </message>
    <message>
        <source>The share of characters on which every coder agreed: all coded them or none did.</source>
        <translation>نسبة الأحرف التي اتفق عليها جميع المرمِّزين: رمَّزها الجميع أو لم يرمِّزها أحد.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, two coders only: agreement corrected for chance, from each coder&apos;s share of coded characters (as NVivo computes it).</source>
        <translation>كابا كوهين، لمرمِّزَين فقط: الاتفاق مصحَّحًا لأثر الصدفة، انطلاقًا من نسبة الأحرف المرمَّزة لدى كل مرمِّز (كما يحسبه NVivo).</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: agreement of two or more coders corrected for chance, from the pooled share of coded characters.</source>
        <translation>كابا فلايس: اتفاق مرمِّزَين أو أكثر مصحَّحًا لأثر الصدفة، انطلاقًا من النسبة المجمَّعة للأحرف المرمَّزة.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal), each character coded or not by every coder.</source>
        <translation>ألفا كريبندورف (الاسمية)، حيث يكون كل حرف مرمَّزًا أو غير مرمَّز لدى كل مرمِّز.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha: agreement on where coded segments begin and end.</source>
        <translation>ألفا التقطيع لكريبندورف: الاتفاق على مواضع بداية المقاطع المرمَّزة ونهايتها.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeDelegate</name>
    <message>
        <source>(no value)</source>
        <translation>(بلا قيمة)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeRemoval</name>
    <message>
        <source>Remove Case Attribute</source>
        <translation>إزالة سمة حالات</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>إزالة سمة</translation>
    </message>
    <message>
        <source>Case attribute to remove:</source>
        <translation>سمة الحالات المراد إزالتها:</translation>
    </message>
    <message>
        <source>Attribute to remove:</source>
        <translation>السمة المراد إزالتها:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeTableModel</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>The case&apos;s name (double-click or F2 to rename it)</source>
        <translation>اسم الحالة (انقر نقرًا مزدوجًا أو اضغط F2 لإعادة تسميتها)</translation>
    </message>
    <message>
        <source>The document&apos;s name (rename it in the Documents panel)</source>
        <translation>اسم المستند (أعد تسميته في لوحة المستندات)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>⁨%1⁩: ⁨%2⁩ من ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributesPanel</name>
    <message numerus="yes">
        <source>Remove the attribute &quot;%1&quot; and its values of %n document(s)? Undo brings them back.</source>
        <translation>
            <numerusform>هل تريد إزالة السمة &quot;⁨%1⁩&quot; (بلا قيم في أي مستند)؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة السمة &quot;⁨%1⁩&quot; وقيمها في مستند واحد؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة السمة &quot;⁨%1⁩&quot; وقيمها في مستندين؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة السمة &quot;⁨%1⁩&quot; وقيمها في ⁨%n⁩ مستندات؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة السمة &quot;⁨%1⁩&quot; وقيمها في ⁨%n⁩ مستندًا؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة السمة &quot;⁨%1⁩&quot; وقيمها في ⁨%n⁩ مستند؟ يعيدها التراجع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Set...</source>
        <translation>حفظ كمجموعة...</translation>
    </message>
    <message>
        <source>New Attribute...</source>
        <translation>سمة جديدة...</translation>
    </message>
    <message>
        <source>Remove Attribute...</source>
        <translation>إزالة سمة...</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>استيراد CSV...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>تصدير CSV...</translation>
    </message>
    <message>
        <source>Show documents where... (e.g. year &gt;= 2017 and type = resolution)</source>
        <translation>عرض المستندات التي... (مثل year &gt;= 2017 and type = resolution)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>A condition on the attributes: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; values with spaces in quotes</source>
        <translation>شرط على السمات: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains؛ and، or، not؛ والقيم التي فيها مسافات بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>Save the documents meeting the condition as a set (without a condition: the selected documents), to limit analyses to them</source>
        <translation>حفظ المستندات التي تستوفي الشرط كمجموعة (دون شرط: المستندات المحددة)، لحصر التحليلات فيها</translation>
    </message>
    <message>
        <source>Add a variable of the documents: text, number, date, yes/no or a list</source>
        <translation>إضافة متغير للمستندات: نص أو عدد أو تاريخ أو نعم/لا أو قائمة</translation>
    </message>
    <message>
        <source>Remove the attribute of the current column with its values</source>
        <translation>إزالة سمة العمود الحالي مع قيمها</translation>
    </message>
    <message>
        <source>Read attributes from a CSV table with a row per document (the first column names the document)</source>
        <translation>قراءة السمات من جدول CSV فيه صف لكل مستند (العمود الأول يسمي المستند)</translation>
    </message>
    <message>
        <source>Write the attributes as a CSV table with a row per document</source>
        <translation>كتابة السمات في جدول CSV فيه صف لكل مستند</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>⁨%n⁩ مستندات</numerusform>
            <numerusform>⁨%n⁩ مستندًا</numerusform>
            <numerusform>⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستند</numerusform>
            <numerusform>⁨%1⁩ من أصل مستند واحد</numerusform>
            <numerusform>⁨%1⁩ من أصل مستندين</numerusform>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستندات</numerusform>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستندًا</numerusform>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>Import Attributes</source>
        <translation>استيراد السمات</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export Attributes</source>
        <translation>تصدير السمات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of the %n selected document(s):</source>
        <translation>
            <numerusform>اسم مجموعة المستندات المحددة (لا مستندات):</numerusform>
            <numerusform>اسم مجموعة المستند المحدد:</numerusform>
            <numerusform>اسم مجموعة المستندَين المحددَين:</numerusform>
            <numerusform>اسم مجموعة المستندات المحددة (⁨%n⁩ مستندات):</numerusform>
            <numerusform>اسم مجموعة المستندات المحددة (⁨%n⁩ مستندًا):</numerusform>
            <numerusform>اسم مجموعة المستندات المحددة (⁨%n⁩ مستند):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of documents where %1 (%n now):</source>
        <translation>
            <numerusform>اسم مجموعة المستندات التي تستوفي ⁨%1⁩ (لا مستندات حاليًا):</numerusform>
            <numerusform>اسم مجموعة المستندات التي تستوفي ⁨%1⁩ (مستند واحد حاليًا):</numerusform>
            <numerusform>اسم مجموعة المستندات التي تستوفي ⁨%1⁩ (مستندان حاليًا):</numerusform>
            <numerusform>اسم مجموعة المستندات التي تستوفي ⁨%1⁩ (⁨%n⁩ مستندات حاليًا):</numerusform>
            <numerusform>اسم مجموعة المستندات التي تستوفي ⁨%1⁩ (⁨%n⁩ مستندًا حاليًا):</numerusform>
            <numerusform>اسم مجموعة المستندات التي تستوفي ⁨%1⁩ (⁨%n⁩ مستند حاليًا):</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Set</source>
        <translation>حفظ كمجموعة</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CasesPanel</name>
    <message numerus="yes">
        <source>Remove the case attribute &quot;%1&quot; and its values of %n case(s)? Undo brings them back.</source>
        <translation>
            <numerusform>هل تريد إزالة سمة الحالات &quot;⁨%1⁩&quot; (بلا قيم في أي حالة)؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة سمة الحالات &quot;⁨%1⁩&quot; وقيمها في حالة واحدة؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة سمة الحالات &quot;⁨%1⁩&quot; وقيمها في حالتين؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة سمة الحالات &quot;⁨%1⁩&quot; وقيمها في ⁨%n⁩ حالات؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة سمة الحالات &quot;⁨%1⁩&quot; وقيمها في ⁨%n⁩ حالةً؟ يعيدها التراجع.</numerusform>
            <numerusform>هل تريد إزالة سمة الحالات &quot;⁨%1⁩&quot; وقيمها في ⁨%n⁩ حالة؟ يعيدها التراجع.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Case...</source>
        <translation>حالة جديدة...</translation>
    </message>
    <message>
        <source>Remove Case...</source>
        <translation>إزالة حالة...</translation>
    </message>
    <message>
        <source>New Attribute...</source>
        <translation>سمة جديدة...</translation>
    </message>
    <message>
        <source>Remove Attribute...</source>
        <translation>إزالة سمة...</translation>
    </message>
    <message>
        <source>Remove from Case</source>
        <translation>إزالة من الحالة</translation>
    </message>
    <message>
        <source>Add a case: a country, an organisation, a participant</source>
        <translation>إضافة حالة: بلد، منظمة، مشارك</translation>
    </message>
    <message>
        <source>Remove the current case with its values and members (not the documents)</source>
        <translation>إزالة الحالة الحالية مع قيمها وأعضائها (دون المستندات)</translation>
    </message>
    <message>
        <source>Add a variable of the cases: text, number, date, yes/no or a list</source>
        <translation>إضافة متغير للحالات: نص أو عدد أو تاريخ أو نعم/لا أو قائمة</translation>
    </message>
    <message>
        <source>Remove the case attribute of the current column with its values</source>
        <translation>إزالة سمة الحالات في العمود الحالي مع قيمها</translation>
    </message>
    <message>
        <source>Take the selected documents or passages out of the case (the documents stay)</source>
        <translation>إخراج المستندات أو المقاطع المحددة من الحالة (تبقى المستندات)</translation>
    </message>
    <message>
        <source>Memo on the case: who or what it is, why these documents</source>
        <translation>مذكرة عن الحالة: من هي أو ما هي، ولماذا هذه المستندات</translation>
    </message>
    <message>
        <source>Case memo</source>
        <translation>مذكرة الحالة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Assign documents and passages with Documents › Assign Document to Case and Assign Selection to Case, also in the text&apos;s context menu; double-click one to show it</source>
        <translation>أسنِد المستندات والمقاطع بالأمرين المستندات › إسناد المستند إلى حالة، و إسناد التحديد إلى حالة، المتاحين أيضًا في القائمة السياقية للنص؛ وانقر نقرًا مزدوجًا على أحدها لعرضه</translation>
    </message>
    <message>
        <source>Documents and passages of the case</source>
        <translation>مستندات الحالة ومقاطعها</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>⁨%n⁩ حالات</numerusform>
            <numerusform>⁨%n⁩ حالةً</numerusform>
            <numerusform>⁨%n⁩ حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Memo on &quot;%1&quot;:</source>
        <translation>&amp;مذكرة عن &quot;⁨%1⁩&quot;:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;مذكرة:</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>المستند كاملًا</translation>
    </message>
    <message>
        <source>passage %1–%2</source>
        <translation>المقطع ⁨%1⁩–⁨%2⁩</translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; yet: use Documents › Assign Document to Case.</source>
        <translation>لا شيء في &quot;⁨%1⁩&quot; بعد: استخدم المستندات › إسناد المستند إلى حالة.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) or passage(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>لا مستندات أو مقاطع في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>مستند أو مقطع واحد في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>مستندان أو مقطعان في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ مستندات أو مقاطع في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ مستندًا أو مقطعًا في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ مستند أو مقطع في &quot;⁨%1⁩&quot;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet: add one with New Case.</source>
        <translation>لا حالات بعد: أضف حالة عبر &quot;حالة جديدة&quot;.</translation>
    </message>
    <message>
        <source>Choose a case to see its documents.</source>
        <translation>اختر حالة لعرض مستنداتها.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A case needs a name: &quot;%1&quot; keeps its own.</source>
        <translation>يجب أن يكون للحالة اسم: تحتفظ &quot;⁨%1⁩&quot; باسمها الحالي.</translation>
    </message>
    <message>
        <source>There is already a case named &quot;%1&quot;.</source>
        <translation>توجد بالفعل حالة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>New case...</source>
        <translation>حالة جديدة...</translation>
    </message>
    <message>
        <source>Assign to Case</source>
        <translation>إسناد إلى حالة</translation>
    </message>
    <message>
        <source>Assign %1 to the case:</source>
        <translation>إسناد ⁨%1⁩ إلى الحالة:</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>اسم الحالة الجديدة:</translation>
    </message>
    <message>
        <source>Name of the case (a country, an organisation, a participant):</source>
        <translation>اسم الحالة (بلد، منظمة، مشارك):</translation>
    </message>
    <message>
        <source>Remove Case</source>
        <translation>إزالة الحالة</translation>
    </message>
    <message numerus="yes">
        <source>Remove the case &quot;%1&quot; with its values and its %n document(s) or passage(s)? The documents stay; undo brings the case back.</source>
        <translation>
            <numerusform>هل تريد إزالة الحالة &quot;⁨%1⁩&quot; مع قيمها (لا مستندات أو مقاطع فيها)؟ تبقى المستندات؛ ويعيد التراجع الحالة.</numerusform>
            <numerusform>هل تريد إزالة الحالة &quot;⁨%1⁩&quot; مع قيمها والمستند أو المقطع الوحيد فيها؟ تبقى المستندات؛ ويعيد التراجع الحالة.</numerusform>
            <numerusform>هل تريد إزالة الحالة &quot;⁨%1⁩&quot; مع قيمها والمستندين أو المقطعين فيها؟ تبقى المستندات؛ ويعيد التراجع الحالة.</numerusform>
            <numerusform>هل تريد إزالة الحالة &quot;⁨%1⁩&quot; مع قيمها و⁨%n⁩ مستندات أو مقاطع فيها؟ تبقى المستندات؛ ويعيد التراجع الحالة.</numerusform>
            <numerusform>هل تريد إزالة الحالة &quot;⁨%1⁩&quot; مع قيمها و⁨%n⁩ مستندًا أو مقطعًا فيها؟ تبقى المستندات؛ ويعيد التراجع الحالة.</numerusform>
            <numerusform>هل تريد إزالة الحالة &quot;⁨%1⁩&quot; مع قيمها و⁨%n⁩ مستند أو مقطع فيها؟ تبقى المستندات؛ ويعيد التراجع الحالة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClassViewPanel</name>
    <message>
        <source>Key</source>
        <translation>مفتاح الإجابة</translation>
    </message>
    <message>
        <source>The coder whose codings are the key the students are scored against</source>
        <translation>المرمِّز الذي تمثل ترميزاته مفتاح الإجابة الذي يُقيَّم الطلاب مقارنةً به</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>المقياس الإحصائي</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>نسبة الاتفاق المئوية</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>ألفا التقطيع</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>Double-click a student&apos;s cell to review their disagreements with the key on that code</source>
        <translation>انقر نقرًا مزدوجًا على خلية طالب لمراجعة اختلافاته مع مفتاح الإجابة في ذلك الرمز</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;مفتاح الإجابة:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Open a project to see its class.</source>
        <translation>افتح مشروعًا لعرض صفه الدراسي.</translation>
    </message>
    <message>
        <source>Choose the key: the coder the students are scored against.</source>
        <translation>اختر مفتاح الإجابة: المرمِّز الذي يُقيَّم الطلاب مقارنةً به.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>Pooled over every code the student or the key coded</source>
        <translation>مجمَّعًا على كل رمز رمَّز به الطالب أو مفتاح الإجابة</translation>
    </message>
    <message>
        <source>%1 on %2: precision %3, recall %4</source>
        <translation>⁨%1⁩ في ⁨%2⁩: الدقة ⁨%3⁩، الاستدعاء ⁨%4⁩</translation>
    </message>
    <message>
        <source>all codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CodebookModel</name>
    <message>
        <source>A folder of codes: not applied to text.</source>
        <translation>مجلد رموز: لا يُطبَّق على النص.</translation>
    </message>
    <message>
        <source>%1 codings, %2 with subcodes</source>
        <translation>الترميزات: ⁨%1⁩، ومع الرموز الفرعية: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Codings of this code</source>
        <translation>ترميزات هذا الرمز</translation>
    </message>
    <message>
        <source>Codings of this code and its subcodes</source>
        <translation>ترميزات هذا الرمز ورموزه الفرعية</translation>
    </message>
    <message>
        <source>Quick-key: press it in the text to apply the code</source>
        <translation>مفتاح سريع: اضغطه في النص لتطبيق الرمز</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>مفتاح سريع</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CodebookPanel</name>
    <message>
        <source>New Code...</source>
        <translation>رمز جديد...</translation>
    </message>
    <message>
        <source>New Subcode...</source>
        <translation>رمز فرعي جديد...</translation>
    </message>
    <message>
        <source>Code Selection</source>
        <translation>ترميز التحديد</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Colour...</source>
        <translation>اللون...</translation>
    </message>
    <message>
        <source>Description...</source>
        <translation>الوصف...</translation>
    </message>
    <message>
        <source>Pin to Key</source>
        <translation>ربط بمفتاح سريع</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Add to Code Set...</source>
        <translation>إضافة إلى مجموعة رموز...</translation>
    </message>
    <message>
        <source>Merge Into...</source>
        <translation>دمج في...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>حذف...</translation>
    </message>
    <message>
        <source>New Subcode</source>
        <translation>رمز فرعي جديد</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>لون &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Description of &quot;%1&quot;</source>
        <translation>وصف &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>What the code means, when to use it and when not:</source>
        <translation>ما يعنيه الرمز، ومتى يُستخدم ومتى لا يُستخدم:</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot;</source>
        <translation>دمج &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its codings into:</source>
        <translation>دمج &quot;⁨%1⁩&quot; وترميزاته في:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::Commands</name>
    <message>
        <source>There is no case attribute named &quot;%1&quot; any more.</source>
        <translation>لم تعد هناك سمة حالات باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>There is no attribute named &quot;%1&quot; any more.</source>
        <translation>لم تعد هناك سمة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>restoring attributes</source>
        <translation>استعادة السمات</translation>
    </message>
    <message>
        <source>Clear %1 of &quot;%2&quot;</source>
        <translation>مسح قيمة ⁨%1⁩ في &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Set %1 of &quot;%2&quot; to %3</source>
        <translation>تعيين ⁨%1⁩ في &quot;⁨%2⁩&quot; إلى ⁨%3⁩</translation>
    </message>
    <message>
        <source>Add case attribute %1 (%2)</source>
        <translation>إضافة سمة الحالات ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Add attribute %1 (%2)</source>
        <translation>إضافة السمة ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Remove case attribute %1</source>
        <translation>إزالة سمة الحالات ⁨%1⁩</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>إزالة السمة ⁨%1⁩</translation>
    </message>
    <message>
        <source>restoring an attribute</source>
        <translation>استعادة سمة</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>استيراد السمات من ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add set &quot;%1&quot;</source>
        <translation>إضافة المجموعة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>There is no set named &quot;%1&quot; any more.</source>
        <translation>لم تعد هناك مجموعة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2–%3</source>
        <translation>&quot;%1&quot; %2–%3</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot; any more.</source>
        <translation>لم تعد هناك حالة باسم &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>Add case &quot;%1&quot;</source>
        <translation>إضافة الحالة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Rename case &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>إعادة تسمية الحالة &quot;⁨%1⁩&quot; إلى &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Edit memo on case &quot;%1&quot;</source>
        <translation>تحرير مذكرة الحالة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Remove case &quot;%1&quot;</source>
        <translation>إزالة الحالة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>restoring a case</source>
        <translation>استعادة حالة</translation>
    </message>
    <message>
        <source>Clear %1 of case &quot;%2&quot;</source>
        <translation>مسح قيمة ⁨%1⁩ في الحالة &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Set %1 of case &quot;%2&quot; to %3</source>
        <translation>تعيين ⁨%1⁩ في الحالة &quot;⁨%2⁩&quot; إلى ⁨%3⁩</translation>
    </message>
    <message>
        <source>Assign %1 to new case &quot;%2&quot;</source>
        <translation>إسناد ⁨%1⁩ إلى حالة جديدة &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Assign %1 to case &quot;%2&quot;</source>
        <translation>إسناد ⁨%1⁩ إلى الحالة &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>assigning to a case</source>
        <translation>الإسناد إلى حالة</translation>
    </message>
    <message>
        <source>taking back an assignment to a case</source>
        <translation>التراجع عن إسناد إلى حالة</translation>
    </message>
    <message>
        <source>Take %1 out of case &quot;%2&quot;</source>
        <translation>إخراج ⁨%1⁩ من الحالة &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>New code &quot;%1&quot;</source>
        <translation>رمز جديد &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Rename code &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>إعادة تسمية الرمز &quot;⁨%1⁩&quot; إلى &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Change colour of &quot;%1&quot;</source>
        <translation>تغيير لون &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Describe &quot;%1&quot;</source>
        <translation>وصف &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>The code was deleted meanwhile, by someone else.</source>
        <translation>حذف شخص آخر الرمز في الأثناء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>غيَّر شخص آخر &quot;⁨%1⁩&quot; أثناء تحريرك له. لم يُحفظ تغييرك كي لا يُكتب فوق تغييره: اطّلع على تغييره، ثم أعد إجراء تغييرك.</translation>
    </message>
    <message>
        <source>Move code &quot;%1&quot;</source>
        <translation>نقل الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>دمج &quot;⁨%1⁩&quot; في &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>Delete code &quot;%1&quot;</source>
        <translation>حذف الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>removing codings</source>
        <translation>إزالة ترميزات</translation>
    </message>
    <message>
        <source>undoing a coding</source>
        <translation>التراجع عن ترميز</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>إزالة الترميز</translation>
    </message>
    <message>
        <source>Remove %1 codings</source>
        <translation>إزالة الترميزات (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Change coding range</source>
        <translation>تغيير نطاق الترميز</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>إعادة تسمية &quot;⁨%1⁩&quot; إلى &quot;⁨%2⁩&quot;</translation>
    </message>
    <message>
        <source>removing documents</source>
        <translation>إزالة المستندات</translation>
    </message>
    <message>
        <source>restoring documents</source>
        <translation>استعادة المستندات</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>إزالة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>استيراد &quot;⁨%1⁩&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>استيراد ⁨%n⁩ مستند</numerusform>
            <numerusform>استيراد مستند واحد</numerusform>
            <numerusform>استيراد مستندين</numerusform>
            <numerusform>استيراد ⁨%n⁩ مستندات</numerusform>
            <numerusform>استيراد ⁨%n⁩ مستندًا</numerusform>
            <numerusform>استيراد ⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>استيراد دليل الترميز ⁨%1⁩</translation>
    </message>
    <message>
        <source>undoing a codebook import</source>
        <translation>التراجع عن استيراد دليل ترميز</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>تحرير المذكرة</translation>
    </message>
    <message>
        <source>This memo was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>غيَّر شخص آخر هذه المذكرة أثناء تحريرك لها. لم يُحفظ تغييرك كي لا يُكتب فوق تغييره: اطّلع على تغييره، ثم أعد إجراء تغييرك.</translation>
    </message>
    <message>
        <source>Remove set &quot;%1&quot;</source>
        <translation>إزالة المجموعة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to set &quot;%1&quot;</source>
        <translation>
            <numerusform>إضافة ⁨%n⁩ مستند إلى المجموعة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة مستند واحد إلى المجموعة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة مستندين إلى المجموعة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة ⁨%n⁩ مستندات إلى المجموعة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة ⁨%n⁩ مستندًا إلى المجموعة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة ⁨%n⁩ مستند إلى المجموعة &quot;⁨%1⁩&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Add code set &quot;%1&quot;</source>
        <translation>إضافة مجموعة الرموز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to code set &quot;%1&quot;</source>
        <translation>
            <numerusform>إضافة ⁨%n⁩ رمز إلى مجموعة الرموز &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة رمز واحد إلى مجموعة الرموز &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة رمزين إلى مجموعة الرموز &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة ⁨%n⁩ رموز إلى مجموعة الرموز &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة ⁨%n⁩ رمزًا إلى مجموعة الرموز &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إضافة ⁨%n⁩ رمز إلى مجموعة الرموز &quot;⁨%1⁩&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove code set &quot;%1&quot;</source>
        <translation>إزالة مجموعة الرموز &quot;⁨%1⁩&quot;</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CompareCodersPanel</name>
    <message>
        <source>With subcodes</source>
        <translation>مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>Review Disagreements...</source>
        <translation>مراجعة الاختلافات...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>Export Image...</source>
        <translation>تصدير صورة...</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>المرمِّزون المراد مقارنتهم</translation>
    </message>
    <message>
        <source>Tick the coders to compare: two for Cohen&apos;s kappa and the disagreement review, more for Fleiss&apos; kappa and Krippendorff&apos;s alpha</source>
        <translation>حدِّد المرمِّزين المراد مقارنتهم: اثنان لكابا كوهين ومراجعة الاختلافات، وأكثر لكابا فلايس وألفا كريبندورف</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Compare every code, or one</source>
        <translation>مقارنة كل الرموز، أو رمز واحد</translation>
    </message>
    <message>
        <source>A code covers what its subcodes cover too</source>
        <translation>يشمل الرمز ما تشمله رموزه الفرعية أيضًا</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Compare over every document the coders coded in, or one</source>
        <translation>المقارنة على كل المستندات التي رمَّز فيها المرمِّزون، أو على مستند واحد</translation>
    </message>
    <message>
        <source>Go through every place where the two ticked coders differ on the selected code and settle it into a consensus coder&apos;s codings</source>
        <translation>المرور على كل موضع يختلف فيه المرمِّزان المحددان في الرمز المحدد، والبت فيه ضمن ترميزات مرمِّز التوافق</translation>
    </message>
    <message>
        <source>Write the table to a CSV file, per code or per code and document</source>
        <translation>كتابة الجدول في ملف CSV، لكل رمز أو لكل رمز ومستند</translation>
    </message>
    <message>
        <source>By Code...</source>
        <translation>حسب الرمز...</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>تصدير الاتفاق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>By Code and Document...</source>
        <translation>حسب الرمز والمستند...</translation>
    </message>
    <message>
        <source>Save the table as it is shown as a PNG image</source>
        <translation>حفظ الجدول كما يظهر بوصفه صورة PNG</translation>
    </message>
    <message>
        <source>Export Agreement Table</source>
        <translation>تصدير جدول الاتفاق</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>All coded documents</source>
        <translation>كل المستندات المرمَّزة</translation>
    </message>
    <message>
        <source>Open a project to compare its coders.</source>
        <translation>افتح مشروعًا لمقارنة مرمِّزيه.</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation>حدِّد مرمِّزَين أو أكثر للمقارنة.</translation>
    </message>
    <message>
        <source>Tick exactly two coders and select a code to review their disagreements</source>
        <translation>حدِّد مرمِّزَين اثنين بالضبط واختر رمزًا لمراجعة اختلافاتهما</translation>
    </message>
    <message>
        <source>There is no comparison to export: %1</source>
        <translation>لا توجد مقارنة لتصديرها: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The table has no size to draw at; show the panel first.</source>
        <translation>ليس للجدول حجم يُرسم به؛ اعرض اللوحة أولًا.</translation>
    </message>
    <message>
        <source>encoding the image failed</source>
        <translation>فشل إنشاء ملف الصورة</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DisagreementReview</name>
    <message>
        <source>one coder&apos;s version</source>
        <translation>نسخة أحد المرمِّزَين</translation>
    </message>
    <message>
        <source>union</source>
        <translation>الاتحاد</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>التقاطع</translation>
    </message>
    <message>
        <source>not coded</source>
        <translation>غير مرمَّز</translation>
    </message>
    <message>
        <source>adjusted range</source>
        <translation>نطاق معدَّل</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Review Disagreements: %1</source>
        <translation>مراجعة الاختلافات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: %2 and %3, settled as %4</source>
        <translation>⁨%1⁩: ⁨%2⁩ و ⁨%3⁩، ويُسجَّل البت باسم ⁨%4⁩</translation>
    </message>
    <message>
        <source> (with subcodes)</source>
        <translation> (مع الرموز الفرعية)</translation>
    </message>
    <message>
        <source>The previous disagreement (Alt+Up, Shift+F8)</source>
        <translation>الاختلاف السابق (Alt+Up، Shift+F8)</translation>
    </message>
    <message>
        <source>The next disagreement (Alt+Down, F8)</source>
        <translation>الاختلاف التالي (Alt+Down، F8)</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>قبول ⁨%1⁩</translation>
    </message>
    <message>
        <source>Code exactly what %1 coded here</source>
        <translation>ترميز ما رمَّزه ⁨%1⁩ هنا بالضبط</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>الاتحاد</translation>
    </message>
    <message>
        <source>Code everything either coder coded here</source>
        <translation>ترميز كل ما رمَّزه أيٌّ من المرمِّزَين هنا</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>التقاطع</translation>
    </message>
    <message>
        <source>Code only what both coders coded here</source>
        <translation>ترميز ما رمَّزه المرمِّزان كلاهما هنا فقط</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Leave this passage uncoded</source>
        <translation>ترك هذا المقطع دون ترميز</translation>
    </message>
    <message>
        <source>Use Selection</source>
        <translation>استخدام التحديد</translation>
    </message>
    <message>
        <source>Code the text selected now (select to adjust the boundaries)</source>
        <translation>ترميز النص المحدد حاليًا (حدِّد النص لضبط الحدود)</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>روجع ⁨%1⁩ من أصل ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere on this code: nothing to review.</source>
        <translation>يتفق ⁨%1⁩ و ⁨%2⁩ في كل المواضع في هذا الرمز: لا شيء للمراجعة.</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا شيء&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 in &quot;%3&quot;, characters %4 to %5</source>
        <translation>الاختلاف ⁨%1⁩ من ⁨%2⁩ في &quot;⁨%3⁩&quot;، الأحرف من ⁨%4⁩ إلى ⁨%5⁩</translation>
    </message>
    <message>
        <source>decided (%1); undo to decide again</source>
        <translation>تم البت (⁨%1⁩)؛ تراجع لإعادة البت</translation>
    </message>
    <message>
        <source>decided (%1&apos;s version); undo to decide again</source>
        <translation>تم البت (نسخة ⁨%1⁩)؛ تراجع لإعادة البت</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>مراجعة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation>قبول ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentImport</name>
    <message>
        <source>Importing documents...</source>
        <translation>جارٍ استيراد المستندات...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>استيراد المستندات</translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot; (%2 of %3)...</source>
        <translation>جارٍ استيراد &quot;⁨%1⁩&quot; (⁨%2⁩ من ⁨%3⁩)...</translation>
    </message>
    <message>
        <source>Already in the Project</source>
        <translation>موجود في المشروع بالفعل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the project, as the document &quot;%2&quot;.</source>
        <translation>&quot;⁨%1⁩&quot; موجود في المشروع بالفعل بوصفه المستند &quot;⁨%2⁩&quot;.</translation>
    </message>
    <message>
        <source>Import it again as another document, or skip it?</source>
        <translation>هل تريد استيراده مرة أخرى كمستند آخر، أم تخطيه؟</translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation>استيراد مرة أخرى</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>Do the same for the other files already in the project</source>
        <translation>تطبيق الإجراء نفسه على الملفات الأخرى الموجودة في المشروع</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %1 of %n file(s): the %1 finished are kept.</source>
        <translation>
            <numerusform>أُلغي الاستيراد بعد ⁨%1⁩ من أصل ⁨%n⁩ ملف: احتُفظ بالملفات المنجَزة (⁨%1⁩).</numerusform>
            <numerusform>أُلغي الاستيراد بعد ⁨%1⁩ من أصل ملف واحد: احتُفظ بالملفات المنجَزة (⁨%1⁩).</numerusform>
            <numerusform>أُلغي الاستيراد بعد ⁨%1⁩ من أصل ملفين: احتُفظ بالملفات المنجَزة (⁨%1⁩).</numerusform>
            <numerusform>أُلغي الاستيراد بعد ⁨%1⁩ من أصل ⁨%n⁩ ملفات: احتُفظ بالملفات المنجَزة (⁨%1⁩).</numerusform>
            <numerusform>أُلغي الاستيراد بعد ⁨%1⁩ من أصل ⁨%n⁩ ملفًا: احتُفظ بالملفات المنجَزة (⁨%1⁩).</numerusform>
            <numerusform>أُلغي الاستيراد بعد ⁨%1⁩ من أصل ⁨%n⁩ ملف: احتُفظ بالملفات المنجَزة (⁨%1⁩).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>استُورد ⁨%1⁩ من أصل ⁨%n⁩ ملف.</numerusform>
            <numerusform>استُورد ⁨%1⁩ من أصل ملف واحد.</numerusform>
            <numerusform>استُورد ⁨%1⁩ من أصل ملفين.</numerusform>
            <numerusform>استُورد ⁨%1⁩ من أصل ⁨%n⁩ ملفات.</numerusform>
            <numerusform>استُورد ⁨%1⁩ من أصل ⁨%n⁩ ملفًا.</numerusform>
            <numerusform>استُورد ⁨%1⁩ من أصل ⁨%n⁩ ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>لم يُرفض أي ملف.</numerusform>
            <numerusform>رُفض ملف واحد.</numerusform>
            <numerusform>رُفض ملفان.</numerusform>
            <numerusform>رُفضت ⁨%n⁩ ملفات.</numerusform>
            <numerusform>رُفض ⁨%n⁩ ملفًا.</numerusform>
            <numerusform>رُفض ⁨%n⁩ ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders are not documents and were left out.</source>
        <translation>
            <numerusform>لا ملفات في المجلدات استُبعدت لكونها ليست مستندات.</numerusform>
            <numerusform>ملف واحد في المجلدات ليس مستندًا، فاستُبعد.</numerusform>
            <numerusform>ملفان في المجلدات ليسا مستندين، فاستُبعدا.</numerusform>
            <numerusform>⁨%n⁩ ملفات في المجلدات ليست مستندات، فاستُبعدت.</numerusform>
            <numerusform>⁨%n⁩ ملفًا في المجلدات ليست مستندات، فاستُبعدت.</numerusform>
            <numerusform>⁨%n⁩ ملف في المجلدات ليست مستندات، فاستُبعدت.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a document Marginalia imports; left out.</source>
        <translation>⁨%1⁩: ليس مستندًا يستورده Marginalia؛ استُبعد.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentListModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>⁨%n⁩ صفحات</numerusform>
            <numerusform>⁨%n⁩ صفحة</numerusform>
            <numerusform>⁨%n⁩ صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>الملف: ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>تاريخ الاستيراد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentScopeBar</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Count every document, the documents of a set, or those meeting a condition on their attributes</source>
        <translation>عدّ كل المستندات، أو مستندات مجموعة، أو المستندات التي تستوفي شرطًا على سماتها</translation>
    </message>
    <message>
        <source>Documents where... (e.g. year &gt;= 2017 and type = resolution)</source>
        <translation>المستندات التي... (مثل year &gt;= 2017 and type = resolution)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>A condition on the attributes: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; values with spaces in quotes. Applied with Enter.</source>
        <translation>شرط على السمات: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains؛ and، or، not؛ والقيم التي فيها مسافات بين علامتي اقتباس. يُطبَّق بالضغط على Enter.</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>المجموعة: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n listed document(s)</source>
        <translation>
            <numerusform>⁨%1⁩: لا مستندات مدرجة</numerusform>
            <numerusform>⁨%1⁩: مستند واحد مدرج</numerusform>
            <numerusform>⁨%1⁩: مستندان مدرجان</numerusform>
            <numerusform>⁨%1⁩: ⁨%n⁩ مستندات مدرجة</numerusform>
            <numerusform>⁨%1⁩: ⁨%n⁩ مستندًا مدرجًا</numerusform>
            <numerusform>⁨%1⁩: ⁨%n⁩ مستند مدرج</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the documents where %2</source>
        <translation>⁨%1⁩: المستندات التي تستوفي ⁨%2⁩</translation>
    </message>
    <message>
        <source>Documents where...</source>
        <translation>المستندات التي...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستند</numerusform>
            <numerusform>⁨%1⁩ من أصل مستند واحد</numerusform>
            <numerusform>⁨%1⁩ من أصل مستندين</numerusform>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستندات</numerusform>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستندًا</numerusform>
            <numerusform>⁨%1⁩ من أصل ⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in scope</source>
        <translation>
            <numerusform>لا مستندات في النطاق</numerusform>
            <numerusform>مستند واحد في النطاق</numerusform>
            <numerusform>مستندان في النطاق</numerusform>
            <numerusform>⁨%n⁩ مستندات في النطاق</numerusform>
            <numerusform>⁨%n⁩ مستندًا في النطاق</numerusform>
            <numerusform>⁨%n⁩ مستند في النطاق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentView</name>
    <message>
        <source>p. %1</source>
        <translation>ص. ⁨%1⁩</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>الصفحات ⁨%1⁩–⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>مرمِّز غير معروف</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentsPanel</name>
    <message>
        <source>Filter documents</source>
        <translation>تصفية المستندات</translation>
    </message>
    <message>
        <source>Import Documents...</source>
        <translation>استيراد مستندات...</translation>
    </message>
    <message>
        <source>Import Folder...</source>
        <translation>استيراد مجلد...</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Remove from Project...</source>
        <translation>إزالة من المشروع...</translation>
    </message>
    <message>
        <source>Add to Set...</source>
        <translation>إضافة إلى مجموعة...</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>استيراد المستندات</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>المستندات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Documents</source>
        <translation>استيراد مجلد مستندات</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExcerptModel</name>
    <message>
        <source>p. %1</source>
        <translation>ص. ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters)</source>
        <translation>
            <numerusform>(لا أحرف أخرى)</numerusform>
            <numerusform>(حرف واحد آخر)</numerusform>
            <numerusform>(حرفان آخران)</numerusform>
            <numerusform>(⁨%n⁩ أحرف أخرى)</numerusform>
            <numerusform>(⁨%n⁩ حرفًا آخر)</numerusform>
            <numerusform>(⁨%n⁩ حرف آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>المذكرة:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FileExport</name>
    <message>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindBar</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>البحث في المستند</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>⁨%1⁩ من ⁨%2⁩</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا مطابقات</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>نمط غير صالح</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>المطابقة السابقة (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>المطابقة التالية (Enter، F3)</translation>
    </message>
    <message>
        <source>Match case: &quot;UN&quot; does not find &quot;un&quot;</source>
        <translation>مطابقة حالة الأحرف: &quot;UN&quot; لا يجد &quot;un&quot;</translation>
    </message>
    <message>
        <source>Only matches that are whole words: &quot;protect&quot; does not find &quot;protection&quot;</source>
        <translation>المطابقات التي تكون كلمات كاملة فقط: &quot;حماية&quot; لا يجد &quot;الحماية&quot;</translation>
    </message>
    <message>
        <source>The query is a regular expression (Perl syntax), such as &quot;refugees?&quot;</source>
        <translation>الاستعلام تعبير نمطي (بصياغة Perl)، مثل &quot;لاجئ(ون|ين)&quot;</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>نمط غير صالح: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyChart</name>
    <message>
        <source>No codings to count yet</source>
        <translation>لا ترميزات لعدّها بعد</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n codes)</source>
        <translation>
            <numerusform>أخرى (لا رموز)</numerusform>
            <numerusform>أخرى (رمز واحد)</numerusform>
            <numerusform>أخرى (رمزان)</numerusform>
            <numerusform>أخرى (⁨%n⁩ رموز)</numerusform>
            <numerusform>أخرى (⁨%n⁩ رمزًا)</numerusform>
            <numerusform>أخرى (⁨%n⁩ رمز)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>الترميزات لكل رمز</translation>
    </message>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
            <numerusform>رمز آخر (⁨%n⁩)</numerusform>
            <numerusform>رمزان آخران (⁨%n⁩)</numerusform>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
            <numerusform>رموز أخرى (⁨%n⁩)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per document: the %1 of %2 documents with the most codings</source>
        <translation>الترميزات لكل مستند: المستندات الأكثر ترميزًا (⁨%1⁩ من أصل ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Codings per coder: the %1 of %2 coders with the most codings</source>
        <translation>الترميزات لكل مرمِّز: المرمِّزون الأكثر ترميزًا (⁨%1⁩ من أصل ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Codings per document and code</source>
        <translation>الترميزات لكل مستند ورمز</translation>
    </message>
    <message>
        <source>Codings per coder and code</source>
        <translation>الترميزات لكل مرمِّز ورمز</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyModel</name>
    <message>
        <source>Number of codings</source>
        <translation>عدد الترميزات</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Number of documents with at least one coding</source>
        <translation>عدد المستندات التي فيها ترميز واحد على الأقل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Characters covered: overlapping codings of one code count each character once</source>
        <translation>الأحرف المغطاة: الترميزات المتداخلة للرمز نفسه تعدّ كل حرف مرة واحدة</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Codings of the code and all its subcodes</source>
        <translation>ترميزات الرمز وجميع رموزه الفرعية</translation>
    </message>
    <message>
        <source>Codings incl. subcodes</source>
        <translation>الترميزات مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>Documents where the code or one of its subcodes occurs</source>
        <translation>المستندات التي يرد فيها الرمز أو أحد رموزه الفرعية</translation>
    </message>
    <message>
        <source>Documents incl. subcodes</source>
        <translation>المستندات مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyPanel</name>
    <message>
        <source>Export CSV...</source>
        <translation>تصدير CSV...</translation>
    </message>
    <message>
        <source>Export Chart...</source>
        <translation>تصدير الرسم البياني...</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>حسب الرمز</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>حسب المستند</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>حسب المرمِّز</translation>
    </message>
    <message>
        <source>Count codings per code, per document and code, or per coder and code</source>
        <translation>عدّ الترميزات لكل رمز، أو لكل مستند ورمز، أو لكل مرمِّز ورمز</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>Count every coder&apos;s codings or one coder&apos;s</source>
        <translation>عدّ ترميزات كل المرمِّزين أو ترميزات مرمِّز واحد</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>Write this table to a CSV file for a spreadsheet, R or Python</source>
        <translation>كتابة هذا الجدول في ملف CSV لبرنامج جداول بيانات أو R أو Python</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>encoding the image failed</source>
        <translation>فشل إنشاء ملف الصورة</translation>
    </message>
    <message>
        <source>Export Frequencies</source>
        <translation>تصدير التكرارات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>حفظ المخطط صورةَ PNG أو رسمًا SVG</translation>
    </message>
    <message>
        <source>Code frequencies, drawn by Marginalia</source>
        <translation>تكرارات الرموز، رسمها Marginalia</translation>
    </message>
    <message>
        <source>the drawing could not be started</source>
        <translation>تعذّر بدء الرسم</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>صور PNG (*.png);;رسوم SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HelpBrowser</name>
    <message>
        <source>Marginalia User Guide</source>
        <translation>دليل مستخدم Marginalia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the page or place shown before (Alt+Left)</source>
        <translation>العودة إلى الصفحة أو الموضع المعروض سابقًا (Alt+Left)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>The user guide&apos;s first page</source>
        <translation>الصفحة الأولى من دليل المستخدم</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>البحث في هذه الصفحة</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HistoryPanel</name>
    <message>
        <source>Project opened</source>
        <translation>فُتح المشروع</translation>
    </message>
    <message>
        <source>Before %1 (cannot be undone)</source>
        <translation>قبل ⁨%1⁩ (لا يمكن التراجع عنه)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Could not %1: %2 The step is taken off the undo history; the rest of it stays.</source>
        <translation>تعذر ⁨%1⁩: ⁨%2⁩ أُزيلت هذه الخطوة من سجل التراجع؛ وبقي سائره كما هو.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>سجل التراجع</translation>
    </message>
    <message>
        <source>Coded Passages</source>
        <translation>المقاطع المرمَّزة</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Compare Coders</source>
        <translation>مقارنة المرمِّزين</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الصف الدراسي</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>مشروع &amp;جديد...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;فتح مشروع...</translation>
    </message>
    <message>
        <source>Open &amp;Server Project...</source>
        <translation>فتح مشروع على &amp;خادم...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المشاريع ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Import Documents...</source>
        <translation>&amp;استيراد مستندات...</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>استيراد &amp;مجلد...</translation>
    </message>
    <message>
        <source>&amp;Hand Out Copy...</source>
        <translation>&amp;توزيع نسخة...</translation>
    </message>
    <message>
        <source>&amp;Merge Projects...</source>
        <translation>&amp;دمج مشاريع...</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Project (.qdpx)...</source>
        <translation>استيراد م&amp;شروع REFI-QDA (.qdpx)...</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Codebook (.qdc)...</source>
        <translation>استيراد د&amp;ليل ترميز REFI-QDA (.qdc)...</translation>
    </message>
    <message>
        <source>&amp;Export as REFI-QDA Project (.qdpx)...</source>
        <translation>تصدير &amp;كمشروع REFI-QDA (.qdpx)...</translation>
    </message>
    <message>
        <source>Export REFI-QDA Code&amp;book (.qdc)...</source>
        <translation>ت&amp;صدير دليل ترميز REFI-QDA (.qdc)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>ترميز &amp;حرفي (in vivo)</translation>
    </message>
    <message>
        <source>Code With &amp;Selected Code</source>
        <translation>الترميز بالرمز ال&amp;محدد</translation>
    </message>
    <message>
        <source>&amp;Find in Document...</source>
        <translation>ال&amp;بحث في المستند...</translation>
    </message>
    <message>
        <source>Search &amp;Project...</source>
        <translation>البحث في الم&amp;شروع...</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>ال&amp;رموز</translation>
    </message>
    <message>
        <source>&amp;New Code...</source>
        <translation>رمز &amp;جديد...</translation>
    </message>
    <message>
        <source>New &amp;Subcode...</source>
        <translation>رمز &amp;فرعي جديد...</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>ال&amp;تحليل</translation>
    </message>
    <message>
        <source>&amp;Compare Coders</source>
        <translation>&amp;مقارنة المرمِّزين</translation>
    </message>
    <message>
        <source>&amp;Review Disagreements...</source>
        <translation>م&amp;راجعة الاختلافات...</translation>
    </message>
    <message>
        <source>C&amp;lass View</source>
        <translation>عرض ال&amp;صف الدراسي</translation>
    </message>
    <message>
        <source>Code &amp;Matrix</source>
        <translation>مصفوفة ال&amp;رموز</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>&amp;ضبط التحديد على الكلمات الكاملة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Text &amp;Font...</source>
        <translation>&amp;خط النص...</translation>
    </message>
    <message>
        <source>Text Font</source>
        <translation>خط النص</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>الأ&amp;لوان</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>مثل ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;Bottom Panels</source>
        <translation>اللوحات ال&amp;سفلية</translation>
    </message>
    <message>
        <source>Show or hide the panels below the text, to read with the whole height</source>
        <translation>إظهار اللوحات أسفل النص أو إخفاؤها، للقراءة بكامل الارتفاع</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مس&amp;اعدة</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;حول Marginalia</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>حول Marginalia</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source> Coder: </source>
        <translation> المرمِّز: </translation>
    </message>
    <message>
        <source>The coder whose name goes on new codings. Type a name and press Enter to code as someone else; a new name becomes a coder of the project with its first coding.</source>
        <translation>المرمِّز الذي يُسجَّل اسمه على الترميزات الجديدة. اكتب اسمًا واضغط Enter للترميز باسم شخص آخر؛ ويصبح الاسم الجديد مرمِّزًا في المشروع مع أول ترميز له.</translation>
    </message>
    <message>
        <source>  View codings of: </source>
        <translation>  عرض ترميزات: </translation>
    </message>
    <message>
        <source>Memo on code &quot;%1&quot;</source>
        <translation>مذكرة عن الرمز &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Review Disagreements</source>
        <translation>مراجعة الاختلافات</translation>
    </message>
    <message>
        <source>The decisions become the codings of a consensus coder, so neither coder&apos;s work changes.
Consensus coder:</source>
        <translation>تصبح القرارات ترميزاتٍ لمرمِّز التوافق، فلا يتغير عمل أيٍّ من المرمِّزَين.
مرمِّز التوافق:</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation>⁨%1⁩ مفتوح بالفعل.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح ⁨%1⁩</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>مذكرة المشروع</translation>
    </message>
    <message>
        <source>A project on a server is backed up by the server&apos;s administrator (for example with pg_dump), not by Marginalia.</source>
        <translation>يتولى مسؤول الخادم النسخ الاحتياطي للمشروع على الخادم (مثلًا بأداة pg_dump)، لا Marginalia.</translation>
    </message>
    <message>
        <source>undo &quot;%1&quot;</source>
        <translation>تراجع عن &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>redo &quot;%1&quot;</source>
        <translation>إعادة &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [للقراءة فقط]</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>⁨%1⁩ — Marginalia</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>كل المرمِّزين</translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>الترميز باسم ⁨%1⁩</translation>
    </message>
    <message>
        <source>Now coding as %1, a new coder in this project from the first coding on.</source>
        <translation>الترميز الآن باسم ⁨%1⁩، وهو مرمِّز جديد في هذا المشروع بدءًا من أول ترميز.</translation>
    </message>
    <message>
        <source>Now coding as %1.</source>
        <translation>الترميز الآن باسم ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Memo on document &quot;%1&quot;</source>
        <translation>مذكرة عن المستند &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>%1: %2 characters, %3 codings</source>
        <translation>⁨%1⁩: الأحرف: ⁨%2⁩، الترميزات: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported.</source>
        <translation>⁨%1⁩ مفتوح للقراءة فقط؛ لا يمكن استيراد مستندات.</translation>
    </message>
    <message>
        <source>There was nothing to import.</source>
        <translation>لم يكن هناك ما يُستورد.</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>استيراد المستندات</translation>
    </message>
    <message>
        <source>There are no documents to import there: Marginalia imports %1 files.</source>
        <translation>لا توجد هناك مستندات لاستيرادها: يستورد Marginalia ملفات ⁨%1⁩.</translation>
    </message>
    <message>
        <source>It has no codings.</source>
        <translation>لا ترميزات فيه.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed with it.</source>
        <translation>
            <numerusform>لن يُزال معه أي ترميز.</numerusform>
            <numerusform>سيُزال معه ترميز واحد.</numerusform>
            <numerusform>سيُزال معه ترميزان.</numerusform>
            <numerusform>ستُزال معه ⁨%n⁩ ترميزات.</numerusform>
            <numerusform>سيُزال معه ⁨%n⁩ ترميزًا.</numerusform>
            <numerusform>سيُزال معه ⁨%n⁩ ترميز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>إزالة المستند</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the project?</source>
        <translation>هل تريد إزالة &quot;⁨%1⁩&quot; من المشروع؟</translation>
    </message>
    <message>
        <source> You can undo this.</source>
        <translation> يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>You can read this server project but not code it: its owner can make you a coder.</source>
        <translation>يمكنك قراءة هذا المشروع على الخادم دون ترميزه: يستطيع مالكه أن يجعلك مرمِّزًا.</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be coded.</source>
        <translation>هذا المشروع مفتوح للقراءة فقط؛ لا يمكن ترميز شيء.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; apply one of its subcodes.</source>
        <translation>&quot;⁨%1⁩&quot; مجلد رموز ولا يُطبَّق على النص؛ طبِّق أحد رموزه الفرعية.</translation>
    </message>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>حدِّد نصًا أولًا، ثم طبِّق عليه رمزًا.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; with %2</source>
        <translation>ترميز &quot;⁨%1⁩&quot; بـ ⁨%2⁩</translation>
    </message>
    <message>
        <source>Coded with &quot;%1&quot;.</source>
        <translation>رُمِّز بـ &quot;⁨%1⁩&quot;.</translation>
    </message>
    <message>
        <source>That passage already has this code from %1.</source>
        <translation>لهذا المقطع هذا الرمز بالفعل من ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Code Hits</source>
        <translation>ترميز النتائج</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to code: %1 already has &quot;%2&quot; on all %n hit(s).</source>
        <translation>
            <numerusform>لا شيء للترميز: لدى ⁨%1⁩ الرمز &quot;⁨%2⁩&quot; بالفعل على كل النتائج.</numerusform>
            <numerusform>لا شيء للترميز: لدى ⁨%1⁩ الرمز &quot;⁨%2⁩&quot; بالفعل على النتيجة الوحيدة.</numerusform>
            <numerusform>لا شيء للترميز: لدى ⁨%1⁩ الرمز &quot;⁨%2⁩&quot; بالفعل على النتيجتين كلتيهما.</numerusform>
            <numerusform>لا شيء للترميز: لدى ⁨%1⁩ الرمز &quot;⁨%2⁩&quot; بالفعل على جميع النتائج (⁨%n⁩).</numerusform>
            <numerusform>لا شيء للترميز: لدى ⁨%1⁩ الرمز &quot;⁨%2⁩&quot; بالفعل على جميع النتائج (⁨%n⁩).</numerusform>
            <numerusform>لا شيء للترميز: لدى ⁨%1⁩ الرمز &quot;⁨%2⁩&quot; بالفعل على جميع النتائج (⁨%n⁩).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code the hits of %1 with %2</source>
        <translation>ترميز نتائج ⁨%1⁩ بـ ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &quot;%1&quot; (%2 already coded).</source>
        <translation>
            <numerusform>لم يُرمَّز أي مقطع بـ &quot;⁨%1⁩&quot; (المرمَّز سابقًا: ⁨%2⁩).</numerusform>
            <numerusform>رُمِّز مقطع واحد بـ &quot;⁨%1⁩&quot; (المرمَّز سابقًا: ⁨%2⁩).</numerusform>
            <numerusform>رُمِّز مقطعان بـ &quot;⁨%1⁩&quot; (المرمَّز سابقًا: ⁨%2⁩).</numerusform>
            <numerusform>رُمِّزت ⁨%n⁩ مقاطع بـ &quot;⁨%1⁩&quot; (المرمَّز سابقًا: ⁨%2⁩).</numerusform>
            <numerusform>رُمِّز ⁨%n⁩ مقطعًا بـ &quot;⁨%1⁩&quot; (المرمَّز سابقًا: ⁨%2⁩).</numerusform>
            <numerusform>رُمِّز ⁨%n⁩ مقطع بـ &quot;⁨%1⁩&quot; (المرمَّز سابقًا: ⁨%2⁩).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the words to name the new code after.</source>
        <translation>حدِّد الكلمات التي سيُسمّى بها الرمز الجديد.</translation>
    </message>
    <message>
        <source>In-vivo code &quot;%1&quot;</source>
        <translation>رمز حرفي (in vivo) &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>No code is pinned to %1: right-click a code in the codebook to pin it.</source>
        <translation>لا يوجد رمز مربوط بـ ⁨%1⁩: انقر بزر الفأرة الأيمن على رمز في دليل الترميز لربطه.</translation>
    </message>
    <message>
        <source>Memo on coding: %1</source>
        <translation>مذكرة عن الترميز: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Code With</source>
        <translation>الترميز بـ</translation>
    </message>
    <message>
        <source>All Codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>Code In Vivo</source>
        <translation>ترميز حرفي (in vivo)</translation>
    </message>
    <message>
        <source>Edit Memo</source>
        <translation>تحرير المذكرة</translation>
    </message>
    <message>
        <source>Set Range to Selection</source>
        <translation>ضبط النطاق على التحديد</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>إزالة الترميز</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Merged: %1 codings moved, %2 duplicates dropped, %3 subcodes moved.</source>
        <translation>تم الدمج: الترميزات المنقولة: ⁨%1⁩، والمكررات المُسقطة: ⁨%2⁩، والرموز الفرعية المنقولة: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Delete the code &quot;%1&quot;?</source>
        <translation>هل تريد حذف الرمز &quot;⁨%1⁩&quot;؟</translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) go with it. </source>
        <translation>
            <numerusform>ليس له رموز فرعية. </numerusform>
            <numerusform>ويُحذف معه رمزه الفرعي الوحيد. </numerusform>
            <numerusform>ويُحذف معه رمزاه الفرعيان. </numerusform>
            <numerusform>وتُحذف معه رموزه الفرعية (⁨%n⁩). </numerusform>
            <numerusform>وتُحذف معه رموزه الفرعية (⁨%n⁩). </numerusform>
            <numerusform>وتُحذف معه رموزه الفرعية (⁨%n⁩). </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed.</source>
        <translation>
            <numerusform>لن يُزال أي ترميز.</numerusform>
            <numerusform>سيُزال ترميز واحد.</numerusform>
            <numerusform>سيُزال ترميزان.</numerusform>
            <numerusform>ستُزال ⁨%n⁩ ترميزات.</numerusform>
            <numerusform>سيُزال ⁨%n⁩ ترميزًا.</numerusform>
            <numerusform>سيُزال ⁨%n⁩ ترميز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>حذف الرمز</translation>
    </message>
    <message>
        <source>Codebook imported</source>
        <translation>استُورد دليل الترميز</translation>
    </message>
    <message>
        <source>%1: nothing new to import.</source>
        <translation>⁨%1⁩: لا جديد لاستيراده.</translation>
    </message>
    <message>
        <source>Codebook exported to %1.</source>
        <translation>صُدِّر دليل الترميز إلى ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Project exported</source>
        <translation>صُدِّر المشروع</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>استُورد المشروع</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>مشاريع Marginalia (*.marginalia);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... ولا مزيد.</numerusform>
            <numerusform>... وواحد آخر.</numerusform>
            <numerusform>... واثنان آخران.</numerusform>
            <numerusform>... و⁨%n⁩ أخرى.</numerusform>
            <numerusform>... و⁨%n⁩ أخرى.</numerusform>
            <numerusform>... و⁨%n⁩ أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n project(s): %1 codings added, %2 conflicts (Edit &gt; Undo takes it back)</source>
        <translation>
            <numerusform>دُمج ⁨%n⁩ مشروع: الترميزات المضافة: ⁨%1⁩، التعارضات: ⁨%2⁩ (تحرير &gt; تراجع يلغي ذلك)</numerusform>
            <numerusform>دُمج مشروع واحد: الترميزات المضافة: ⁨%1⁩، التعارضات: ⁨%2⁩ (تحرير &gt; تراجع يلغي ذلك)</numerusform>
            <numerusform>دُمج مشروعان: الترميزات المضافة: ⁨%1⁩، التعارضات: ⁨%2⁩ (تحرير &gt; تراجع يلغي ذلك)</numerusform>
            <numerusform>دُمجت ⁨%n⁩ مشاريع: الترميزات المضافة: ⁨%1⁩، التعارضات: ⁨%2⁩ (تحرير &gt; تراجع يلغي ذلك)</numerusform>
            <numerusform>دُمج ⁨%n⁩ مشروعًا: الترميزات المضافة: ⁨%1⁩، التعارضات: ⁨%2⁩ (تحرير &gt; تراجع يلغي ذلك)</numerusform>
            <numerusform>دُمج ⁨%n⁩ مشروع: الترميزات المضافة: ⁨%1⁩، التعارضات: ⁨%2⁩ (تحرير &gt; تراجع يلغي ذلك)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>دمج مشاريع</translation>
    </message>
    <message numerus="yes">
        <source>Merged, with %n conflict(s), each resolved without losing anything.</source>
        <translation>
            <numerusform>تم الدمج دون أي تعارض.</numerusform>
            <numerusform>تم الدمج مع تعارض واحد، حُلَّ دون فقدان أي شيء.</numerusform>
            <numerusform>تم الدمج مع تعارضين، حُلَّ كل منهما دون فقدان أي شيء.</numerusform>
            <numerusform>تم الدمج مع ⁨%n⁩ تعارضات، حُلَّ كل منها دون فقدان أي شيء.</numerusform>
            <numerusform>تم الدمج مع ⁨%n⁩ تعارضًا، حُلَّ كل منها دون فقدان أي شيء.</numerusform>
            <numerusform>تم الدمج مع ⁨%n⁩ تعارض، حُلَّ كل منها دون فقدان أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand Out Copy</source>
        <translation>توزيع نسخة</translation>
    </message>
    <message>
        <source>Wrote %1: %2 documents, %3 codes; left out %4</source>
        <translation>كُتب ⁨%1⁩: المستندات: ⁨%2⁩، الرموز: ⁨%3⁩؛ المستبعَد: ⁨%4⁩</translation>
    </message>
    <message>
        <source>no coder</source>
        <translation>لا مرمِّز</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ال&amp;مستندات</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>ال&amp;سمات</translation>
    </message>
    <message>
        <source>&amp;New Attribute...</source>
        <translation>سمة &amp;جديدة...</translation>
    </message>
    <message>
        <source>Save Filter as &amp;Set...</source>
        <translation>حفظ عامل التصفية كم&amp;جموعة...</translation>
    </message>
    <message>
        <source>&amp;Import Attributes (CSV)...</source>
        <translation>&amp;استيراد السمات (CSV)...</translation>
    </message>
    <message>
        <source>&amp;Export Attributes (CSV)...</source>
        <translation>&amp;تصدير السمات (CSV)...</translation>
    </message>
    <message>
        <source>Import Attributes</source>
        <translation>استيراد السمات</translation>
    </message>
    <message numerus="yes">
        <source>Imported the attributes of %n document(s)</source>
        <translation>
            <numerusform>لم تُستورد سمات أي مستند</numerusform>
            <numerusform>استُوردت سمات مستند واحد</numerusform>
            <numerusform>استُوردت سمات مستندين</numerusform>
            <numerusform>استُوردت سمات ⁨%n⁩ مستندات</numerusform>
            <numerusform>استُوردت سمات ⁨%n⁩ مستندًا</numerusform>
            <numerusform>استُوردت سمات ⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>; new: %1</source>
        <translation>؛ الجديد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>ال&amp;حالات</translation>
    </message>
    <message>
        <source>Assign Document to &amp;Case...</source>
        <translation>إسناد المستند إلى &amp;حالة...</translation>
    </message>
    <message>
        <source>Assign Selec&amp;tion to Case...</source>
        <translation>إسناد ال&amp;تحديد إلى حالة...</translation>
    </message>
    <message>
        <source>S&amp;ets</source>
        <translation>الم&amp;جموعات</translation>
    </message>
    <message>
        <source>Add Selected Documents to Se&amp;t...</source>
        <translation>إضافة المستندات المحددة إلى م&amp;جموعة...</translation>
    </message>
    <message>
        <source>Add Selected Codes to Code &amp;Set...</source>
        <translation>إضافة الرموز المحددة إلى مجموعة &amp;رموز...</translation>
    </message>
    <message>
        <source>Assign Selection to Case...</source>
        <translation>إسناد التحديد إلى حالة...</translation>
    </message>
    <message>
        <source>Assign Document to Case...</source>
        <translation>إسناد المستند إلى حالة...</translation>
    </message>
    <message>
        <source>Open a document to assign it to a case.</source>
        <translation>افتح مستندًا لإسناده إلى حالة.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>المستند &quot;⁨%1⁩&quot;</translation>
    </message>
    <message>
        <source>Select a passage of the text to assign it to a case.</source>
        <translation>حدِّد مقطعًا من النص لإسناده إلى حالة.</translation>
    </message>
    <message>
        <source>the passage %1–%2</source>
        <translation>المقطع ⁨%1⁩–⁨%2⁩</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has this already.</source>
        <translation>&quot;⁨%1⁩&quot; يضم هذا بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n document(s) or passage(s) out of case &quot;%1&quot;</source>
        <translation>
            <numerusform>إخراج ⁨%n⁩ مستند أو مقطع من الحالة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إخراج مستند أو مقطع واحد من الحالة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إخراج مستندين أو مقطعين من الحالة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إخراج ⁨%n⁩ مستندات أو مقاطع من الحالة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إخراج ⁨%n⁩ مستندًا أو مقطعًا من الحالة &quot;⁨%1⁩&quot;</numerusform>
            <numerusform>إخراج ⁨%n⁩ مستند أو مقطع من الحالة &quot;⁨%1⁩&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>قبل أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>الآن</numerusform>
            <numerusform>قبل دقيقة واحدة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل ⁨%n⁩ دقائق</numerusform>
            <numerusform>قبل ⁨%n⁩ دقيقة</numerusform>
            <numerusform>قبل ⁨%n⁩ دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>قبل أقل من ساعة</numerusform>
            <numerusform>قبل ساعة واحدة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل ⁨%n⁩ ساعات</numerusform>
            <numerusform>قبل ⁨%n⁩ ساعة</numerusform>
            <numerusform>قبل ⁨%n⁩ ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم واحد</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل ⁨%n⁩ أيام</numerusform>
            <numerusform>قبل ⁨%n⁩ يومًا</numerusform>
            <numerusform>قبل ⁨%n⁩ يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup...</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية...</translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation>نُسخ احتياطيًا في ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>The automatic backup failed: %1 Your work is saved in the project itself; the next backup is tried in %n minute(s).</source>
        <translation>
            <numerusform>فشل النسخ الاحتياطي التلقائي: ⁨%1⁩ عملك محفوظ في المشروع نفسه؛ وستُجرى محاولة النسخ التالية بعد أقل من دقيقة.</numerusform>
            <numerusform>فشل النسخ الاحتياطي التلقائي: ⁨%1⁩ عملك محفوظ في المشروع نفسه؛ وستُجرى محاولة النسخ التالية بعد دقيقة واحدة.</numerusform>
            <numerusform>فشل النسخ الاحتياطي التلقائي: ⁨%1⁩ عملك محفوظ في المشروع نفسه؛ وستُجرى محاولة النسخ التالية بعد دقيقتين.</numerusform>
            <numerusform>فشل النسخ الاحتياطي التلقائي: ⁨%1⁩ عملك محفوظ في المشروع نفسه؛ وستُجرى محاولة النسخ التالية بعد ⁨%n⁩ دقائق.</numerusform>
            <numerusform>فشل النسخ الاحتياطي التلقائي: ⁨%1⁩ عملك محفوظ في المشروع نفسه؛ وستُجرى محاولة النسخ التالية بعد ⁨%n⁩ دقيقة.</numerusform>
            <numerusform>فشل النسخ الاحتياطي التلقائي: ⁨%1⁩ عملك محفوظ في المشروع نفسه؛ وستُجرى محاولة النسخ التالية بعد ⁨%n⁩ دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last session with this project (%1) ended without closing it. Everything it saved is in the file, and SQLite&apos;s check finds the file sound.</source>
        <translation>انتهت الجلسة الأخيرة مع هذا المشروع (⁨%1⁩) دون إغلاقه. كل ما حفظته موجود في الملف، ويجد فحص SQLite أن الملف سليم.</translation>
    </message>
    <message>
        <source>Opened read-only: this project is open for writing by %1. You can read, search, count and export here; to code, close it there and choose Try Again.</source>
        <translation>فُتح للقراءة فقط: هذا المشروع مفتوح للكتابة لدى ⁨%1⁩. يمكنك هنا القراءة والبحث والعدّ والتصدير؛ وللترميز، أغلقه هناك واختر &quot;إعادة المحاولة&quot;.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Opened read-only: the file or its folder cannot be written here. Copy the project to a folder of yours to code in it.</source>
        <translation>فُتح للقراءة فقط: تتعذر الكتابة في الملف أو مجلده هنا. انسخ المشروع إلى مجلد خاص بك للترميز فيه.</translation>
    </message>
    <message>
        <source>This project is on a network drive (%1). SQLite cannot lock files reliably there, so two computers writing it at once can damage it. Work on a copy on a local disk.</source>
        <translation>هذا المشروع على محرك أقراص شبكي (⁨%1⁩). لا يستطيع SQLite قفل الملفات هناك على نحو موثوق، لذا قد تُتلفه الكتابة المتزامنة من حاسوبين. اعمل على نسخة في قرص محلي.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2), and no sound backup of it was found. Open it read-only to export what can still be read, and keep the file for a specialist.</source>
        <translation>⁨%1⁩ تالف (وجد فحص SQLite: ⁨%2⁩)، ولم يُعثر على نسخة احتياطية سليمة منه. افتحه للقراءة فقط لتصدير ما لا يزال مقروءًا، واحتفظ بالملف لمختص.</translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation>مشروع تالف</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>⁨%1⁩ تالف.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the file found: %1.

The newest sound backup was made %2 (%3). Restoring it brings the project back as it was then: what was changed after that is lost. The damaged file is kept beside the project, renamed, never deleted.</source>
        <translation>وجد فحص SQLite للملف: ⁨%1⁩.

أحدث نسخة احتياطية سليمة أُنشئت ⁨%2⁩ (⁨%3⁩). استعادتها تعيد المشروع إلى ما كان عليه حينئذٍ، ويضيع ما تغيَّر بعد ذلك. يُحتفظ بالملف التالف بجانب المشروع باسم جديد، ولا يُحذف أبدًا.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>لا توجد نسخ احتياطية من ⁨%1⁩ بعد.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The project goes back to the backup you choose; the file it replaces is kept beside it, renamed.</source>
        <translation>يعود المشروع إلى النسخة الاحتياطية التي تختارها؛ ويُحتفظ بالملف الذي تحل محله بجانبه باسم جديد.</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation>استُعيدت النسخة الاحتياطية المُنشأة ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The file it replaced is kept as %2.</source>
        <translation>استُعيدت النسخة الاحتياطية المُنشأة ⁨%1⁩. واحتُفظ بالملف الذي حلت محله باسم ⁨%2⁩.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Not opened: %1 wants a password.</source>
        <translation>لم يُفتح: يطلب ⁨%1⁩ كلمة مرور.</translation>
    </message>
    <message>
        <source>On server %1 as %2</source>
        <translation>على الخادم ⁨%1⁩ بصفة ⁨%2⁩</translation>
    </message>
    <message>
        <source>You are a viewer on this server project: you can read, search, count and export. Its owner can make you a coder.</source>
        <translation>أنت قارئ في هذا المشروع على الخادم: يمكنك القراءة والبحث والعدّ والتصدير. يستطيع مالكه أن يجعلك مرمِّزًا.</translation>
    </message>
    <message>
        <source>Make a new code named after the selected words and code them with it</source>
        <translation>إنشاء رمز جديد يحمل اسم الكلمات المحددة وترميزها به</translation>
    </message>
    <message>
        <source>Show, and count in the panels, the codings of one coder only or of everyone</source>
        <translation>عرض ترميزات مرمِّز واحد فقط أو ترميزات الجميع، وعدّها في اللوحات</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>الت&amp;فضيلات...</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia&lt;/h3&gt;&lt;p&gt;A workbench for qualitative text analysis: code documents, retrieve and compare, alone or together on a server. Every change is saved the moment you make it.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Qt %2 (built with Qt %3)&lt;br&gt;%4, %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia&lt;/h3&gt;&lt;p&gt;منضدة عمل للتحليل النوعي للنصوص: رمِّز المستندات، واسترجع وقارن، منفردًا أو مع آخرين على خادم. يُحفظ كل تغيير لحظة إجرائه.&lt;/p&gt;&lt;p&gt;الإصدار ⁨%1⁩&lt;br&gt;Qt ⁨%2⁩ (بُني باستخدام Qt ⁨%3⁩)&lt;br&gt;⁨%4⁩، ⁨%5⁩&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>تصدير ال&amp;تقرير...</translation>
    </message>
    <message>
        <source>A printable page (HTML or PDF) with the codebook, frequencies, excerpts, memos and the coders&apos; agreement</source>
        <translation>صفحة قابلة للطباعة (HTML أو PDF) فيها دليل الترميز والتكرارات والمقتطفات والمذكرات والاتفاق بين المرمِّزين</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>حُفظ التقرير باسم ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MatrixModel</name>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Each column&apos;s total: nothing is counted twice (docs/matrices.md)</source>
        <translation>مجموع كل عمود: لا شيء يُعدّ مرتين (docs/matrices.md)</translation>
    </message>
    <message>
        <source>all codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>all columns</source>
        <translation>كل الأعمدة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Each code&apos;s total: nothing is counted twice (docs/matrices.md)</source>
        <translation>مجموع كل رمز: لا شيء يُعدّ مرتين (docs/matrices.md)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MatrixPanel</name>
    <message>
        <source>Cells: pairs of co-occurring codings, one of each code (diagonal: two codings of one code).</source>
        <translation>الخلايا: أزواج الترميزات المتواجدة معًا، واحد من كل رمز (القطر: ترميزان للرمز نفسه).</translation>
    </message>
    <message>
        <source>Cells: documents in which the two codes co-occur.</source>
        <translation>الخلايا: المستندات التي يتواجد فيها الرمزان معًا.</translation>
    </message>
    <message>
        <source>Cells: characters where codings of the two codes overlap.</source>
        <translation>الخلايا: الأحرف التي تتداخل فيها ترميزات الرمزين.</translation>
    </message>
    <message>
        <source>Cells: 1 when the two codes co-occur; totals count the cells with 1.</source>
        <translation>الخلايا: 1 عندما يتواجد الرمزان معًا؛ وتعدّ المجاميع الخلايا التي قيمتها 1.</translation>
    </message>
    <message>
        <source>Cells: the code&apos;s codings in the column.</source>
        <translation>الخلايا: ترميزات الرمز في العمود.</translation>
    </message>
    <message>
        <source>Cells: the column&apos;s documents with the code; totals count distinct documents.</source>
        <translation>الخلايا: مستندات العمود التي فيها الرمز؛ وتعدّ المجاميع المستندات المتمايزة.</translation>
    </message>
    <message>
        <source>Cells: characters the code covers in the column, each counted once.</source>
        <translation>الخلايا: الأحرف التي يغطيها الرمز في العمود، كل منها يُعدّ مرة واحدة.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the column; totals count the cells with 1.</source>
        <translation>الخلايا: 1 عندما يوجد الرمز في العمود؛ وتعدّ المجاميع الخلايا التي قيمتها 1.</translation>
    </message>
    <message>
        <source>Cells: the code&apos;s codings in the document.</source>
        <translation>الخلايا: ترميزات الرمز في المستند.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the document; totals count distinct documents.</source>
        <translation>الخلايا: 1 عندما يوجد الرمز في المستند؛ وتعدّ المجاميع المستندات المتمايزة.</translation>
    </message>
    <message>
        <source>Cells: characters the code covers in the document, each counted once.</source>
        <translation>الخلايا: الأحرف التي يغطيها الرمز في المستند، كل منها يُعدّ مرة واحدة.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the document; totals count the cells with 1.</source>
        <translation>الخلايا: 1 عندما يوجد الرمز في المستند؛ وتعدّ المجاميع الخلايا التي قيمتها 1.</translation>
    </message>
    <message>
        <source>Subcodes count in their parents.</source>
        <translation>تُعدّ الرموز الفرعية ضمن رموزها الأم.</translation>
    </message>
    <message>
        <source>With &amp;subcodes</source>
        <translation>مع الرموز ال&amp;فرعية</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>تصدير CSV...</translation>
    </message>
    <message>
        <source>Export Excel...</source>
        <translation>تصدير Excel...</translation>
    </message>
    <message>
        <source>A row per code, or only for the codes of a code set</source>
        <translation>صف لكل رمز، أو لرموز مجموعة رموز فقط</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>A column per document, per case, per value of a document&apos;s or a case&apos;s attribute, or per code to see which codes occur together</source>
        <translation>عمود لكل مستند، أو لكل حالة، أو لكل قيمة من قيم سمة مستند أو حالة، أو لكل رمز لمعرفة الرموز التي تتواجد معًا</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>الترميزات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>الوجود</translation>
    </message>
    <message>
        <source>What a cell counts</source>
        <translation>ما تعدّه الخلية</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>A code&apos;s row counts the codings of its subcodes too</source>
        <translation>يعدّ صف الرمز ترميزات رموزه الفرعية أيضًا</translation>
    </message>
    <message>
        <source>Count every coder&apos;s codings or one coder&apos;s</source>
        <translation>عدّ ترميزات كل المرمِّزين أو ترميزات مرمِّز واحد</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>التداخل</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>ضمن N من الأحرف</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>الفقرة نفسها</translation>
    </message>
    <message>
        <source>When two codings co-occur: they share a character, lie at most N characters apart, or touch a common paragraph</source>
        <translation>متى يُعدّ الترميزان متواجدين معًا: يشتركان في حرف، أو تفصل بينهما N من الأحرف على الأكثر، أو يمسّان فقرة مشتركة</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>التواجد المشترك</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حرف</translation>
    </message>
    <message>
        <source>Largest gap in characters</source>
        <translation>أكبر فجوة بالأحرف</translation>
    </message>
    <message>
        <source>The largest gap between two codings that still co-occur</source>
        <translation>أكبر فجوة بين ترميزين يظلان متواجدين معًا</translation>
    </message>
    <message>
        <source>Double-click a cell to list its passages</source>
        <translation>انقر نقرًا مزدوجًا على خلية لسرد مقاطعها</translation>
    </message>
    <message>
        <source>Write the matrix to a CSV file for a spreadsheet, R or Python</source>
        <translation>كتابة المصفوفة في ملف CSV لبرنامج جداول بيانات أو R أو Python</translation>
    </message>
    <message>
        <source>Write the matrix to an Excel workbook (.xlsx)</source>
        <translation>كتابة المصفوفة في مصنَّف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>ال&amp;صفوف:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>الأ&amp;عمدة:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>ال&amp;خلية:</translation>
    </message>
    <message>
        <source>Co-occ&amp;ur when:</source>
        <translation>ال&amp;تواجد المشترك عند:</translation>
    </message>
    <message>
        <source>This project has no cases yet (marginalia-cli cases adds them); group the documents by an attribute instead.</source>
        <translation>لا حالات في هذا المشروع بعد (يضيفها الأمر marginalia-cli cases)؛ جمِّع المستندات حسب سمة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The code set &quot;%1&quot; has no codes (its codes were deleted, or it was made empty); show all codes instead.</source>
        <translation>لا رموز في مجموعة الرموز &quot;⁨%1⁩&quot; (حُذفت رموزها، أو أُفرغت)؛ اعرض كل الرموز بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Case</source>
        <comment>a matrix column</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1: any</source>
        <comment>a matrix&apos;s Total column: every case, every value</comment>
        <translation>⁨%1⁩: الكل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a matrix column: case or attribute, then its name or value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a matrix column, then the documents in scope</comment>
        <translation>⁨%1⁩، في ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>السمة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Case attribute: %1</source>
        <translation>سمة الحالات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>الرموز (التواجد المشترك)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>كل الرموز</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>تصدير المصفوفة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنَّفات Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MemoPanel</name>
    <message>
        <source>Write a memo: what you notice, doubts, links to other passages...</source>
        <translation>اكتب مذكرة: ما تلاحظه، وشكوكك، وروابط بمقاطع أخرى...</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MergeProjectsCommand</name>
    <message>
        <source>Merge %1</source>
        <translation>دمج ⁨%1⁩</translation>
    </message>
    <message>
        <source>Merge %1 projects</source>
        <translation>دمج المشاريع (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NewAttributeDialog</name>
    <message>
        <source>New Case Attribute</source>
        <translation>سمة حالات جديدة</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>سمة جديدة</translation>
    </message>
    <message>
        <source>e.g. region, age, sector</source>
        <translation>مثل: المنطقة، العمر، القطاع</translation>
    </message>
    <message>
        <source>e.g. year, country, type</source>
        <translation>مثل: السنة، البلد، النوع</translation>
    </message>
    <message>
        <source>One value a line, in the order to offer them</source>
        <translation>قيمة واحدة في كل سطر، بالترتيب الذي تُعرض به</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>ال&amp;قيم:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>مشاريع Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>إخفاء هذا الإشعار</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PageGutter</name>
    <message>
        <source>p. %1</source>
        <translation>ص. ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PanelControls</name>
    <message>
        <source>All coders</source>
        <translation>كل المرمِّزين</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;أبدًا</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>إعادة ال&amp;تشغيل الآن</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي في النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Takes effect when Marginalia starts again.</source>
        <translation>يسري عند تشغيل Marginalia مرة أخرى.</translation>
    </message>
    <message>
        <source>Apply the preferences, close this window and start Marginalia again on the same project</source>
        <translation>تطبيق التفضيلات وإغلاق هذه النافذة وإعادة تشغيل Marginalia على المشروع نفسه</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>الأ&amp;لوان:</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Text &amp;font:</source>
        <translation>&amp;خط النص:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>ال&amp;مرمِّز:</translation>
    </message>
    <message>
        <source>The name on your new codings, as in the toolbar&apos;s Coder box.</source>
        <translation>الاسم الذي يظهر على ترميزاتك الجديدة، كما في خانة المرمِّز في شريط الأدوات.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>كل </translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>after every change</source>
        <translation>بعد كل تغيير</translation>
    </message>
    <message>
        <source>Make no backups while the project is open; File &gt; Back Up Now still does</source>
        <translation>عدم إنشاء نسخ احتياطية ما دام المشروع مفتوحًا؛ ويظل الأمر ملف &gt; نسخ احتياطي الآن يُنشئها</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>ال&amp;نسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>While the project has changes. Kept beside the project, in a folder named after it with &quot;%1&quot;: the newest %2, and the last of each of the past %3 days.</source>
        <translation>ما دام في المشروع تغييرات. تُحفظ بجانب المشروع، في مجلد يحمل اسمه متبوعًا بـ &quot;⁨%1⁩&quot;: أحدث ⁨%2⁩ من النسخ، وآخر نسخة من كل يوم من الأيام الـ⁨%3⁩ الماضية.</translation>
    </message>
    <message>
        <source>Set by the environment variable MARGINALIA_BACKUP_INTERVAL, which wins over this setting.</source>
        <translation>يحدده متغير البيئة MARGINALIA_BACKUP_INTERVAL، وله الأولوية على هذا الإعداد.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RefiQdaExchange</name>
    <message>
        <source>Exporting %1...</source>
        <translation>جارٍ تصدير ⁨%1⁩...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>جارٍ استيراد ⁨%1⁩...</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>استيراد مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>مشاريع REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>حفظ المشروع المستورد باسم</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>مشاريع Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>تصدير مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>استيراد دليل الترميز</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>أدلة ترميز REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>تصدير دليل الترميز</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>The report has the codebook, the code frequencies with a chart, the memos and, when several coders coded, their agreement. Check the codes whose excerpts it should list:</source>
        <translation>يتضمن التقرير دليل الترميز، وتكرارات الرموز مع رسم بياني، والمذكرات، واتفاق المرمِّزين إن رمَّز أكثر من مرمِّز واحد. حدِّد الرموز التي يجب أن يسرد مقتطفاتها:</translation>
    </message>
    <message>
        <source>Each checked code&apos;s excerpts include its &amp;subcodes&apos;</source>
        <translation>تشمل مقتطفات كل رمز محدَّد مقتطفات رموزه ال&amp;فرعية</translation>
    </message>
    <message>
        <source>The &amp;agreement between coders, when two or more coded</source>
        <translation>ال&amp;اتفاق بين المرمِّزين، إن رمَّز اثنان أو أكثر</translation>
    </message>
    <message>
        <source>Save as &amp;HTML...</source>
        <translation>حفظ بصيغة &amp;HTML...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>حفظ بصيغة &amp;PDF...</translation>
    </message>
    <message>
        <source>Check codes in File › Export Report… to list their excerpts.</source>
        <translation>حدِّد الرموز في ملف › تصدير التقرير… لسرد مقتطفاتها.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ReportExport</name>
    <message>
        <source>Save the Report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <comment>a file name: no direction marks in it</comment>
        <translation>تقرير %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RetrievalPanel</name>
    <message>
        <source>With subcodes</source>
        <translation>مع الرموز الفرعية</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>تصدير CSV...</translation>
    </message>
    <message>
        <source>Also list the passages coded with the code&apos;s subcodes</source>
        <translation>سرد المقاطع المرمَّزة بالرموز الفرعية للرمز أيضًا</translation>
    </message>
    <message>
        <source>Show the passages of every coder or of one</source>
        <translation>عرض مقاطع كل المرمِّزين أو مقاطع مرمِّز واحد</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>Show the passages in every document or in one</source>
        <translation>عرض المقاطع في كل المستندات أو في مستند واحد</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;انتقال إلى المقطع</translation>
    </message>
    <message>
        <source>&amp;Copy Passage</source>
        <translation>&amp;نسخ المقطع</translation>
    </message>
    <message>
        <source>Write these passages to a CSV file for a spreadsheet, R or Python</source>
        <translation>كتابة هذه المقاطع في ملف CSV لبرنامج جداول بيانات أو R أو Python</translation>
    </message>
    <message>
        <source>No code selected</source>
        <translation>لم يُحدَّد رمز</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>لا يوجد مشروع مفتوح</translation>
    </message>
    <message>
        <source>Select a code to see its passages</source>
        <translation>حدِّد رمزًا لعرض مقاطعه</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>passages in documents</comment>
        <translation>⁨%1⁩ في ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>⁨%n⁩ مقاطع</numerusform>
            <numerusform>⁨%n⁩ مقطعًا</numerusform>
            <numerusform>⁨%n⁩ مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>⁨%n⁩ مستندات</numerusform>
            <numerusform>⁨%n⁩ مستندًا</numerusform>
            <numerusform>⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>No code is selected.</source>
        <translation>لم يُحدَّد أي رمز.</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>تصدير المقاطع</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchHitModel</name>
    <message>
        <source>%1, characters %2 to %3 of the memo</source>
        <translation>⁨%1⁩، الأحرف من ⁨%2⁩ إلى ⁨%3⁩ من المذكرة</translation>
    </message>
    <message>
        <source>%1, characters %2 to %3</source>
        <translation>⁨%1⁩، الأحرف من ⁨%2⁩ إلى ⁨%3⁩</translation>
    </message>
    <message>
        <source>Memo on the project</source>
        <translation>مذكرة المشروع</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>مذكرة عن ⁨%1⁩</translation>
    </message>
    <message>
        <source>Memo on code %1</source>
        <translation>مذكرة عن الرمز ⁨%1⁩</translation>
    </message>
    <message>
        <source>Memo on a coding in %1</source>
        <translation>مذكرة عن ترميز في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchPanel</name>
    <message>
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Code Hits...</source>
        <translation>ترميز النتائج...</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>البحث عن</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, prefix*, AND, OR, NOT, NEAR(a b, 5)</source>
        <translation>كلمات، &quot;عبارة ما&quot;، بادئة*، AND، OR، NOT، NEAR(a b, 5)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <source>Substring</source>
        <translation>سلسلة جزئية</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>Words: whole words, capitals and accents ignored. Substring: any run of characters, inside words too (Chinese and Japanese are searched this way). Regular expression: a PCRE pattern.</source>
        <translation>كلمات: كلمات كاملة، مع تجاهل حالة الأحرف وعلامات النطق (accents). سلسلة جزئية: أي تتابع من الأحرف، حتى داخل الكلمات (يُبحث في الصينية واليابانية بهذه الطريقة). تعبير نمطي: نمط PCRE.</translation>
    </message>
    <message>
        <source>Substring and regular expression: tell capitals from small letters</source>
        <translation>السلسلة الجزئية والتعبير النمطي: التمييز بين الأحرف الكبيرة والصغيرة</translation>
    </message>
    <message>
        <source>Search the memos too (of the project, documents, codes and codings); their hits come after the text&apos;s</source>
        <translation>البحث في المذكرات أيضًا (مذكرات المشروع والمستندات والرموز والترميزات)؛ تأتي نتائجها بعد نتائج النص</translation>
    </message>
    <message>
        <source>Code every hit (or its sentence or paragraph) with a code, as one step to undo</source>
        <translation>ترميز كل نتيجة (أو جملتها أو فقرتها) برمز، في خطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message>
        <source>Type what to search for and press Enter.</source>
        <translation>اكتب ما تريد البحث عنه واضغط Enter.</translation>
    </message>
    <message>
        <source>No hits for %1.</source>
        <translation>لا نتائج لـ ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 in memos.</source>
        <translation>⁨%1⁩ في المذكرات.</translation>
    </message>
    <message>
        <source>any characters, e.g. fficki</source>
        <translation>أي تتابع أحرف، مثل: لاجئ</translation>
    </message>
    <message>
        <source>a pattern, e.g. \b20\d\d\b</source>
        <translation>نمط، مثل \b20\d\d\b</translation>
    </message>
    <message>
        <source>Code Hits</source>
        <translation>ترميز النتائج</translation>
    </message>
    <message numerus="yes">
        <source>Code the %n hit(s) of %1. What is already coded with the code by the coder is left as it is; the whole is one step to undo.</source>
        <translation>
            <numerusform>ترميز نتائج ⁨%1⁩ (لا نتائج). ما رمَّزه المرمِّز بهذا الرمز سابقًا يبقى كما هو؛ والعملية كلها خطوة واحدة يمكن التراجع عنها.</numerusform>
            <numerusform>ترميز النتيجة الوحيدة لـ ⁨%1⁩. ما رمَّزه المرمِّز بهذا الرمز سابقًا يبقى كما هو؛ والعملية كلها خطوة واحدة يمكن التراجع عنها.</numerusform>
            <numerusform>ترميز النتيجتين لـ ⁨%1⁩. ما رمَّزه المرمِّز بهذا الرمز سابقًا يبقى كما هو؛ والعملية كلها خطوة واحدة يمكن التراجع عنها.</numerusform>
            <numerusform>ترميز ⁨%n⁩ نتائج لـ ⁨%1⁩. ما رمَّزه المرمِّز بهذا الرمز سابقًا يبقى كما هو؛ والعملية كلها خطوة واحدة يمكن التراجع عنها.</numerusform>
            <numerusform>ترميز ⁨%n⁩ نتيجةً لـ ⁨%1⁩. ما رمَّزه المرمِّز بهذا الرمز سابقًا يبقى كما هو؛ والعملية كلها خطوة واحدة يمكن التراجع عنها.</numerusform>
            <numerusform>ترميز ⁨%n⁩ نتيجة لـ ⁨%1⁩. ما رمَّزه المرمِّز بهذا الرمز سابقًا يبقى كما هو؛ والعملية كلها خطوة واحدة يمكن التراجع عنها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>The hit only</source>
        <translation>النتيجة فقط</translation>
    </message>
    <message>
        <source>The sentence around it</source>
        <translation>الجملة المحيطة بها</translation>
    </message>
    <message>
        <source>The paragraph around it</source>
        <translation>الفقرة المحيطة بها</translation>
    </message>
    <message>
        <source>&amp;Code what:</source>
        <translation>&amp;ما يُرمَّز:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1.</source>
        <translation>
            <numerusform>لا نتائج في ⁨%1⁩.</numerusform>
            <numerusform>نتيجة واحدة في ⁨%1⁩.</numerusform>
            <numerusform>نتيجتان في ⁨%1⁩.</numerusform>
            <numerusform>⁨%Ln⁩ نتائج في ⁨%1⁩.</numerusform>
            <numerusform>⁨%Ln⁩ نتيجةً في ⁨%1⁩.</numerusform>
            <numerusform>⁨%Ln⁩ نتيجة في ⁨%1⁩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>⁨%Ln⁩ مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>⁨%Ln⁩ مستندات</numerusform>
            <numerusform>⁨%Ln⁩ مستندًا</numerusform>
            <numerusform>⁨%Ln⁩ مستند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SeminarExchange</name>
    <message>
        <source>Hand Out Copy</source>
        <translation>توزيع نسخة</translation>
    </message>
    <message>
        <source>A copy for students: the same documents and codebook, so their copies merge back. Leave out the codings of:</source>
        <translation>نسخة للطلاب: المستندات ودليل الترميز أنفسها، كي تُدمج نسخهم لاحقًا في المشروع. استبعاد ترميزات:</translation>
    </message>
    <message>
        <source>Leave out the memos</source>
        <translation>استبعاد المذكرات</translation>
    </message>
    <message>
        <source>-handout</source>
        <translation>-للطلاب</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>مشاريع Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>دمج مشاريع</translation>
    </message>
    <message>
        <source>Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)</source>
        <translation>المشاريع (*.marginalia *.qdpx);;مشاريع Marginalia (*.marginalia);;مشاريع REFI-QDA (*.qdpx)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ServerPasswordDialog</name>
    <message>
        <source>this computer&apos;s server</source>
        <translation>خادم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>اسم دخولك</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server wants the password of %1 on %2 for the project &quot;%3&quot;.</source>
        <translation>يطلب الخادم كلمة مرور ⁨%1⁩ على ⁨%2⁩ للمشروع &quot;⁨%3⁩&quot;.</translation>
    </message>
    <message>
        <source>That password was not accepted.</source>
        <translation>لم تُقبل كلمة المرور هذه.</translation>
    </message>
    <message>
        <source>Kept in memory until Marginalia quits, never saved. To be asked no more, put it in ~/.pgpass.</source>
        <translation>تُحفظ في الذاكرة حتى إنهاء Marginalia، ولا تُحفظ على القرص أبدًا. كي لا تُسأل عنها مجددًا، ضعها في ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ServerProjectDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>فتح مشروع على خادم</translation>
    </message>
    <message>
        <source>The project&apos;s location on a PostgreSQL server, as its owner gave it to you:
postgresql://server/database?project=NAME, or a .marginalia-server file.</source>
        <translation>موقع المشروع على خادم PostgreSQL، كما أعطاك إياه مالكه:
postgresql://server/database?project=NAME، أو ملف .marginalia-server.</translation>
    </message>
    <message>
        <source>When the server wants a password, Marginalia asks for it and keeps it only until it quits; it is never saved.</source>
        <translation>عندما يطلب الخادم كلمة مرور، يسألك Marginalia عنها ويحتفظ بها حتى إنهائه فقط؛ ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Connection &amp;File...</source>
        <translation>&amp;ملف الاتصال...</translation>
    </message>
    <message>
        <source>Not a server location: it begins with postgresql:// (or is a .marginalia-server file). To open a project file, use File &gt; Open Project.</source>
        <translation>ليس موقع خادم: يبدأ موقع الخادم بـ postgresql:// (أو يكون ملف .marginalia-server). لفتح ملف مشروع، استخدم ملف &gt; فتح مشروع.</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>فتح ملف اتصال</translation>
    </message>
    <message>
        <source>Server connections (*%1);;All files (*)</source>
        <translation>اتصالات الخوادم (*%1);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SetsPanel</name>
    <message>
        <source>Remove Set...</source>
        <translation>إزالة مجموعة...</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Members of the set</source>
        <translation>أعضاء المجموعة</translation>
    </message>
    <message>
        <source>Remove the current set (not its documents or codes); undo brings it back</source>
        <translation>إزالة المجموعة الحالية (دون مستنداتها أو رموزها)؛ ويعيدها التراجع</translation>
    </message>
    <message>
        <source>Add documents with &quot;Add to Set...&quot; in the Documents panel, codes with &quot;Add to Code Set...&quot; in the Codebook</source>
        <translation>أضف المستندات عبر &quot;إضافة إلى مجموعة...&quot; في لوحة المستندات، والرموز عبر &quot;إضافة إلى مجموعة رموز...&quot; في دليل الترميز</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>⁨%n⁩ مستندات</numerusform>
            <numerusform>⁨%n⁩ مستندًا</numerusform>
            <numerusform>⁨%n⁩ مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>حيث ⁨%1⁩</translation>
    </message>
    <message>
        <source>The documents meeting the condition when the set is used: %1</source>
        <translation>المستندات التي تستوفي الشرط وقت استخدام المجموعة: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>لا رموز</numerusform>
            <numerusform>رمز واحد</numerusform>
            <numerusform>رمزان</numerusform>
            <numerusform>⁨%n⁩ رموز</numerusform>
            <numerusform>⁨%n⁩ رمزًا</numerusform>
            <numerusform>⁨%n⁩ رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets of documents</source>
        <translation>مجموعات المستندات</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>⁨%n⁩ مجموعات</numerusform>
            <numerusform>⁨%n⁩ مجموعةً</numerusform>
            <numerusform>⁨%n⁩ مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets of codes</source>
        <translation>مجموعات الرموز</translation>
    </message>
    <message>
        <source>No sets yet.</source>
        <translation>لا مجموعات بعد.</translation>
    </message>
    <message>
        <source>Choose a set to see its members.</source>
        <translation>اختر مجموعة لعرض أعضائها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>لا مستندات في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>مستند واحد في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>مستندان في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ مستندات في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ مستندًا في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ مستند في &quot;⁨%1⁩&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) meeting &quot;%1&quot; now:</source>
        <translation>
            <numerusform>لا مستندات تستوفي &quot;⁨%1⁩&quot; حاليًا:</numerusform>
            <numerusform>مستند واحد يستوفي &quot;⁨%1⁩&quot; حاليًا:</numerusform>
            <numerusform>مستندان يستوفيان &quot;⁨%1⁩&quot; حاليًا:</numerusform>
            <numerusform>⁨%n⁩ مستندات تستوفي &quot;⁨%1⁩&quot; حاليًا:</numerusform>
            <numerusform>⁨%n⁩ مستندًا يستوفي &quot;⁨%1⁩&quot; حاليًا:</numerusform>
            <numerusform>⁨%n⁩ مستند يستوفي &quot;⁨%1⁩&quot; حاليًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>لا رموز في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>رمز واحد في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>رمزان في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ رموز في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ رمزًا في &quot;⁨%1⁩&quot;:</numerusform>
            <numerusform>⁨%n⁩ رمز في &quot;⁨%1⁩&quot;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new set:</source>
        <translation>اسم المجموعة الجديدة:</translation>
    </message>
    <message>
        <source>Add to Set</source>
        <translation>إضافة إلى مجموعة</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to the set:</source>
        <translation>
            <numerusform>إضافة ⁨%n⁩ مستند إلى المجموعة:</numerusform>
            <numerusform>إضافة مستند واحد إلى المجموعة:</numerusform>
            <numerusform>إضافة مستندين إلى المجموعة:</numerusform>
            <numerusform>إضافة ⁨%n⁩ مستندات إلى المجموعة:</numerusform>
            <numerusform>إضافة ⁨%n⁩ مستندًا إلى المجموعة:</numerusform>
            <numerusform>إضافة ⁨%n⁩ مستند إلى المجموعة:</numerusform>
        </translation>
    </message>
    <message>
        <source>New set...</source>
        <translation>مجموعة جديدة...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a set saved from a condition (%2): its documents are those meeting it.</source>
        <translation>&quot;⁨%1⁩&quot; مجموعة محفوظة من شرط (⁨%2⁩): مستنداتها هي التي تستوفيه.</translation>
    </message>
    <message>
        <source>Add to Code Set</source>
        <translation>إضافة إلى مجموعة رموز</translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to the code set:</source>
        <translation>
            <numerusform>إضافة ⁨%n⁩ رمز إلى مجموعة الرموز:</numerusform>
            <numerusform>إضافة رمز واحد إلى مجموعة الرموز:</numerusform>
            <numerusform>إضافة رمزين إلى مجموعة الرموز:</numerusform>
            <numerusform>إضافة ⁨%n⁩ رموز إلى مجموعة الرموز:</numerusform>
            <numerusform>إضافة ⁨%n⁩ رمزًا إلى مجموعة الرموز:</numerusform>
            <numerusform>إضافة ⁨%n⁩ رمز إلى مجموعة الرموز:</numerusform>
        </translation>
    </message>
    <message>
        <source>New code set...</source>
        <translation>مجموعة رموز جديدة...</translation>
    </message>
    <message>
        <source>Remove Set</source>
        <translation>إزالة المجموعة</translation>
    </message>
    <message>
        <source>Remove the set &quot;%1&quot;? Its documents and codes stay; undo brings the set back.</source>
        <translation>هل تريد إزالة المجموعة &quot;⁨%1⁩&quot;؟ تبقى مستنداتها ورموزها؛ ويعيد التراجع المجموعة.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qualitative text analysis workbench</source>
        <translation>منضدة عمل للتحليل النوعي للنصوص</translation>
    </message>
    <message>
        <source>A project file, a .marginalia-server connection file or a postgresql:// URL to open.</source>
        <translation>ملف مشروع، أو ملف اتصال .marginalia-server، أو عنوان URL من نوع postgresql:// لفتحه.</translation>
    </message>
    <message>
        <source>light or dark (Fusion style).</source>
        <translation>light (فاتح) أو dark (داكن)، بنمط Fusion.</translation>
    </message>
    <message>
        <source>Show this document.</source>
        <translation>عرض هذا المستند.</translation>
    </message>
    <message>
        <source>Select this code.</source>
        <translation>تحديد هذا الرمز.</translation>
    </message>
    <message>
        <source>Save the window as a PNG and quit.</source>
        <translation>حفظ النافذة بصورة PNG ثم الإنهاء.</translation>
    </message>
    <message>
        <source>Show the window in this language (en, fr, es or ar) for this run.</source>
        <translation>عرض النافذة بهذه اللغة (en أو fr أو es أو ar) في هذا التشغيل فقط.</translation>
    </message>
</context>
</TS>
