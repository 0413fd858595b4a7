#include "app/output_plan.h"

#include <sys/stat.h>

#include <iostream>

#include "exporters/exporter.h"
#include "exporters/output.h"

namespace nexus {

bool IsFolder(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Status PlanOutputs(const std::vector<std::string>& formats, const std::string& output,
                   std::vector<std::string>* paths) {
  std::string out = output;
  // A folder format alone: --output names its folder.
  const bool folder_format = formats.size() == 1 && FindExporter(formats[0])->WritesFolder();
  bool folder = formats.size() > 1 || (!folder_format && !out.empty() && out != "-" && IsFolder(out));
  if (out.empty()) out = formats.size() > 1 ? "out" : "-";
  if (!folder) {
    paths->push_back(out);
    if (out == "-") return Status::Ok();
    std::size_t slash = out.rfind('/');
    return CheckWritableFolder(slash == std::string::npos ? "." : out.substr(0, slash ? slash : 1));
  }
  if (out == "-") return Status::Error("--output -: several formats need a folder");
  if (!IsFolder(out) && ::mkdir(out.c_str(), 0755) != 0)
    return Status::Error(out + ": cannot create folder");
  for (const std::string& f : formats)
    paths->push_back(out + "/graph." + FindExporter(f)->FileExtension());
  return CheckWritableFolder(out);
}

bool KnownFormats(const char* command, const std::vector<std::string>& formats) {
  for (const std::string& f : formats) {
    if (!FindExporter(f)) {
      std::cerr << "nexus " << command << ": unknown format '" << f << "' (see 'nexus list')\n";
      return false;
    }
  }
  return true;
}

bool WriteOutputs(const std::vector<std::string>& formats, const std::vector<std::string>& paths,
                  const KnowledgeGraph& graph, const ExportOptions& options) {
  bool ok = true;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Status w = WriteExport(*FindExporter(formats[i]), graph, options, paths[i]);
    if (!w.ok()) {
      std::cerr << "nexus: " << w.message() << "\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace nexus
