#pragma once

#include "core/common/Error.h"
#include "core/domain/IdentityDocument.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableWidget;

// The identity documents a person carries (type, number, issuing country, expiry), or the
// fact that they have none.
class DocumentsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsEdit(QWidget* parent = nullptr);

    bool hasNoDocument() const;
    QList<IdentityDocument> documents() const;
    // Expiry dates that could not be read, as errors on "documents/N/expiry".
    QList<FieldError> inputErrors() const;
    void setDocuments(bool noDocument, const QList<IdentityDocument>& documents);

signals:
    void changed();

private:
    void addRow(const IdentityDocument& document);
    void updateEnabled();

    QCheckBox* m_noDocument;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};
