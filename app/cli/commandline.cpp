#include "commandline.h"

#include "base/atomicfile.h"
#include "base/buildinfo.h"
#include "base/defaultcoder.h"

#include "analysis/codematrix.h"
#include "analysis/coderagreement.h"
#include "analysis/documentcondition.h"
#include "analysis/excerptreader.h"
#include "analysis/frequencies.h"
#include "analysis/matrixgroups.h"
#include "analysis/searchhits.h"
#include "analysis/studentscores.h"
#include "exchange/projecthandout.h"
#include "exchange/projectmerge.h"
#include "exchange/refiqdacodebook.h"
#include "exchange/refiqdaexporter.h"
#include "exchange/refiqdaimporter.h"
#include "export/attributecsv.h"
#include "export/classreport.h"
#include "export/csvexport.h"
#include "export/projectreport.h"
#include "export/xlsxmatrix.h"
#include "import/batchimporter.h"
#include "import/documentreader.h"
#include "model/codetree.h"
#include "store/project.h"
#include "store/projectbackups.h"
#include "store/projectwriterlock.h"
#include "store/serverlocation.h"
#include "text/textoffsets.h"
#include "text/textsearch.h"
#include "texttable.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <map>

#include <sys/ioctl.h>
#include <unistd.h>

namespace Marginalia::Cli {

using namespace Marginalia::Core;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Cli::CommandLine)
};

/// Whether @p path names a project on a PostgreSQL server (a URL or a .marginalia-server file) rather than a
/// project file.
bool isServerPath(const QString &path)
{
    return ServerLocation::isServerLocation(path);
}

/// @p path as messages may show it: a file as given; a server location without its password (a URL that does
/// not parse loses its password through QUrl), so that a password typed into a URL never reaches the terminal,
/// a log or a script's captured output.
QString shownPath(const QString &path)
{
    if (!path.contains(QLatin1String("://")))
        return path;
    if (auto parsed = ServerLocation::parse(path))
        return parsed->displayText();
    return QUrl(path).toString(QUrl::RemovePassword);
}

/// libpq asks for a password only through its own places; the CLI never takes one on its command line (it
/// would show in `ps` and in the shell's history), so a refused login says where to put one.
QString withPasswordHint(const QString &message)
{
    const bool missing = message.contains(QLatin1String("no password supplied"));
    if (!missing && !message.contains(QLatin1String("password authentication failed")))
        return message;
    const QString where = QCoreApplication::translate(
        "Marginalia::Cli::CommandLine",
        "~/.pgpass (a line HOST:PORT:DATABASE:LOGIN:PASSWORD, the file readable only by you: chmod 600 ~/.pgpass), "
        "the file PGPASSFILE names, or a service file (~/.pg_service.conf, then ?service=NAME in the URL); "
        "PGPASSWORD works too, for one shell");
    return message + u'\n'
        + (missing ? QCoreApplication::translate("Marginalia::Cli::CommandLine",
                                                 "The server wants a password, and marginalia-cli does not ask for "
                                                 "one: put it in %1.")
                         .arg(where)
                   : QCoreApplication::translate("Marginalia::Cli::CommandLine",
                                                 "The server refused the password it was given: check the one in "
                                                 "%1.")
                         .arg(where));
}

struct Subcommand
{
    const char *name;
    const char *arguments;
    const char *summary;
};

