// Safe fixes: which findings' replacements to apply, and in what order, so every offset holds.
#include "fix.hpp"

#include <algorithm>
#include <map>

#include "utf8.hpp"

namespace chengbao {

namespace {

bool selected(const Finding& finding, const FixSelection& selection) {
  if (!selection.rule.empty() && finding.rule != selection.rule) return false;
  if (selection.paragraph && finding.paragraph != *selection.paragraph) return false;
  if (selection.offset && finding.offset != *selection.offset) return false;
  return true;
}

// Two spans [a, a + m) and [b, b + n) conflict when they share a code point, or when one is an
// insertion point inside (or at the start of) the other: the result would depend on the order.
bool overlaps(const TextEdit& a, const TextEdit& b) {
  if (a.length == 0 && b.length == 0) return a.offset == b.offset;
  if (a.length == 0) return a.offset >= b.offset && a.offset < b.offset + b.length;
  if (b.length == 0) return b.offset >= a.offset && b.offset < a.offset + a.length;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

}  // namespace

std::vector<TextEdit> plan_fixes(const Document& document, const std::vector<Finding>& findings,
                                 const FixSelection& selection) {
  const int paragraphs = static_cast<int>(document.paragraphs.size());
  std::map<int, std::u32string> texts;  // decoded once, for the paragraphs that have fixes
  std::map<int, std::vector<TextEdit>> chosen;
  for (const Finding& finding : findings) {
    if (!finding.replacement || !selected(finding, selection)) continue;
    if (finding.paragraph < 0 || finding.paragraph >= paragraphs) continue;
    const Paragraph& paragraph = document.paragraphs[finding.paragraph];
    if (finding.length == 0 && finding.offset == 0 && !paragraph.list_label.empty()) continue;
    auto [text, decoded] = texts.try_emplace(finding.paragraph);
    if (decoded) text->second = decode_utf8(paragraph.text);
    const std::u32string& codes = text->second;
    if (finding.offset < 0 || finding.length < 0 ||
        static_cast<std::size_t>(finding.offset) + finding.length > codes.size())
      continue;
    TextEdit edit{finding.paragraph,
                  finding.offset,
                  finding.length,
                  encode_utf8(std::u32string_view(codes).substr(finding.offset, finding.length)),
                  *finding.replacement,
                  finding.rule};
    // A finding about text that is not there any more (or never was) is not applied blindly.
    if (edit.original != finding.text || edit.original == edit.replacement) continue;
    std::vector<TextEdit>& edits = chosen[finding.paragraph];
    const bool clash = std::any_of(edits.begin(), edits.end(),
                                   [&](const TextEdit& other) { return overlaps(edit, other); });
    if (!clash) edits.push_back(std::move(edit));
  }
  std::vector<TextEdit> plan;
  for (auto& [paragraph, edits] : chosen) {
    // From the end backwards; chosen edits never share an offset, so this order is total.
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.offset > b.offset; });
    for (TextEdit& edit : edits) plan.push_back(std::move(edit));
  }
  return plan;
}

std::string apply_edits(std::string_view text, const std::vector<TextEdit>& edits) {
  std::u32string codes = decode_utf8(text);
  for (const TextEdit& edit : edits) {
    const std::size_t offset = std::min<std::size_t>(edit.offset, codes.size());
    const std::size_t length = std::min<std::size_t>(edit.length, codes.size() - offset);
    codes.replace(offset, length, decode_utf8(edit.replacement));
  }
  return encode_utf8(codes);
}

}  // namespace chengbao
