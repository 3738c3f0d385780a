// Rules a template adds: its required sections, their order, and sections left empty.
#include <algorithm>
#include <string>
#include <vector>

#include "fold.hpp"
#include "rule_context.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

bool matches(const Section& section, const std::u32string& folded_heading) {
  if (folded_heading.empty()) return false;
  if (fold_for_match(section.heading) == folded_heading) return true;
  return std::any_of(section.aliases.begin(), section.aliases.end(), [&](const std::string& alias) {
    return fold_for_match(alias) == folded_heading;
  });
}

// The code points of the label and heading text of an entry, for highlighting it.
std::pair<int, int> heading_span(const RuleContext& context, const OutlineEntry& entry) {
  const std::u32string& text = context.texts[entry.paragraph];
  const std::u32string heading = decode_utf8(entry.heading);
  std::size_t begin = entry.automatic ? 0 : static_cast<std::size_t>(entry.label_offset);
  std::size_t at = text.find(heading, begin);
  if (at == std::u32string::npos) at = begin;
  if (!entry.label) begin = at;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  const std::size_t end = std::min(text.size(), at + heading.size());
  return {static_cast<int>(begin), static_cast<int>(end > begin ? end - begin : 0)};
}

int deepest_level(const std::vector<Section>& sections) {
  int deepest = 0;
  for (const Section& section : sections) {
    deepest = std::max({deepest, section.level, deepest_level(section.children)});
  }
  return deepest;
}

class TemplateCheck {
 public:
  explicit TemplateCheck(RuleContext& context)
      : context_(context), template_(*context.options.report_template) {
    for (int i = 0; i < static_cast<int>(context.outline.entries.size()); ++i) {
      if (!context.in_body(i)) continue;
      body_.push_back(i);
      folded_.push_back(fold_for_match(context.outline.entries[i].heading));
    }
  }

  void run() {
    check_sections(template_.sections, -1, context_.layout.body_end);
    report_empty();
  }

 private:
  // Sub-sections are looked for under the heading of their parent section only; the order is
  // checked for the top-level sections.
  void check_sections(const std::vector<Section>& sections, int parent, int fallback) {
    const std::vector<int> found = find_sections(sections, parent);
    report_missing(sections, found, fallback);
    if (parent < 0) report_order(sections, found);
    for (std::size_t s = 0; s < sections.size(); ++s) {
      if (found[s] < 0 || sections[s].children.empty()) continue;
      check_sections(sections[s].children, body_[found[s]], subtree_end(found[s]));
    }
  }

  // For each section, the position in body_ of the first entry that is it, or -1. Entries must
  // have the section's level and, unless `parent` is -1, that parent entry.
  std::vector<int> find_sections(const std::vector<Section>& sections, int parent) {
    std::vector<int> found(sections.size(), -1);
    std::vector<bool> taken(body_.size(), false);
    for (std::size_t s = 0; s < sections.size(); ++s) {
      for (std::size_t k = 0; k < body_.size(); ++k) {
        const OutlineEntry& entry = context_.outline.entries[body_[k]];
        if (taken[k] || entry.level != sections[s].level ||
            (parent >= 0 && entry.parent != parent)) {
          continue;
        }
        if (matches(sections[s], folded_[k])) {
          found[s] = static_cast<int>(k);
          taken[k] = true;
          break;
        }
      }
    }
    return found;
  }

  // The paragraph after the last descendant of body_[k]: where a missing child would go.
  int subtree_end(int k) const {
    const int level = context_.outline.entries[body_[k]].level;
    for (std::size_t next = k + 1; next < body_.size(); ++next) {
      const OutlineEntry& entry = context_.outline.entries[body_[next]];
      if (entry.level <= level) return entry.paragraph;
    }
    return context_.layout.body_end;
  }