const Subcommand subcommands[] = {
    {"init", "PROJECT", QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Create a new, empty project file.")},
    {"import", "PROJECT FILE|FOLDER...",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Import documents (text, Markdown, HTML, PDF, Word, OpenDocument) and folders of them.")},
    {"documents", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "List the documents with their size and codings.")},
    {"code-add", "PROJECT PATH",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Add a code (and missing parents): Protection/Children.")},
    {"codes", "PROJECT", QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Print the codebook as a tree.")},
    {"code-rename", "PROJECT PATH NAME", QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Rename a code.")},
    {"code-move", "PROJECT PATH [NEW-PARENT]",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Move a code under another (or to the top level).")},
    {"code-merge", "PROJECT SOURCE TARGET",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Merge a code and its codings into another.")},
    {"code-delete", "PROJECT PATH",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Delete a code, its subcodes and their codings.")},
    {"apply", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Code a range, a phrase or a pattern in a document.")},
    {"memo", "PROJECT [TEXT]",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Show or set the memo of the project, a document, a code or a coding.")},
    {"coders", "PROJECT", QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "List the coders.")},
    {"frequencies", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Count codings by code, document or coder.")},
    {"matrix", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Code matrices: codes x documents, or code co-occurrence (codes x codes).")},
    {"agreement", "PROJECT",
     QT_TRANSLATE_NOOP(
         "Marginalia::Cli::CommandLine",
         "Intercoder agreement per code: percent, Cohen's and Fleiss' kappa, Krippendorff's alpha and alpha-u.")},
    {"disagreements", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Where two coders differ: one row per stretch one of them coded.")},
    {"handout", "PROJECT OUT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Write a copy for students: same documents, codebook and GUIDs, without the key's codings.")},
    {"merge", "TARGET SOURCE...",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Merge projects (.marginalia or .qdpx) into TARGET: documents by text, codes and coders by "
                       "GUID.")},
    {"score", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Score coders against a key coder: agreement, precision and recall per code.")},
    {"excerpts", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "List coded passages, one row per coding.")},
    {"report", "PROJECT OUT.html",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Write the project report: a printable HTML page with the codebook, frequencies, excerpts, "
                       "memos and agreement.")},
    {"search", "PROJECT QUERY",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Search the documents' text (words, \"phrases\", prefix*, AND/OR/NOT, NEAR; substrings; "
                       "patterns), and code the hits.")},
    {"attributes", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "List the documents' attributes, or set them from a CSV (--import) or write them (--export).")},
    {"sets", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "List the sets of documents, or add one (by condition or by hand) or remove one.")},
    {"cases", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "List the cases, or add, remove one, or assign a document or passage to one.")},
    {"check", "PROJECT", QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Check the project file's integrity.")},
    {"backup", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Back the project up now (and rotate its backups).")},
    {"backups", "PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "List the project's backups, newest first, each checked.")},
    {"restore", "PROJECT BACKUP",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Put a backup in place of the project; the current file is kept beside it, renamed.")},
    {"export-qdpx", "PROJECT FILE",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Export the project to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder.")},
    {"import-qdpx", "FILE PROJECT",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Import a REFI-QDA project (.qdpx) as a new project.")},
    {"export-qdc", "PROJECT FILE",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Export the codebook to REFI-QDA (.qdc).")},
    {"import-qdc", "PROJECT FILE",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine", "Merge a REFI-QDA codebook (.qdc) into the project.")},
    {"server-init", "URL",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Prepare a PostgreSQL database to hold team projects (once; harmless when done).")},
    {"push", "FILE URL",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Put a project file on a server as a new project, with every id and GUID.")},
    {"pull", "URL FILE",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Copy a server project into a new project file, for archiving or offline work.")},
    {"member-add", "URL LOGIN ROLE",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Give a server login a role on a server project: owner, coder or viewer.")},
    {"member-remove", "URL LOGIN",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Take a login's role on a server project back (owners only; never the last owner).")},
    {"members", "URL",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "List a server project's members, each login with its role (any member may).")},
    {"server-remove", "URL",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Remove a project from its server for good (owners only; pull it first to keep a copy).")},
    {"connection-file", "URL FILE",
     QT_TRANSLATE_NOOP("Marginalia::Cli::CommandLine",
                       "Write a .marginalia-server file that opens a server project on a double click (no "
                       "password).")},
};

/// Whether a command changes the project: one that only reads may open it read-only.
enum class ProjectUse { Read, Write };

/// What a subcommand needs to run: its parsed options, the streams and the project path.
class Invocation
{
public:
    Invocation(QTextStream &out, QTextStream &err, QString name)
        : out(out)
        , err(err)
        , name(std::move(name))
    {
        parser.setApplicationDescription(summary());
        parser.addHelpOption();
    }

    QTextStream &out;
    QTextStream &err;
    QString name;
    QCommandLineParser parser;
    std::unique_ptr<Project> project;
    /// Whether the project was opened to be changed: a command that succeeds then takes part in the
    /// project's backup rotation.
    bool openedForWriting = false;

    /// The command's arguments, as the command table gives them ("PROJECT QUERY").
    QString commandArguments() const
    {
        for (const Subcommand &command : subcommands) {
            if (name == QLatin1String(command.name))
                return QLatin1String(command.arguments);
        }
        return {};
    }

    QString summary() const
    {
        for (const Subcommand &command : subcommands) {
            if (name == QLatin1String(command.name))
                return Tr::tr(command.summary);
        }
        return {};
    }

    int fail(const QString &message)
    {
        err << "marginalia-cli " << name << ": " << withPasswordHint(message) << '\n';
        err.flush();
        return CommandLine::Failure;
    }

    int usage(const QString &message)
    {
        err << "marginalia-cli " << name << ": " << message << '\n'
            << Tr::tr("Run \"marginalia-cli %1 --help\" for its options.").arg(name) << '\n';
        err.flush();
        return CommandLine::UsageError;
    }

    /// Parses @p arguments; returns an exit code when the command should stop here (help, bad usage).
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional)
    {
        if (!parser.parse(QStringList{QStringLiteral("marginalia-cli ") + name} + arguments))
            return usage(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            // QCommandLineParser's usage line names the executable's path and only the positional arguments
            // declared to it; the command table says what the command takes.
            QString help = parser.helpText();
            const qsizetype lineEnd = help.indexOf(u'\n');
            help.replace(0, lineEnd, Tr::tr("Usage: marginalia-cli %1 [options] %2").arg(name, commandArguments()));
            out << help;
            out.flush();
            return CommandLine::Success;
        }
        const qsizetype count = parser.positionalArguments().size();
        if (count < minPositional)
            return usage(minPositional == 1 ? Tr::tr("the project file is missing.")
                                            : Tr::tr("arguments are missing."));
        if (maxPositional >= 0 && count > maxPositional) {
            QStringList extra;
            for (const QString &argument : parser.positionalArguments().mid(maxPositional))
                extra.append(shownPath(argument));
            return usage(Tr::tr("too many arguments: %1").arg(extra.join(u' ')));
        }
        if (m_writesTables) {
            const QString format = parser.value(QStringLiteral("format"));
            if (m_writesXlsx) {
                if (format != QLatin1String("table") && format != QLatin1String("csv")
                    && format != QLatin1String("xlsx"))
                    return usage(Tr::tr("unknown format \"%1\"; use table, csv or xlsx.").arg(format));
            } else if (format != QLatin1String("table") && format != QLatin1String("csv")) {
                return usage(Tr::tr("unknown format \"%1\"; use table or csv.").arg(format));
            }
        }
        return std::nullopt;
    }

    /// parse(), then open(): for the commands that check nothing of their own before opening the project.
    std::optional<int> parseAndOpen(const QStringList &arguments, int minPositional, int maxPositional, ProjectUse use)
    {
        if (auto stop = parse(arguments, minPositional, maxPositional))
            return stop;
        return open(use);
    }

    QString positional(int index) const { return parser.positionalArguments().value(index); }
    /// The positional argument @p index as messages show it: a server location without its password.
    QString shown(int index) const { return shownPath(positional(index)); }
    /// The project as messages name it: its file, or its server location without the password.
    QString projectShown() const { return project ? project->filePath() : shown(0); }

    /// Opens the project. Commands that only read use a read-only connection, so that they neither wait for
    /// nor hold up a window writing the project, and work on a read-only medium; a project in an older
    /// format is opened for writing to upgrade it. Commands that write take the project's writer lock
    /// (ProjectWriterLock): while a window or another command holds it they wait (MARGINALIA_LOCK_WAIT
    /// seconds, default 5) and then refuse, naming the holder; they never write beside another writer.
    ///
    /// A project on a server (ServerLocation) has many writers at once and no file: there is no lock to wait
    /// for and no file system to check, and the server decides what this login may do (its role).
    std::optional<int> open(ProjectUse use)
    {
        const QString path = positional(0);
        if (isServerPath(path))
            return openOnServer(path, use);
        if (use == ProjectUse::Read) {
            auto readOnly = Project::open(path, Project::Access::ReadOnly);
            const QFileInfo info(path);
            if (readOnly || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
                if (!readOnly)
                    return fail(readOnly.error());
                project = std::move(*readOnly);
                openedForWriting = false;
                return std::nullopt;
            }
        }
        auto opened = Project::open(path);
        if (!opened && ProjectWriterLock::holder(path)) {
            QDeadlineTimer deadline(lockWaitMilliseconds());
            while (!opened && !deadline.hasExpired() && ProjectWriterLock::holder(path)) {
                QThread::msleep(200);
                opened = Project::open(path);
            }
        }
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
        openedForWriting = use == ProjectUse::Write;
        if (openedForWriting) {
            if (const QString network = ProjectWriterLock::networkFileSystemOf(path); !network.isEmpty()) {
                err << Tr::tr("marginalia-cli %1: warning: %2 is on a network file system (%3). SQLite cannot lock "
                              "files reliably there: two computers writing at once can damage the project. Keep "
                              "it on a local disk.")
                           .arg(name, path, network)
                    << '\n';
                err.flush();
            }
        }
        return std::nullopt;
    }

    std::optional<int> openOnServer(const QString &location, ProjectUse use)
    {
        auto opened = Project::open(location,
                                    use == ProjectUse::Write ? Project::Access::ReadWrite : Project::Access::ReadOnly);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
        openedForWriting = use == ProjectUse::Write;
        // The server would refuse a viewer's first write anyway; refusing here keeps a command that writes
        // many times (an import, a merge) from reporting the same refusal once per step.
        if (openedForWriting && project->serverRole() == QLatin1String("viewer")) {
            return fail(Tr::tr("%1: you can view this project but not change it: your role on the server is viewer. "
                               "Its owner can make you a coder (marginalia-cli member-add URL LOGIN coder).")
                            .arg(project->filePath()));
        }
        return std::nullopt;
    }

    /// How long a writing command waits for another writer to close the project: MARGINALIA_LOCK_WAIT
    /// seconds, default 5; 0 refuses at once.
    static qint64 lockWaitMilliseconds()
    {
        bool ok = false;
        const double seconds = qEnvironmentVariable("MARGINALIA_LOCK_WAIT").toDouble(&ok);
        return ok && seconds >= 0 ? qint64(seconds * 1000) : 5000;
    }

    enum class Xlsx { No, Yes };

    /// --where CONDITION and --set NAME: the documents an analysis looks at.
    void addScopeOptions()
    {
        parser.addOption({QStringLiteral("where"),
                          Tr::tr("Only documents meeting CONDITION on their attributes, e.g. \"year>=2017 and "
                                 "type=resolution\"."),
                          QStringLiteral("CONDITION")});
        parser.addOption({QStringLiteral("set"), Tr::tr("Only the documents of this set."), QStringLiteral("NAME")});
    }

    /// The documents --where and --set leave (both: those meeting both), or none when neither is given;
    /// after open(). Returns an exit code when the condition or set is bad (its error names them).
    std::optional<int> resolveScope(std::optional<QSet<qint64>> &scope)
    {
        scope.reset();
        if (parser.isSet(QStringLiteral("where"))) {
            auto meeting = DocumentCondition::documentsMeeting(*project, parser.value(QStringLiteral("where")));
            if (!meeting)
                return fail(meeting.error());
            scope = *meeting;
        }
        if (parser.isSet(QStringLiteral("set"))) {
            auto members = DocumentCondition::documentsOfSet(*project, parser.value(QStringLiteral("set")));
            if (!members)
                return fail(members.error());
            if (scope)
                scope->intersect(*members);
            else
                scope = *members;
        }
        return std::nullopt;
    }

    /// Options shared by commands that write tables; parse() then also checks --format (and allows xlsx,
    /// which needs --output, when @p xlsx says so).
    void addOutputOptions(Xlsx xlsx = Xlsx::No)
    {
        m_writesTables = true;
        m_writesXlsx = xlsx == Xlsx::Yes;
        parser.addOption({QStringLiteral("format"),
                          m_writesXlsx ? Tr::tr("Output format: table (default), csv or xlsx (an Excel workbook; needs "
                                                "--output).")
                                       : Tr::tr("Output format: table (default) or csv."),
                          QStringLiteral("FORMAT"), QStringLiteral("table")});
        parser.addOption(
            {QStringLiteral("output"), Tr::tr("Write to FILE instead of standard output."), QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("raw"),
                          Tr::tr("CSV: write cells exactly, without neutralising cells that a spreadsheet would run as "
                                 "formulas (=, +, -, @).")});
        parser.addOption({QStringLiteral("bom"), Tr::tr("CSV: begin with a UTF-8 byte order mark (for Excel).")});
    }

    /// Adds --csv, short for --format csv, to a command whose only other format is its table.
    void addCsvShorthand()
    {
        m_csvShorthand = true;
        parser.addOption({QStringLiteral("csv"), Tr::tr("Write CSV (the same as --format csv).")});
    }

    bool wantsCsv() const
    {
        return parser.value(QStringLiteral("format")) == QLatin1String("csv")
            || (m_csvShorthand && parser.isSet(QStringLiteral("csv")));
    }

    CsvExport::Options csvOptions() const
    {
        CsvExport::Options options;
        options.formulaGuard
            = parser.isSet(QStringLiteral("raw")) ? CsvWriter::FormulaGuard::Off : CsvWriter::FormulaGuard::On;
        options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
        return options;
    }

    /// Runs @p write against the --output file (replaced only when the whole output succeeded) or stdout.
    int writeOutput(const std::function<Status(QIODevice *)> &write)
    {
        if (parser.isSet(QStringLiteral("output"))) {
            const QString path = parser.value(QStringLiteral("output"));
            const Status written = AtomicFile::write(path, [&](QIODevice *file) -> Status {
                if (auto status = write(file); !status)
                    return Error{Tr::tr("%1: %2").arg(path, status.error())};
                return success();
            });
            return written ? CommandLine::Success : fail(written.error());
        }
        out.flush();
        if (QIODevice *device = out.device()) {
            // Standard output (or any device): bytes straight through, no round trip via QString.
            if (auto status = write(device); !status)
                return fail(status.error());
            return CommandLine::Success;
        }
        // A string stream (tests, embedding): render into memory and append.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (auto status = write(&buffer); !status)
            return fail(status.error());
        out << QString::fromUtf8(buffer.data());
        return CommandLine::Success;
    }

    /// Writes @p table, then @p summary (a line of its own) when there is one, as writeOutput() does.
    /// The table for the terminal, or with --format csv its rows under @p csvColumns (the CSV's column
    /// names are a contract, so they are given, never the translated headings).
    int writeTable(const TextTable &table, const QString &summary = {}, const QStringList &csvColumns = {})
    {
        if (wantsCsv() && !csvColumns.isEmpty()) {
            return writeOutput([&](QIODevice *device) {
                const CsvExport::Options options = csvOptions();
                CsvWriter writer(device, options.formulaGuard);
                if (options.byteOrderMark)
                    writer.writeByteOrderMark();
                writer.addRow(csvColumns);
                for (const QStringList &row : table.rows())
                    writer.addRow(row);
                if (!writer.flush())
                    return Status(Error{writer.errorString()});
                return success();
            });
        }
        return writeOutput([&](QIODevice *device) {
            QTextStream stream(device);
            table.print(stream);
            if (!summary.isEmpty())
                stream << summary << '\n';
            return success();
        });
    }

    std::optional<Document> findDocument(const QString &name)
    {
        auto document = project->documentByName(name);
        if (!document)
            fail(Tr::tr("%1: there is no document named \"%2\"; \"marginalia-cli documents\" lists them.")
                     .arg(project->filePath(), name));
        return document;
    }

    std::optional<Coder> findCoder(const QString &name)
    {
        auto coder = project->coderByName(name);
        if (!coder)
            fail(Tr::tr("%1: there is no coder \"%2\".").arg(project->filePath(), name));
        return coder;
    }

    /// The codebook as it was when first asked for: commands look codes up before they change any.
    const CodeTree &codeTree()
    {
        if (!m_codeTree)
            m_codeTree.emplace(project->codes());
        return *m_codeTree;
    }

    std::optional<Code> findCode(const QString &path)
    {
        if (CodeTree::splitPath(path).isEmpty()) {
            fail(Tr::tr("\"%1\" is not a code path; separate levels with \"/\", e.g. Protection/Children.").arg(path));
            return std::nullopt;
        }
        const Code *code = codeTree().findByPath(path);
        if (!code) {
            fail(Tr::tr("%1: there is no code \"%2\"; \"marginalia-cli codes\" shows the codebook.")
                     .arg(project->filePath(), path));
            return std::nullopt;
        }
        return *code;
    }

private:
    bool m_writesTables = false;
    bool m_writesXlsx = false;
    bool m_csvShorthand = false;
    std::optional<CodeTree> m_codeTree;
};

/// The coder to record: --coder, else $MARGINALIA_CODER, else the login name.
int runInit(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    auto created = Project::create(cmd.positional(0));
    if (!created)
        return cmd.fail(created.error());
    // On a server, filePath() is the location without the password the URL may carry.
    cmd.out << Tr::tr("Created project %1").arg((*created)->filePath()) << '\n';
    return CommandLine::Success;
}

/// How a document is described in the import report: "PDF", "Word"... (text keeps its format's name).
QString typeLabel(const QString &fileType, const QString &format)
{
    // Text keeps saying how it is stored ("text", "markdown"), as the import line always has.
    if (fileType.startsWith(QLatin1String("text/")) && fileType != QLatin1String("text/html"))
        return format;
    return DocumentReader::typeLabel(fileType);
}

int runImport(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"),
                                     Tr::tr("Files to import, or folders: their documents are imported, subfolders "
                                            "included, hidden files left out."),
                                     QStringLiteral("FILE|FOLDER..."));
    cmd.parser.addOption({QStringLiteral("max-size"),
                          Tr::tr("Refuse files larger than MB megabytes (default %1).")
                              .arg(DocumentReader::DefaultMaxFileSize / (1024 * 1024)),
                          QStringLiteral("MB")});
    cmd.parser.addOption({QStringLiteral("allow-duplicates"),
                          Tr::tr("Import a file even when the project already has a document from the same file.")});
    if (auto stop = cmd.parse(arguments, 2, -1))
        return *stop;
    BatchImporter::Options options;
    if (cmd.parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double megabytes = cmd.parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || megabytes <= 0)
            return cmd.usage(Tr::tr("--max-size takes a positive number of megabytes."));
        options.maxFileSize = qint64(megabytes * 1024 * 1024);
    }
    options.allowDuplicates = cmd.parser.isSet(QStringLiteral("allow-duplicates"));
    if (auto stop = cmd.open(ProjectUse::Write))
        return *stop;

    // A progress line only for a person watching: never in a pipe, a log or a test.
    const auto *errFile = qobject_cast<const QFile *>(cmd.err.device());
    const bool showProgress = errFile && errFile->handle() == STDERR_FILENO && ::isatty(STDERR_FILENO);
    bool progressShown = false;
    const auto clearProgress = [&] {
        if (progressShown) {
            cmd.err << "\r\x1b[K";
            cmd.err.flush();
            progressShown = false;
        }
    };

    BatchImporter importer(*cmd.project, options);
    const QStringList paths = cmd.parser.positionalArguments().mid(1);
    QStringList skipped;
    const QStringList files = BatchImporter::collectFiles(paths, &skipped);
    int imported = 0;
    int refused = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        if (showProgress) {
            // One line that is redrawn: a line that wrapped could not be cleared, so the path is cut to fit.
            winsize size{};
            const int columns = ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20 ? size.ws_col : 80;
            QString line = Tr::tr("importing %1 of %2: %3").arg(i + 1).arg(files.size()).arg(file);
            if (line.size() >= columns)
                line = line.left(columns / 2 - 2) + QStringLiteral("...") + line.right(columns - columns / 2 - 2);
            cmd.err << "\r\x1b[K" << line;
            cmd.err.flush();
            progressShown = true;
        }
        // Each file in its own transaction: one bad file is reported and skipped, the others go in.
        const BatchImportFile outcome = importer.importFile(file);
        clearProgress();
        if (!outcome.imported) {
            ++refused;
            if (outcome.duplicate)
                cmd.err << Tr::tr("refused: %1: the project already has this file, as the document \"%2\"; "
                                  "--allow-duplicates imports it again.")
                               .arg(file, outcome.document.name);
            else
                cmd.err << Tr::tr("refused: %1").arg(outcome.error);
            cmd.err << '\n';
            cmd.err.flush();
            continue;
        }
        ++imported;
        const Document &document = outcome.document;
        QStringList details{Tr::tr("%1 characters").arg(document.length)};
        const bool container = outcome.fileType.contains(QLatin1String("wordprocessingml"))
            || outcome.fileType.contains(QLatin1String("opendocument"));
        if (!document.encoding.isEmpty() && !container)
            details.append(document.encoding);
        if (outcome.pageCount > 0)
            details.append(
                QCoreApplication::translate("Marginalia::Cli::CommandLine", "%n page(s)", nullptr, outcome.pageCount));
        details.append(typeLabel(outcome.fileType, document.format));
        cmd.out << Tr::tr("imported \"%1\" from %2: %3").arg(document.name, file, details.join(QStringLiteral(", ")))
                << '\n';
        cmd.out.flush();
        for (const QString &warning : outcome.warnings)
            cmd.err << Tr::tr("warning: %1").arg(warning) << '\n';
        cmd.err.flush();
    }
    clearProgress();
    cmd.out << Tr::tr("%1 of %2 files imported.").arg(imported).arg(files.size()) << '\n';
    if (refused > 0 && files.size() > 1)
        cmd.out << QCoreApplication::translate(
            "Marginalia::Cli::CommandLine", "%n file(s) refused, each named above with the reason.", nullptr, refused)
                << '\n';
    if (!skipped.isEmpty()) {
        QStringList names;
        for (const QString &path : std::as_const(skipped).first(std::min<qsizetype>(skipped.size(), 5)))
            names.append(QFileInfo(path).fileName());
        cmd.out << QCoreApplication::translate(
                       "Marginalia::Cli::CommandLine",
                       "%n file(s) in the folders skipped, of types Marginalia does not import (%1%2).", nullptr,
                       int(skipped.size()))
                       .arg(names.join(QStringLiteral(", ")), skipped.size() > 5 ? QStringLiteral(", ...") : QString())
                << '\n';
    }
    cmd.err.flush();
    return imported == files.size() ? CommandLine::Success : CommandLine::Failure;
}

int runDocuments(Invocation &cmd, const QStringList &arguments)
{
    cmd.addOutputOptions();
    if (auto stop = cmd.parseAndOpen(arguments, 1, 1, ProjectUse::Read))
        return *stop;
    const QList<Document> documents = cmd.project->documents();
    if (cmd.wantsCsv()) {
        return cmd.writeOutput([&](QIODevice *device) {
            CsvWriter writer(device, cmd.csvOptions().formulaGuard);
            if (cmd.csvOptions().byteOrderMark)
                writer.writeByteOrderMark();
            writer.addRow({QStringLiteral("name"), QStringLiteral("characters"), QStringLiteral("codings"),
                           QStringLiteral("format"), QStringLiteral("encoding"), QStringLiteral("original_file_name"),
                           QStringLiteral("imported"), QStringLiteral("text_sha256"), QStringLiteral("guid"),
                           // Added after the others (columns are a contract): "format" is how the text is
                           // stored, "source_format" what the file was (pdf, docx, odt, html, markdown, text).
                           QStringLiteral("source_format")});
            for (const Document &document : documents) {
                writer.addField(QStringView(document.name));
                writer.addNumber(document.length);
                writer.addNumber(document.codingCount);
                writer.addField(QStringView(document.format));
                writer.addField(QStringView(document.encoding));
                writer.addField(QStringView(document.originalFileName));
                writer.addField(QStringView(document.imported.toString(Qt::ISODate)));
                writer.addField(QStringView(document.textSha256));
                writer.addField(QStringView(document.guid));
                writer.addField(QStringView(DocumentReader::sourceFormat(document.fileType, document.format)));
                writer.endRow();
            }
            if (!writer.flush())
                return Status(Error{writer.errorString()});
            return success();
        });
    }
    TextTable table({Tr::tr("name"), Tr::tr("characters"), Tr::tr("codings"), Tr::tr("format"), Tr::tr("encoding"),
                     Tr::tr("imported")},
                    {false, true, true, false, false, false});
    for (const Document &document : documents) {
        // The table is for reading: its format is the source's (a PDF says "pdf", not the "text" it is stored as).
        table.addRow({document.name, QString::number(document.length), QString::number(document.codingCount),
                      DocumentReader::sourceFormat(document.fileType, document.format), document.encoding,
                      document.imported.toString(Qt::ISODate)});
    }
    return cmd.writeTable(table, Tr::tr("documents: %1").arg(documents.size()));
}

int runCodeAdd(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("color"), Tr::tr("The code's colour, #RRGGBB."), QStringLiteral("COLOR")});
    cmd.parser.addOption(
        {QStringLiteral("description"), Tr::tr("What the code means and when to use it."), QStringLiteral("TEXT")});
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    const QStringList names = CodeTree::splitPath(cmd.positional(1));
    if (names.isEmpty())
        return cmd.usage(Tr::tr("\"%1\" is not a code path; separate levels with \"/\", e.g. Protection/Children.")
                             .arg(cmd.positional(1)));
    if (auto stop = cmd.open(ProjectUse::Write))
        return *stop;
    if (cmd.codeTree().findByPath(cmd.positional(1)))
        return cmd.fail(Tr::tr("the code \"%1\" exists already.").arg(cmd.positional(1)));
    auto code = cmd.project->ensureCodePath(names, cmd.parser.value(QStringLiteral("color")),
                                            cmd.parser.value(QStringLiteral("description")));
    if (!code)
        return cmd.fail(code.error());
    cmd.out << Tr::tr("added code \"%1\" (%2)").arg(CodeTree::joinPath(names), code->color) << '\n';
    return CommandLine::Success;
}

int runCodes(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parseAndOpen(arguments, 1, 1, ProjectUse::Read))
        return *stop;
    const CodeTree &tree = cmd.codeTree();
    auto frequencies = Frequencies::compute(*cmd.project);
    if (!frequencies)
        return cmd.fail(frequencies.error());
    if (tree.codes().isEmpty()) {
        cmd.out << Tr::tr("The codebook is empty; add codes with \"marginalia-cli code-add\".") << '\n';
        return CommandLine::Success;
    }
    // Draw the tree with box-drawing branches, as `tree` does.
    std::function<void(qint64, const QString &)> print = [&](qint64 parentId, const QString &indent) {
        const QList<qint64> children = tree.children(parentId);
        for (qsizetype i = 0; i < children.size(); ++i) {
            const Code *code = tree.find(children.at(i));
            const bool last = i == children.size() - 1;
            const auto row = std::find_if(frequencies->byCode.cbegin(), frequencies->byCode.cend(),
                                          [&](const CodeFrequency &f) { return f.codeId == code->id; });
            QString counts = Tr::tr("codings: %1").arg(row->codings);
            if (row->codingsInclSubcodes != row->codings)
                counts += Tr::tr(" (%1 with subcodes)").arg(row->codingsInclSubcodes);
            const QString branch = parentId == 0 ? QString() : (last ? QStringLiteral("└── ") : QStringLiteral("├── "));
            // A code from another tool may have no colour, or be a folder that is not applied to text.
            cmd.out << indent << branch << code->name << "  "
                    << (code->color.isEmpty() ? Tr::tr("no colour") : code->color) << "  " << counts
                    << (code->codable ? QString() : QStringLiteral("  ") + Tr::tr("(folder)")) << '\n';
            const QString childIndent
                = parentId == 0 ? indent : indent + (last ? QStringLiteral("    ") : QStringLiteral("│   "));
            print(code->id, childIndent);
        }
    };
    print(0, QString());
    return CommandLine::Success;
}

int runCodeRename(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parseAndOpen(arguments, 3, 3, ProjectUse::Write))
        return *stop;
    auto code = cmd.findCode(cmd.positional(1));
    if (!code)
        return CommandLine::Failure;
    if (auto status = cmd.project->renameCode(code->id, cmd.positional(2)); !status)
        return cmd.fail(status.error());
    cmd.out << Tr::tr("renamed \"%1\" to \"%2\"").arg(cmd.positional(1), cmd.positional(2).trimmed()) << '\n';
    return CommandLine::Success;
}

int runCodeMove(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("position"), Tr::tr("Place among the new siblings, from 0 (default: last)."),
                          QStringLiteral("N")});
    if (auto stop = cmd.parseAndOpen(arguments, 2, 3, ProjectUse::Write))
        return *stop;
    auto code = cmd.findCode(cmd.positional(1));
    if (!code)
        return CommandLine::Failure;
    qint64 parentId = 0;
    if (!cmd.positional(2).isEmpty()) {
        auto parent = cmd.findCode(cmd.positional(2));
        if (!parent)
            return CommandLine::Failure;
        parentId = parent->id;
    }
    int position = -1;
    if (cmd.parser.isSet(QStringLiteral("position"))) {
        bool ok = false;
        position = cmd.parser.value(QStringLiteral("position")).toInt(&ok);
        if (!ok || position < 0)
            return cmd.usage(Tr::tr("--position takes a number from 0."));
    }
    if (auto status = cmd.project->moveCode(code->id, parentId, position); !status)
        return cmd.fail(status.error());
    cmd.out << Tr::tr("moved \"%1\" to %2")
                   .arg(cmd.positional(1),
                        parentId == 0 ? Tr::tr("the top level") : QStringLiteral("\"%1\"").arg(cmd.positional(2)))
            << '\n';
    return CommandLine::Success;
}

int runCodeMerge(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parseAndOpen(arguments, 3, 3, ProjectUse::Write))
        return *stop;
    auto source = cmd.findCode(cmd.positional(1));
    if (!source)
        return CommandLine::Failure;
    auto target = cmd.findCode(cmd.positional(2));
    if (!target)
        return CommandLine::Failure;
    auto report = cmd.project->mergeCodes(source->id, target->id);
    if (!report)
        return cmd.fail(report.error());
    cmd.out << Tr::tr("merged \"%1\" into \"%2\": %3 codings moved, %4 duplicates dropped, %5 subcodes moved")
                   .arg(cmd.positional(1), cmd.positional(2))
                   .arg(report->codingsMoved)
                   .arg(report->duplicatesDropped)
                   .arg(report->subcodesMoved)
            << '\n';
    return CommandLine::Success;
}

int runCodeDelete(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parseAndOpen(arguments, 2, 2, ProjectUse::Write))
        return *stop;
    auto code = cmd.findCode(cmd.positional(1));
    if (!code)
        return CommandLine::Failure;
    const qsizetype subcodes = cmd.codeTree().subtree(code->id).size() - 1;
    auto removed = cmd.project->deleteCode(code->id);
    if (!removed)
        return cmd.fail(removed.error());
    cmd.out
        << Tr::tr("deleted \"%1\" with %2 subcodes and %3 codings").arg(cmd.positional(1)).arg(subcodes).arg(*removed)
        << '\n';
    return CommandLine::Success;
}

/// Parses "START:END" in code points.
std::optional<std::pair<qint64, qint64>> parseRange(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    bool okStart = false;
    bool okEnd = false;
    const qint64 start = parts.at(0).trimmed().toLongLong(&okStart);
    const qint64 end = parts.at(1).trimmed().toLongLong(&okEnd);
    if (!okStart || !okEnd)
        return std::nullopt;
    return std::pair{start, end};
}

int runApply(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("The document's name."), QStringLiteral("NAME")});
    cmd.parser.addOption(
        {QStringLiteral("code"), Tr::tr("The code's path, e.g. Protection/Children."), QStringLiteral("PATH")});
    cmd.parser.addOption({QStringLiteral("range"),
                          Tr::tr("Code the characters START to END (code points, END exclusive)."),
                          QStringLiteral("START:END")});
    cmd.parser.addOption({QStringLiteral("match"), Tr::tr("Code every occurrence of TEXT."), QStringLiteral("TEXT")});
    cmd.parser.addOption({QStringLiteral("regex"),
                          Tr::tr("Code every match of the regular expression RE (PCRE syntax)."),
                          QStringLiteral("RE")});
    cmd.parser.addOption({QStringLiteral("ignore-case"), Tr::tr("With --match or --regex: ignore letter case.")});
    cmd.parser.addOption({QStringLiteral("coder"), Tr::tr("Who codes (default: $MARGINALIA_CODER or the login name)."),
                          QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("memo"), Tr::tr("A memo for each coding made."), QStringLiteral("TEXT")});
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (!cmd.parser.isSet(QStringLiteral("document")))
        return cmd.usage(Tr::tr("--document NAME is required."));
    if (!cmd.parser.isSet(QStringLiteral("code")))
        return cmd.usage(Tr::tr("--code PATH is required."));
    const int selectors = int(cmd.parser.isSet(QStringLiteral("range")))
        + int(cmd.parser.isSet(QStringLiteral("match"))) + int(cmd.parser.isSet(QStringLiteral("regex")));
    if (selectors != 1)
        return cmd.usage(Tr::tr("give exactly one of --range START:END, --match TEXT or --regex RE."));

    std::optional<std::pair<qint64, qint64>> range;
    if (cmd.parser.isSet(QStringLiteral("range"))) {
        range = parseRange(cmd.parser.value(QStringLiteral("range")));
        if (!range)
            return cmd.usage(Tr::tr("--range takes START:END in characters, e.g. --range 120:245."));
    }
    const Qt::CaseSensitivity sensitivity
        = cmd.parser.isSet(QStringLiteral("ignore-case")) ? Qt::CaseInsensitive : Qt::CaseSensitive;
    QRegularExpression pattern;
    if (cmd.parser.isSet(QStringLiteral("regex"))) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (sensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        pattern = QRegularExpression(cmd.parser.value(QStringLiteral("regex")), options);
        if (!pattern.isValid()) {
            return cmd.usage(Tr::tr("the regular expression \"%1\" is invalid at position %2: %3")
                                 .arg(pattern.pattern())
                                 .arg(pattern.patternErrorOffset())
                                 .arg(pattern.errorString()));
        }
    }
    if (cmd.parser.isSet(QStringLiteral("match")) && cmd.parser.value(QStringLiteral("match")).isEmpty())
        return cmd.usage(Tr::tr("--match needs some text."));

    if (auto stop = cmd.open(ProjectUse::Write))
        return *stop;
    const auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
    if (!document)
        return CommandLine::Failure;
    const auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
    if (!code)
        return CommandLine::Failure;
    if (!code->codable) {
        return cmd.fail(Tr::tr("\"%1\" is a folder of codes and is not applied to text; apply one of its subcodes.")
                            .arg(cmd.codeTree().path(code->id)));
    }

    // Work out the ranges before touching the project: a bad range must not leave a new coder behind.
    QList<TextRange> ranges;
    if (range) {
        if (range->first < 0 || range->second <= range->first || range->second > document->length) {
            return cmd.fail(Tr::tr("the range %1:%2 is not inside \"%3\", which has characters 0:%4; a range needs "
                                   "0 <= START < END <= %4.")
                                .arg(QString::number(range->first), QString::number(range->second), document->name,
                                     QString::number(document->length)));
        }
        ranges.append({range->first, range->second});
    } else {
        auto text = cmd.project->documentText(document->id);
        if (!text)
            return cmd.fail(text.error());
        ranges = cmd.parser.isSet(QStringLiteral("match"))
            ? TextSearch::phrase(*text, cmd.parser.value(QStringLiteral("match")), sensitivity)
            : TextSearch::pattern(*text, pattern);
    }
    if (ranges.isEmpty()) {
        cmd.out << Tr::tr("no match in \"%1\"; 0 codings made.").arg(document->name) << '\n';
        return CommandLine::Success;
    }

    const QString coderName
        = (cmd.parser.isSet(QStringLiteral("coder")) ? cmd.parser.value(QStringLiteral("coder")) : defaultCoderName())
              .trimmed();
    if (coderName.isEmpty())
        return cmd.fail(Tr::tr("A coder needs a name."));
    QList<NewCoding> codings;
    for (const TextRange &found : std::as_const(ranges))
        codings.append(
            {document->id, code->id, 0, found.start, found.end, cmd.parser.value(QStringLiteral("memo")), {}, {}});
    // The coder, when new, and the codings in one transaction: nothing half done if the disk fills.
    auto made = cmd.project->addCodingsAs(coderName, codings);
    if (!made)
        return cmd.fail(made.error());
    const qint64 added = made->codings.size();
    // Spelled out, not through Tr::tr(): lupdate takes the context of a free function from its namespace.
    cmd.out << QCoreApplication::translate("Marginalia::Cli::CommandLine", "%n coding(s) made: \"%1\" in \"%2\" by %3",
                                           nullptr, int(added))
                   .arg(cmd.codeTree().path(code->id), document->name, coderName);
    if (added < ranges.size())
        cmd.out << Tr::tr(" (%1 existed already)").arg(ranges.size() - added);
    cmd.out << '\n';
    return CommandLine::Success;
}

int runMemo(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("The memo of this document."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("code"), Tr::tr("The memo of this code."), QStringLiteral("PATH")});
    cmd.parser.addOption(
        {QStringLiteral("coding"), Tr::tr("The memo of the coding with this GUID."), QStringLiteral("GUID")});
    if (auto stop = cmd.parse(arguments, 1, 2))
        return *stop;
    const int targets = int(cmd.parser.isSet(QStringLiteral("document")))
        + int(cmd.parser.isSet(QStringLiteral("code"))) + int(cmd.parser.isSet(QStringLiteral("coding")));
    if (targets > 1)
        return cmd.usage(Tr::tr("give at most one of --document, --code, --coding (none: the project memo)."));
    const bool setting = cmd.parser.positionalArguments().size() == 2;
    if (auto stop = cmd.open(setting ? ProjectUse::Write : ProjectUse::Read))
        return *stop;
    const QString text = cmd.positional(1);

    MemoTarget target{MemoTarget::Kind::Project, 0};
    if (cmd.parser.isSet(QStringLiteral("document"))) {
        auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
        if (!document)
            return CommandLine::Failure;
        target = {MemoTarget::Kind::Document, document->id};
    } else if (cmd.parser.isSet(QStringLiteral("code"))) {
        auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
        if (!code)
            return CommandLine::Failure;
        target = {MemoTarget::Kind::Code, code->id};
    } else if (cmd.parser.isSet(QStringLiteral("coding"))) {
        const QString guid = cmd.parser.value(QStringLiteral("coding")).trimmed();
        const auto found = cmd.project->codingByGuid(guid);
        if (!found)
            return cmd.fail(
                Tr::tr("%1: there is no coding with GUID %2; \"marginalia-cli excerpts --format csv\" lists them.")
                    .arg(cmd.project->filePath(), guid));
        target = {MemoTarget::Kind::Coding, found->id};
    }
    const QString current = cmd.project->memo(target);
    if (setting) {
        if (auto status = cmd.project->setMemo(target, text); !status)
            return cmd.fail(status.error());
    }
    if (setting)
        cmd.out << Tr::tr("memo saved") << '\n';
    else
        cmd.out << current << (current.endsWith(u'\n') || current.isEmpty() ? "" : "\n");
    return CommandLine::Success;
}

int runCoders(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parseAndOpen(arguments, 1, 1, ProjectUse::Read))
        return *stop;
    for (const Coder &coder : cmd.project->coders())
        cmd.out << coder.name << '\n';
    return CommandLine::Success;
}

/// The coders of --coders A,B,... (names, comma-separated); empty when not given.
std::optional<QList<Coder>> codersOption(Invocation &cmd, int atLeast)
{
    QList<Coder> coders;
    if (!cmd.parser.isSet(QStringLiteral("coders")))
        return coders;
    const QStringList names = cmd.parser.value(QStringLiteral("coders")).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        auto coder = cmd.findCoder(name.trimmed());
        if (!coder)
            return std::nullopt;
        coders.append(*coder);
    }
    if (coders.size() < atLeast) {
        cmd.usage(Tr::tr("--coders needs at least %1 names, separated by commas.").arg(atLeast));
        return std::nullopt;
    }
    return coders;
}

