// Writing a template as format v1 XML (see template_writer.hpp).
#include "template_writer.hpp"

#include <algorithm>
#include <set>
#include <sstream>
#include <vector>

#include <pugixml.hpp>

namespace chengbao {
namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : " ") + value;
  return out;
}

void add_text(pugi::xml_node parent, const char* name, const std::string& text) {
  parent.append_child(name).text().set(text.c_str());
}

bool same_numbering(const std::vector<LevelNumbering>& a, const std::vector<LevelNumbering>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const LevelNumbering& x, const LevelNumbering& y) {
                      return x.level == y.level && x.format == y.format && x.prefix == y.prefix &&
                             x.suffix == y.suffix && x.with_parents == y.with_parents;
                    });
}

bool same_alternatives(const Section& a, const Section& b) {
  return std::equal(a.alternatives.begin(), a.alternatives.end(), b.alternatives.begin(),
                    b.alternatives.end(), [](const Alternative& x, const Alternative& y) {
                      return x.id == y.id && x.paragraphs == y.paragraphs;
                    });
}

bool same_section(const Section& a, const Section& b) {
  return a.id == b.id && a.level == b.level && a.required == b.required && a.heading == b.heading &&
         a.aliases == b.aliases && same_alternatives(a, b) &&
         std::equal(a.children.begin(), a.children.end(), b.children.begin(), b.children.end(),
                    same_section);
}

void collect_ids(const std::vector<Section>& sections, std::set<std::string>& ids) {
  for (const Section& section : sections) {
    ids.insert(section.id);
    collect_ids(section.children, ids);
  }
}

void write_section(pugi::xml_node parent, const Section& section, const std::string& after) {
  pugi::xml_node node = parent.append_child("section");
  node.append_attribute("id").set_value(section.id.c_str());
  node.append_attribute("level").set_value(section.level);
  if (section.required) node.append_attribute("required").set_value("true");
  if (!after.empty()) node.append_attribute("after").set_value(after.c_str());
  add_text(node, "heading", section.heading);
  for (const std::string& alias : section.aliases) add_text(node, "alias", alias);
  if (section.alternatives.size() == 1 && section.alternatives[0].id == "default") {
    for (const std::string& paragraph : section.alternatives[0].paragraphs)
      add_text(node, "p", paragraph);
  } else {
    for (const Alternative& alternative : section.alternatives) {
      pugi::xml_node alt = node.append_child("alternative");
      alt.append_attribute("id").set_value(alternative.id.c_str());
      for (const std::string& paragraph : alternative.paragraphs) add_text(alt, "p", paragraph);
    }
  }
  for (const Section& child : section.children) write_section(node, child, "");
}

/// The top-level sections of `tmpl` as changes to those of `base`: removals first, then each
/// section that differs in place (replace) or is new (after the one before it). When those
/// changes cannot give the model's order (a new first section, sections moved), every inherited
/// section is removed and all are added in order; as an id may stand only once in a file, an
/// added section that had a removed one's id gets another (id-h).
void write_section_patches(pugi::xml_node root, const ReportTemplate& tmpl,
                           const ReportTemplate& base) {
  std::set<std::string> kept;
  for (const Section& section : tmpl.sections) kept.insert(section.id);
  std::vector<std::string> order;  // the top-level ids once the changes apply
  for (const Section& section : base.sections)
    if (kept.count(section.id) != 0) order.push_back(section.id);
  std::string previous;
  for (const Section& section : tmpl.sections) {
    if (std::find(order.begin(), order.end(), section.id) == order.end()) {
      auto at = std::find(order.begin(), order.end(), previous);
      order.insert(at == order.end() ? order.end() : at + 1, section.id);
    }
    previous = section.id;
  }
  std::vector<std::string> wanted;
  for (const Section& section : tmpl.sections) wanted.push_back(section.id);
  const bool in_place = order == wanted;

  for (const Section& section : base.sections) {
    if (in_place && kept.count(section.id) != 0) continue;
    pugi::xml_node node = root.append_child("section");
    node.append_attribute("id").set_value(section.id.c_str());
    node.append_attribute("remove").set_value("true");
  }
  std::set<std::string> taken;
  collect_ids(base.sections, taken);
  collect_ids(tmpl.sections, taken);
  previous.clear();
  for (const Section& section : tmpl.sections) {
    const Section* inherited = find_section_in(base.sections, section.id);
    if (!in_place) {
      Section renamed = section;
      for (const Section& removed : base.sections) {
        if (removed.id != renamed.id) continue;
        while (taken.count(renamed.id) != 0) renamed.id += "-h";
        taken.insert(renamed.id);
      }
      write_section(root, renamed, "");
    } else if (inherited == nullptr) {
      write_section(root, section, previous);
    } else if (!same_section(section, *inherited)) {
      write_section(root, section, "");
    }
    previous = section.id;
  }
}

