// Where the parts of a 公文 are (GB/T 9704-2012 §7): 版头, 主体, 附件 and 版记.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "genre.hpp"
#include "outline.hpp"

namespace chengbao {

/// Where the parts of a document are (paragraph indices, -1 when absent). A part's `…_end` is
/// its last paragraph.
struct ReportLayout {
  /// The 版头 before the title: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人. It is not the
  /// report's text: the title is looked for after it.
  int masthead_begin = -1;
  int masthead_end = -1;  ///< its last paragraph (the 发文字号 or 签发人 line, or the rule)
  int document_number = -1;  ///< the 发文字号 line of the 版头
  int signer = -1;           ///< the 签发人 line of the 版头 (often the 发文字号 line too)
  int title = -1;            ///< first paragraph of the title
  int title_end = -1;        ///< last paragraph of the title (a long title may take two lines)
  int addressee = -1;
  int body_begin = 0;  ///< first paragraph after the title and addressee
  /// One past the body: the closing (just after it when the closing ends the last body
  /// paragraph), else the 附件说明, the signature, the date or the end.
  int body_end = 0;
  int closing = -1;
  int attachment_note = -1;      ///< 附件说明: 「附件：1. ……」
  int attachment_note_end = -1;  ///< its last item
  int signature = -1;
  int date = -1;
  int notes = -1;  ///< 附注 after the date: 「（联系人：……）」
  int last = -1;   ///< the last non-empty paragraph of the 主体 (the date, or what stands there)
  int attachments_begin = -1;  ///< the 附件 pages: the first 「附件」 / 「附件1」 line
  int attachments_end = -1;
  int colophon_begin = -1;  ///< the 版记 at the end: 抄送, 印发机关和印发日期
  int colophon_end = -1;
  Genre genre = Genre::Report;
  bool genre_named = false;  ///< the template or the title names the genre (else assumed)
  /// False when there is no title, or one still to be filled in: no genre can be assumed then.
  bool genre_known = true;
  /// Whether the issuer's signature and the date must end the 主体 (not for a 纪要, nor for a
  /// 方案 or a 总结 checked without a template: those are often attachments).
  bool signature_required = true;
};

/// A 发文字号 as written: 机关代字 [begin, open), the year in brackets [open, close], the number
/// (perhaps after 第) [number, mark) and 号 at `mark`; offsets in code points of the line.
struct DocumentNumber {
  std::size_t begin = 0;  ///< first character of the 机关代字 (== open when there is none)
  std::size_t open = 0;
  std::size_t close = 0;
  std::size_t di = std::u32string_view::npos;  ///< where 「第」 is, if written
  std::size_t number = 0;                      ///< first character of the number
  std::size_t mark = 0;                        ///< 号
  bool placeholder = false;  ///< the year or the number holds X or * (「〔202X〕X号」)
};

/// The first 发文字号 in `text`: a bracketed four-digit year, then (perhaps) a number, then 号 —
/// also in the wrong brackets and incomplete (「〔2020〕号」), which docnumber.format reports.
std::optional<DocumentNumber> find_document_number(std::u32string_view text);

/// One part of a document for people and tools: its id, its Chinese name and its paragraphs.
struct DocumentPart {
  const char* id;  ///< masthead, title, addressee, body, attachment-note, signature, date, notes,
                   ///< attachments, colophon
  int begin = 0;   ///< first paragraph (0-based)
  int end = 0;     ///< last paragraph (0-based, inclusive)
};

/// The parts `layout` found, in document order.
std::vector<DocumentPart> document_parts(const ReportLayout& layout);

/// The name of a part (by its id) in `language`: 版头 / 版頭 / masthead …
std::string part_name(const std::string& id, Language language);

/// What `outline` shows: the parts of a document and its body's headings (not those of the
/// 附件 pages, nor the items of the 附件说明).
struct DocumentStructure {
  ReportLayout layout;
  std::vector<DocumentPart> parts;
  Outline outline;  ///< the body's headings only
};

DocumentStructure describe_document(const Document& document, const CheckOptions& options);

}  // namespace chengbao