/// A statistic for a terminal: 4 decimals, or "n/a" with the reason kept for the footnotes.
QString statisticCell(const Statistic &statistic, QStringList &reasons)
{
    if (statistic.value)
        return QString::number(*statistic.value, 'f', CsvExport::StatisticDecimals);
    if (!reasons.contains(statistic.undefinedReason))
        reasons.append(statistic.undefinedReason);
    return QStringLiteral("n/a") + QString(qsizetype(reasons.indexOf(statistic.undefinedReason) + 1), u'*');
}

int runAgreement(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("coders"),
                          Tr::tr("The coders to compare, comma-separated (default: everyone who coded)."),
                          QStringLiteral("A,B,...")});
    cmd.parser.addOption({QStringLiteral("code"), Tr::tr("Only this code."), QStringLiteral("PATH")});
    cmd.parser.addOption({QStringLiteral("include-subcodes"), Tr::tr("A code covers what its subcodes cover too.")});
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("Only this document."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("by"),
                          Tr::tr("One row per code (default, pooled over the documents) or per code and document."),
                          QStringLiteral("GROUP"), QStringLiteral("code")});
    cmd.addScopeOptions();
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    const QString by = cmd.parser.value(QStringLiteral("by"));
    if (by != QLatin1String("code") && by != QLatin1String("document"))
        return cmd.usage(Tr::tr("unknown grouping \"%1\"; use --by code or document.").arg(by));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    AgreementRequest request;
    if (auto stop = cmd.resolveScope(request.documentIds))
        return *stop;
    const auto coders = codersOption(cmd, 2);
    if (!coders)
        return CommandLine::Failure;
    for (const Coder &coder : *coders)
        request.coderIds.append(coder.id);
    if (cmd.parser.isSet(QStringLiteral("code"))) {
        auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
        if (!code)
            return CommandLine::Failure;
        request.codeId = code->id;
    }
    request.includeSubcodes = cmd.parser.isSet(QStringLiteral("include-subcodes"));
    if (cmd.parser.isSet(QStringLiteral("document"))) {
        auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
        if (!document)
            return CommandLine::Failure;
        request.documentId = document->id;
    }
    request.documentRows = by == QLatin1String("document");
    auto agreement = CoderAgreement::compute(*cmd.project, request);
    if (!agreement)
        return cmd.fail(agreement.error());
    QStringList names;
    for (const Coder &coder : std::as_const(agreement->coders))
        names.append(coder.name);
    const QString coderList = names.join(u';');
    const bool byDocument = by == QLatin1String("document");
    const QList<AgreementRow> &rows = byDocument ? agreement->byDocument : agreement->byCode;
    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput([&](QIODevice *device) {
            return byDocument ? CsvExport::writeAgreementByDocument(rows, coderList, device, options)
                              : CsvExport::writeAgreementByCode(rows, coderList, device, options);
        });
    }
    QStringList headers = byDocument ? CsvExport::agreementByDocumentColumns() : CsvExport::agreementByCodeColumns();
    headers.removeAll(QStringLiteral("coders")); // said once, above the table
    for (QString &header : headers)
        header.replace(u'_', u' ');
    QList<bool> right(headers.size(), true);
    right[0] = false;
    if (byDocument)
        right[1] = false;
    TextTable table(headers, right);
    QStringList reasons;
    for (const AgreementRow &row : rows) {
        QStringList cells;
        if (byDocument)
            cells << row.document << row.codePath;
        else
            cells << row.codePath << QString::number(row.documents);
        cells << QString::number(row.characters) << statisticCell(row.percentAgreement, reasons)
              << statisticCell(row.cohenKappa, reasons) << statisticCell(row.fleissKappa, reasons)
              << statisticCell(row.krippendorffAlpha, reasons) << statisticCell(row.unitizingAlpha, reasons);
        table.addRow(cells);
    }
    cmd.out << Tr::tr("coders: %1").arg(names.join(QLatin1String(", "))) << '\n';
    const int status = cmd.writeTable(table);
    for (qsizetype i = 0; i < reasons.size(); ++i)
        cmd.out << QString(i + 1, u'*') << QStringLiteral(" n/a: ") << reasons.at(i) << '\n';
    return status;
}

