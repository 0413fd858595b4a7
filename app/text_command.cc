// nexus text FILE: the text Nexus reads from a document (for a PDF, HTML or
// DOCX file, what its converter made of it), to which evidence offsets refer;
// with --pages, a line "\f[page N at OFFSET]" before each page of a PDF.
#include <iostream>

#include "app/cli.h"
#include "app/commands.h"
#include "app/input.h"

namespace nexus {

namespace {
const char kTextHelp[] =
    "usage: nexus text FILE [--pages]\n"
    "  Prints the text Nexus reads from FILE (.txt, .md, .pdf, .html, .htm, .docx): the\n"
    "  text that evidence offsets (begin, end) refer to. --pages marks where each page\n"
    "  of a PDF starts.\n";
}  // namespace

int RunText(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  bool pages = false;
  CommandLine cli("text", kTextHelp);
  cli.Flag("--pages", &pages);
  cli.Positional("file", &files);
  if (int code = cli.Parse(args)) return code < 0 ? 0 : code;
  if (files.empty()) return cli.Usage("no file");
  if (files.size() > 1) return cli.Usage("one file at a time");
  const std::string& file = files[0];
  ConvertedText text;
  if (Status s = ReadInput(file, InputOptions{}, &text); !s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  if (!pages || text.pages.empty()) {
    std::cout << text.text;
  } else {
    std::size_t at = 0;
    for (std::size_t p = 0; p < text.pages.size(); ++p) {
      std::cout << text.text.substr(at, text.pages[p] - at);
      at = text.pages[p];
      std::cout << "\f[page " << p + 1 << " at " << at << "]\n";
    }
    std::cout << text.text.substr(at);
  }
  if (!text.text.empty() && text.text.back() != '\n') std::cout << "\n";
  return std::cout.good() ? 0 : 1;
}

}  // namespace nexus
