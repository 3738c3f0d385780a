// The office's own help window in each UI language: the contents tree and the index it shows for
// the extension, read through the office's content broker as the help window reads them, and
// every entry opened as the help window opens it.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <system_error>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>
#include <com/sun/star/beans/Property.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sdbc/XResultSet.hpp>
#include <com/sun/star/sdbc/XRow.hpp>
#include <com/sun/star/ucb/Command.hpp>
#include <com/sun/star/ucb/OpenCommandArgument2.hpp>
#include <com/sun/star/ucb/OpenMode.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <com/sun/star/ucb/XCommandProcessor.hpp>
#include <com/sun/star/ucb/XContentAccess.hpp>
#include <com/sun/star/ucb/XDynamicResultSet.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/util/XStringSubstitution.hpp>
#include <cppuhelper/exc_hlp.hxx>

#include "configuration.hxx"
#include "document.hxx"
#include "office.hxx"
#include "ustring.hxx"

namespace {

using namespace css;
using chengbao::ext::toOUString;
using chengbao::ext::toUtf8;
using chengbao::office::Office;

/// What a user in one language should see: the extension's section and node, then its entries.
struct Contents {
  std::string section;
  std::string node;
  std::vector<std::string> entries;
};

const std::map<std::string, Contents> kContents = {
    {"zh-CN",
     {"呈报",
      "命令",
      {"报告向导", "插入工作情况报告", "插入章节", "检查报告", "修正问题", "应用机构信息",
       "另存为机构模板", "呈报选项"}}},
    {"zh-TW",
     {"呈報",
      "命令",
      {"報告精靈", "插入工作情況報告", "插入章節", "檢查報告", "修正問題", "套用機構資訊",
       "另存為機構範本", "呈報選項"}}},
    {"en-US",
     {"Chengbao",
      "Commands",
      {"Report Wizard", "Insert Work Report", "Insert Section", "Check Report", "Fix Problems",
       "Apply Organisation Profile", "Save as House Template", "Chengbao Options"}}}};

/// One row of a folder of the office's contents tree.
struct TreeRow {
  std::string title;
  bool folder = false;
  std::string content;    ///< the row's own URL in the tree, to list its children
  std::string targetUrl;  ///< what the help window opens for an entry
};

/// The office's help folder as it is configured ($(instpath) and the like resolved).
std::filesystem::path officeHelpFolder(const uno::Reference<uno::XComponentContext>& xContext) {
  rtl::OUString aPath;
  chengbao::ext::configurationValue(xContext, "/org.openoffice.Office.Common/Path/Current",
                                    "Help") >>= aPath;
  aPath = util::PathSubstitution::create(xContext)->substituteVariables(aPath, false);
  return chengbao::ext::toSystemPath(aPath);
}

/// A help folder in `target` that holds what the office's own one holds (stylesheets, scripts,
/// media) without any language's help, plus an empty folder `language` when it is given. An
/// installed help pack is a folder named after its language there, and LibreOffice 7.4 shows the
/// contents tree in the UI language only when the UI language has one: so this gives the office a
/// help pack for `language` (or for none) whatever packs this machine has.
void makeHelpFolder(const std::filesystem::path& office, const std::filesystem::path& target,
                    const std::string& language) {
  std::filesystem::create_directories(target);
  const std::regex languageFolder("[a-z]{2,3}(-[A-Za-z0-9]+)*");
  for (const auto& entry : std::filesystem::directory_iterator(office)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && std::regex_match(name, languageFolder)) continue;
    std::filesystem::create_symlink(entry.path(), target / name);
  }
  if (!language.empty()) std::filesystem::create_directory(target / language);
}

class HelpTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    workDir_ = std::filesystem::temp_directory_path() /
               ("chengbao_helptree_" + std::to_string(::getpid()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(workDir_);
    std::filesystem::create_directories(workDir_);
  }
  void TearDown() override {
    office_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(workDir_, ignored);
  }

  /// Starts an office in `uiLanguage` with the .oxt installed and with a help pack for
  /// `helpPack` only (none when empty), then starts it again, as a user does after installing.
  void startOffice(const std::string& uiLanguage, const std::string& helpPack) {
    chengbao::office::LaunchOptions options;
    options.uiLanguage = uiLanguage;
    options.profileDir = (workDir_ / "profile").string();
    {
      Office installing("helptree", options);
      installing.installExtension(CHENGBAO_OXT);
      const std::filesystem::path help = workDir_ / "help";
      makeHelpFolder(officeHelpFolder(installing.context()), help, helpPack);
      uno::Reference<uno::XInterface> xNode = chengbao::ext::configurationNode(
          installing.context(), "/org.openoffice.Office.Common/Path/Current", true);
      uno::Reference<container::XNameReplace>(xNode, uno::UNO_QUERY_THROW)
          ->replaceByName("Help", uno::Any(toOUString(help.string())));
      uno::Reference<util::XChangesBatch>(xNode, uno::UNO_QUERY_THROW)->commitChanges();
    }
    office_ = std::make_unique<Office>("helptree", options);
  }

  /// The rows of a folder of the contents tree, as the help window's Contents tab lists them
  /// (sfx2's SfxContentHelper::GetHelpTreeViewContents: "open" on the hierarchy content).
  std::vector<TreeRow> treeRows(const std::string& url) {
    uno::Reference<ucb::XUniversalContentBroker> xBroker =
        ucb::UniversalContentBroker::create(office_->context());
    uno::Reference<ucb::XCommandProcessor> xContent(
        xBroker->queryContent(xBroker->createContentIdentifier(toOUString(url))),
        uno::UNO_QUERY_THROW);
    uno::Sequence<beans::Property> aProperties(3);
    const char* names[] = {"Title", "IsFolder", "TargetURL"};
    for (sal_Int32 i = 0; i < 3; ++i) {
      aProperties.getArray()[i].Name = rtl::OUString::createFromAscii(names[i]);
      aProperties.getArray()[i].Handle = -1;
    }
    ucb::OpenCommandArgument2 aArgument;
    aArgument.Mode = ucb::OpenMode::ALL;
    aArgument.Properties = aProperties;
    ucb::Command aCommand;
    aCommand.Name = "open";
    aCommand.Handle = -1;
    aCommand.Argument <<= aArgument;
    uno::Reference<ucb::XDynamicResultSet> xDynamic(xContent->execute(aCommand, 0, nullptr),
                                                    uno::UNO_QUERY_THROW);
    uno::Reference<sdbc::XResultSet> xRows = xDynamic->getStaticResultSet();
    uno::Reference<sdbc::XRow> xRow(xRows, uno::UNO_QUERY_THROW);
    uno::Reference<ucb::XContentAccess> xAccess(xRows, uno::UNO_QUERY_THROW);
    std::vector<TreeRow> rows;
    while (xRows->next()) {
      TreeRow row;
      row.title = toUtf8(xRow->getString(1));
      row.folder = xRow->getBoolean(2);
      row.targetUrl = toUtf8(xRow->getString(3));
      row.content = toUtf8(xAccess->queryContentIdentifierString());
      rows.push_back(row);
    }
    return rows;
  }

  /// Whether the office's help answers `url` with its error page (what sfx2's
  /// SfxContentHelper::IsHelpErrorDocument asks before it shows a page).
  bool isHelpErrorDocument(const std::string& url) {
    uno::Reference<ucb::XUniversalContentBroker> xBroker =
        ucb::UniversalContentBroker::create(office_->context());
    // The help window drops the fragment before it asks, as the help provider does.
    const std::string page = url.substr(0, url.rfind('#'));
    uno::Reference<ucb::XCommandProcessor> xContent(
        xBroker->queryContent(xBroker->createContentIdentifier(toOUString(page))),
        uno::UNO_QUERY_THROW);
    uno::Sequence<beans::Property> aProperties(1);
    aProperties.getArray()[0].Name = "IsErrorDocument";
    aProperties.getArray()[0].Handle = -1;
    ucb::Command aCommand;
    aCommand.Name = "getPropertyValues";
    aCommand.Handle = -1;
    aCommand.Argument <<= aProperties;
    uno::Reference<sdbc::XRow> xRow(xContent->execute(aCommand, 0, nullptr), uno::UNO_QUERY_THROW);
    return xRow->getBoolean(1);
  }

  /// Walks the contents tree the office shows, finds the extension's section and checks that it
  /// reads as `expected` for a user of `language`'s help, then opens every entry as the help
  /// window does (its frame loads the entry's URL) and checks the page shown: the entry's own
  /// page in `language`, headed with the entry's title, with its text. Returns the entries opened.
  size_t expectContentsOpen(const std::string& language) {
    const Contents& expected = kContents.at(language);
    const std::string root = "vnd.sun.star.hier://com.sun.star.help.TreeView/";
    std::vector<TreeRow> sections = treeRows(root);
    // The extension's section is the one whose entries open its pages.
    const TreeRow* section = nullptr;
    std::vector<TreeRow> nodes;
    for (const TreeRow& row : sections) {
      if (!row.folder) continue;
      std::vector<TreeRow> children = treeRows(row.content);
      const bool ours = std::any_of(children.begin(), children.end(), [&](const TreeRow& child) {
        if (!child.folder) return false;
        for (const TreeRow& entry : treeRows(child.content))
          if (entry.targetUrl.find("org.chengbao.extension") != std::string::npos) return true;
        return false;
      });
      if (ours) {
        section = &row;
        nodes = children;
      }
    }
    std::string shown;
    for (const TreeRow& row : sections) shown += row.title + " ";
    if (!section) {
      ADD_FAILURE() << "no section of the extension in the contents: " << shown;
      return 0;
    }
    EXPECT_EQ(section->title, expected.section) << "the contents show: " << shown;
    if (nodes.size() != 1) {
      ADD_FAILURE() << section->title << " holds " << nodes.size() << " rows, not one node";
      return 0;
    }
    EXPECT_EQ(nodes[0].title, expected.node);
    const std::vector<TreeRow> entries = treeRows(nodes[0].content);
    std::vector<std::string> titles;
    for (const TreeRow& entry : entries) titles.push_back(entry.title);
    EXPECT_EQ(titles, expected.entries);

    size_t opened = 0;
    for (const TreeRow& entry : entries) {
      EXPECT_FALSE(entry.folder) << entry.title;
      if (expectPageOpens(entry.targetUrl, entry.title, language)) ++opened;
    }
    return opened;
  }

  /// Opens `url` as the help window does (its frame loads the URL) and checks the page shown:
  /// one of the extension's, in `language`, headed `title`, with its text. True when it is.
  bool expectPageOpens(const std::string& url, const std::string& title,
                       const std::string& language) {
    SCOPED_TRACE(title + " → " + url);
    uno::Reference<frame::XComponentLoader> xLoader(office_->desktop(), uno::UNO_QUERY_THROW);
    uno::Sequence<beans::PropertyValue> aHidden(1);
    aHidden.getArray()[0].Name = "Hidden";
    aHidden.getArray()[0].Value <<= true;
    chengbao::office::Doc xPage;
    try {
      if (isHelpErrorDocument(url)) {
        ADD_FAILURE() << "the office's help answers with its error page";
        return false;
      }
      xPage = xLoader->loadComponentFromURL(toOUString(url), "_blank", 0, aHidden);
    } catch (const uno::Exception& e) {
      // The help window then says 「不能够读取对象」 ("could not read object").
      ADD_FAILURE() << "the office cannot read the entry: "
                    << toUtf8(cppu::getCaughtException().getValueTypeName()) << " "
                    << toUtf8(e.Message);
      return false;
    }
    if (!xPage.is()) {
      ADD_FAILURE() << "the office opened nothing";
      return false;
    }
    const std::string shown =
        toUtf8(uno::Reference<frame::XModel>(xPage, uno::UNO_QUERY_THROW)->getURL());
    const std::vector<chengbao::office::ParagraphInfo> page = chengbao::office::paragraphs(xPage);
    chengbao::office::closeDocument(xPage);
    EXPECT_NE(shown.find("org.chengbao.extension"), std::string::npos) << shown;
    EXPECT_NE(shown.find("Language=" + language + "&"), std::string::npos) << shown;
    if (page.size() < 2) {
      ADD_FAILURE() << "the page " << shown << " has " << page.size() << " paragraphs";
      return false;
    }
    EXPECT_EQ(page[0].text, title) << "the page's own title";
    const bool text = std::any_of(page.begin() + 1, page.end(),
                                  [](const auto& paragraph) { return paragraph.text.size() > 20; });
    EXPECT_TRUE(text) << "the page " << shown << " shows no text after its title";
    return page[0].text == title && text;
  }

  /// Reads the keywords of the help window's Index tab as it reads them (sfx2's
  /// IndexTabPage_Impl::InitializeIndex: the properties of the module's help content in the
  /// language sfx2 asks for, the UI language when the office has no help of its own for it),
  /// checks the extension's are "section;title" and "title" of each entry of `language`, then
  /// opens each as the help window does (SfxHelpWindow_Impl::OpenHdl: the module, the keyword's
  /// page and its anchor). Returns the keywords that opened their page.
  size_t expectIndexOpens(const std::string& language) {
    const Contents& expected = kContents.at(language);
    const std::string module = "vnd.sun.star.help://swriter?Language=" + language + "&System=UNIX";
    uno::Reference<ucb::XUniversalContentBroker> xBroker =
        ucb::UniversalContentBroker::create(office_->context());
    uno::Reference<ucb::XCommandProcessor> xContent(
        xBroker->queryContent(xBroker->createContentIdentifier(toOUString(module))),
        uno::UNO_QUERY_THROW);
    const char* names[] = {"KeywordList", "KeywordRef", "KeywordAnchorForRef"};
    uno::Sequence<beans::Property> aProperties(3);
    for (sal_Int32 i = 0; i < 3; ++i) {
      aProperties.getArray()[i].Name = rtl::OUString::createFromAscii(names[i]);
      aProperties.getArray()[i].Handle = -1;
    }
    ucb::Command aCommand;
    aCommand.Name = "getPropertyValues";
    aCommand.Handle = -1;
    aCommand.Argument <<= aProperties;
    uno::Reference<sdbc::XRow> xRow(xContent->execute(aCommand, 0, nullptr), uno::UNO_QUERY_THROW);
    uno::Sequence<rtl::OUString> aKeywords;
    uno::Sequence<uno::Sequence<rtl::OUString>> aRefs;
    uno::Sequence<uno::Sequence<rtl::OUString>> aAnchors;
    xRow->getObject(1, nullptr) >>= aKeywords;
    xRow->getObject(2, nullptr) >>= aRefs;
    xRow->getObject(3, nullptr) >>= aAnchors;
    if (aRefs.getLength() != aKeywords.getLength() ||
        aAnchors.getLength() != aKeywords.getLength()) {
      ADD_FAILURE() << "the index has " << aKeywords.getLength() << " keywords but "
                    << aRefs.getLength() << " lists of pages";
      return 0;
    }
    // keyword → the URLs the help window opens for it; the extension's keywords only.
    std::map<std::string, std::vector<std::string>> ours;
    for (sal_Int32 i = 0; i < aKeywords.getLength(); ++i)
      for (sal_Int32 j = 0; j < aRefs[i].getLength(); ++j) {
        const std::string ref = toUtf8(aRefs[i][j]);
        if (ref.find("org.chengbao.extension") == std::string::npos) continue;
        const std::string anchor = j < aAnchors[i].getLength() ? toUtf8(aAnchors[i][j]) : "";
        ours[toUtf8(aKeywords[i])].push_back("vnd.sun.star.help://swriter/" + ref +
                                             "?Language=" + language + "&System=UNIX#" + anchor);
      }
    // Each keyword leads to one page, the one headed with the keyword (its part after ';').
    std::map<std::string, size_t> pages;
    for (const auto& [keyword, urls] : ours) pages[keyword] = urls.size();
    std::map<std::string, size_t> wanted;
    for (const std::string& title : expected.entries) {
      wanted[expected.section + ";" + title] = 1;
      wanted[title] = 1;
    }
    EXPECT_EQ(pages, wanted);
    size_t opened = 0;
    for (const auto& [keyword, urls] : ours)
      for (const std::string& url : urls)
        if (expectPageOpens(url, keyword.substr(keyword.find(';') + 1), language)) ++opened;
    return opened;
  }

  /// A user of `uiLanguage` whose office has the help pack of `helpPack` (none when empty)
  /// sees the contents in `shownLanguage`, and every entry opens; prints what it found.
  void expectUserSees(const std::string& uiLanguage, const std::string& helpPack,
                      const std::string& shownLanguage) {
    ASSERT_NO_THROW(startOffice(uiLanguage, helpPack));
    const size_t opened = expectContentsOpen(shownLanguage);
    const size_t entries = kContents.at(shownLanguage).entries.size();
    std::cout << "UI " << uiLanguage << ", help pack " << (helpPack.empty() ? "none" : helpPack)
              << ": contents in " << shownLanguage << ", " << opened << " of " << entries
              << " entries opened" << std::endl;
    EXPECT_EQ(opened, entries);
  }

  /// A user of `uiLanguage` without a help pack finds every entry in the help window's index
  /// in that language, and each keyword opens its page; prints what it found.
  void expectIndexIn(const std::string& uiLanguage) {
    ASSERT_NO_THROW(startOffice(uiLanguage, ""));
    const size_t opened = expectIndexOpens(uiLanguage);
    const size_t keywords = 2 * kContents.at(uiLanguage).entries.size();
    std::cout << "UI " << uiLanguage << ", help pack none: index in " << uiLanguage << ", "
              << opened << " of " << keywords << " keywords opened" << std::endl;
    EXPECT_EQ(opened, keywords);
  }

  std::filesystem::path workDir_;
  std::unique_ptr<Office> office_;
};

