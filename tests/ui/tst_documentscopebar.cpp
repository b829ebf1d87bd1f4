#include "base/translations.h"
#include "documentscopebar.h"
#include "store/project.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using Scope = Ui::DocumentScopeBar;

/// The bar that restricts the analysis panels to a set or a condition: what it offers, what it yields.
class TestDocumentScopeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void combo_listsAllDocumentsTheSetsAndACondition();
    void set_scopesItsDocumentsAndCountsThem();
    void condition_appliedOnEnterScopesTheDocumentsMeetingIt();
    void badCondition_isNamedInlineAndLeavesNoDocument();
    void removedSet_fallsBackToAllDocuments();
    void keptSet_staysChosenWhenOtherSetsChange();
    void conditionSet_followsTheValues();
    void givenDocuments_areShownUntilSomethingElseIsChosen();

private:
    QStringList comboTexts() const;
    QLabel *countLabel() const { return m_bar->findChild<QLabel *>(QStringLiteral("scopeCount")); }
    QLabel *errorLabel() const { return m_bar->findChild<QLabel *>(QStringLiteral("scopeError")); }
    QComboBox *combo() const { return m_bar->findChild<QComboBox *>(QStringLiteral("scopeCombo")); }
    QLineEdit *conditionEdit() const { return m_bar->findChild<QLineEdit *>(QStringLiteral("scopeCondition")); }

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    qint64 m_year = 0;
    std::unique_ptr<Scope> m_bar;
};

void TestDocumentScopeBar::initTestCase()
{
    Core::installTranslations(); // "1 of 3 documents", not "document(s)"
}

void TestDocumentScopeBar::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("s.marginalia")));
    QVERIFY(m_fixture.create(m_dir.filePath(QStringLiteral("s.marginalia"))));
    Core::Project &project = *m_fixture.project;
    // Vienna 2017, the plan 2019; a third, uncoded document with no year.
    Core::NewDocument third;
    third.name = QStringLiteral("Zeta note");
    third.text = QStringLiteral("Nothing coded here.");
    QVERIFY(project.addDocument(third));
    auto year = project.addAttribute(QStringLiteral("year"), Core::AttributeType::Number);
    QVERIFY(year);
    m_year = year->id;
    QVERIFY(project.setAttributeValues(
        {{m_fixture.viennaId, m_year, QStringLiteral("2017")}, {m_fixture.planId, m_year, QStringLiteral("2019")}}));
    QVERIFY(project.addDocumentSet(QStringLiteral("Vienna only"), {m_fixture.viennaId}));
    QVERIFY(project.addDocumentSet(QStringLiteral("Recent"), {}, QStringLiteral("year >= 2018")));

    m_bar = std::make_unique<Scope>();
    m_bar->resize(600, 80);
    m_bar->setProject(m_fixture.project.get());
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestDocumentScopeBar::cleanup()
{
    m_bar.reset();
    m_fixture.project.reset();
}

QStringList TestDocumentScopeBar::comboTexts() const
{
    QStringList texts;
    for (int i = 0; i < combo()->count(); ++i)
        texts.append(combo()->itemText(i));
    return texts;
}

void TestDocumentScopeBar::combo_listsAllDocumentsTheSetsAndACondition()
{
    QCOMPARE(comboTexts(),
             (QStringList{QStringLiteral("All documents"), QStringLiteral("Set: Recent"),
                          QStringLiteral("Set: Vienna only"), QStringLiteral("Documents where...")}));
    QCOMPARE(m_bar->kind(), Scope::Kind::AllDocuments);
    QVERIFY(!m_bar->scope().has_value());
    QVERIFY(!countLabel()->isVisible());
    QVERIFY(!conditionEdit()->isVisible());
    QVERIFY(!errorLabel()->isVisible());
}

void TestDocumentScopeBar::set_scopesItsDocumentsAndCountsThem()
{
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    combo()->setCurrentIndex(combo()->findText(QStringLiteral("Set: Vienna only")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_bar->kind(), Scope::Kind::Set);
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.viennaId}));
    QVERIFY(countLabel()->isVisible());
    QCOMPARE(countLabel()->text(), QStringLiteral("1 of 3 documents"));

    // A condition set: its documents now.
    QVERIFY(m_bar->selectSet(QStringLiteral("recent")));
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.planId}));
    QCOMPARE(m_bar->description(), QStringLiteral("Recent"));
    QVERIFY(!m_bar->selectSet(QStringLiteral("No such set")));

    m_bar->selectAllDocuments();
    QVERIFY(!m_bar->scope().has_value());
    QVERIFY(!countLabel()->isVisible());
}

