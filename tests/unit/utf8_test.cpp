// Tests of utf8.hpp: code points, and the character classes the rules reason about.
#include "utf8.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(Utf8Test, DecodesAndEncodesEveryLength) {
  const std::string text = "a\xC3\xA9报𠀀";  // 1, 2, 3 and 4 bytes
  const std::u32string decoded = decode_utf8(text);
  EXPECT_EQ(decoded, (std::u32string{U'a', U'é', U'报', U'𠀀'}));
  EXPECT_EQ(encode_utf8(decoded), text);
  EXPECT_EQ(code_point_count(text), 4);
}

TEST(Utf8Test, MalformedBytesCountOneEach) {
  // A stray continuation byte, a truncated sequence and an overlong form each become U+FFFD, so
  // offsets computed on a damaged file still point somewhere sensible.
  EXPECT_EQ(decode_utf8("a\x80"
                        "b"),
            (std::u32string{U'a', 0xFFFD, U'b'}));
  EXPECT_EQ(decode_utf8("\xE6\x8A"), (std::u32string{0xFFFD, 0xFFFD}));
  EXPECT_EQ(decode_utf8("\xC0\xAF"), (std::u32string{0xFFFD, 0xFFFD}));
  EXPECT_EQ(decode_utf8("\xED\xA0\x80").front(), U'\xFFFD');  // a surrogate
  EXPECT_EQ(code_point_count("a\x80"
                             "b"),
            3);
}

TEST(Utf8Test, WellFormedTextStaysAndMalformedBytesBecomeReplacements) {
  EXPECT_EQ(well_formed_utf8("仿宋_GB2312"), "仿宋_GB2312");
  EXPECT_EQ(well_formed_utf8("\xEF\xBF\xBD"), "\xEF\xBF\xBD");          // U+FFFD itself is fine
  EXPECT_EQ(well_formed_utf8("\xE4\xBB"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // a cut 仿
  EXPECT_EQ(well_formed_utf8("a\xC0\xAF"
                             "b"),
            "a\xEF\xBF\xBD\xEF\xBF\xBD"
            "b");  // overlong /
  EXPECT_EQ(well_formed_utf8("\xED\xA0\x80"), encode_utf8(decode_utf8("\xED\xA0\x80")));
}

TEST(Utf8Test, CharacterClasses) {
  EXPECT_TRUE(is_han(U'报'));
  EXPECT_TRUE(is_han(U'〇'));
  EXPECT_FALSE(is_han(U'，'));
  EXPECT_TRUE(is_cjk(U'，'));
  EXPECT_TRUE(is_cjk(U'。'));
  EXPECT_TRUE(is_cjk(U'“'));
  EXPECT_FALSE(is_cjk(U'　'));
  EXPECT_FALSE(is_cjk(U'a'));
  EXPECT_TRUE(is_space(U'　'));
  EXPECT_TRUE(is_space(U'\t'));
  EXPECT_FALSE(is_space(U'\n'));
  EXPECT_TRUE(is_latin_letter(U'Z'));
  EXPECT_FALSE(is_latin_letter(U'Ａ'));
}

TEST(Utf8Test, HalfWidthFoldsFullWidthAscii) {
  EXPECT_EQ(to_halfwidth(U'：'), U':');
  EXPECT_EQ(to_halfwidth(U'Ａ'), U'A');
  EXPECT_EQ(to_halfwidth(U'１'), U'1');
  EXPECT_EQ(to_halfwidth(U'　'), U' ');
  EXPECT_EQ(to_halfwidth(U'。'), U'。');  // no half-width form in use
}

TEST(Utf8Test, TrimRemovesIdeographicSpaces) {
  EXPECT_EQ(trim(U"　 特此报告。\t"), U"特此报告。");
  EXPECT_EQ(trim(U"　"), U"");
}

}  // namespace
}  // namespace chengbao
