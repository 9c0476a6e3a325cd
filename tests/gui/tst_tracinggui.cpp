#include "core/services/CaseService.h"
#include "core/services/TracingService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/common/MessageBox.h"
#include "ui/tracing/CloseRequestDialog.h"
#include "ui/tracing/LinkRelativeDialog.h"
#include "ui/tracing/RelativesPanel.h"
#include "ui/tracing/ReunificationHitsModel.h"
#include "ui/tracing/ReunificationSearchView.h"
#include "ui/tracing/ReviewMatchDialog.h"
#include "ui/tracing/TracingRequestDialog.h"
#include "ui/tracing/TracingRequestsModel.h"
#include "ui/tracing/TracingRequestsView.h"
#include "ui/tracing/TracingView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

class TestTracingGui : public QObject
{
    Q_OBJECT

    // Johandry Pérez Gómez, 12, registered in Cúcuta with his aunt (a separated child), and
    // an adult for an ordinary match.
    static CaseRecord johandrysCase(TestDatabase& t, qint64 siteId)
    {
        CaseRecord r = Fixtures::caseFor(
            siteId,
            Fixtures::person(QStringLiteral("Marisol"), QStringLiteral("Gómez"),
                             QStringLiteral("Rivas"), Sex::Female, PartialDate::yearOnly(1985)));
        r.members[0].person.phone = QStringLiteral("+57 311 555 0101");
        r.members[0].person.documents.append(Fixtures::document(QStringLiteral("V-14.555.901")));
        Person boy = Fixtures::person(QStringLiteral("Johandry"), QStringLiteral("Pérez"),
                                      QStringLiteral("Gómez"), Sex::Male,
                                      PartialDate::exact(QDate(2014, 2, 9)));
        boy.documents.append(Fixtures::document(
            QStringLiteral("V-33.100.200"), QStringLiteral("VEN"), DocumentType::BirthCertificate));
        r.members.append(CaseMember{boy, Relationship::OtherRelative});
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, false, true};
        r.notes.append(
            CaseNote{0, {}, QStringLiteral("Ana"), QStringLiteral("Father detained in Maracaibo")});
        return save(t, r);
    }

    static CaseRecord save(TestDatabase& t, const CaseRecord& r)
    {
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(r);
        if (!saved)
            qFatal("could not save: %s", qPrintable(saved.error().message()));
        return *saved;
    }

    static QStringList allCells(QAbstractItemModel* model)
    {
        QStringList cells;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                cells.append(model->index(r, c).data().toString());
                cells.append(model->index(r, c).data(Qt::ToolTipRole).toString());
            }
        }
        return cells;
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void aVolunteerFindsTheBoyAndLegalStaffConfirm()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord c = johandrysCase(t, site.id);

        // The volunteer at the door types what the mother says.
        {
            MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
            window.resize(1280, 800);
            window.show();
            QVERIFY(window.tracingView());
            auto* tabs = child<QTabWidget>(&window, "tabs");
            tabs->setCurrentWidget(window.tracingView());
            ReunificationSearchView* search = window.tracingView()->search();
            auto* name = child<QLineEdit>(search, "reunificationNameEdit");
            name->setFocus();
            typeText(name, QStringLiteral("Yohandry Perez"));
            auto* age = child<QLineEdit>(search, "reunificationAgeEdit");
            age->setFocus();
            typeText(age, QStringLiteral("12"));
            auto* sex = child<QComboBox>(search, "reunificationSexCombo");
            sex->setCurrentIndex(sex->findData(int(Sex::Male)));
            QTest::keyClick(age, Qt::Key_Return);
            ReunificationHitsModel* hits = search->model();
            QCOMPARE(hits->rowCount(), 1);
            const ReunificationHit& h = hits->hits().constFirst();
            QCOMPARE(h.name, QStringLiteral("Johandry Pérez Gómez"));
            QCOMPARE(h.caseNumber, c.caseNumber);
            QCOMPARE(h.site, QStringLiteral("Cúcuta"));
            QVERIFY(h.child);
            QVERIFY(h.reasons.contains(QStringLiteral("family name equal")));
            QVERIFY(h.reasons.contains(QStringLiteral("born 2014 vs about 12 years")));
            // Only what reunification needs: no day of birth, document, phone or note.
            const QString shown = allCells(hits).join(QLatin1Char('|'));
            for (const QString& secret :
                 {QStringLiteral("09/02/2014"), QStringLiteral("33.100.200"),
                  QStringLiteral("14.555.901"), QStringLiteral("555 0101"),
                  QStringLiteral("Maracaibo")})
                QVERIFY2(!shown.contains(secret), qPrintable(secret));
            keepScreenshot(&window, QStringLiteral("reunification-search.png"));

            // Registering the request takes what was typed; the match is proposed at once.
            QTest::mouseClick(child<QPushButton>(search, "registerTracingButton"), Qt::LeftButton);
            QTRY_VERIFY(visibleDialog<TracingRequestDialog>());
            TracingRequestDialog* dialog = visibleDialog<TracingRequestDialog>();
            QCOMPARE(child<QLineEdit>(dialog, "soughtGivenEdit")->text(),
                     QStringLiteral("Yohandry"));
            QCOMPARE(child<QLineEdit>(dialog, "soughtFamily1Edit")->text(),
                     QStringLiteral("Perez"));
            QTest::mouseClick(child<QPushButton>(dialog, "tracingOkButton"), Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // who asks is missing
            QVERIFY(child<QWidget>(dialog, "inquirerNameEditError")->isVisible());
            QCOMPARE(child<QLineEdit>(dialog, "soughtGivenEdit")->text(),
                     QStringLiteral("Yohandry"));
            auto* inquirer = child<QLineEdit>(dialog, "inquirerNameEdit");
            inquirer->setFocus();
            typeText(inquirer, QStringLiteral("Yelitza Pérez"));
            child<QComboBox>(dialog, "soughtRelationshipCombo")
                ->setCurrentIndex(child<QComboBox>(dialog, "soughtRelationshipCombo")
                                      ->findData(int(Relationship::Child)));
            child<QLineEdit>(dialog, "tracingContactEdit")
                ->setText(QStringLiteral("+57 300 123 4567"));
            QTest::mouseClick(child<QPushButton>(dialog, "tracingOkButton"), Qt::LeftButton);
            QTRY_VERIFY(!visibleDialog<TracingRequestDialog>());

            TracingRequestsView* requests = window.tracingView()->requests();
            QCOMPARE(window.tracingView()->currentWidget(), requests);
            QCOMPARE(requests->model()->rowCount(), 1);
            QCOMPARE(requests->model()->requests()[0].status, TracingStatus::MatchProposed);
            QCOMPARE(requests->proposalsModel()->rowCount(), 1);
            QVERIFY(
                child<QLabel>(requests, "childQueueLabel")->text().contains(QStringLiteral("1")));
            keepScreenshot(&window, QStringLiteral("tracing-requests.png"));

            // A child's match: the volunteer sees it but cannot decide.
            requests->reviewProposal(0);
            QTRY_VERIFY(visibleDialog<ReviewMatchDialog>());
            ReviewMatchDialog* review = visibleDialog<ReviewMatchDialog>();
            QVERIFY(child<QLabel>(review, "childReviewLabel")->isVisible());
            QVERIFY(!child<QPushButton>(review, "confirmMatchButton")->isEnabled());
            QVERIFY(!child<QPushButton>(review, "rejectMatchButton")->isEnabled());
            keepScreenshot(review, QStringLiteral("review-match-volunteer.png"));
            review->reject();
            closeDiscarding(window);
        }

        // Legal staff review it, and later record the reunion.
        MainWindow window(t.db(), t.clock(), t.legal());
        window.resize(1280, 800);
        window.show();
        TracingRequestsView* requests = window.tracingView()->requests();
        requests->setFilter(TracingRequestsView::Filter::ToReview);
        QCOMPARE(requests->model()->rowCount(), 1);
        requests->reviewProposal(0);
        QTRY_VERIFY(visibleDialog<ReviewMatchDialog>());
        ReviewMatchDialog* review = visibleDialog<ReviewMatchDialog>();
        QVERIFY(child<QPushButton>(review, "confirmMatchButton")->isEnabled());
        child<QLineEdit>(review, "reviewNoteEdit")
            ->setText(QStringLiteral(
                "Best-interests assessment done; the boy recognised his mother's photo"));
        keepScreenshot(review, QStringLiteral("review-match.png"));
        QTest::mouseClick(child<QPushButton>(review, "confirmMatchButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<ReviewMatchDialog>());
        QCOMPARE(
            TracingService(t.db(), t.clock(), t.legal()).requests({})->constFirst().foundPersonId,
            c.members[1].person.id);

        requests->setFilter(TracingRequestsView::Filter::Open);
        requests->closeRequest();
        QTRY_VERIFY(visibleDialog<CloseRequestDialog>());
        CloseRequestDialog* closing = visibleDialog<CloseRequestDialog>();
        QVERIFY(child<QRadioButton>(closing, "reunitedRadio")->isChecked());
        QTest::mouseClick(child<QPushButton>(closing, "closeRequestOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<CloseRequestDialog>());
        requests->setFilter(TracingRequestsView::Filter::Ended);
        QCOMPARE(requests->model()->requests()[0].status, TracingStatus::Reunited);
        auto* history = child<QListWidget>(requests, "tracingHistoryList");
        QStringList lines;
        for (int i = 0; i < history->count(); ++i)
            lines.append(history->item(i)->text());
        QVERIFY2(
            lines.join(QLatin1Char('\n')).contains(QStringLiteral("Match proposed → Reunited")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        closeDiscarding(window);
    }

    void theCaseShowsRelativesAndSoughtRelatives()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord boy = johandrysCase(t, site.id);
        CaseRecord mother = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yelitza"), QStringLiteral("Pérez"), {},
                                      Sex::Female, PartialDate::yearOnly(1984)));
        mother = save(t, mother);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.resize(1280, 800);
        window.show();
        window.openCase(mother.id);
        CaseEditor* editor = window.editorFor(mother.id);
        RelativesPanel* panel = editor->relativesPanel();
        QVERIFY(panel);
        child<QTabWidget>(editor, "caseEditorPages")->setCurrentWidget(panel);

        // Her son, registered in another case, linked by its number.
        panel->linkRelative();
        QTRY_VERIFY(visibleDialog<LinkRelativeDialog>());
        LinkRelativeDialog* link = visibleDialog<LinkRelativeDialog>();
        QTest::mouseClick(child<QPushButton>(link, "linkOkButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>(link, "linkErrorLabel")->isVisible()); // no case found yet
        child<QLineEdit>(link, "linkCaseNumberEdit")->setText(boy.caseNumber);
        link->findOtherCase();
        auto* relative = child<QComboBox>(link, "linkRelativeCombo");
        QCOMPARE(relative->count(), 2);
        relative->setCurrentIndex(relative->findData(boy.members[1].person.id));
        auto* relationship = child<QComboBox>(link, "linkRelationshipCombo");
        relationship->setCurrentIndex(relationship->findData(int(Relationship::Child)));
        QTest::mouseClick(child<QPushButton>(link, "linkOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<LinkRelativeDialog>());
        QTableWidget* links = panel->links();
        QCOMPARE(links->rowCount(), 1);
        QCOMPARE(links->item(0, 1)->text(), QStringLiteral("Johandry Pérez Gómez"));
        QCOMPARE(links->item(0, 2)->text(), QStringLiteral("child"));
        QCOMPARE(links->item(0, 3)->text(), boy.caseNumber);
        QCOMPARE(links->item(0, 4)->text(), QStringLiteral("declared"));

        // Her daughter, whereabouts unknown: a sought relative of the case.
        panel->addSoughtRelative();
        QTRY_VERIFY(visibleDialog<TracingRequestDialog>());
        TracingRequestDialog* sought = visibleDialog<TracingRequestDialog>();
        QVERIFY(child<QComboBox>(sought, "inquirerMemberCombo"));
        child<QLineEdit>(sought, "soughtGivenEdit")->setText(QStringLiteral("Daniela"));
        child<QLineEdit>(sought, "soughtFamily1Edit")->setText(QStringLiteral("Pérez"));
        child<QLineEdit>(sought, "soughtLastPlaceEdit")->setText(QStringLiteral("Pamplona"));
        child<QLineEdit>(sought, "soughtLastSeenEdit")->setText(QStringLiteral("someday"));
        QTest::mouseClick(child<QPushButton>(sought, "tracingOkButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>(sought, "soughtLastSeenEditError")->isVisible());
        child<QLineEdit>(sought, "soughtLastSeenEdit")->setText(QStringLiteral("2026-03"));
        QTest::mouseClick(child<QPushButton>(sought, "tracingOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<TracingRequestDialog>());
        QCOMPARE(panel->sought()->rowCount(), 1);
        QCOMPARE(panel->sought()->item(0, 1)->text(), QStringLiteral("Daniela Pérez"));
        keepScreenshot(&window, QStringLiteral("case-relatives.png"));

        // Double-clicking the sought relative shows the request in the tracing tab.
        emit panel->sought()->cellDoubleClicked(0, 0);
        QCOMPARE(child<QTabWidget>(&window, "tabs")->currentWidget(), window.tracingView());
        QCOMPARE(window.tracingView()->requests()->currentRequestId(),
                 panel->sought()->item(0, 0)->data(Qt::UserRole).toLongLong());
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestTracingGui)
#include "tst_tracinggui.moc"
