#pragma once

#include "core/base/SecretBytes.h"

#include <QLineEdit>

namespace fieldcase::ui {

// A masked line edit for passphrases whose text leaves it only as a wipeable SecretBytes.
class PassphraseEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit PassphraseEdit(QWidget* parent = nullptr);

    // Returns the text as UTF-8 in a wipeable buffer and empties the field, overwriting Qt's copy of the
    // characters. Qt may still have freed (not wiped) fragments of it while the person typed.
    SecretBytes takeSecret();
};

}  // namespace fieldcase::ui
