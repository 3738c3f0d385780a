// Where the packs imported from a URL came from, and when to look for newer versions: pure rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chengbao {

/// A pack imported from an http: or https: URL, as the settings remember it.
struct PackSource {
  std::string id;       ///< the pack's id (pack.xml), e.g. "dhbank-binjiang"
  std::string url;      ///< where it was downloaded from, e.g. "https://intranet/packs/dh.cbpack"
  std::string version;  ///< the version installed from there, as written, e.g. "1.0.0"
};

/// The entry `text` of the settings' list, "id\turl\tversion"; nullopt when it does not have
/// exactly three non-empty tab-separated fields (an entry written by a later version, or edited
/// by hand, is skipped rather than guessed at).
std::optional<PackSource> parse_pack_source(std::string_view text);

/// `source` as an entry of the settings' list: "id\turl\tversion". Tabs and line breaks in a
/// field (never in a valid id, URL or version) are replaced by spaces, so the entry reads back.
std::string format_pack_source(const PackSource& source);

/// `sources` with `source` recorded: it replaces the entry of the same id, else it is appended.
void record_pack_source(std::vector<PackSource>& sources, const PackSource& source);

/// Whether a pack comes from a URL that update checks follow: http: or https: (any case).
bool is_remote_pack_url(std::string_view url);

/// The least time between two update checks that are not forced: one day.
constexpr std::int64_t kPackUpdateInterval = 24 * 60 * 60;

/// Whether an update check is due at `now` (seconds since the epoch) when the last one was at
/// `last_check` (0: never): a day or more has passed, or the clock went back (the last check lies
/// in the future, so waiting for it could take arbitrarily long).
bool pack_update_due(std::int64_t last_check, std::int64_t now);

}  // namespace chengbao
