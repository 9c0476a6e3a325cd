#include "ui/caseeditor/DocumentsEdit.h"

#include "core/common/DateFormats.h"
#include "core/domain/PartialDate.h"
#include "ui/common/CountryComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    TypeColumn,
    NumberColumn,
    CountryColumn,
    ExpiryColumn
};

std::optional<QDate> parseExpiry(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    const auto d = PartialDate::parse(text, QDate::currentDate());
    if (!d || d->precision() != PartialDate::Precision::Exact)
        return std::nullopt;
    return d->date();
}
} // namespace

DocumentsEdit::DocumentsEdit(QWidget* parent)
    : QWidget(parent)
{
    m_noDocument = new QCheckBox(tr("Has no identity document"), this);
    m_noDocument->setObjectName(QStringLiteral("noDocumentCheck"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Number"), tr("Issued by"), tr("Expires")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);
    m_add = new QPushButton(tr("Add document"), this);
    m_add->setObjectName(QStringLiteral("addDocumentButton"));
    m_remove = new QPushButton(tr("Remove document"), this);
    m_remove->setObjectName(QStringLiteral("removeDocumentButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noDocument);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_noDocument, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        IdentityDocument d;
        d.type = DocumentType::NationalId;
        d.issuingCountry = QStringLiteral("VEN");
        addRow(d);
        m_table->setCurrentCell(m_table->rowCount() - 1, NumberColumn);
        m_table->cellWidget(m_table->rowCount() - 1, NumberColumn)->setFocus();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            emit changed();
        }
    });
    updateEnabled();
}

void DocumentsEdit::addRow(const IdentityDocument& d)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* type = new QComboBox(m_table);
    for (DocumentType t : documentTypeCodes().values())
        type->addItem(documentTypeCodes().label(t), int(t));
    type->setCurrentIndex(type->findData(int(d.type)));
    auto* number = new QLineEdit(d.number, m_table);
    number->setObjectName(QStringLiteral("documentNumberEdit%1").arg(row));
    number->setMaxLength(60);
    auto* country = new CountryComboBox(CountryComboBox::Mode::Country, false, m_table);
    country->setCode(d.issuingCountry);
    auto* expiry =
        new QLineEdit(d.expiry.isValid() ? DateFormats::numeric(d.expiry) : QString(), m_table);
    expiry->setPlaceholderText(tr("dd/mm/yyyy"));
    expiry->setToolTip(
        tr("Expiry date as dd/mm/yyyy; leave empty if the document does not expire."));
    m_table->setCellWidget(row, TypeColumn, type);
    m_table->setCellWidget(row, NumberColumn, number);
    m_table->setCellWidget(row, CountryColumn, country);
    m_table->setCellWidget(row, ExpiryColumn, expiry);
    connect(type, &QComboBox::currentIndexChanged, this, &DocumentsEdit::changed);
    connect(number, &QLineEdit::textEdited, this, &DocumentsEdit::changed);
    connect(country, &CountryComboBox::codeChanged, this, &DocumentsEdit::changed);
    connect(expiry, &QLineEdit::textEdited, this, &DocumentsEdit::changed);
}

void DocumentsEdit::updateEnabled()
{
    const bool none = m_noDocument->isChecked();
    m_table->setEnabled(!none);
    m_add->setEnabled(!none);
    m_remove->setEnabled(!none);
}

bool DocumentsEdit::hasNoDocument() const
{
    return m_noDocument->isChecked();
}

QList<IdentityDocument> DocumentsEdit::documents() const
{
    QList<IdentityDocument> list;
    if (hasNoDocument())
        return list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        IdentityDocument d;
        d.type = DocumentType(
            qobject_cast<QComboBox*>(m_table->cellWidget(row, TypeColumn))->currentData().toInt());
        d.number =
            qobject_cast<QLineEdit*>(m_table->cellWidget(row, NumberColumn))->text().trimmed();
        d.issuingCountry =
            qobject_cast<CountryComboBox*>(m_table->cellWidget(row, CountryColumn))->code();
        d.expiry =
            parseExpiry(qobject_cast<QLineEdit*>(m_table->cellWidget(row, ExpiryColumn))->text())
                .value_or(QDate());
        list.append(d);
    }
    return list;
}

QList<FieldError> DocumentsEdit::inputErrors() const
{
    QList<FieldError> errors;
    if (hasNoDocument())
        return errors;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString text =
            qobject_cast<QLineEdit*>(m_table->cellWidget(row, ExpiryColumn))->text();
        if (!parseExpiry(text))
            errors.append({QStringLiteral("documents/%1/expiry").arg(row),
                           tr("The expiry date “%1” is not a date; write it as dd/mm/yyyy.")
                               .arg(text.left(20))});
    }
    return errors;
}

void DocumentsEdit::setDocuments(bool noDocument, const QList<IdentityDocument>& documents)
{
    m_table->setRowCount(0);
    for (const IdentityDocument& d : documents)
        addRow(d);
    m_noDocument->setChecked(noDocument);
    updateEnabled();
}