int runHandout(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The students' copy to write (a new file)."));
    cmd.parser.addOption({QStringLiteral("without-coder"),
                          Tr::tr("Leave this coder's codings out (repeat for several): the key, so coding is blind."),
                          QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("without-codings"), Tr::tr("Leave every coding and coder out.")});
    cmd.parser.addOption({QStringLiteral("without-memos"), Tr::tr("Leave every memo out.")});
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    if (isServerPath(cmd.positional(1)))
        return cmd.fail(Tr::tr("%1: a hand-out is written to a new project file; to share it on a server, push that "
                               "file (marginalia-cli push FILE URL).")
                            .arg(cmd.shown(1)));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    HandoutOptions options;
    options.withoutCoders = cmd.parser.values(QStringLiteral("without-coder"));
    options.withoutCodings = cmd.parser.isSet(QStringLiteral("without-codings"));
    options.withoutMemos = cmd.parser.isSet(QStringLiteral("without-memos"));
    auto handout = ProjectHandout::write(*cmd.project, cmd.positional(1), options);
    if (!handout)
        return cmd.fail(handout.error());
    cmd.out << Tr::tr("wrote %1: %2 documents, %3 codes, %4 codings kept")
                   .arg(cmd.positional(1))
                   .arg(handout->documents)
                   .arg(handout->codes)
                   .arg(handout->codingsKept)
            << '\n';
    if (!handout->codersLeftOut.isEmpty()) {
        cmd.out << Tr::tr("left out: %1 (%2 codings)")
                       .arg(handout->codersLeftOut.join(QStringLiteral(", ")))
                       .arg(handout->codingsLeftOut)
                << '\n';
    }
    return CommandLine::Success;
}

int runMerge(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                     Tr::tr("Projects to merge into TARGET: .marginalia files or REFI-QDA .qdpx."),
                                     QStringLiteral("SOURCE..."));
    if (auto stop = cmd.parseAndOpen(arguments, 2, -1, ProjectUse::Write))
        return *stop;
    const QStringList sources = cmd.parser.positionalArguments().mid(1);
    QList<MergeSummary> summaries;
    // All sources in one transaction: a class's merge happens whole or not at all.
    const Status merged = cmd.project->transact(Tr::tr("merging %1 projects").arg(sources.size()), [&]() -> Status {
        for (const QString &source : sources) {
            // ProjectMerge::mergeFile() reads files (and REFI-QDA archives); a server project is opened here.
            Result<MergeSummary> summary = Error{QString()};
            if (isServerPath(source)) {
                auto opened = Project::open(source, Project::Access::ReadOnly);
                if (!opened)
                    return Error{opened.error()};
                summary = ProjectMerge::merge(*cmd.project, **opened, (*opened)->filePath());
            } else {
                summary = ProjectMerge::mergeFile(*cmd.project, source);
            }
            if (!summary)
                return Error{summary.error()};
            summaries.append(*summary);
        }
        return success();
    });
    if (!merged)
        return cmd.fail(Tr::tr("%1 (nothing was merged)").arg(merged.error()));
    qint64 conflicts = 0;
    for (const MergeSummary &summary : std::as_const(summaries)) {
        for (const QString &line : ProjectMerge::describe(summary))
            cmd.out << line << '\n';
        conflicts += summary.conflicts.size();
    }
    cmd.out << Tr::tr("merged %1 projects into %2; %3 conflicts reported")
                   .arg(sources.size())
                   .arg(cmd.projectShown())
                   .arg(conflicts)
            << '\n';
    return CommandLine::Success;
}

int runScore(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption(
        {QStringLiteral("key"), Tr::tr("The coder whose codings are the key."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("coders"),
                          Tr::tr("The coders to score, comma-separated (default: everyone but the key who coded)."),
                          QStringLiteral("A,B,...")});
    cmd.parser.addOption({QStringLiteral("code"), Tr::tr("Only this code."), QStringLiteral("PATH")});
    cmd.parser.addOption({QStringLiteral("include-subcodes"), Tr::tr("A code covers what its subcodes cover too.")});
    cmd.parser.addOption({QStringLiteral("report"),
                          Tr::tr("Also write the class report: a printable HTML page with the table and a chart."),
                          QStringLiteral("FILE")});
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (!cmd.parser.isSet(QStringLiteral("key")))
        return cmd.usage(Tr::tr("score needs --key NAME: the coder whose codings are the key."));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    auto key = cmd.findCoder(cmd.parser.value(QStringLiteral("key")));
    if (!key)
        return CommandLine::Failure;
    const auto coders = codersOption(cmd, 1);
    if (!coders)
        return CommandLine::Failure;
    QList<qint64> students;
    for (const Coder &coder : *coders)
        students.append(coder.id);
    qint64 codeId = 0;
    if (cmd.parser.isSet(QStringLiteral("code"))) {
        auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
        if (!code)
            return CommandLine::Failure;
        codeId = code->id;
    }
    auto scores = StudentScores::compute(*cmd.project, key->id, students, codeId,
                                         cmd.parser.isSet(QStringLiteral("include-subcodes")));
    if (!scores)
        return cmd.fail(scores.error());
    if (cmd.parser.isSet(QStringLiteral("report"))) {
        const QString report = cmd.parser.value(QStringLiteral("report"));
        const Status written = AtomicFile::write(report, [&](QIODevice *file) {
            return ClassReport::writeHtml(*scores, cmd.project->name(), key->name, file);
        });
        if (!written)
            return cmd.fail(written.error());
    }
    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput([&](QIODevice *device) { return CsvExport::writeScores(*scores, device, options); });
    }
    QStringList headers = CsvExport::scoreColumns();
    for (QString &header : headers)
        header.replace(u'_', u' ');
    QList<bool> right(headers.size(), true);
    right[0] = false;
    right[1] = false;
    TextTable table(headers, right);
    QStringList reasons;
    for (const ScoreRow &row : std::as_const(*scores)) {
        table.addRow({row.coder, row.codePath.isEmpty() ? Tr::tr("(all codes)") : row.codePath,
                      QString::number(row.documents), QString::number(row.characters),
                      statisticCell(row.percentAgreement, reasons), statisticCell(row.cohenKappa, reasons),
                      statisticCell(row.unitizingAlpha, reasons), statisticCell(row.precision, reasons),
                      statisticCell(row.recall, reasons)});
    }
    cmd.out << Tr::tr("key: %1").arg(key->name) << '\n';
    const int status = cmd.writeTable(table);
    for (qsizetype i = 0; i < reasons.size(); ++i)
        cmd.out << QString(i + 1, u'*') << QStringLiteral(" n/a: ") << reasons.at(i) << '\n';
    return status;
}

int runDisagreements(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("coders"), Tr::tr("The two coders to compare: A,B."), QStringLiteral("A,B")});
    cmd.parser.addOption({QStringLiteral("code"), Tr::tr("Only this code."), QStringLiteral("PATH")});
    cmd.parser.addOption({QStringLiteral("include-subcodes"), Tr::tr("A code covers what its subcodes cover too.")});
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("Only this document."), QStringLiteral("NAME")});
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (!cmd.parser.isSet(QStringLiteral("coders")))
        return cmd.usage(Tr::tr("disagreements needs --coders A,B: the two coders to compare."));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    const auto coders = codersOption(cmd, 2);
    if (!coders)
        return CommandLine::Failure;
    if (coders->size() != 2)
        return cmd.usage(Tr::tr("--coders takes exactly two names for disagreements, e.g. --coders alice,bob."));
    qint64 codeId = 0;
    if (cmd.parser.isSet(QStringLiteral("code"))) {
        auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
        if (!code)
            return CommandLine::Failure;
        codeId = code->id;
    }
    qint64 documentId = 0;
    if (cmd.parser.isSet(QStringLiteral("document"))) {
        auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
        if (!document)
            return CommandLine::Failure;
        documentId = document->id;
    }
    auto rows = CoderAgreement::disagreements(*cmd.project, coders->at(0).id, coders->at(1).id, codeId,
                                              cmd.parser.isSet(QStringLiteral("include-subcodes")), documentId);
    if (!rows)
        return cmd.fail(rows.error());
    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput(
            [&](QIODevice *device) { return CsvExport::writeDisagreements(*rows, device, options); });
    }
    return cmd.writeOutput([&](QIODevice *device) {
        QTextStream stream(device);
        for (const Disagreement &row : std::as_const(*rows)) {
            stream << row.document << "  " << row.start << ':' << row.end << "  " << row.codePath << "  "
                   << Tr::tr("only %1").arg(row.codedBy) << '\n';
            QString text = row.text;
            text.replace(u'\n', QStringLiteral("\n    "));
            stream << "    " << text << "\n\n";
        }
        stream << Tr::tr("disagreements: %1").arg(rows->size()) << '\n';
        return success();
    });
}

int runFrequencies(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("by"), Tr::tr("Group by code (default), document or coder."),
                          QStringLiteral("GROUP"), QStringLiteral("code")});
    cmd.parser.addOption({QStringLiteral("coder"), Tr::tr("Count only this coder's codings."), QStringLiteral("NAME")});
    cmd.addScopeOptions();
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    const QString by = cmd.parser.value(QStringLiteral("by"));
    if (by != QLatin1String("code") && by != QLatin1String("document") && by != QLatin1String("coder"))
        return cmd.usage(Tr::tr("unknown grouping \"%1\"; use --by code, document or coder.").arg(by));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    qint64 coderId = 0;
    if (cmd.parser.isSet(QStringLiteral("coder"))) {
        auto coder = cmd.findCoder(cmd.parser.value(QStringLiteral("coder")));
        if (!coder)
            return CommandLine::Failure;
        coderId = coder->id;
    }
    std::optional<QSet<qint64>> scope;
    if (auto stop = cmd.resolveScope(scope))
        return *stop;
    auto frequencies = Frequencies::compute(*cmd.project, coderId, scope);
    if (!frequencies)
        return cmd.fail(frequencies.error());

    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput([&](QIODevice *device) {
            if (by == QLatin1String("document"))
                return CsvExport::writeFrequenciesByDocument(*frequencies, device, options);
            if (by == QLatin1String("coder"))
                return CsvExport::writeFrequenciesByCoder(*frequencies, device, options);
            return CsvExport::writeFrequenciesByCode(*frequencies, device, options);
        });
    }
    auto headers = [](const QStringList &columns) {
        QStringList result = columns;
        for (QString &column : result)
            column.replace(u'_', u' ');
        return result;
    };
    std::unique_ptr<TextTable> table;
    if (by == QLatin1String("document")) {
        table = std::make_unique<TextTable>(headers(CsvExport::frequencyByDocumentColumns()),
                                            QList<bool>{false, false, true, true});
        for (const auto &row : std::as_const(frequencies->byDocument))
            table->addRow({row.document, row.codePath, QString::number(row.codings), QString::number(row.characters)});
    } else if (by == QLatin1String("coder")) {
        table = std::make_unique<TextTable>(headers(CsvExport::frequencyByCoderColumns()),
                                            QList<bool>{false, false, true, true, true});
        for (const auto &row : std::as_const(frequencies->byCoder)) {
            table->addRow({row.coder, row.codePath, QString::number(row.codings), QString::number(row.documents),
                           QString::number(row.characters)});
        }
    } else {
        table = std::make_unique<TextTable>(headers(CsvExport::frequencyByCodeColumns()),
                                            QList<bool>{false, true, true, true, true, true});
        for (const auto &row : std::as_const(frequencies->byCode)) {
            table->addRow({row.codePath, QString::number(row.codings), QString::number(row.documents),
                           QString::number(row.characters), QString::number(row.codingsInclSubcodes),
                           QString::number(row.documentsInclSubcodes)});
        }
    }
    return cmd.writeTable(*table);
}

