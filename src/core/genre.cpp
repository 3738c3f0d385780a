// The genres of 公文 and how a document names its own.
#include "genre.hpp"

#include "fold.hpp"
#include "utf8.hpp"

namespace chengbao {

namespace {

struct GenreName {
  Genre genre;
  const char* name;
};

constexpr GenreName kNames[] = {
    {Genre::Report, "report"},         {Genre::Request, "request"},
    {Genre::Summary, "summary"},       {Genre::Resolution, "resolution"},
    {Genre::Decision, "decision"},     {Genre::Order, "order"},
    {Genre::Communique, "communique"}, {Genre::Announcement, "announcement"},
    {Genre::Circular, "circular"},     {Genre::Opinion, "opinion"},
    {Genre::Notice, "notice"},         {Genre::Bulletin, "bulletin"},
    {Genre::Reply, "reply"},           {Genre::Motion, "motion"},
    {Genre::Letter, "letter"},         {Genre::Minutes, "minutes"},
    {Genre::Scheme, "scheme"},         {Genre::Plan, "plan"},
};

struct TitleWord {
  std::u32string_view word;  // as fold_for_match leaves it: Simplified where the fold table knows
  Genre genre;
};

// The last word of a title names its genre. Traditional forms are listed too: the fold table
// covers the words of headings, not every character of these. Longer words come before the words
// they end with (「汇报」 before nothing, 「命令」 before 「令」).
constexpr TitleWord kTitleWords[] = {
    {U"报告", Genre::Report},     {U"報告", Genre::Report},       {U"汇报", Genre::Report},
    {U"匯報", Genre::Report},     {U"请示", Genre::Request},      {U"請示", Genre::Request},
    {U"总结", Genre::Summary},    {U"總結", Genre::Summary},      {U"决议", Genre::Resolution},
    {U"決議", Genre::Resolution}, {U"决定", Genre::Decision},     {U"決定", Genre::Decision},
    {U"命令", Genre::Order},      {U"令", Genre::Order},          {U"公报", Genre::Communique},
    {U"公報", Genre::Communique}, {U"公告", Genre::Announcement}, {U"通告", Genre::Circular},
    {U"意见", Genre::Opinion},    {U"意見", Genre::Opinion},      {U"通知", Genre::Notice},
    {U"通报", Genre::Bulletin},   {U"通報", Genre::Bulletin},     {U"批复", Genre::Reply},
    {U"批覆", Genre::Reply},      {U"批複", Genre::Reply},        {U"议案", Genre::Motion},
    {U"議案", Genre::Motion},     {U"函", Genre::Letter},         {U"纪要", Genre::Minutes},
    {U"紀要", Genre::Minutes},    {U"方案", Genre::Scheme},       {U"计划", Genre::Plan},
    {U"計劃", Genre::Plan},       {U"計畫", Genre::Plan},         {U"规划", Genre::Plan},
    {U"規劃", Genre::Plan},       {U"要点", Genre::Plan},         {U"要點", Genre::Plan},
    {U"办法", Genre::Scheme},     {U"辦法", Genre::Scheme},       {U"细则", Genre::Scheme},
    {U"細則", Genre::Scheme},     {U"report", Genre::Report},     {U"summary", Genre::Summary},
};

}  // namespace

const char* genre_name(Genre genre) {
  for (const GenreName& entry : kNames) {
    if (entry.genre == genre) return entry.name;
  }
  return "report";
}

std::optional<Genre> genre_from_name(std::string_view name) {
  for (const GenreName& entry : kNames) {
    if (name == entry.name) return entry.genre;
  }
  return std::nullopt;
}

const char* genre_names() {
  return "report, request, summary, resolution, decision, order, communique, announcement, "
         "circular, opinion, notice, bulletin, reply, motion, letter, minutes, scheme, plan";
}

std::optional<Genre> genre_from_title(std::u32string_view title) {
  const std::u32string folded = fold_for_match(title);
  for (const TitleWord& entry : kTitleWords) {
    if (ends_with(folded, entry.word)) return entry.genre;
  }
  return std::nullopt;
}

}  // namespace chengbao
