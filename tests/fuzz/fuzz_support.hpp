// What the fuzz targets share: an input split into named package entries, a package built from
// them in memory, and a file in memory the readers open by path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "check.hpp"
#include "document.hpp"
#include "profile.hpp"
#include "report_template.hpp"

namespace chengbao::fuzz {

/// The entries of a package input: each starts on a line "@@ NAME" and runs to the next such
/// line. tests/fuzz/make_seeds.py writes the seeds in this form from real .docx and .odt files.
std::vector<std::pair<std::string, std::string>> split_entries(const std::uint8_t* data,
                                                               std::size_t size);

/// A zip holding `entries`, stored uncompressed so that mutations reach the XML readers.
/// Empty when libzip refuses the names.
std::string build_zip(const std::vector<std::pair<std::string, std::string>>& entries);

/// A path ("/proc/self/fd/N") to a file in memory holding `bytes`; the same file is reused.
std::string memory_file(const void* bytes, std::size_t size);

/// The shipped template that checks a report (work-report.xml) and the example profile, loaded
/// once; the process aborts when they do not load, as a broken build would.
const ReportTemplate& shipped_template();
const Profile& shipped_profile();
/// The shipped template folder, where templates find their parents.
std::string template_dir();

/// The check pipeline on `document`: check in `language`, plan and apply every safe fix, check
/// the fixed text again. Aborts when a plan's edit does not fit its paragraph.
void check_and_fix(const Document& document, Language language);

}  // namespace chengbao::fuzz
