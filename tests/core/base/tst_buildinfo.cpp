#include "base/buildinfo.h"
#include "clitestsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Marginalia;
using Marginalia::Test::cli;
using Marginalia::Test::Run;

/// The version the package, `--version` and the About box show is the project's, and the build names
/// its source in one word.
class TestBuildInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionString_isTheCMakeProjectVersion();
    void buildDescription_isOneWord();
    void cliVersion_printsTheVersionAndTheBuild();
};

void TestBuildInfo::versionString_isTheCMakeProjectVersion()
{
    QCOMPARE(Core::versionString(), QStringLiteral(MARGINALIA_EXPECTED_VERSION));
}

void TestBuildInfo::buildDescription_isOneWord()
{
    // `git describe --always --dirty` ("c0eacfc", "v0.1.0-3-gc0eacfc-dirty") or "unknown" outside git.
    static const QRegularExpression word(QStringLiteral("^[0-9A-Za-z._-]+$"));
    const QString description = Core::buildDescription();
    QVERIFY2(word.match(description).hasMatch(), qPrintable(description));
}

void TestBuildInfo::cliVersion_printsTheVersionAndTheBuild()
{
    const Run run = cli({QStringLiteral("--version")});
    QVERIFY_RUN(run, Cli::CommandLine::Success);
    // help2man and scripts read the first line: the program's name and the version, nothing else.
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("marginalia-cli ") + Core::versionString());
    QCOMPARE(lines.at(1), QStringLiteral("build ") + Core::buildDescription());
}

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
