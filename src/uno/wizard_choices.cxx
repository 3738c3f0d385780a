// The report wizard's choices (template, sections, profile, options), however they were made.
#include "wizard_choices.hxx"

#include <algorithm>

namespace chengbao::ext {
namespace {

std::string trimmed(const std::string& rText) {
  const auto nFirst = rText.find_first_not_of(" \t");
  if (nFirst == std::string::npos) return std::string();
  return rText.substr(nFirst, rText.find_last_not_of(" \t") - nFirst + 1);
}

}  // namespace

std::vector<std::string> splitList(const std::string& rText) {
  std::vector<std::string> aItems;
  size_t nStart = 0;
  while (nStart <= rText.size()) {
    const size_t nEnd = std::min(rText.find(',', nStart), rText.size());
    std::string aItem = trimmed(rText.substr(nStart, nEnd - nStart));
    if (!aItem.empty()) aItems.push_back(std::move(aItem));
    nStart = nEnd + 1;
  }
  return aItems;
}

std::optional<std::map<std::string, std::string>> parseAlternatives(const std::string& rText) {
  std::map<std::string, std::string> aResult;
  for (const std::string& rItem : splitList(rText)) {
    const size_t nEquals = rItem.find('=');
    if (nEquals == std::string::npos) return std::nullopt;
    const std::string aSection = trimmed(rItem.substr(0, nEquals));
    const std::string aAlternative = trimmed(rItem.substr(nEquals + 1));
    if (aSection.empty() || aAlternative.empty()) return std::nullopt;
    aResult[aSection] = aAlternative;
  }
  return aResult;
}

std::vector<std::string> formatAlternatives(const std::map<std::string, std::string>& rMap) {
  std::vector<std::string> aItems;
  for (const auto& [rSection, rAlternative] : rMap) aItems.push_back(rSection + "=" + rAlternative);
  return aItems;
}

std::optional<InsertTarget> parseTarget(const std::string& rText) {
  if (rText == "cursor") return InsertTarget::Cursor;
  if (rText == "new") return InsertTarget::NewDocument;
  return std::nullopt;
}

const char* targetName(InsertTarget eTarget) {
  return eTarget == InsertTarget::NewDocument ? "new" : "cursor";
}

}  // namespace chengbao::ext