  // A missing section belongs before the next section that is there, else before the closing.
  void report_missing(const std::vector<Section>& sections, const std::vector<int>& found,
                      int fallback) {
    for (std::size_t s = 0; s < sections.size(); ++s) {
      if (!sections[s].required || found[s] >= 0) continue;
      int at = fallback;
      const OutlineEntry* before = nullptr;
      for (std::size_t next = s + 1; next < sections.size(); ++next) {
        if (found[next] >= 0) {
          before = &context_.outline.entries[body_[found[next]]];
          at = before->paragraph;
          break;
        }
      }
      const int count = static_cast<int>(context_.texts.size());
      if (at >= count) at = count - 1;
      if (at < 0) at = 0;
      // Say where it belongs: before the next section that is there, as the reader sees it.
      const std::string message =
          before != nullptr
              ? context_.say(
                    Message::HeadingMissing,
                    {sections[s].heading,
                     (before->label ? before->label->text : std::string()) + before->heading})
              : context_.say(Message::HeadingMissingAtEnd, {sections[s].heading});
      context_.report("heading.missing", Severity::Error, at, 0, 0, message);
    }
  }

  // The sections found, in document order, should keep the template's order. The longest run
  // that does is taken as right; every other section is reported where it stands.
  void report_order(const std::vector<Section>& sections, const std::vector<int>& found) {
    std::vector<std::pair<int, int>> order;  // (position in body_, section index)
    for (std::size_t s = 0; s < found.size(); ++s) {
      if (found[s] >= 0) order.emplace_back(found[s], static_cast<int>(s));
    }
    std::sort(order.begin(), order.end());
    const std::size_t n = order.size();
    std::vector<int> length(n, 1);
    std::vector<int> previous(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (order[j].second < order[i].second && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = static_cast<int>(j);
        }
      }
    }
    std::vector<bool> in_order(n, false);
    int best = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (best < 0 || length[i] > length[best]) best = static_cast<int>(i);
    }
    for (int i = best; i >= 0; i = previous[i]) in_order[i] = true;

    for (std::size_t i = 0; i < n; ++i) {
      if (in_order[i]) continue;
      const OutlineEntry& entry = context_.outline.entries[body_[order[i].first]];
      const std::string& heading = sections[order[i].second].heading;
      std::string message;
      // Before the first in-order section that comes earlier in the document but later in the
      // template; otherwise after the last one that comes later but belongs earlier.
      for (std::size_t j = 0; j < i && message.empty(); ++j) {
        if (in_order[j] && order[j].second > order[i].second) {
          message = context_.say(Message::HeadingOrderBefore,
                                 {heading, sections[order[j].second].heading});
        }
      }
      for (std::size_t j = n; j-- > i + 1 && message.empty();) {
        if (in_order[j] && order[j].second < order[i].second) {
          message = context_.say(Message::HeadingOrderAfter,
                                 {heading, sections[order[j].second].heading});
        }
      }
      const auto [offset, length] = heading_span(context_, entry);
      context_.report("heading.order", Severity::Error, entry.paragraph, offset, length,
                      std::move(message));
    }
  }

  // Only levels the template describes as sections can be empty: a 「1. 加强宣传」 item list
  // under a section is complete without text under each item.
  void report_empty() {
    const int deepest = deepest_level(template_.sections);
    for (std::size_t k = 0; k < body_.size(); ++k) {
      const OutlineEntry& entry = context_.outline.entries[body_[k]];
      if (entry.level > deepest || entry.runs_on || heading_ends_sentence(entry.heading)) continue;
      int stop = context_.layout.body_end;
      if (k + 1 < body_.size()) {
        const OutlineEntry& next = context_.outline.entries[body_[k + 1]];
        if (next.level > entry.level) continue;  // it has sub-headings
        stop = next.paragraph;
      }
      bool has_text = false;
      for (int p = entry.paragraph + 1; p < stop && !has_text; ++p) {
        has_text = !context_.is_empty(p);
      }
      if (has_text) continue;
      const auto [offset, length] = heading_span(context_, entry);
      context_.report("section.empty", Severity::Error, entry.paragraph, offset, length,
                      context_.say(Message::SectionEmpty, {entry.heading}));
    }
  }

  RuleContext& context_;
  const ReportTemplate& template_;
  std::vector<int> body_;               // outline entries of the body, in document order
  std::vector<std::u32string> folded_;  // their headings, folded for matching
};

}  // namespace

void check_template(RuleContext& context) { TemplateCheck(context).run(); }

}  // namespace chengbao