TEST_F(HelpTreeTest, ASimplifiedChineseUserSeesTheContentsInSimplifiedChineseAndEachEntryOpens) {
  expectUserSees("zh-CN", "zh-CN", "zh-CN");
}

TEST_F(HelpTreeTest, ATraditionalChineseUserSeesTheContentsInTraditionalChineseAndEachEntryOpens) {
  expectUserSees("zh-TW", "zh-TW", "zh-TW");
}

TEST_F(HelpTreeTest, AnEnglishUserSeesTheContentsInEnglishAndEachEntryOpens) {
  expectUserSees("en-US", "en-US", "en-US");
}

// Without a help pack for the UI language (Debian installs none with the office), LibreOffice
// 7.4 takes every extension's contents, and the language of their links, from en-US: it picks
// the contents' language from its help folder alone (xmlhelp's TVChildTarget::init), so nothing
// an extension ships can change it. The entries still open, each on its English page. (Before
// the help.tree ids named the page's database key, every entry, in every language, failed with
// 「不能够读取对象」; here: "the office cannot read the entry:
// com.sun.star.ucb.IllegalIdentifierException".)
TEST_F(HelpTreeTest, WithoutAHelpPackAChineseUserSeesTheEnglishContentsAndEachEntryOpens) {
  expectUserSees("zh-CN", "", "en-US");
}

// The index is what the help window shows first (F1 opens it on the Index tab), and sfx2 asks
// for its keywords in the UI language even when the office has no help of its own for it: so
// without a help pack the index is where a user finds the extension's pages in the UI language.
TEST_F(HelpTreeTest, WithoutAHelpPackASimplifiedChineseUserFindsEachPageInTheIndex) {
  expectIndexIn("zh-CN");
}

TEST_F(HelpTreeTest, WithoutAHelpPackATraditionalChineseUserFindsEachPageInTheIndex) {
  expectIndexIn("zh-TW");
}

TEST_F(HelpTreeTest, WithoutAHelpPackAnEnglishUserFindsEachPageInTheIndex) {
  expectIndexIn("en-US");
}

}  // namespace