int runMatrix(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("rows"),
                          Tr::tr("What the rows are: codes (the default and, for now, the only "
                                 "choice)."),
                          QStringLiteral("KIND"), QStringLiteral("codes")});
    cmd.parser.addOption({QStringLiteral("columns"),
                          Tr::tr("What the columns are: documents (default), attribute:NAME (one per value of the "
                                 "documents' attribute NAME), cases, case-attribute:NAME (one per value of the cases' "
                                 "attribute NAME), or codes for co-occurrence."),
                          QStringLiteral("KIND"), QStringLiteral("documents")});
    cmd.parser.addOption({QStringLiteral("cell"),
                          Tr::tr("What a cell counts: codings (default), documents, characters or presence (0/1)."),
                          QStringLiteral("MEASURE"), QStringLiteral("codings")});
    cmd.parser.addOption(
        {QStringLiteral("cooccurrence"),
         Tr::tr("With --columns codes: when two codings co-occur: overlap (default), within:N (at most N "
                "characters apart) or paragraph (in a common paragraph)."),
         QStringLiteral("MODE"), QStringLiteral("overlap")});
    cmd.parser.addOption({QStringLiteral("include-subcodes"),
                          Tr::tr("A code's row (and column) counts the codings of its subcodes too.")});
    cmd.parser.addOption({QStringLiteral("coder"), Tr::tr("Count only this coder's codings."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("code-set"),
                          Tr::tr("Only the codes of this code set as rows (and, with --columns codes, as columns)."),
                          QStringLiteral("NAME")});
    cmd.addScopeOptions();
    cmd.addOutputOptions(Invocation::Xlsx::Yes);
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;

    CodeMatrix::Spec spec;
    const QString rows = cmd.parser.value(QStringLiteral("rows"));
    if (rows != QLatin1String("codes"))
        return cmd.usage(Tr::tr("unknown row kind \"%1\"; use --rows codes.").arg(rows));
    const QString columns = cmd.parser.value(QStringLiteral("columns"));
    QString attributeName;
    AttributeTarget attributeTarget = AttributeTarget::Document;
    if (columns == QLatin1String("documents"))
        spec.columns = CodeMatrix::ColumnKind::Documents;
    else if (columns == QLatin1String("codes"))
        spec.columns = CodeMatrix::ColumnKind::Codes;
    else if (columns.startsWith(QLatin1String("attribute:")) && columns.size() > 10)
        attributeName = columns.mid(10);
    else if (columns.startsWith(QLatin1String("case-attribute:")) && columns.size() > 15) {
        attributeName = columns.mid(15);
        attributeTarget = AttributeTarget::Case;
    } else if (columns != QLatin1String("cases"))
        return cmd.usage(Tr::tr("unknown column kind \"%1\"; use --columns documents, attribute:NAME, cases, "
                                "case-attribute:NAME or codes.")
                             .arg(columns));
    const QString cell = cmd.parser.value(QStringLiteral("cell"));
    if (cell == QLatin1String("codings"))
        spec.measure = CodeMatrix::Measure::Codings;
    else if (cell == QLatin1String("documents"))
        spec.measure = CodeMatrix::Measure::Documents;
    else if (cell == QLatin1String("characters"))
        spec.measure = CodeMatrix::Measure::Characters;
    else if (cell == QLatin1String("presence"))
        spec.measure = CodeMatrix::Measure::Presence;
    else
        return cmd.usage(
            Tr::tr("unknown cell measure \"%1\"; use codings, documents, characters or presence.").arg(cell));
    if (cmd.parser.isSet(QStringLiteral("cooccurrence"))) {
        if (spec.columns != CodeMatrix::ColumnKind::Codes)
            return cmd.usage(Tr::tr("--cooccurrence needs --columns codes."));
        const QString mode = cmd.parser.value(QStringLiteral("cooccurrence"));
        static const QRegularExpression within(QStringLiteral("^within:(\\d+)$"));
        const QRegularExpressionMatch near = within.match(mode);
        bool ok = true;
        if (mode == QLatin1String("overlap")) {
            spec.cooccurrence = CodeMatrix::Cooccurrence::Overlap;
        } else if (mode == QLatin1String("paragraph")) {
            spec.cooccurrence = CodeMatrix::Cooccurrence::SameParagraph;
        } else if (near.hasMatch()) {
            spec.cooccurrence = CodeMatrix::Cooccurrence::Within;
            spec.distance = near.captured(1).toLongLong(&ok);
        } else {
            ok = false;
        }
        if (!ok)
            return cmd.usage(Tr::tr("unknown co-occurrence \"%1\"; use overlap, within:N (N characters, 0 or more) or "
                                    "paragraph.")
                                 .arg(mode));
    }
    spec.includeSubcodes = cmd.parser.isSet(QStringLiteral("include-subcodes"));
    const QString format = cmd.parser.value(QStringLiteral("format"));
    if (format == QLatin1String("xlsx") && !cmd.parser.isSet(QStringLiteral("output")))
        return cmd.usage(Tr::tr("--format xlsx writes a workbook: give the file with --output."));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("coder"))) {
        auto coder = cmd.findCoder(cmd.parser.value(QStringLiteral("coder")));
        if (!coder)
            return CommandLine::Failure;
        spec.coderId = coder->id;
    }
    if (auto stop = cmd.resolveScope(spec.documents))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("code-set"))) {
        const auto set = cmd.project->codeSetByName(cmd.parser.value(QStringLiteral("code-set")));
        if (!set)
            return cmd.fail(Tr::tr("There is no code set \"%1\"; \"marginalia-cli sets --codes\" lists them.")
                                .arg(cmd.parser.value(QStringLiteral("code-set"))));
        spec.codes = QSet<qint64>(set->codeIds.cbegin(), set->codeIds.cend());
    }
    if (columns == QLatin1String("cases")) {
        // One column per case: its documents, or the passages of them assigned to it.
        if (cmd.project->cases().isEmpty())
            return cmd.fail(Tr::tr("%1 has no cases yet: add them with \"marginalia-cli cases\", or use --columns "
                                   "attribute:NAME to group documents by an attribute.")
                                .arg(cmd.project->filePath()));
        spec.columns = CodeMatrix::ColumnKind::Groups;
        spec.groups = MatrixGroups::ofCases(*cmd.project);
    }
    if (!attributeName.isEmpty()) {
        // One column per value, in the value's order; documents (cases) without a value are in no column.
        auto groups = MatrixGroups::ofAttribute(*cmd.project, attributeName, attributeTarget);
        if (!groups)
            return cmd.fail(groups.error());
        spec.columns = CodeMatrix::ColumnKind::Groups;
        spec.groups = std::move(*groups);
    }
    auto matrix = CodeMatrix::compute(*cmd.project, spec);
    if (!matrix)
        return cmd.fail(matrix.error());

    if (format == QLatin1String("xlsx")) {
        // A workbook is a ZIP archive, written all at once or not at all by XlsxMatrix itself.
        if (auto written = XlsxMatrix::writeFile(*matrix, cmd.parser.value(QStringLiteral("output"))); !written)
            return cmd.fail(written.error());
        return CommandLine::Success;
    }
    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput([&](QIODevice *device) { return CsvExport::writeMatrix(*matrix, device, options); });
    }
    QStringList headers = CsvExport::matrixColumns(*matrix);
    headers[0] = QStringLiteral("code path"); // as the frequencies table heads it
    QList<bool> numeric(headers.size(), true);
    numeric[0] = false;
    TextTable table(headers, numeric);
    const qsizetype width = matrix->columns.size();
    auto addRow = [&](const QString &label, const QList<qint64> &cells, qint64 total) {
        QStringList fields{label};
        for (qint64 value : cells)
            fields.append(QString::number(value));
        fields.append(QString::number(total));
        table.addRow(fields);
    };
    for (qsizetype r = 0; r < matrix->rows.size(); ++r)
        addRow(matrix->rows.at(r).codePath, matrix->cells.mid(r * width, width), matrix->rowTotals.at(r));
    addRow(QStringLiteral("total"), matrix->columnTotals, matrix->total);
    return cmd.writeTable(table);
}

int runExcerpts(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("code"), Tr::tr("Only codings of this code."), QStringLiteral("PATH")});
    cmd.parser.addOption(
        {QStringLiteral("include-subcodes"), Tr::tr("With --code: also the codings of its subcodes.")});
    cmd.parser.addOption({QStringLiteral("coder"), Tr::tr("Only this coder's codings."), QStringLiteral("NAME")});
    cmd.parser.addOption(
        {QStringLiteral("document"), Tr::tr("Only codings in this document."), QStringLiteral("NAME")});
    cmd.addScopeOptions();
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("include-subcodes")) && !cmd.parser.isSet(QStringLiteral("code")))
        return cmd.usage(Tr::tr("--include-subcodes goes with --code PATH."));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;

    CodingFilter filter;
    if (cmd.parser.isSet(QStringLiteral("code"))) {
        auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
        if (!code)
            return CommandLine::Failure;
        filter.codeId = code->id;
        filter.includeSubcodes = cmd.parser.isSet(QStringLiteral("include-subcodes"));
    }
    if (cmd.parser.isSet(QStringLiteral("coder"))) {
        auto coder = cmd.findCoder(cmd.parser.value(QStringLiteral("coder")));
        if (!coder)
            return CommandLine::Failure;
        filter.coderId = coder->id;
    }
    if (cmd.parser.isSet(QStringLiteral("document"))) {
        auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
        if (!document)
            return CommandLine::Failure;
        filter.documentId = document->id;
    }
    if (auto stop = cmd.resolveScope(filter.documentIds))
        return *stop;

    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput(
            [&](QIODevice *device) { return CsvExport::writeExcerpts(*cmd.project, filter, device, options); });
    }
    return cmd.writeOutput([&](QIODevice *device) {
        QTextStream stream(device);
        qint64 count = 0;
        auto status = ExcerptReader::forEach(*cmd.project, filter, [&](const Excerpt &excerpt) {
            ++count;
            stream << QString::fromUtf8(excerpt.document) << "  " << excerpt.start << ':' << excerpt.end << "  ";
            if (excerpt.firstPage > 0) {
                stream << (excerpt.lastPage > excerpt.firstPage ? Tr::tr("pp. %1") : Tr::tr("p. %1"))
                              .arg(ExcerptReader::pageRange(excerpt))
                       << "  ";
            }
            stream << QString::fromUtf8(excerpt.codePath) << "  " << QString::fromUtf8(excerpt.coder) << '\n';
            QString text = QString::fromUtf8(excerpt.text);
            text.replace(u'\n', QStringLiteral("\n    "));
            stream << "    " << text << '\n';
            if (!excerpt.memo.isEmpty())
                stream << "    " << Tr::tr("memo: %1").arg(QString::fromUtf8(excerpt.memo)) << '\n';
            stream << '\n';
            return true;
        });
        stream << Tr::tr("excerpts: %1").arg(count) << '\n';
        return status;
    });
}

int runReport(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("OUT.html"),
                                     Tr::tr("The report to write (an HTML page; an existing file is replaced)."));
    cmd.parser.addOption({QStringLiteral("code"),
                          Tr::tr("List this code's excerpts (repeat for several; without it, no excerpts)."),
                          QStringLiteral("PATH")});
    cmd.parser.addOption(
        {QStringLiteral("include-subcodes"), Tr::tr("With --code: also the excerpts of its subcodes.")});
    cmd.parser.addOption({QStringLiteral("max-excerpts"),
                          Tr::tr("At most N excerpts per code (default 0: all of them)."), QStringLiteral("N"),
                          QStringLiteral("0")});
    cmd.parser.addOption({QStringLiteral("coders"),
                          Tr::tr("The coders whose agreement is reported, comma-separated (default: everyone who "
                                 "coded, when that is two or more)."),
                          QStringLiteral("A,B,...")});
    cmd.parser.addOption({QStringLiteral("no-agreement"), Tr::tr("Leave the agreement between coders out.")});
    cmd.addScopeOptions();
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("include-subcodes")) && !cmd.parser.isSet(QStringLiteral("code")))
        return cmd.usage(Tr::tr("--include-subcodes goes with --code PATH."));
    bool numeric = false;
    const int maxExcerpts = cmd.parser.value(QStringLiteral("max-excerpts")).toInt(&numeric);
    if (!numeric || maxExcerpts < 0)
        return cmd.usage(Tr::tr("--max-excerpts needs a number, 0 or more; got \"%1\".")
                             .arg(cmd.parser.value(QStringLiteral("max-excerpts"))));
    const QString out = cmd.positional(1);
    if (isServerPath(out))
        return cmd.usage(
            Tr::tr("%1: the report is written to a file; give a file name such as report.html.").arg(cmd.shown(1)));
    if (QFileInfo(out).isDir())
        return cmd.fail(Tr::tr("%1 is a folder; give the report's file name, such as report.html.").arg(out));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;

    ProjectReportOptions options;
    for (const QString &path : cmd.parser.values(QStringLiteral("code"))) {
        auto code = cmd.findCode(path);
        if (!code)
            return CommandLine::Failure;
        if (!options.excerptCodeIds.contains(code->id))
            options.excerptCodeIds.append(code->id);
    }
    options.includeSubcodes = cmd.parser.isSet(QStringLiteral("include-subcodes"));
    options.maxExcerptsPerCode = maxExcerpts;
    options.includeAgreement = !cmd.parser.isSet(QStringLiteral("no-agreement"));
    const auto coders = codersOption(cmd, 2);
    if (!coders)
        return CommandLine::Failure;
    for (const Coder &coder : *coders)
        options.agreementCoderIds.append(coder.id);
    if (auto stop = cmd.resolveScope(options.documentIds))
        return *stop;
    // The set as the project spells it, not as typed (sets are found in any case).
    QString setName = cmd.parser.value(QStringLiteral("set"));
    if (const auto set = cmd.project->documentSetByName(setName))
        setName = set->name;
    options.scopeDescription = ProjectReport::describeScope(setName, cmd.parser.value(QStringLiteral("where")));
    options.howToChooseCodes = Tr::tr("Choose codes with --code PATH (marginalia-cli report --help).");
    options.generator = QStringLiteral("Marginalia ") + Core::versionString();

    ProjectReportSummary summary;
    const Status written = AtomicFile::write(out, [&](QIODevice *file) -> Status {
        auto report = ProjectReport::writeHtml(*cmd.project, options, file);
        if (!report)
            return Error{report.error()};
        summary = *report;
        return success();
    });
    if (!written)
        return cmd.fail(written.error()); // names the file
    // translate() with its context spelled out: lupdate files a free Tr::tr() here under another context
    // (docs/design/issue-17-reach.md §1.2), and the English plural would be lost.
    QString line
        = QCoreApplication::translate("Marginalia::Cli::CommandLine", "wrote %1: %n code(s), ", nullptr, summary.codes)
              .arg(out)
        + QCoreApplication::translate("Marginalia::Cli::CommandLine", "%n excerpt(s)", nullptr, int(summary.excerpts));
    if (summary.agreementCoders > 0) {
        line += QCoreApplication::translate("Marginalia::Cli::CommandLine", ", agreement of %n coder(s)", nullptr,
                                            summary.agreementCoders);
    }
    cmd.out << line << '\n';
    return CommandLine::Success;
}

