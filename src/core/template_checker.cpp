// Reading a template's <checker>, merging it over an inherited one, and the rule catalogue.
#include "template_checker.hpp"

#include <algorithm>

#include "xml_util.hpp"

namespace chengbao {

namespace {

bool is_rule_id(const std::string& id) {
  const std::vector<std::string>& ids = rule_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::optional<LoadError> read_rule(const xml::Document& doc, const pugi::xml_node& node,
                                   CheckerSettings& settings) {
  if (auto error = xml::check_attributes(doc, node, {"id", "enabled", "severity"})) return error;
  if (auto error = xml::check_empty(doc, node)) return error;
  const std::string id = node.attribute("id").value();
  if (id.empty()) {
    return doc.error(node, "<rule> has no id attribute", LoadProblem::MissingAttribute,
                     {"rule", "id"});
  }
  if (!is_rule_id(id)) {
    return doc.error(node, "unknown rule id '" + id + "' (see the rule ids in templates/README.md)",
                     LoadProblem::UnknownRule, {id, "templates/README.md"});
  }
  const std::string tag = "<rule id=\"" + id + "\">";
  if (settings.rules.count(id) != 0) {
    return doc.error(node, tag + " is given more than once", LoadProblem::GivenTwice,
                     {xml::element_arg(tag)});
  }
  RuleSetting setting;
  if (node.attribute("enabled")) {
    bool enabled = true;
    if (auto error = xml::read_bool(doc, node, "enabled", tag, enabled)) return error;
    setting.enabled = enabled;
  }
  if (const pugi::xml_attribute severity = node.attribute("severity")) {
    const std::string value = severity.value();
    if (value == "error") {
      setting.severity = Severity::Error;
    } else if (value == "warning") {
      setting.severity = Severity::Warning;
    } else if (value == "info") {
      setting.severity = Severity::Info;
    } else {
      return doc.error(node, tag + " has severity=\"" + value + "\" (use error, warning or info)",
                       LoadProblem::BadAttributeValue,
                       {xml::element_arg(tag), "severity", value, "error warning info"});
    }
  }
  if (!setting.enabled && !setting.severity) {
    return doc.error(node, tag + " changes nothing: give enabled or severity",
                     LoadProblem::RuleChangesNothing,
                     {xml::element_arg(tag), "enabled", "severity"});
  }
  settings.rules.emplace(id, setting);
  return std::nullopt;
}

std::optional<LoadError> read_labels(const xml::Document& doc, const pugi::xml_node& node,
                                     CheckerFile& checker) {
  if (auto error = xml::check_attributes(doc, node, {"level", "allowed"})) return error;
  if (auto error = xml::check_empty(doc, node)) return error;
  const pugi::xml_attribute level_attribute = node.attribute("level");
  if (!level_attribute) {
    return doc.error(node, "<labels> has no level attribute", LoadProblem::MissingAttribute,
                     {"labels", "level"});
  }
  const std::optional<int> level = xml::parse_count(level_attribute.value());
  if (!level || *level < 1 || *level > kMaxHeadingLevel) {
    return doc.error(node,
                     "<labels> has level \"" + std::string(level_attribute.value()) +
                         "\" (use a number from 1 to " + std::to_string(kMaxHeadingLevel) + ")",
                     LoadProblem::BadLevel,
                     {"labels", level_attribute.value(), std::to_string(kMaxHeadingLevel)});
  }
  const std::string tag = "<labels level=\"" + std::to_string(*level) + "\">";
  if (checker.label_lines.count(*level) != 0) {
    const std::string first = std::to_string(checker.label_lines[*level]);
    return doc.error(node, tag + " is given more than once (first on line " + first + ")",
                     LoadProblem::RepeatedElement, {xml::element_arg(tag), first});
  }
  const std::vector<std::string> allowed = xml::split_words(node.attribute("allowed").value());
  if (allowed.empty()) {
    return doc.error(node, tag + " has no allowed label forms", LoadProblem::NoLabelForms,
                     {xml::element_arg(tag)});
  }
  for (const std::string& label : allowed) {
    // The examples are written with the first counter so that the checker can tell the form
    // (一、 vs 1、) without guessing what a number means.
    if (label.find('1') == std::string::npos && label.find("一") == std::string::npos) {
      return doc.error(
          node,
          tag + " allows '" + label + "', which is not a label written with the counter 1 or 一",
          LoadProblem::LabelWithoutOne, {xml::element_arg(tag), label});
    }
  }
  checker.settings.labels[*level] = allowed;
  checker.label_lines[*level] = doc.line_of(node);
  return std::nullopt;
}

std::optional<LoadError> read_dates(const xml::Document& doc, const pugi::xml_node& node,
                                    CheckerFile& checker) {
  if (auto error = xml::check_attributes(doc, node, {"allowed"})) return error;
  if (auto error = xml::check_empty(doc, node)) return error;
  const std::vector<std::string> allowed = xml::split_words(node.attribute("allowed").value());
  if (allowed.empty()) {
    return doc.error(node, "<dates> has no allowed date forms", LoadProblem::NoDateForms, {});
  }
  checker.settings.dates.clear();
  for (const std::string& name : allowed) {
    const std::optional<DateStyle> style = parse_date_style(name);
    if (!style) {
      return doc.error(node,
                       "<dates> allows '" + name +
                           "', which is not a date form (use gbt9704, chinese, roc or iso)",
                       LoadProblem::NotADateForm, {name, "gbt9704 chinese roc iso"});
    }
    checker.settings.dates.push_back(*style);
  }
  checker.dates_given = true;
  return std::nullopt;
}

}  // namespace

std::optional<LoadError> read_checker(const xml::Document& doc, const pugi::xml_node& node,
                                      CheckerFile& checker) {
  if (auto error = xml::check_attributes(doc, node, {})) return error;
  if (auto error = xml::check_no_text(doc, node)) return error;
  xml::SeenOnce seen(doc);
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = child.name();
    std::optional<LoadError> error;
    if (name == "rule") {
      error = read_rule(doc, child, checker.settings);
    } else if (name == "labels") {
      error = read_labels(doc, child, checker);
    } else if (name == "dates") {
      error = seen.mark(child);
      if (!error) error = read_dates(doc, child, checker);
    } else {
      return doc.unknown_element(child, name, "checker");
    }
    if (error) return error;
  }
  return std::nullopt;
}

std::optional<LoadError> merge_checker(const xml::Document& doc, const CheckerFile& file,
                                       const std::vector<LevelNumbering>& numbering,
                                       const pugi::xml_node& fallback, CheckerSettings& settings) {
  for (const auto& [rule, setting] : file.settings.rules) {
    RuleSetting& merged = settings.rules[rule];
    if (setting.enabled) merged.enabled = setting.enabled;
    if (setting.severity) merged.severity = setting.severity;
  }
  for (const auto& [level, labels] : file.settings.labels) settings.labels[level] = labels;
  if (file.dates_given) settings.dates = file.settings.dates;

  // The labels the template itself makes must pass its own checker.
  for (const auto& [level, allowed] : settings.labels) {
    const auto line = file.label_lines.find(level);
    const auto at = [&](const std::string& message, LoadProblem problem,
                        std::vector<std::string> args) {
      return line != file.label_lines.end()
                 ? LoadError{doc.name, line->second, message, problem, std::move(args)}
                 : doc.error(fallback, message, problem, std::move(args));
    };
    const std::string tag = "<labels level=\"" + std::to_string(level) + "\">";
    if (level > static_cast<int>(numbering.size())) {
      const std::string defined = std::to_string(numbering.size());
      return at(
          tag + " is for a level that <numbering> does not define (it defines " + defined + ")",
          LoadProblem::LabelsLevelUndefined, {xml::element_arg(tag), defined});
    }
    const std::string own =
        xml::trim(format_label(numbering, std::vector<int>(static_cast<std::size_t>(level), 1)));
    if (std::find(allowed.begin(), allowed.end(), own) == allowed.end()) {
      return at(tag + " does not allow '" + own + "', the label that <numbering> makes",
                LoadProblem::LabelsRefuseOwn, {xml::element_arg(tag), own});
    }
  }
  return std::nullopt;
}

const std::vector<std::string>& rule_ids() {
  static const std::vector<std::string> kIds = {
      "title.missing",      "title.format",        "addressee.missing",    "heading.missing",
      "heading.order",      "section.empty",       "numbering.gap",        "numbering.restart",
      "numbering.level",    "numbering.style",     "placeholder.leftover", "punct.halfwidth",
      "char.stray",         "duplicate.paragraph", "closing.missing",      "signature.missing",
      "signature.mismatch", "date.missing",        "date.format",          "date.invalid",
      "report.request",     "docnumber.format",    "masthead.signer",      "space.cjk",
      "attachment.format",  "colophon.format",     "format.font",          "format.size",
      "format.weight",      "format.align",        "format.indent",        "format.spacing",
      "format.page",        "format.pagenumber"};
  return kIds;
}

}  // namespace chengbao
