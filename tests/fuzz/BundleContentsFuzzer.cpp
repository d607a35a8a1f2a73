// libFuzzer on what the sync engine reads inside a verified bundle, and on enrolment request files: version vectors,
// changesets and their bodies (op entries, whole and redacted), membership events (decoded one by one and then folded
// together as a team), requests. A member of
// the team, or anyone for a request file, controls these bytes. Whatever decodes must encode back to the same bytes.
#include "core/store/Changeset.h"
#include "core/sync/SyncRecords.h"
#include "core/sync/team/MembershipFold.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace fieldcase;
using namespace fieldcase::sync;

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

// A changeset's body: whatever decodes encodes back to the same bytes, and every entry opens or is refused cleanly.
void body(const QByteArray& bytes) {
    auto decoded = store::decodeBody(bytes);
    if (!decoded) return;
    require(store::encodeBody(decoded->format, decoded->entries) == bytes);
    for (const store::OpEntry& entry : decoded->entries) {
        if (entry.redacted) {
            static_cast<void>(store::redactedTarget(entry, decoded->format));
        } else if (auto op = store::openOp(entry, decoded->format)) {
            require(store::decodeOp(store::encodeOp(*op)).ok());
        }
    }
}

// Splits the input at each "\xFF\xFE" into records, so one input can carry several events for the fold.
std::vector<QByteArray> pieces(const QByteArray& input) {
    std::vector<QByteArray> result;
    qsizetype start = 0;
    for (;;) {
        const qsizetype at = input.indexOf("\xFF\xFE", start);
        result.push_back(input.mid(start, at < 0 ? -1 : at - start));
        if (at < 0) break;
        start = at + 2;
    }
    return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 5) {
        case 0:
            if (auto vector = decodeVersionVector(input)) require(encodeVersionVector(*vector) == input);
            break;
        case 1:
            if (auto changeset = decodeChangeset(input)) {
                require(encodeChangeset(*changeset) == input);
                body(changeset->body);
            }
            break;
        case 2: {
            std::vector<FoldedEvent> events;
            for (const QByteArray& piece : pieces(input)) {
                auto signedEvent = SignedEvent::decode(piece);
                if (!signedEvent) continue;
                require(signedEvent->encode() == piece);
                auto event = MembershipEvent::decode(signedEvent->body);
                if (!event) continue;
                require(event->encode() == signedEvent->body);
                events.push_back({*signedEvent, *event, signedEvent->hash()});
            }
            if (!events.empty())
                static_cast<void>(foldMembership(events, events.front().event.teamId, founderOf(events)));
            break;
        }
        case 3:
            static_cast<void>(EnrolmentRequest::decode(input));
            break;
        case 4:
            body(input);
            break;
    }
    return 0;
}