int runAttributes(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("cases"),
                          Tr::tr("The cases' attributes instead of the documents': a first column \"case\"; --import "
                                 "adds the cases it names that the project does not have.")});
    cmd.parser.addOption(
        {QStringLiteral("import"),
         Tr::tr("Set the documents' attributes from a CSV: a column \"document\", then one per attribute "
                "(NAME or NAME:TYPE, TYPE text, number, date, yes/no or list). All or nothing."),
         QStringLiteral("FILE")});
    cmd.parser.addOption({QStringLiteral("export"),
                          Tr::tr("Write the documents' attributes to a CSV, in the form --import reads (- for standard "
                                 "output)."),
                          QStringLiteral("FILE")});
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    const bool importing = cmd.parser.isSet(QStringLiteral("import"));
    const bool exporting = cmd.parser.isSet(QStringLiteral("export"));
    if (importing && exporting)
        return cmd.usage(Tr::tr("give --import or --export, not both."));
    const AttributeTarget target
        = cmd.parser.isSet(QStringLiteral("cases")) ? AttributeTarget::Case : AttributeTarget::Document;
    if (auto stop = cmd.open(importing ? ProjectUse::Write : ProjectUse::Read))
        return *stop;
    if (importing) {
        auto report = AttributeCsv::importFile(*cmd.project, cmd.parser.value(QStringLiteral("import")), target);
        if (!report)
            return cmd.fail(report.error());
        cmd.out << (target == AttributeTarget::Case ? Tr::tr("%1 cases read; %2 values set, %3 removed")
                                                    : Tr::tr("%1 documents read; %2 values set, %3 removed"))
                       .arg(report->documents)
                       .arg(report->valuesSet)
                       .arg(report->valuesCleared)
                << '\n';
        if (!report->casesAdded.isEmpty())
            cmd.out << Tr::tr("cases added: %1").arg(report->casesAdded.join(QStringLiteral(", "))) << '\n';
        if (!report->attributesAdded.isEmpty())
            cmd.out << Tr::tr("attributes added: %1").arg(report->attributesAdded.join(QStringLiteral(", "))) << '\n';
        return CommandLine::Success;
    }
    if (exporting) {
        const QString path = cmd.parser.value(QStringLiteral("export"));
        CsvExport::Options options;
        if (path == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return cmd.fail(Tr::tr("cannot write to standard output"));
            cmd.out.flush();
            if (auto written = AttributeCsv::write(*cmd.project, &out, options, target); !written)
                return cmd.fail(written.error());
            return CommandLine::Success;
        }
        // All of it or, on an error, nothing: a table half written would import as a half.
        if (auto written = AtomicFile::write(
                path, [&](QIODevice *device) { return AttributeCsv::write(*cmd.project, device, options, target); });
            !written)
            return cmd.fail(written.error());
        return CommandLine::Success;
    }
    const QList<Attribute> attributes = cmd.project->attributes(target);
    QHash<qint64, qint64> documentsWithValue; // or cases
    if (target == AttributeTarget::Case) {
        for (const CaseAttributeValue &value : cmd.project->caseAttributeValues())
            ++documentsWithValue[value.attributeId];
    } else {
        for (const AttributeValue &value : cmd.project->attributeValues())
            ++documentsWithValue[value.attributeId];
    }
    TextTable table({Tr::tr("attribute"), Tr::tr("type"),
                     target == AttributeTarget::Case ? Tr::tr("cases") : Tr::tr("documents"), Tr::tr("values")},
                    {false, false, true, false});
    for (const Attribute &attribute : attributes) {
        table.addRow({attribute.name, AttributeTypes::name(attribute.type),
                      QString::number(documentsWithValue.value(attribute.id)),
                      attribute.allowedValues.join(QStringLiteral(", "))});
    }
    return cmd.writeTable(table, Tr::tr("attributes: %1").arg(attributes.size()),
                          {QStringLiteral("attribute"), QStringLiteral("type"),
                           target == AttributeTarget::Case ? QStringLiteral("cases") : QStringLiteral("documents"),
                           QStringLiteral("values")});
}

int runCases(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("add"), Tr::tr("Add a case of this name."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("remove"), Tr::tr("Remove the case of this name (not its documents)."),
                          QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("assign"), Tr::tr("Assign --document NAME (or a --range of it) to this case."),
                          QStringLiteral("CASE")});
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("With --assign: the document."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("range"),
                          Tr::tr("With --assign: only the passage START:END of the document (code points)."),
                          QStringLiteral("START:END")});
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    const int actions = int(cmd.parser.isSet(QStringLiteral("add"))) + int(cmd.parser.isSet(QStringLiteral("remove")))
        + int(cmd.parser.isSet(QStringLiteral("assign")));
    if (actions > 1)
        return cmd.usage(Tr::tr("give one of --add, --remove and --assign."));
    if (cmd.parser.isSet(QStringLiteral("assign")) != cmd.parser.isSet(QStringLiteral("document")))
        return cmd.usage(Tr::tr("--assign CASE goes with --document NAME."));
    CaseMember member;
    if (cmd.parser.isSet(QStringLiteral("range"))) {
        const QStringList bounds = cmd.parser.value(QStringLiteral("range")).split(u':');
        bool startOk = false;
        bool endOk = false;
        if (bounds.size() == 2) {
            member.start = bounds.at(0).toLongLong(&startOk);
            member.end = bounds.at(1).toLongLong(&endOk);
        }
        if (!startOk || !endOk || member.end <= member.start)
            return cmd.usage(Tr::tr("--range is START:END with START < END, e.g. 120:480."));
    }
    if (auto stop = cmd.open(actions > 0 ? ProjectUse::Write : ProjectUse::Read))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("add"))) {
        auto added = cmd.project->addCase(cmd.parser.value(QStringLiteral("add")));
        if (!added)
            return cmd.fail(added.error());
        return CommandLine::Success;
    }
    const auto namedCase = [&](const QString &option) -> std::optional<Case> {
        const auto found = cmd.project->caseByName(cmd.parser.value(option));
        if (!found)
            cmd.fail(Tr::tr("There is no case \"%1\".").arg(cmd.parser.value(option)));
        return found;
    };
    if (cmd.parser.isSet(QStringLiteral("remove"))) {
        const auto found = namedCase(QStringLiteral("remove"));
        if (!found)
            return CommandLine::Failure;
        if (auto removed = cmd.project->removeCase(found->id); !removed)
            return cmd.fail(removed.error());
        return CommandLine::Success;
    }
    if (cmd.parser.isSet(QStringLiteral("assign"))) {
        const auto found = namedCase(QStringLiteral("assign"));
        if (!found)
            return CommandLine::Failure;
        auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
        if (!document)
            return CommandLine::Failure;
        member.caseId = found->id;
        member.documentId = document->id;
        if (auto added = cmd.project->addCaseMember(member); !added)
            return cmd.fail(added.error());
        return CommandLine::Success;
    }
    QHash<qint64, QString> names;
    for (const DocumentName &document : cmd.project->documentNames())
        names.insert(document.id, document.name);
    QHash<qint64, QStringList> membersOf;
    for (const CaseMember &each : cmd.project->caseMembers()) {
        membersOf[each.caseId].append(
            each.end == 0
                ? names.value(each.documentId)
                : QStringLiteral("%1 [%2:%3]").arg(names.value(each.documentId)).arg(each.start).arg(each.end));
    }
    QHash<qint64, QString> attributeNames;
    for (const Attribute &attribute : cmd.project->attributes(AttributeTarget::Case))
        attributeNames.insert(attribute.id, attribute.name);
    QHash<qint64, QStringList> valuesOf;
    for (const CaseAttributeValue &value : cmd.project->caseAttributeValues())
        valuesOf[value.caseId].append(
            QStringLiteral("%1=%2").arg(attributeNames.value(value.attributeId), value.value));
    const QList<Case> cases = cmd.project->cases();
    TextTable table({Tr::tr("case"), Tr::tr("members"), Tr::tr("documents and passages"), Tr::tr("attributes")},
                    {false, true, false, false});
    for (const Case &each : cases) {
        const QStringList members = membersOf.value(each.id);
        table.addRow({each.name, QString::number(members.size()), members.join(QStringLiteral("; ")),
                      valuesOf.value(each.id).join(QStringLiteral("; "))});
    }
    return cmd.writeTable(table, Tr::tr("cases: %1").arg(cases.size()),
                          {QStringLiteral("case"), QStringLiteral("members"), QStringLiteral("documents_and_passages"),
                           QStringLiteral("attributes")});
}

int runSets(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption({QStringLiteral("add"), Tr::tr("Add a set of this name."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("where"),
                          Tr::tr("With --add: the set is the documents meeting CONDITION, whenever it is used."),
                          QStringLiteral("CONDITION")});
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("With --add: a document of the set (repeat for more)."),
                          QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("code"),
                          Tr::tr("With --add: a code of a code set (repeat for more); the set is then one of codes."),
                          QStringLiteral("PATH")});
    cmd.parser.addOption({QStringLiteral("remove"), Tr::tr("Remove the set of this name."), QStringLiteral("NAME")});
    cmd.parser.addOption(
        {QStringLiteral("codes"), Tr::tr("The sets of codes: list them, or with --remove remove one of them.")});
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    const bool adding = cmd.parser.isSet(QStringLiteral("add"));
    const bool removing = cmd.parser.isSet(QStringLiteral("remove"));
    const bool ofCodes = cmd.parser.isSet(QStringLiteral("codes")) || cmd.parser.isSet(QStringLiteral("code"));
    if (adding && removing)
        return cmd.usage(Tr::tr("give --add or --remove, not both."));
    if (adding && ofCodes
        && (cmd.parser.isSet(QStringLiteral("where")) || cmd.parser.isSet(QStringLiteral("document"))))
        return cmd.usage(Tr::tr("a set holds documents (--where, --document) or codes (--code), not both."));
    if (adding && !ofCodes && cmd.parser.isSet(QStringLiteral("where")) == cmd.parser.isSet(QStringLiteral("document")))
        return cmd.usage(Tr::tr("--add NAME needs --where CONDITION or its documents (--document NAME, repeated), or "
                                "its codes (--code PATH, repeated)."));
    if (auto stop = cmd.open(adding || removing ? ProjectUse::Write : ProjectUse::Read))
        return *stop;
    if (ofCodes) {
        if (adding) {
            QList<qint64> codes;
            for (const QString &path : cmd.parser.values(QStringLiteral("code"))) {
                auto code = cmd.findCode(path);
                if (!code)
                    return CommandLine::Failure;
                codes.append(code->id);
            }
            auto added = cmd.project->addCodeSet(cmd.parser.value(QStringLiteral("add")), codes);
            if (!added)
                return cmd.fail(added.error());
            cmd.out << Tr::tr("code set \"%1\" added: %2 codes").arg(added->name).arg(added->codeIds.size()) << '\n';
            return CommandLine::Success;
        }
        if (removing) {
            const auto set = cmd.project->codeSetByName(cmd.parser.value(QStringLiteral("remove")));
            if (!set)
                return cmd.fail(Tr::tr("There is no code set \"%1\".").arg(cmd.parser.value(QStringLiteral("remove"))));
            if (auto removed = cmd.project->removeCodeSet(set->id); !removed)
                return cmd.fail(removed.error());
            return CommandLine::Success;
        }
        const CodeTree &tree = cmd.codeTree();
        const QList<CodeSet> sets = cmd.project->codeSets();
        TextTable table({Tr::tr("code set"), Tr::tr("codes"), Tr::tr("code paths")}, {false, true, false});
        for (const CodeSet &set : sets) {
            QStringList members;
            for (qint64 codeId : set.codeIds)
                members.append(tree.path(codeId));
            table.addRow({set.name, QString::number(set.codeIds.size()), members.join(QStringLiteral("; "))});
        }
        return cmd.writeTable(table, Tr::tr("code sets: %1").arg(sets.size()),
                              {QStringLiteral("code_set"), QStringLiteral("codes"), QStringLiteral("code_paths")});
    }
    if (adding) {
        QList<qint64> documents;
        QString condition;
        if (cmd.parser.isSet(QStringLiteral("where"))) {
            condition = cmd.parser.value(QStringLiteral("where"));
            // Checked now, so that a misspelt attribute is said when the set is made, not when it is used.
            if (auto checked = DocumentCondition::parse(condition, cmd.project->attributes()); !checked)
                return cmd.fail(checked.error());
        }
        for (const QString &name : cmd.parser.values(QStringLiteral("document"))) {
            auto document = cmd.findDocument(name);
            if (!document)
                return CommandLine::Failure;
            documents.append(document->id);
        }
        auto added = cmd.project->addDocumentSet(cmd.parser.value(QStringLiteral("add")), documents, condition);
        if (!added)
            return cmd.fail(added.error());
        auto members = DocumentCondition::documentsOfSet(*cmd.project, added->name);
        cmd.out << Tr::tr("set \"%1\" added: %2 documents now").arg(added->name).arg(members ? members->size() : 0)
                << '\n';
        return CommandLine::Success;
    }
    if (removing) {
        const auto set = cmd.project->documentSetByName(cmd.parser.value(QStringLiteral("remove")));
        if (!set)
            return cmd.fail(Tr::tr("There is no set \"%1\".").arg(cmd.parser.value(QStringLiteral("remove"))));
        if (auto removed = cmd.project->removeDocumentSet(set->id); !removed)
            return cmd.fail(removed.error());
        return CommandLine::Success;
    }
    const QList<DocumentSet> sets = cmd.project->documentSets();
    TextTable table({Tr::tr("set"), Tr::tr("documents"), Tr::tr("condition")}, {false, true, false});
    for (const DocumentSet &set : sets) {
        auto members = DocumentCondition::documentsOfSet(*cmd.project, set.name);
        table.addRow({set.name, members ? QString::number(members->size()) : Tr::tr("error"), set.condition});
    }
    return cmd.writeTable(table, Tr::tr("sets: %1").arg(sets.size()),
                          {QStringLiteral("set"), QStringLiteral("documents"), QStringLiteral("condition")});
}

