// The typefaces of a report, as lists of alternatives the office takes in order
// ("仿宋;FangSong;…"): GB/T 9704's for a mainland report, Taiwan's for a Traditional one. `new`
// writes them into the styles, Writer's insertion onto the text.
#pragma once

#include <algorithm>

namespace chengbao {

struct ReportFonts {
  const char* body;   ///< 仿宋 (Traditional: 標楷體)
  const char* hei;    ///< 黑体: level-1 headings (Traditional: 微軟正黑體)
  const char* kai;    ///< 楷体: level-2 headings (Traditional: 標楷體)
  const char* title;  ///< 小标宋 (Traditional: 標楷體)
};

/// GB/T 9704 names the typefaces; an office that lacks one takes the next name in the list.
inline ReportFonts report_fonts(bool traditional) {
  constexpr const char* kKaiTc = "標楷體;DFKai-SB;TW-Kai;Noto Serif CJK TC";
  constexpr const char* kHeiTc = "微軟正黑體;Microsoft JhengHei;Noto Sans CJK TC";
  if (traditional) return {kKaiTc, kHeiTc, kKaiTc, kKaiTc};
  return {"仿宋;FangSong;FangSong_GB2312;Noto Serif CJK SC", "黑体;SimHei;Noto Sans CJK SC",
          "楷体;KaiTi;KaiTi_GB2312;Noto Serif CJK SC",
          "方正小标宋简体;FZXiaoBiaoSong-B05S;Noto Serif CJK SC"};
}

/// The typeface of a heading of `level` (1..4): 黑体, 楷体, then the body's.
inline const char* heading_font(const ReportFonts& fonts, int level) {
  const char* const by_level[] = {fonts.hei, fonts.kai, fonts.body, fonts.body};
  return by_level[std::clamp(level, 1, 4) - 1];
}

}  // namespace chengbao
