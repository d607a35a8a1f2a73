#include "core/sync/bundle/BundleReadResult.h"

#include <QCoreApplication>

namespace fieldcase::sync {

QString bundleProblemMessage(BundleProblem problem) {
    switch (problem) {
        case BundleProblem::None:
            break;
        case BundleProblem::TooLarge:
            return QCoreApplication::translate("Sync", "This file is too large to be a bundle.");
        case BundleProblem::Truncated:
            return QCoreApplication::translate(
                "Sync", "This bundle is incomplete. If it is still being copied, try again later.");
        case BundleProblem::Unsupported:
            return QCoreApplication::translate(
                "Sync", "This bundle was made by a newer version of Fieldcase, or it is not a bundle.");
        case BundleProblem::NotForThisDevice:
            return QCoreApplication::translate("Sync",
                                               "This bundle is not for this device: another team's, or a colleague's "
                                               "written before they knew this device (readable after their next "
                                               "sync).");
        case BundleProblem::Damaged:
            return QCoreApplication::translate("Sync", "This bundle is damaged or has been altered.");
        case BundleProblem::UnknownSender:
            return QCoreApplication::translate("Sync", "This bundle is from an unknown device.");
        case BundleProblem::BadSignature:
            return QCoreApplication::translate("Sync",
                                               "The signature of this bundle does not match the device it names.");
        case BundleProblem::Malformed:
            return QCoreApplication::translate("Sync",
                                               "This bundle comes from a team device but its contents are not valid.");
        case BundleProblem::NeedsNewerVersion:
            return QCoreApplication::translate("Sync", "This bundle needs a newer version of Fieldcase.");
    }
    return {};
}

}  // namespace fieldcase::sync
