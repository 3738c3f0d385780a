// Heading labels (一、 （一） 1. （1） …, typed or automatic) and the heading tree they make.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace chengbao {

/// The written form of a heading label.
enum class LabelForm {
  ChineseComma,      ///< 一、
  ChineseParen,      ///< （一）
  ChineseHalfParen,  ///< (一)
  ChineseDot,        ///< 一. or 一． (a common slip for 一、)
  ArabicDot,         ///< 1.
  ArabicFullDot,     ///< 1．
  ArabicComma,       ///< 1、
  ArabicParen,       ///< （1）
  ArabicHalfParen,   ///< (1)
  Circled,           ///< ①
  Chapter,           ///< 第一章 / 第一节 / 第一条 / 第一部分
  ArabicMulti,       ///< 1.1 / 1.1.1 (Western decimal outline)
  ArabicBare,        ///< 1 followed by a space (Western)
  RomanDot,          ///< I.
  LetterDot,         ///< A.
};

struct HeadingLabel {
  LabelForm form = LabelForm::ChineseComma;
  std::string text;         ///< the label as written, e.g. "（二）"
  std::vector<int> values;  ///< its counter value(s): 二 → {2}; 1.2.3 → {1,2,3}
  int length = 0;           ///< in code points
};

/// Parses a label at the start of `text`; nullopt when there is none (also for "3.5亿元").
std::optional<HeadingLabel> parse_label(std::string_view text);

/// 一=1, 十=10, 十二=12, 二十一=21, 一百零一=101, 〇/零 as digits, 壹贰叁 too; nullopt otherwise.
std::optional<int> parse_chinese_number(std::string_view text);

/// True when a heading's text ends a sentence (。！？；): an item of the text with a label
/// (「（一）更新台式电脑20台。」) rather than a section heading.
bool heading_ends_sentence(std::string_view heading);

struct OutlineEntry {
  int paragraph = 0;                  ///< index in Document::paragraphs
  int level = 0;                      ///< 1-based heading level in the scheme the document uses
  std::optional<HeadingLabel> label;  ///< none for a styled heading without a label
  bool automatic = false;             ///< the label comes from list numbering, not from typed text
  int label_offset = 0;  ///< where the typed label starts in the paragraph text (code points)
  std::string heading;   ///< the heading text without label (up to the run-on point)
  bool runs_on = false;  ///< the heading continues into body text in the same paragraph
  int parent = -1;       ///< index of the parent entry in Outline::entries, -1 at the top
};

struct Outline {
  bool western = false;  ///< the document uses 1 / 1.1 / I. A. instead of 一、（一）1.（1）
  std::vector<OutlineEntry> entries;
};

/// The heading tree of `document`: styled headings, automatic labels and typed labels.
Outline build_outline(const Document& document);
/// Same, with the paragraph texts already decoded to code points (one per paragraph), as the
/// rule engine has them.
Outline build_outline(const Document& document, const std::vector<std::u32string>& texts);

}  // namespace chengbao