int runSearch(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addOption(
        {QStringLiteral("regex"), Tr::tr("QUERY is a regular expression (PCRE syntax), run over every text.")});
    cmd.parser.addOption(
        {QStringLiteral("substring"),
         Tr::tr("QUERY is a run of characters, found inside words too (automatic for Chinese, Japanese, "
                "Thai...).")});
    cmd.parser.addOption(
        {QStringLiteral("case-sensitive"), Tr::tr("With --regex or --substring: tell capitals apart.")});
    cmd.parser.addOption({QStringLiteral("document"), Tr::tr("Only this document."), QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("context"), Tr::tr("Characters of context each side of a hit (default 40)."),
                          QStringLiteral("N"), QStringLiteral("40")});
    cmd.addScopeOptions();
    cmd.parser.addOption({QStringLiteral("memos"),
                          Tr::tr("Search the memos too (the project's, documents', codes' and codings'); their hits "
                                 "come after the text's, the source column saying whose memo.")});
    cmd.parser.addOption({QStringLiteral("code"),
                          Tr::tr("Code every hit with this code (auto-coding) instead of listing them."),
                          QStringLiteral("PATH")});
    cmd.parser.addOption({QStringLiteral("coder"),
                          Tr::tr("With --code: who codes (default: $MARGINALIA_CODER or the login name)."),
                          QStringLiteral("NAME")});
    cmd.parser.addOption({QStringLiteral("extend"),
                          Tr::tr("With --code: code the hit, its sentence or its paragraph (default hit)."),
                          QStringLiteral("hit|sentence|paragraph"), QStringLiteral("hit")});
    cmd.addOutputOptions();
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("regex")) && cmd.parser.isSet(QStringLiteral("substring")))
        return cmd.usage(Tr::tr("--regex and --substring are two ways to read QUERY; give one."));
    bool numeric = false;
    const int context = cmd.parser.value(QStringLiteral("context")).toInt(&numeric);
    if (!numeric || context < 0 || context > 10000)
        return cmd.usage(Tr::tr("--context needs a number of characters from 0 to 10000."));
    const QString extendName = cmd.parser.value(QStringLiteral("extend"));
    HitExtent extent = HitExtent::Hit;
    if (extendName == QLatin1String("sentence"))
        extent = HitExtent::Sentence;
    else if (extendName == QLatin1String("paragraph"))
        extent = HitExtent::Paragraph;
    else if (extendName != QLatin1String("hit"))
        return cmd.usage(Tr::tr("--extend is hit, sentence or paragraph, not \"%1\".").arg(extendName));
    const bool coding = cmd.parser.isSet(QStringLiteral("code"));
    if (!coding && (cmd.parser.isSet(QStringLiteral("coder")) || cmd.parser.isSet(QStringLiteral("extend"))))
        return cmd.usage(Tr::tr("--coder and --extend go with --code PATH."));
    const MemoSearch memos = cmd.parser.isSet(QStringLiteral("memos")) ? MemoSearch::Included : MemoSearch::Excluded;
    if (coding && memos == MemoSearch::Included)
        return cmd.usage(Tr::tr("--memos lists hits in memos; they cannot be coded (leave out --code or --memos)."));

    SearchQuery query;
    query.text = cmd.positional(1);
    query.kind = cmd.parser.isSet(QStringLiteral("regex")) ? SearchQuery::Kind::Pattern
        : cmd.parser.isSet(QStringLiteral("substring"))    ? SearchQuery::Kind::Substring
                                                           : SearchQuery::Kind::Words;
    query.caseSensitive = cmd.parser.isSet(QStringLiteral("case-sensitive"));
    if (query.text.trimmed().isEmpty())
        return cmd.usage(Tr::tr("QUERY is empty: give a word, a \"phrase\", a prefix* or a pattern."));

    if (auto stop = cmd.open(coding ? ProjectUse::Write : ProjectUse::Read))
        return *stop;
    if (cmd.parser.isSet(QStringLiteral("document"))) {
        auto document = cmd.findDocument(cmd.parser.value(QStringLiteral("document")));
        if (!document)
            return CommandLine::Failure;
        query.documentId = document->id;
    }
    if (auto stop = cmd.resolveScope(query.documentIds))
        return *stop;

    if (coding) {
        const auto code = cmd.findCode(cmd.parser.value(QStringLiteral("code")));
        if (!code)
            return CommandLine::Failure;
        const QString coderName = (cmd.parser.isSet(QStringLiteral("coder")) ? cmd.parser.value(QStringLiteral("coder"))
                                                                             : defaultCoderName())
                                      .trimmed();
        if (coderName.isEmpty())
            return cmd.fail(Tr::tr("A coder needs a name."));
        auto plan = SearchHits::autoCode(*cmd.project, query, code->id, coderName, extent);
        if (!plan)
            return cmd.fail(plan.error());
        qint64 made = 0;
        if (!plan->codings.isEmpty()) {
            // The coder, when new, and every coding in one transaction: all of it or, on an error, none.
            auto added = cmd.project->addCodingsAs(coderName, plan->codings);
            if (!added)
                return cmd.fail(added.error());
            made = added->codings.size();
        }
        cmd.out << QCoreApplication::translate("Marginalia::Cli::CommandLine", "%n coding(s) made: \"%1\" by %2",
                                               nullptr, int(made))
                       .arg(cmd.codeTree().path(code->id), coderName)
                << ' '
                << Tr::tr("(%1 hits; %2 already coded)")
                       .arg(plan->hits)
                       .arg(plan->alreadyCoded + plan->codings.size() - made)
                << '\n';
        return CommandLine::Success;
    }

    if (cmd.wantsCsv()) {
        const auto options = cmd.csvOptions();
        return cmd.writeOutput([&](QIODevice *device) {
            return CsvExport::writeSearchHits(*cmd.project, query, context, memos, device, options);
        });
    }
    QStringList headers = CsvExport::searchColumns();
    QList<bool> rightAligned{false, true, true, true, true, true, false, false, false};
    if (memos == MemoSearch::Excluded) {
        // Every row would say "text": the table leaves the column out (the CSV keeps it, for scripts).
        headers.removeLast();
        rightAligned.removeLast();
    }
    TextTable table(headers, rightAligned);
    QSet<qint64> documents;
    qint64 memoHits = 0;
    const Status searched = SearchHits::forEach(*cmd.project, query, context, memos, [&](const SearchHit &hit) {
        QStringList row{hit.document,
                        QString::number(hit.start),
                        QString::number(hit.end),
                        hit.page > 0 ? QString::number(hit.page) : QString(),
                        hit.paragraph,
                        hit.before,
                        hit.hit,
                        hit.after};
        if (memos == MemoSearch::Included)
            row.append(SearchHits::sourceOf(hit));
        table.addRow(row);
        if (hit.memo.kind == MemoTarget::Kind::None)
            documents.insert(hit.documentId);
        else
            ++memoHits;
        return true;
    });
    if (!searched)
        return cmd.fail(searched.error());
    QString summary = Tr::tr("hits: %1 in %2 documents").arg(table.rowCount() - memoHits).arg(documents.size());
    if (memos == MemoSearch::Included)
        summary += Tr::tr("; %1 in memos").arg(memoHits);
    return cmd.writeTable(table, summary);
}

int runCheck(Invocation &cmd, const QStringList &arguments)
{
    if (auto stop = cmd.parseAndOpen(arguments, 1, 1, ProjectUse::Read))
        return *stop;
    const QStringList problems = cmd.project->check();
    const qsizetype documents = cmd.project->documents().size();
    const qsizetype codes = cmd.project->codes().size();
    const qsizetype codings = cmd.project->codings().size();
    if (problems.isEmpty()) {
        cmd.out << Tr::tr("%1: OK (%2 documents, %3 codes, %4 codings; no problems found)")
                       .arg(cmd.project->filePath())
                       .arg(documents)
                       .arg(codes)
                       .arg(codings)
                << '\n';
        return CommandLine::Success;
    }
    cmd.out << Tr::tr("%1: problems found: %2").arg(cmd.project->filePath()).arg(problems.size()) << '\n';
    for (const QString &problem : problems)
        cmd.out << "  - " << problem << '\n';
    return CommandLine::Failure;
}

QString checkLabel(const ProjectBackup &backup)
{
    switch (backup.check) {
    case ProjectBackup::Check::Good:
        return QStringLiteral("ok");
    case ProjectBackup::Check::Damaged:
        return Tr::tr("damaged: %1").arg(backup.problems.join(QStringLiteral("; ")));
    case ProjectBackup::Check::NotChecked:
        break;
    }
    return Tr::tr("not checked");
}

QString backupTime(const ProjectBackup &backup)
{
    return backup.time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

/// Backups are copies of a project file beside it in the data folder; a server project's are the server's
/// (pg_dump), and a file copy of one is a pull.
std::optional<int> refuseServerBackups(Invocation &cmd)
{
    if (!isServerPath(cmd.positional(0)))
        return std::nullopt;
    return cmd.fail(Tr::tr("%1: a project on a server is backed up by the server (its administrator's pg_dump), not "
                           "by marginalia-cli; for a file copy of it, run \"marginalia-cli pull %1 FILE\".")
                        .arg(cmd.shown(0)));
}

int runBackup(Invocation &cmd, const QStringList &arguments)
{
    // Opened first to be sure it is a project this build can read; the copy itself takes a connection of
    // its own, read-only, so a project on a read-only medium can be backed up (into the data folder).
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (auto refused = refuseServerBackups(cmd))
        return *refused;
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    const ProjectBackups backups(cmd.positional(0));
    auto made = backups.backUp();
    if (!made)
        return cmd.fail(made.error());
    cmd.out << Tr::tr("backed up %1 to %2 (%3 bytes, check ok)").arg(cmd.positional(0), made->path).arg(made->size)
            << '\n';
    return CommandLine::Success;
}

int runBackups(Invocation &cmd, const QStringList &arguments)
{
    cmd.addOutputOptions();
    // Not opened: the project may be the damaged file whose backups are wanted, or gone altogether.
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (auto refused = refuseServerBackups(cmd))
        return *refused;
    const QList<ProjectBackup> backups = ProjectBackups(cmd.positional(0)).list(ProjectBackups::Verify::Yes);
    if (cmd.wantsCsv()) {
        return cmd.writeOutput([&](QIODevice *device) {
            CsvWriter writer(device, cmd.csvOptions().formulaGuard);
            if (cmd.csvOptions().byteOrderMark)
                writer.writeByteOrderMark();
            writer.addRow(
                {QStringLiteral("path"), QStringLiteral("time"), QStringLiteral("size"), QStringLiteral("check")});
            for (const ProjectBackup &backup : backups) {
                writer.addField(QStringView(backup.path));
                writer.addField(QStringView(backupTime(backup)));
                writer.addNumber(backup.size);
                writer.addField(QStringView(checkLabel(backup)));
                writer.endRow();
            }
            if (!writer.flush())
                return Status(Error{writer.errorString()});
            return success();
        });
    }
    TextTable table({Tr::tr("path"), Tr::tr("time"), Tr::tr("size"), Tr::tr("check")}, {false, false, true, false});
    for (const ProjectBackup &backup : backups)
        table.addRow({backup.path, backupTime(backup), QString::number(backup.size), checkLabel(backup)});
    return cmd.writeTable(table, Tr::tr("backups: %1").arg(backups.size()));
}

int runRestore(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                     Tr::tr("The backup to restore (\"marginalia-cli backups\" lists them)."));
    // Not opened: the project is the damaged file (or missing), and must not be held open while replaced.
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    if (auto refused = refuseServerBackups(cmd))
        return *refused;
    auto restored = ProjectBackups(cmd.positional(0)).restore(cmd.positional(1));
    if (!restored)
        return cmd.fail(restored.error());
    cmd.out << Tr::tr("restored %1 from the backup of %2").arg(cmd.positional(0), backupTime(restored->backup)) << '\n';
    if (!restored->keptAs.isEmpty())
        cmd.out << Tr::tr("the file it replaced is kept as %1").arg(restored->keptAs) << '\n';
    return CommandLine::Success;
}

/// Minutes between the backups the writing commands make: MARGINALIA_BACKUP_INTERVAL, default 10; a
/// negative value (or "off") turns them off.
int backupIntervalMinutes()
{
    const QByteArray setting = qgetenv("MARGINALIA_BACKUP_INTERVAL").trimmed();
    if (setting.isEmpty())
        return 10;
    if (setting == "off")
        return -1;
    bool ok = false;
    const int minutes = setting.toInt(&ok);
    return ok ? minutes : 10;
}

/// After a command changed the project: a backup when the newest is older than the interval. A backup that
/// fails is a warning; the command did what it was asked.
void backUpAfterWriting(Invocation &cmd)
{
    const int interval = backupIntervalMinutes();
    if (interval < 0)
        return;
    const QString path = cmd.project->filePath();
    cmd.project.reset();
    auto made = ProjectBackups(path).backUpIfDue(interval);
    if (!made) {
        cmd.err << Tr::tr("marginalia-cli %1: warning: no backup was made: %2").arg(cmd.name, made.error()) << '\n';
        cmd.err.flush();
    }
}

void printReport(Invocation &cmd, const RefiQdaReport &report)
{
    for (const QString &line : report.lines())
        cmd.out << line << '\n';
}

int runExportQdpx(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The REFI-QDA project file to write (.qdpx)."));
    if (auto stop = cmd.parseAndOpen(arguments, 2, 2, ProjectUse::Read))
        return *stop;
    auto report = RefiQdaExporter::exportProject(*cmd.project, cmd.positional(1));
    if (!report)
        return cmd.fail(report.error());
    cmd.out << Tr::tr("exported %1 to %2").arg(cmd.projectShown(), cmd.positional(1)) << '\n';
    printReport(cmd, *report);
    return CommandLine::Success;
}

Result<std::unique_ptr<Project>> copyToServer(const Project &source, const QString &location);

int runImportQdpx(Invocation &cmd, const QStringList &arguments)
{
    // The archive comes first here, the project (a new file) second.
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"),
                                     Tr::tr("The REFI-QDA project to import (.qdpx, or a folder "
                                            "with an unzipped one)."));
    cmd.parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                     Tr::tr("The new project file to create (*.marginalia)."));
    cmd.parser.addOption({QStringLiteral("positions"),
                          Tr::tr("How selections' positions count characters: auto (default: code points, unless the "
                                 "text shows UTF-16 units, as NVivo writes them), code-points (REFI-QDA) or utf16."),
                          QStringLiteral("UNIT"), QStringLiteral("auto")});
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    RefiQdaImportOptions options;
    const QString positions = cmd.parser.value(QStringLiteral("positions"));
    if (positions == QLatin1String("code-points"))
        options.positions = RefiQdaImportOptions::Positions::CodePoints;
    else if (positions == QLatin1String("utf16"))
        options.positions = RefiQdaImportOptions::Positions::Utf16;
    else if (positions != QLatin1String("auto"))
        return cmd.usage(Tr::tr("unknown --positions \"%1\"; use auto, code-points or utf16.").arg(positions));
    if (isServerPath(cmd.positional(1))) {
        // The importer builds a file (its checks and its one transaction); a server project gets a copy of it.
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return cmd.fail(Tr::tr("no temporary folder to import %1 into.").arg(cmd.positional(0)));
        const QString temporary = scratch.filePath(QStringLiteral("imported.marginalia"));
        auto report = RefiQdaImporter::importProject(cmd.positional(0), temporary, {}, options);
        if (!report)
            return cmd.fail(report.error());
        auto imported = Project::open(temporary, Project::Access::ReadOnly);
        if (!imported)
            return cmd.fail(imported.error());
        auto pushed = copyToServer(**imported, cmd.positional(1));
        if (!pushed)
            return cmd.fail(pushed.error());
        cmd.out << Tr::tr("imported %1 into the new project %2").arg(cmd.positional(0), (*pushed)->filePath()) << '\n';
        printReport(cmd, *report);
        return CommandLine::Success;
    }
    auto report = RefiQdaImporter::importProject(cmd.positional(0), cmd.positional(1), {}, options);
    if (!report)
        return cmd.fail(report.error());
    cmd.out << Tr::tr("imported %1 into the new project %2").arg(cmd.positional(0), cmd.positional(1)) << '\n';
    printReport(cmd, *report);
    return CommandLine::Success;
}

int runExportQdc(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The REFI-QDA codebook file to write (.qdc)."));
    if (auto stop = cmd.parseAndOpen(arguments, 2, 2, ProjectUse::Read))
        return *stop;
    auto report = RefiQdaCodebook::exportTo(*cmd.project, cmd.positional(1));
    if (!report)
        return cmd.fail(report.error());
    cmd.out << Tr::tr("exported the codebook of %1 to %2: %3 codes")
                   .arg(cmd.projectShown(), cmd.positional(1))
                   .arg(report->codes)
            << '\n';
    for (const RefiQdaReport::Entry &entry : std::as_const(report->notMapped))
        cmd.out << Tr::tr("not in the codebook file: %1: %2").arg(entry.description).arg(entry.count) << '\n';
    return CommandLine::Success;
}

int runImportQdc(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The REFI-QDA codebook to merge (.qdc)."));
    if (auto stop = cmd.parseAndOpen(arguments, 2, 2, ProjectUse::Write))
        return *stop;
    auto report = RefiQdaCodebook::importInto(*cmd.project, cmd.positional(1));
    if (!report)
        return cmd.fail(report.error());
    cmd.out << Tr::tr("merged the codebook %1 into %2").arg(cmd.positional(1), cmd.projectShown()) << '\n';
    printReport(cmd, *report);
    return CommandLine::Success;
}

// The server (issue 16, docs/server-cli.md). A server location is
// postgresql://[LOGIN@][HOST][:PORT]/DATABASE?project=NAME or a .marginalia-server connection file; a password
// comes from libpq's own places (~/.pgpass, PGPASSFILE, a service file), never from our arguments.

/// What a copy between a file and a server carried, counted on the project it went into.
struct ProjectCounts
{
    qint64 documents = 0;
    qint64 codes = 0;
    qint64 coders = 0;
    qint64 codings = 0;
};

ProjectCounts countsOf(const Project &project)
{
    ProjectCounts counts;
    counts.documents = project.documentNames().size();
    counts.codes = project.codes().size();
    counts.coders = project.coders().size();
    // Summed from the per-code counts: a count, without reading every coding's row.
    const QHash<qint64, qint64> perCode = project.codingCounts();
    for (auto it = perCode.cbegin(); it != perCode.cend(); ++it)
        counts.codings += it.value();
    return counts;
}

QString describeCounts(const ProjectCounts &counts)
{
    return Tr::tr("%1 documents, %2 codes, %3 coders, %4 codings")
        .arg(counts.documents)
        .arg(counts.codes)
        .arg(counts.coders)
        .arg(counts.codings);
}

