// The report wizard's choices (template, sections, profile, options), however they were made.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "date_format.hpp"

namespace chengbao::ext {

/// Where Finish puts the report.
enum class InsertTarget {
  Cursor,       ///< after the paragraph holding the cursor of the document the wizard runs in
  NewDocument,  ///< into a new Writer document
};

struct WizardChoices {
  std::string templateKey;     ///< a shipped template's id, or the path of a template file
  std::string script;          ///< zh-Hans or zh-Hant
  std::set<std::string> omit;  ///< ids of optional sections left out
  std::map<std::string, std::string> alternatives;  ///< section id → alternative id
  std::string profilePath;
  std::string topic;         ///< empty: the template's default topic
  std::optional<Date> date;  ///< unset: today
  InsertTarget target = InsertTarget::Cursor;
  /// Apply the template's page setup (GB/T 9704 margins) when it has one.
  bool pageSetup = true;
  /// Add a 版头 (发文机关标志, 发文字号, 签发人) and a 版记 (抄送, 印发) from the profile; Chinese
  /// templates only.
  bool masthead = false;
  bool colophon = false;
  std::string sequence;  ///< the 发文字号's {{seq}}; empty: a visible 【序号】
};

/// "a, b,c" → {"a", "b", "c"}; empty items are dropped.
std::vector<std::string> splitList(const std::string& rText);

/// "section=alternative,section=alternative" → the map; nullopt when an item has no "=".
std::optional<std::map<std::string, std::string>> parseAlternatives(const std::string& rText);

/// The inverse of parseAlternatives, one "section=alternative" per entry.
std::vector<std::string> formatAlternatives(const std::map<std::string, std::string>& rMap);

/// "cursor" | "new"; nullopt for anything else.
std::optional<InsertTarget> parseTarget(const std::string& rText);
const char* targetName(InsertTarget eTarget);

}  // namespace chengbao::ext
