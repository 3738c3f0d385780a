// Simplified → Traditional Chinese for the text a user types (a report's topic, a profile's names),
// with OpenCC's regional standards, so a 繁體 report is Traditional throughout.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace chengbao {

/// Which Traditional standard: Taiwan (OpenCC s2tw: 裡面) or Hong Kong (s2hk: 裏面); both write 為.
enum class Region { Taiwan, HongKong };

/// "TW" or "HK" (also "zh-TW", "zh-HK", case-insensitive) → the region; Taiwan for anything else.
Region parse_region(std::string_view name);
/// "TW" or "HK".
const char* region_code(Region region);

/// A text conversion; returns its input unchanged when it cannot convert.
using TextConverter = std::function<std::string(std::string_view)>;

/// OpenCC's Simplified → Traditional conversion for `region`, or an empty function when OpenCC
/// (libopencc.so.1.1 and its data) is not installed. The library is loaded when first asked for,
/// not linked, so that chengbao runs without it. Each region's converter is opened once per
/// process; the function may be copied and called from several threads (calls take turns).
TextConverter opencc_traditional(Region region);

/// Why opencc_traditional gave no converter (the library or its data is missing), for messages.
std::string opencc_unavailable_reason(Region region);

}  // namespace chengbao
