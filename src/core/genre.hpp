// The genres of 公文 (the fifteen of the 党政机关公文处理工作条例, plus 总结, 方案, 计划) and how a
// document shows which one it is.
#pragma once

#include <optional>
#include <string_view>

namespace chengbao {

/// The kind of document; it decides the closing formula and the rules of 上行文.
enum class Genre {
  Report,        ///< 报告: closes with 特此报告。 (or the template's closing)
  Request,       ///< 请示: closes with 妥否，请批示。 or 以上请示，请予审批。
  Summary,       ///< 总结: no closing formula
  Resolution,    ///< 决议
  Decision,      ///< 决定
  Order,         ///< 命令（令）
  Communique,    ///< 公报
  Announcement,  ///< 公告
  Circular,      ///< 通告
  Opinion,       ///< 意见
  Notice,        ///< 通知
  Bulletin,      ///< 通报
  Reply,         ///< 批复
  Motion,        ///< 议案
  Letter,        ///< 函
  Minutes,       ///< 纪要
  Scheme,        ///< 方案
  Plan,          ///< 计划 (规划, 要点)
};

/// The name a template's <genre> uses: "report", "request", "summary", "notice", …
const char* genre_name(Genre genre);
/// The genre a template's <genre> names; nullopt for an unknown name.
std::optional<Genre> genre_from_name(std::string_view name);
/// Every name genre_from_name accepts, for messages: "report, request, …".
const char* genre_names();

/// The genre the title names by its last word (「关于……的报告」, 「……的請示」, 「……工作总结」,
/// 「……通知」); nullopt when the title names none. `title` is the whole title, any script.
std::optional<Genre> genre_from_title(std::u32string_view title);

/// 上行文: sent up to a superior body (报告, 请示); with a 版头 it must show 签发人.
inline bool is_upward(Genre genre) { return genre == Genre::Report || genre == Genre::Request; }

/// Whether a document of this genre must end with a closing formula when its template names none.
inline bool needs_closing(Genre genre) { return is_upward(genre); }

/// Whether a document of this genre names its addressee (主送机关): a 纪要, a 公告, a 通告, a 公报,
/// a 命令 and a 决议 are addressed to no one in particular.
/// A 决定 may be addressed or not; a 总结, 方案 or 计划 is often sent as an attachment.
inline bool needs_addressee(Genre genre) {
  switch (genre) {
    case Genre::Minutes:
    case Genre::Announcement:
    case Genre::Circular:
    case Genre::Communique:
    case Genre::Order:
    case Genre::Resolution:
    case Genre::Decision:
    case Genre::Summary:
    case Genre::Scheme:
    case Genre::Plan:
      return false;
    default:
      return true;
  }
}

/// Whether a document of this genre ends with the issuer's name and the date: a 纪要 does not
/// (GB/T 9704 10.3: its date is in its opening, those present are listed at its end), nor does a
/// 方案 or 计划, which is usually issued as the attachment of a 通知.
inline bool needs_signature(Genre genre) {
  return genre != Genre::Minutes && genre != Genre::Scheme && genre != Genre::Plan;
}

/// The same when no template says otherwise: a 总结 is often sent as an attachment too.
inline bool needs_signature_by_title(Genre genre) {
  return needs_signature(genre) && genre != Genre::Summary;
}

}  // namespace chengbao
