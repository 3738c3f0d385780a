// Numbers and lengths as format attributes write them ("16pt", "2.5cm", "1440"), read safely.
#pragma once

#include <optional>
#include <string_view>

namespace chengbao {

/// A decimal number ("12", "-0.5", "+3"), nullopt when the text is anything else: empty, with
/// trailing characters, NaN, infinite, or beyond ±1e9, which no real format value reaches.
std::optional<double> parse_decimal(std::string_view text);

/// The units a length is converted to.
enum class LengthUnit { Point, Millimetre };

/// A length with a unit (cm, mm, in, pt, pc, pi, px) in `unit`. A bare number is read in
/// `bare_points` points (OOXML twips: 1/20; half-points: 1/2), or refused when that is 0 (ODF
/// lengths always name their unit). Nullopt for anything else, or beyond ±1e5 pt (35 m).
std::optional<double> parse_length(std::string_view text, LengthUnit unit, double bare_points = 0);

/// A percentage ("150%") as its number (150); nullopt for anything else, or not in (0, 10000].
std::optional<double> parse_percent(std::string_view text);

/// An integer attribute in [min, max]; nullopt for anything else.
std::optional<long long> parse_integer(std::string_view text, long long min, long long max);

}  // namespace chengbao