void TestDocumentScopeBar::condition_appliedOnEnterScopesTheDocumentsMeetingIt()
{
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    combo()->setCurrentIndex(combo()->findText(QStringLiteral("Documents where...")));
    QVERIFY(conditionEdit()->isVisible());
    // An empty condition leaves every document.
    QVERIFY(!m_bar->scope().has_value());
    QCOMPARE(conditionEdit()->placeholderText(),
             QStringLiteral("Documents where... (e.g. year >= 2017 and type = resolution)"));

    conditionEdit()->setFocus();
    QTest::keyClicks(conditionEdit(), QStringLiteral("year < 2018"));
    // Not while typing: each application counts the whole project.
    QCOMPARE(changed.size(), 0);
    QTest::keyClick(conditionEdit(), Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_bar->condition(), QStringLiteral("year < 2018"));
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.viennaId}));
    QCOMPARE(countLabel()->text(), QStringLiteral("1 of 3 documents"));

    // Clearing the field (its clear button) gives every document back.
    conditionEdit()->clear();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_bar->scope().has_value());
}

void TestDocumentScopeBar::badCondition_isNamedInlineAndLeavesNoDocument()
{
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    m_bar->setCondition(QStringLiteral("yeer >= 2017"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(errorLabel()->isVisible());
    QVERIFY2(errorLabel()->text().contains(QStringLiteral("yeer")), qPrintable(errorLabel()->text()));
    QVERIFY(errorLabel()->text().contains(QStringLiteral("year")));
    QCOMPARE(m_bar->errorMessage(), errorLabel()->text());
    QCOMPARE(conditionEdit()->toolTip(), errorLabel()->text());
    // Red, not the text colour: it must stand out.
    QVERIFY(errorLabel()->palette().color(QPalette::WindowText) != m_bar->palette().color(QPalette::WindowText));
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{}));
    QVERIFY(!countLabel()->isVisible());

    // A value the type cannot read is named too.
    m_bar->setCondition(QStringLiteral("year >= twenty"));
    QVERIFY(errorLabel()->text().contains(QStringLiteral("twenty")));

    m_bar->setCondition(QStringLiteral("year >= 2017"));
    QVERIFY(!errorLabel()->isVisible());
    QVERIFY(m_bar->errorMessage().isEmpty());
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.viennaId, m_fixture.planId}));
    QCOMPARE(countLabel()->text(), QStringLiteral("2 of 3 documents"));
}

void TestDocumentScopeBar::removedSet_fallsBackToAllDocuments()
{
    QVERIFY(m_bar->selectSet(QStringLiteral("Vienna only")));
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    const auto set = m_fixture.project->documentSetByName(QStringLiteral("Vienna only"));
    QVERIFY(set);
    QVERIFY(m_fixture.project->removeDocumentSet(set->id));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_bar->kind(), Scope::Kind::AllDocuments);
    QVERIFY(!m_bar->scope().has_value());
    QVERIFY(!comboTexts().contains(QStringLiteral("Set: Vienna only")));
    QCOMPARE(combo()->currentText(), QStringLiteral("All documents"));
}

void TestDocumentScopeBar::keptSet_staysChosenWhenOtherSetsChange()
{
    QVERIFY(m_bar->selectSet(QStringLiteral("Vienna only")));
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    QVERIFY(m_fixture.project->addDocumentSet(QStringLiteral("Another"), {m_fixture.planId}));
    QVERIFY(comboTexts().contains(QStringLiteral("Set: Another")));
    QCOMPARE(combo()->currentText(), QStringLiteral("Set: Vienna only"));
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.viennaId}));
    // The documents in scope did not change: the panels need not count again.
    QCOMPARE(changed.size(), 0);
}

void TestDocumentScopeBar::conditionSet_followsTheValues()
{
    QVERIFY(m_bar->selectSet(QStringLiteral("Recent")));
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    QVERIFY(m_fixture.project->setAttributeValues({{m_fixture.viennaId, m_year, QStringLiteral("2020")}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.viennaId, m_fixture.planId}));
    QCOMPARE(countLabel()->text(), QStringLiteral("2 of 3 documents"));
}

void TestDocumentScopeBar::givenDocuments_areShownUntilSomethingElseIsChosen()
{
    QSignalSpy changed(m_bar.get(), &Scope::scopeChanged);
    m_bar->setDocuments(QStringLiteral("Case: Austria"), {m_fixture.planId});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_bar->kind(), Scope::Kind::Documents);
    QCOMPARE(combo()->currentText(), QStringLiteral("Case: Austria"));
    QCOMPARE(m_bar->scope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.planId}));
    // Still there when the sets are listed again.
    QVERIFY(m_fixture.project->addDocumentSet(QStringLiteral("Another"), {m_fixture.planId}));
    QCOMPARE(combo()->currentText(), QStringLiteral("Case: Austria"));

    m_bar->selectAllDocuments();
    QVERIFY(!comboTexts().contains(QStringLiteral("Case: Austria")));
    QVERIFY(!m_bar->scope().has_value());
}

QTEST_MAIN(TestDocumentScopeBar)
#include "tst_documentscopebar.moc"