void write_checker(pugi::xml_node root, const CheckerSettings& settings,
                   const CheckerSettings* base) {
  pugi::xml_document scratch;
  pugi::xml_node checker = scratch.append_child("checker");
  for (const auto& [id, setting] : settings.rules) {
    RuleSetting inherited;
    if (base != nullptr) {
      if (auto it = base->rules.find(id); it != base->rules.end()) inherited = it->second;
    }
    pugi::xml_node rule = checker.append_child("rule");
    rule.append_attribute("id").set_value(id.c_str());
    bool changes = false;
    if (setting.enabled && setting.enabled != inherited.enabled) {
      rule.append_attribute("enabled").set_value(*setting.enabled ? "true" : "false");
      changes = true;
    }
    if (setting.severity && setting.severity != inherited.severity) {
      rule.append_attribute("severity").set_value(severity_name(*setting.severity));
      changes = true;
    }
    if (!changes) checker.remove_child(rule);
  }
  for (const auto& [level, allowed] : settings.labels) {
    if (allowed.empty()) continue;
    if (base != nullptr) {
      auto it = base->labels.find(level);
      if (it != base->labels.end() && it->second == allowed) continue;
    }
    pugi::xml_node labels = checker.append_child("labels");
    labels.append_attribute("level").set_value(level);
    labels.append_attribute("allowed").set_value(joined(allowed).c_str());
  }
  if (!settings.dates.empty() && (base == nullptr || base->dates != settings.dates)) {
    std::vector<std::string> names;
    for (DateStyle style : settings.dates) names.push_back(date_style_name(style));
    checker.append_child("dates").append_attribute("allowed").set_value(joined(names).c_str());
  }
  if (checker.first_child()) root.append_copy(checker);
}

}  // namespace

std::string template_xml(const ReportTemplate& tmpl, const ReportTemplate* base,
                         const std::string& comment) {
  pugi::xml_document doc;
  pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  if (!comment.empty()) {
    std::string text = " " + comment + " ";
    // "--" may not stand in a comment.
    for (std::size_t at = text.find("--"); at != std::string::npos; at = text.find("--", at))
      text.replace(at, 2, "- -");
    doc.append_child(pugi::node_comment).set_value(text.c_str());
  }
  pugi::xml_node root = doc.append_child("template");
  root.append_attribute("format").set_value("1");
  root.append_attribute("id").set_value(tmpl.id.c_str());
  if (base == nullptr) root.append_attribute("script").set_value(tmpl.script.c_str());
  if (base != nullptr) root.append_attribute("extends").set_value(base->id.c_str());

  if (base == nullptr || tmpl.names != base->names || tmpl.name != base->name) {
    if (tmpl.names.empty()) add_text(root, "name", tmpl.name);
    for (const auto& [language, name] : tmpl.names) {
      pugi::xml_node node = root.append_child("name");
      node.append_attribute("xml:lang").set_value(language.c_str());
      node.text().set(name.c_str());
    }
  }
  if (base == nullptr || tmpl.descriptions != base->descriptions) {
    for (const auto& [language, description] : tmpl.descriptions) {
      pugi::xml_node node = root.append_child("description");
      node.append_attribute("xml:lang").set_value(language.c_str());
      node.text().set(description.c_str());
    }
  }
  if (base == nullptr || tmpl.genre != base->genre) add_text(root, "genre", genre_name(tmpl.genre));
  if (base == nullptr || !same_numbering(tmpl.numbering, base->numbering)) {
    pugi::xml_node numbering = root.append_child("numbering");
    for (const LevelNumbering& level : tmpl.numbering) {
      pugi::xml_node node = numbering.append_child("level");
      node.append_attribute("n").set_value(level.level);
      node.append_attribute("format").set_value(level.format == CounterFormat::Chinese ? "chinese"
                                                                                       : "arabic");
      if (!level.prefix.empty()) node.append_attribute("prefix").set_value(level.prefix.c_str());
      if (!level.suffix.empty()) node.append_attribute("suffix").set_value(level.suffix.c_str());
      if (level.with_parents) node.append_attribute("with-parents").set_value("true");
    }
  }
  if (base == nullptr || tmpl.title != base->title || tmpl.default_topic != base->default_topic) {
    pugi::xml_node title = root.append_child("title");
    if (!tmpl.default_topic.empty())
      title.append_attribute("default-topic").set_value(tmpl.default_topic.c_str());
    title.text().set(tmpl.title.c_str());
  }
  if (!tmpl.addressee.empty() && (base == nullptr || tmpl.addressee != base->addressee))
    add_text(root, "addressee", tmpl.addressee);
  if (!tmpl.opening.empty() && (base == nullptr || tmpl.opening != base->opening)) {
    for (const std::string& paragraph : tmpl.opening) add_text(root, "opening", paragraph);
  }
  if (base == nullptr) {
    for (const Section& section : tmpl.sections) write_section(root, section, "");
  } else {
    write_section_patches(root, tmpl, *base);
  }
  if (!tmpl.closing.empty() && (base == nullptr || tmpl.closing != base->closing)) {
    for (const std::string& paragraph : tmpl.closing) add_text(root, "closing", paragraph);
  }
  if (!tmpl.attachment_note.empty() &&
      (base == nullptr || tmpl.attachment_note != base->attachment_note)) {
    for (const std::string& paragraph : tmpl.attachment_note)
      add_text(root, "attachment-note", paragraph);
  }
  if (!tmpl.notes.empty() && (base == nullptr || tmpl.notes != base->notes)) {
    for (const std::string& paragraph : tmpl.notes) add_text(root, "notes", paragraph);
  }
  if (base == nullptr || tmpl.signature != base->signature)
    add_text(root, "signature", tmpl.signature);
  if (base == nullptr || tmpl.date != base->date || tmpl.date_style != base->date_style) {
    pugi::xml_node date = root.append_child("date");
    if (tmpl.date_style)
      date.append_attribute("form").set_value(date_style_name(*tmpl.date_style).c_str());
    date.text().set(tmpl.date.c_str());
  }
  if (base == nullptr && !tmpl.layout.empty() && tmpl.layout.standard == "gbt9704")
    root.append_child("layout").append_attribute("standard").set_value("gbt9704");
  write_checker(root, tmpl.checker, base != nullptr ? &base->checker : nullptr);

  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace chengbao
