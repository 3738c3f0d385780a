// Numbers and lengths as format attributes write them ("16pt", "2.5cm", "1440"), read safely.
#include "format_units.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace chengbao {

namespace {

constexpr double kMaxNumber = 1e9;
constexpr double kMaxPoints = 1e5;

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The number at the start of `text`; `rest` is what follows it.
std::optional<double> leading_number(std::string_view text, std::string_view& rest) {
  text = trim(text);
  // from_chars takes no '+', and takes "inf" and "nan", which no attribute means.
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
  if (error != std::errc() || !std::isfinite(value) || std::fabs(value) > kMaxNumber) {
    return std::nullopt;
  }
  rest = text.substr(static_cast<std::size_t>(end - text.data()));
  return value;
}

struct Unit {
  std::string_view name;
  double points;
  double millimetres;
};

// Same-unit conversions are exact (37mm stays 37 mm, 16pt stays 16 pt).
constexpr Unit kUnits[] = {
    {"pt", 1, 25.4 / 72}, {"cm", 72 / 2.54, 10}, {"mm", 72 / 25.4, 1},    {"in", 72, 25.4},
    {"pc", 12, 25.4 / 6}, {"pi", 12, 25.4 / 6},  {"px", 0.75, 25.4 / 96},
};

}  // namespace

std::optional<double> parse_decimal(std::string_view text) {
  std::string_view rest;
  const std::optional<double> value = leading_number(text, rest);
  if (!value || !rest.empty()) return std::nullopt;
  return value;
}

std::optional<double> parse_length(std::string_view text, LengthUnit unit, double bare_points) {
  std::string_view rest;
  const std::optional<double> value = leading_number(text, rest);
  if (!value) return std::nullopt;
  double points = 0;
  double result = 0;
  if (rest.empty()) {
    if (bare_points == 0) return std::nullopt;
    points = *value * bare_points;
    result = unit == LengthUnit::Point ? points : points * 25.4 / 72;
  } else {
    const Unit* found = nullptr;
    for (const Unit& known : kUnits) {
      if (rest == known.name) found = &known;
    }
    if (found == nullptr) return std::nullopt;
    points = *value * found->points;
    result = *value * (unit == LengthUnit::Point ? found->points : found->millimetres);
  }
  if (std::fabs(points) > kMaxPoints) return std::nullopt;
  return result + 0.0;  // "-0cm" is 0, not -0
}

std::optional<double> parse_percent(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.back() != '%') return std::nullopt;
  const std::optional<double> value = parse_decimal(text.substr(0, text.size() - 1));
  if (!value || *value <= 0 || *value > 10000) return std::nullopt;
  return value;
}

std::optional<long long> parse_integer(std::string_view text, long long min, long long max) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return std::nullopt;
  }
  return value;
}

}  // namespace chengbao
