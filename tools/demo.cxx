// The main job on the bundled defaults: a report made by the installed extension in a private
// headless office, saved as build/demo/report.odt and .docx.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include "office.hxx"
#include "ustring.hxx"

int main(int argc, char** argv) {
  const std::string oxt = argc > 1 ? argv[1] : CHENGBAO_OXT;
  const std::string profile =
      argc > 2 ? argv[2] : std::string(CHENGBAO_SOURCE_DIR) + "/templates/profiles/example.xml";
  const std::filesystem::path outDir = std::filesystem::path(CHENGBAO_BUILD_DIR) / "demo";
  try {
    std::filesystem::create_directories(outDir);
    chengbao::office::Office office("demo");
    office.installExtension(oxt);
    auto xDoc = office.newWriterDocument();
    const auto outcome = office.dispatch(
        xDoc, "vnd.chengbao:InsertReport",
        {{"Template", "work-report"}, {"Profile", std::filesystem::absolute(profile).string()}});
    if (!outcome.answered || !outcome.success) {
      std::fprintf(stderr, "chengbao-demo: InsertReport failed: %s\n",
                   outcome.answered ? outcome.message.c_str() : "no handler for the command");
      return 1;
    }
    const std::string odt = (outDir / "report.odt").string();
    const std::string docx = (outDir / "report.docx").string();
    chengbao::office::saveAs(xDoc, odt, "writer8");
    chengbao::office::saveAs(xDoc, docx, "MS Word 2007 XML");
    for (const auto& para : chengbao::office::paragraphs(xDoc)) {
      if (para.outlineLevel > 0 || para.style == "Title")
        std::printf("  %s%s\n", para.label.c_str(), para.text.c_str());
    }
    chengbao::office::closeDocument(xDoc);
    std::printf("chengbao-demo: report written to %s (and %s)\n", odt.c_str(), docx.c_str());
    return 0;
  } catch (const css::uno::Exception& e) {
    std::fprintf(stderr, "chengbao-demo: office error: %s\n",
                 chengbao::ext::toUtf8(e.Message).c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "chengbao-demo: %s\n", e.what());
  }
  return 1;
}
