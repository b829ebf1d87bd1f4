#include "commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
