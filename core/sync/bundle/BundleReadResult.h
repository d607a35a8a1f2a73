#pragma once

#include "core/base/Result.h"
#include "core/sync/bundle/BundleFormat.h"

#include <utility>

namespace fieldcase::sync {

// Why a bundle was refused. Each has its own message for a person; the sync engine acts on the value (e.g. retry
// an incomplete file later, alert on an altered one).
enum class BundleProblem {
    None,
    TooLarge,           // larger than kMaxBundleFileSize
    Truncated,          // shorter than its header says, or its last chunk is missing: may still be copying
    Unsupported,        // an unknown version, suite or flag: a newer Fieldcase, or not a bundle at all
    NotForThisDevice,   // no stanza opens with this device's key
    Damaged,            // the header MAC or a chunk does not verify, or the sizes do not fit together
    UnknownSender,      // the sender is not a device this one knows
    BadSignature,       // the signature is missing or does not match the sender's key
    Malformed,          // signed by a known device, but the records break the format
    NeedsNewerVersion,  // a critical record or kind this version does not know
};

// The plain message for a problem, in the interface language.
QString bundleProblemMessage(BundleProblem problem);

// A Result (code Rejected on failure) that also says which problem made the reader refuse the bundle.
class [[nodiscard]] BundleReadResult : public Result<BundleContent> {
public:
    BundleReadResult(BundleContent content) : Result(std::move(content)) {}  // NOLINT: implicit like Result
    BundleReadResult(BundleProblem problem)                                  // NOLINT: implicit like Result
        : Result(makeError(ErrorCode::Rejected, bundleProblemMessage(problem))), m_problem(problem) {}

    BundleProblem problem() const { return m_problem; }

private:
    BundleProblem m_problem = BundleProblem::None;
};

}  // namespace fieldcase::sync
