#include "ui/firstrun/LanguagePage.h"

#include "core/common/AppSettings.h"
#include "core/common/Translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

LanguagePage::LanguagePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("languagePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Translations::current()));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        Translations::install(*QCoreApplication::instance(), m_language->currentData().toString());
    });
    m_label = new QLabel(this);
    m_label->setBuddy(m_language);
    auto* form = new QFormLayout;
    form->addRow(m_label, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch();
    retranslate();
}

bool LanguagePage::validatePage()
{
    AppSettings().setLanguage(m_language->currentData().toString());
    return true;
}

void LanguagePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LanguagePage::retranslate()
{
    setTitle(tr("Welcome to Amparo"));
    setSubTitle(tr("Three short steps prepare Amparo for your organisation."));
    m_intro->setText(tr("Choose the language Amparo speaks on this computer. Each person can "
                        "change it later from Settings → Language."));
    m_label->setText(tr("&Language"));
}