QString seconds(const QElapsedTimer &timer)
{
    return QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
}

/// Refuses (with the usage of the command) an argument that should name a server project and does not.
std::optional<int> requireServerLocation(Invocation &cmd, int index)
{
    if (isServerPath(cmd.positional(index)))
        return std::nullopt;
    return cmd.usage(Tr::tr("%1 is not a server project: give a URL, postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project="
                            "NAME, or a .marginalia-server file.")
                         .arg(cmd.shown(index)));
}

/// Creates the server project @p location and copies @p source into it. Returns the new project; when the
/// copy fails after the project was made, the error says that an empty project was left.
Result<std::unique_ptr<Project>> copyToServer(const Project &source, const QString &location)
{
    auto created = Project::create(location);
    if (!created)
        return Error{created.error()};
    if (Status copied = source.copyInto(**created); !copied) {
        // copyInto() writes in one transaction, so the project holds nothing of the copy: it goes again, so
        // that a failed push leaves the server as it was.
        const QString shown = (*created)->filePath();
        created->reset();
        if (Status removed = Project::removeFromServer(location); !removed) {
            return Error{Tr::tr("%1\nNothing was copied, but the new project %2 could not be removed again (%3): "
                                "remove it with \"marginalia-cli server-remove %2\".")
                             .arg(copied.error(), shown, removed.error())};
        }
        return Error{Tr::tr("%1\nNothing was copied; the server is as it was.").arg(copied.error())};
    }
    return std::move(*created);
}

/// The database of a location as messages show it: the server and login, without the project or password.
QString databaseShown(const QString &location)
{
    QString withProject = location;
    if (location.contains(QLatin1String("://"))) {
        // initializeServer() takes a URL without ?project= (it prepares a database, not a project).
        QUrl url(location);
        QUrlQuery query(url);
        if (!query.hasQueryItem(QStringLiteral("project"))) {
            query.addQueryItem(QStringLiteral("project"), QStringLiteral("-"));
            url.setQuery(query);
            withProject = url.toString();
        }
    }
    if (auto parsed = ServerLocation::parse(withProject))
        return parsed->serverKey();
    return shownPath(location);
}

int runServerInit(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(
        QStringLiteral("URL"),
        Tr::tr("The database: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (a ?project= is allowed and ignored)."));
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    const QString location = cmd.positional(0);
    if (!location.contains(QLatin1String("://")) && !isServerPath(location))
        return cmd.usage(
            Tr::tr("%1 is not a server URL: give postgresql://[LOGIN@]HOST[:PORT]/DATABASE.").arg(cmd.shown(0)));
    if (Status prepared = Project::initializeServer(location); !prepared)
        return cmd.fail(prepared.error());
    cmd.out << Tr::tr("%1: ready for Marginalia projects (the schema \"marginalia\" holds their catalog; running "
                      "server-init again changes nothing).")
                   .arg(databaseShown(location))
            << '\n'
            << Tr::tr("Next: \"marginalia-cli init URL?project=NAME\" for a new project, or \"marginalia-cli push "
                      "FILE URL?project=NAME\" to put a project file on the server.")
            << '\n';
    return CommandLine::Success;
}

int runPush(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The project file to put on the server."));
    cmd.parser.addPositionalArgument(QStringLiteral("URL"),
                                     Tr::tr("The new server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project="
                                            "NAME, or a .marginalia-server file. It must not exist yet."));
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    if (isServerPath(cmd.positional(0)))
        return cmd.usage(Tr::tr("%1 is a server project; push takes a project file, then the server URL (to copy "
                                "between servers, pull to a file and push that).")
                             .arg(cmd.shown(0)));
    if (auto refused = requireServerLocation(cmd, 1))
        return *refused;
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    QElapsedTimer timer;
    timer.start();
    auto pushed = copyToServer(*cmd.project, cmd.positional(1));
    if (!pushed)
        return cmd.fail(pushed.error());
    // Counted on the server: what is there now, not what was meant to go.
    cmd.out << Tr::tr("pushed %1 to %2: %3 in %4 s")
                   .arg(cmd.positional(0), (*pushed)->filePath(), describeCounts(countsOf(**pushed)), seconds(timer))
            << '\n'
            << Tr::tr("You are its owner. Give your team access with \"marginalia-cli member-add URL LOGIN coder\" "
                      "(or viewer).")
            << '\n';
    return CommandLine::Success;
}

int runPull(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(
        QStringLiteral("URL"),
        Tr::tr("The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, "
               "or a .marginalia-server file."));
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The new project file to write (*.marginalia)."));
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    if (auto refused = requireServerLocation(cmd, 0))
        return *refused;
    const QString file = cmd.positional(1);
    if (isServerPath(file))
        return cmd.usage(Tr::tr("%1 is a server project; pull writes a project file (to copy between servers, pull "
                                "to a file and push that).")
                             .arg(cmd.shown(1)));
    // Before connecting: a file that is there is never replaced, whatever the server says.
    if (QFileInfo::exists(file))
        return cmd.fail(Tr::tr("%1: the file exists already; pull writes a new file.").arg(file));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    QElapsedTimer timer;
    timer.start();
    if (Status copied = cmd.project->saveCopy(file); !copied)
        return cmd.fail(copied.error());
    auto pulled = Project::open(file, Project::Access::ReadOnly);
    if (!pulled)
        return cmd.fail(pulled.error());
    cmd.out << Tr::tr("pulled %1 into %2: %3 in %4 s")
                   .arg(cmd.project->filePath(), file, describeCounts(countsOf(**pulled)), seconds(timer))
            << '\n'
            << Tr::tr("The file is a copy: changes to it stay in it (\"marginalia-cli merge URL %1\" brings them "
                      "back).")
                   .arg(file)
            << '\n';
    return CommandLine::Success;
}

int runServerRemove(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(QStringLiteral("URL"),
                                     Tr::tr("The server project to remove: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?"
                                            "project=NAME, or a .marginalia-server file."));
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (auto refused = requireServerLocation(cmd, 0))
        return *refused;
    if (Status removed = Project::removeFromServer(cmd.positional(0)); !removed)
        return cmd.fail(removed.error());
    cmd.out
        << Tr::tr("removed %1 from its server, with everything it held and its members' roles on it.").arg(cmd.shown(0))
        << '\n';
    return CommandLine::Success;
}

int runMemberAdd(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(QStringLiteral("URL"),
                                     Tr::tr("The server project (you must be one of its owners)."));
    cmd.parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                     Tr::tr("The member's login on the server (made by its administrator)."));
    cmd.parser.addPositionalArgument(
        QStringLiteral("ROLE"),
        Tr::tr("owner (everything, and adds members), coder (codes as themself, adds and edits codes and memos) or "
               "viewer (reads)."));
    if (auto stop = cmd.parse(arguments, 3, 3))
        return *stop;
    const QString login = cmd.positional(1);
    const QString role = cmd.positional(2);
    static const QStringList roles{QStringLiteral("owner"), QStringLiteral("coder"), QStringLiteral("viewer")};
    if (!roles.contains(role))
        return cmd.usage(Tr::tr("\"%1\" is not a role: use owner, coder or viewer.").arg(role));
    if (login.trimmed().isEmpty())
        return cmd.usage(Tr::tr("the login is empty."));
    if (auto refused = requireServerLocation(cmd, 0))
        return *refused;
    if (auto stop = cmd.open(ProjectUse::Write))
        return *stop;
    if (Status granted = cmd.project->setMemberRole(login, role); !granted)
        return cmd.fail(granted.error());
    cmd.out << Tr::tr("%1: %2 is now %3 of this project (any other role of theirs on it was taken back).")
                   .arg(cmd.project->filePath(), login,
                        role == QLatin1String("owner")       ? Tr::tr("an owner")
                            : role == QLatin1String("coder") ? Tr::tr("a coder")
                                                             : Tr::tr("a viewer"))
            << '\n';
    return CommandLine::Success;
}

int runMemberRemove(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(QStringLiteral("URL"),
                                     Tr::tr("The server project (you must be one of its owners)."));
    cmd.parser.addPositionalArgument(QStringLiteral("LOGIN"), Tr::tr("The member whose role to take back."));
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    const QString login = cmd.positional(1);
    if (login.trimmed().isEmpty())
        return cmd.usage(Tr::tr("the login is empty."));
    if (auto refused = requireServerLocation(cmd, 0))
        return *refused;
    if (auto stop = cmd.open(ProjectUse::Write))
        return *stop;
    if (Status removed = cmd.project->removeMember(login); !removed)
        return cmd.fail(removed.error());
    cmd.out << Tr::tr("%1: %2 has no role on this project any more; the codings made under their coders stay.")
                   .arg(cmd.project->filePath(), login)
            << '\n';
    return CommandLine::Success;
}

int runMembers(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(QStringLiteral("URL"),
                                     Tr::tr("The server project (any of its members may list them)."));
    cmd.addOutputOptions();
    cmd.addCsvShorthand();
    if (auto stop = cmd.parse(arguments, 1, 1))
        return *stop;
    if (!isServerPath(cmd.positional(0)))
        return cmd.usage(Tr::tr("%1 is not a server project: members lists the members of a project on a server (a "
                                "project file has none; \"marginalia-cli push FILE URL\" puts it on one).")
                             .arg(cmd.shown(0)));
    if (auto stop = cmd.open(ProjectUse::Read))
        return *stop;
    auto members = cmd.project->members();
    if (!members)
        return cmd.fail(members.error());
    // The roles as member-add takes them, untranslated: they are words to type back.
    TextTable table({Tr::tr("login"), Tr::tr("role")});
    for (const ProjectMember &member : std::as_const(*members))
        table.addRow({member.login, member.role});
    return cmd.writeTable(table, Tr::tr("%n member(s)", nullptr, int(members->size())),
                          {QStringLiteral("login"), QStringLiteral("role")});
}

int runConnectionFile(Invocation &cmd, const QStringList &arguments)
{
    cmd.parser.clearPositionalArguments();
    cmd.parser.addPositionalArgument(
        QStringLiteral("URL"), Tr::tr("The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME."));
    cmd.parser.addPositionalArgument(
        QStringLiteral("FILE"), Tr::tr("The connection file to write; \".marginalia-server\" is added when missing."));
    if (auto stop = cmd.parse(arguments, 2, 2))
        return *stop;
    auto location = ServerLocation::parse(cmd.positional(0));
    if (!location)
        return cmd.fail(location.error());
    QString file = cmd.positional(1);
    if (!file.endsWith(QLatin1String(ServerLocation::FileSuffix)))
        file += QLatin1String(ServerLocation::FileSuffix);
    if (QFileInfo::exists(file))
        return cmd.fail(Tr::tr("%1: the file exists already; choose a new name.").arg(file));
    if (Status written = ServerLocation::writeConnectionFile(file, *location); !written)
        return cmd.fail(written.error());
    cmd.out << Tr::tr("wrote %1: it opens %2 on a double click, and marginalia-cli takes it as PROJECT.")
                   .arg(file, location->displayText())
            << '\n';
    if (!location->password().isEmpty())
        cmd.out << Tr::tr("The URL's password was left out of the file: each member keeps theirs in ~/.pgpass.")
                << '\n';
    return CommandLine::Success;
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("Usage: marginalia-cli COMMAND PROJECT [options]") << "\n\n"
        << Tr::tr("Qualitative coding of text documents, from the command line. Offsets are Unicode code points; "
                  "CSV is RFC 4180 UTF-8.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    TextTable table({QString(), QString(), QString()});
    for (const Subcommand &command : subcommands)
        table.addRow({QLatin1String(command.name), QLatin1String(command.arguments), Tr::tr(command.summary)});
    // A borderless listing: skip the header and rule lines the table draws.
    QString rendered;
    QTextStream stream(&rendered);
    table.print(stream);
    stream.flush();
    const QStringList lines = rendered.split(u'\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            out << "  " << lines.at(i) << '\n';
    }
    out << '\n'
        << Tr::tr(
               "PROJECT is a project file, or a project on a PostgreSQL server: "
               "postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (?host=/run/postgresql for a socket folder), or "
               "a .marginalia-server file. Passwords come from ~/.pgpass, PGPASSFILE or a service file.")
        << '\n'
        << Tr::tr("Run \"marginalia-cli COMMAND --help\" for a command's options.") << '\n';
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CommandLine::run(const QStringList &arguments)
{
    using Runner = int (*)(Invocation &, const QStringList &);
    static const std::map<QString, Runner> runners = {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("documents"), runDocuments},
        {QStringLiteral("code-add"), runCodeAdd},
        {QStringLiteral("codes"), runCodes},
        {QStringLiteral("code-rename"), runCodeRename},
        {QStringLiteral("code-move"), runCodeMove},
        {QStringLiteral("code-merge"), runCodeMerge},
        {QStringLiteral("code-delete"), runCodeDelete},
        {QStringLiteral("apply"), runApply},
        {QStringLiteral("memo"), runMemo},
        {QStringLiteral("coders"), runCoders},
        {QStringLiteral("frequencies"), runFrequencies},
        {QStringLiteral("matrix"), runMatrix},
        {QStringLiteral("agreement"), runAgreement},
        {QStringLiteral("handout"), runHandout},
        {QStringLiteral("merge"), runMerge},
        {QStringLiteral("score"), runScore},
        {QStringLiteral("search"), runSearch},
        {QStringLiteral("attributes"), runAttributes},
        {QStringLiteral("sets"), runSets},
        {QStringLiteral("cases"), runCases},
        {QStringLiteral("disagreements"), runDisagreements},
        {QStringLiteral("excerpts"), runExcerpts},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("backups"), runBackups},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("export-qdpx"), runExportQdpx},
        {QStringLiteral("import-qdpx"), runImportQdpx},
        {QStringLiteral("export-qdc"), runExportQdc},
        {QStringLiteral("import-qdc"), runImportQdc},
        {QStringLiteral("server-init"), runServerInit},
        {QStringLiteral("push"), runPush},
        {QStringLiteral("pull"), runPull},
        {QStringLiteral("member-add"), runMemberAdd},
        {QStringLiteral("member-remove"), runMemberRemove},
        {QStringLiteral("members"), runMembers},
        {QStringLiteral("server-remove"), runServerRemove},
        {QStringLiteral("connection-file"), runConnectionFile},
    };

    if (arguments.isEmpty() || arguments.first() == QLatin1String("help")
        || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printHelp(m_out);
        m_out.flush();
        return arguments.isEmpty() ? UsageError : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        m_out << "marginalia-cli " << Core::versionString() << '\n' << "build " << Core::buildDescription() << '\n';
        m_out.flush();
        return Success;
    }
    const auto runner = runners.find(arguments.first());
    if (runner == runners.end()) {
        m_err << Tr::tr("marginalia-cli: unknown command \"%1\".").arg(arguments.first()) << '\n';
        printHelp(m_err);
        m_err.flush();
        return UsageError;
    }
    Invocation invocation(m_out, m_err, arguments.first());
    invocation.parser.addPositionalArgument(
        QStringLiteral("PROJECT"),
        Tr::tr("The project file (*.marginalia), or a project on a server: "
               "postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME or a .marginalia-server file."));
    const int code = runner->second(invocation, arguments.mid(1));
    // A server project has no backup files beside it: the server keeps it.
    if (code == Success && invocation.openedForWriting && invocation.project && !invocation.project->isOnServer())
        backUpAfterWriting(invocation);
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace Marginalia::Cli
