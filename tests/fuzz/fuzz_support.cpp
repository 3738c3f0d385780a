// What the fuzz targets share; see fuzz_support.hpp.
#include "fuzz_support.hpp"

#include <sys/mman.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "fix.hpp"
#include "utf8.hpp"

namespace chengbao::fuzz {

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz support: %s\n", what);
  std::abort();
}

}  // namespace

std::vector<std::pair<std::string, std::string>> split_entries(const std::uint8_t* data,
                                                               std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::pair<std::string, std::string>> entries;
  std::size_t at = input.rfind("@@ ", 0) == 0 ? 0 : input.find("\n@@ ");
  if (at != 0 && at != std::string_view::npos) ++at;
  while (at != std::string_view::npos && at < input.size()) {
    const std::size_t name_end = input.find('\n', at);
    if (name_end == std::string_view::npos) break;
    std::size_t next = input.find("\n@@ ", name_end);
    const std::size_t content_end = next == std::string_view::npos ? input.size() : next;
    entries.emplace_back(std::string(input.substr(at + 3, name_end - at - 3)),
                         std::string(input.substr(name_end + 1, content_end - name_end - 1)));
    at = next == std::string_view::npos ? next : next + 1;
  }
  return entries;
}

std::string build_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) fail("zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) fail("zip_open_from_source");
  bool ok = true;
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (source == nullptr) fail("zip_source_buffer");
    const zip_int64_t index =
        zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      ok = false;
      break;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (!ok) {
    zip_discard(archive);
    zip_source_free(buffer);
    return {};
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(buffer);
    return {};
  }
  std::string bytes;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    if (size > 0) {
      bytes.resize(static_cast<std::size_t>(size));
      if (zip_source_read(buffer, bytes.data(), bytes.size()) != size) bytes.clear();
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

std::string memory_file(const void* bytes, std::size_t size) {
  static const int fd = [] {
    const int created = ::memfd_create("chengbao-fuzz", 0);
    if (created < 0) fail("memfd_create");
    return created;
  }();
  if (::ftruncate(fd, 0) != 0) fail("ftruncate");
  const char* at = static_cast<const char*>(bytes);
  std::size_t left = size;
  off_t offset = 0;
  while (left > 0) {
    const ssize_t written = ::pwrite(fd, at, left, offset);
    if (written <= 0) fail("pwrite");
    at += written;
    left -= static_cast<std::size_t>(written);
    offset += written;
  }
  return "/proc/self/fd/" + std::to_string(fd);
}

std::string template_dir() { return CHENGBAO_TEMPLATE_DIR; }

namespace {

// What `load` gives for the shipped file `relative`; the process aborts when it does not load.
template <typename Value, typename Load>
Value load_shipped(const char* relative, Load load) {
  auto result = load(template_dir() + "/" + relative);
  if (!std::holds_alternative<Value>(result)) fail(relative);
  return std::get<Value>(std::move(result));
}

}  // namespace

const ReportTemplate& shipped_template() {
  static const ReportTemplate loaded = load_shipped<ReportTemplate>(
      "work-report.xml", [](const std::string& path) { return load_template(path); });
  return loaded;
}

const Profile& shipped_profile() {
  static const Profile loaded = load_shipped<Profile>("profiles/example.xml", load_profile);
  return loaded;
}

void check_and_fix(const Document& document, Language language) {
  CheckOptions options;
  options.report_template = &shipped_template();
  options.profile = &shipped_profile();
  options.language = language;
  const CheckResult result = check_document(document, options);
  for (const Finding& finding : result.findings) {
    if (finding.paragraph < 0 || finding.paragraph > static_cast<int>(document.paragraphs.size())) {
      fail("a finding names a paragraph the document does not have");
    }
  }
  const std::vector<TextEdit> edits = plan_fixes(document, result.findings, FixSelection());
  Document fixed = document;
  std::size_t i = 0;
  while (i < edits.size()) {
    const int paragraph = edits[i].paragraph;
    std::vector<TextEdit> of_paragraph;
    for (; i < edits.size() && edits[i].paragraph == paragraph; ++i) {
      of_paragraph.push_back(edits[i]);
    }
    if (paragraph < 0 || paragraph >= static_cast<int>(fixed.paragraphs.size())) {
      fail("an edit names a paragraph the document does not have");
    }
    std::string& text = fixed.paragraphs[static_cast<std::size_t>(paragraph)].text;
    const int length = code_point_count(text);
    for (const TextEdit& edit : of_paragraph) {
      if (edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > length) {
        fail("an edit does not fit its paragraph");
      }
    }
    text = apply_edits(text, of_paragraph);
  }
  check_document(fixed, options);
}

}  // namespace chengbao::fuzz
