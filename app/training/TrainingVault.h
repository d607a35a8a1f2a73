#pragma once

#include "core/base/Result.h"

#include <QTemporaryDir>

#include <memory>

namespace fieldcase {

class RecordService;
class Services;

namespace training {

// Fills an empty vault with the made-up team of training mode: `cases` cases with their people, encounters and
// follow-ups, dated up to today, and a few organisations. The same team every time (trainers prepare exercises on
// it). Used by `fieldcase --demo` and `fieldcase-cli training`.
Result<void> fillWithTrainingTeam(RecordService& records, int cases);

// Training mode (`fieldcase --demo`): a throwaway vault in a temporary folder, filled with made-up cases in Russian
// and English, so new staff can practise every screen without touching real data. The folder is removed when the
// object goes (the app's exit); its passphrase is printed on the app's TRAINING banner.
class TrainingVault {
public:
    // Digits only: typeable whatever the keyboard layout.
    static constexpr char kPassphrase[] = "12345678";
    static constexpr int kDefaultCases = 300;

    // Creates, claims and fills the vault and leaves it unlocked; takes a few seconds.
    static Result<std::unique_ptr<TrainingVault>> create(int cases = kDefaultCases);
    ~TrainingVault();

    TrainingVault(const TrainingVault&) = delete;
    TrainingVault& operator=(const TrainingVault&) = delete;

    Services& services() { return *m_services; }
    QString folder() const { return m_dir.path(); }

private:
    TrainingVault() = default;

    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
};

}  // namespace training
}  // namespace fieldcase
