// Looks for newer versions of the packs imported from a URL: downloads each again and checks it
// as an install would, without installing anything.
#pragma once

#include <string>
#include <vector>

#include "download.hpp"
#include "load_error.hpp"
#include "pack_file.hpp"
#include "pack_manifest.hpp"
#include "pack_sources.hpp"

namespace chengbao {

/// A newer version on offer at a pack's source.
struct PackOffer {
  PackSource source;     ///< as recorded: its version is the one installed
  PackManifest offered;  ///< the manifest of the pack the URL gives now, checked whole
};

/// A source that could not be checked: not reachable, or what it gives now is no valid pack.
struct PackCheckFailure {
  PackSource source;
  LoadError error;  ///< named by the source's URL
};

/// What a check of all sources found.
struct PackUpdateCheck {
  std::vector<PackOffer> updates;  ///< in the order of the sources
  std::vector<PackCheckFailure> failures;
};

/// Downloads each of `sources` (within `limits`) into a private file of `scratch_dir` (removed
/// again), checks it as install_pack would (check_pack with `options`) and compares its version
/// with the recorded one: a newer one is an update; the same or an older one is nothing. A pack
/// that does not download, does not pass the check, or has another id than recorded is a
/// failure. Installs nothing, never throws for a failure, and calls no office: safe on any
/// thread.
PackUpdateCheck check_pack_updates(const std::vector<PackSource>& sources,
                                   const std::string& scratch_dir, const PackOptions& options,
                                   const DownloadLimits& limits = {});

}  // namespace chengbao
