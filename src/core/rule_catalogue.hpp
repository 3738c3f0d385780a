// What each rule of the catalogue (DESIGN.md §4.2) checks, in words for people: the rules' help
// in SARIF output and listings.
#pragma once

#include <string>

#include "finding.hpp"

namespace chengbao {

/// One sentence saying what rule `id` checks, in `language`; empty for an unknown id.
std::string rule_description(const std::string& id, Language language);

}  // namespace chengbao
