// Exporter: writes a KnowledgeGraph in one format. Exporters never change the
// graph, and the same graph always gives the same bytes.
#ifndef NEXUS_EXPORTERS_EXPORTER_H_
#define NEXUS_EXPORTERS_EXPORTER_H_

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

// Options some formats honour; every exporter accepts them.
class GraphMetrics;

// What changed from an older graph to the one exported (nexus diff --format
// html): the explorer marks what is new or changed and lists what went away.
struct GraphChanges {
  struct LinkKey {
    std::string source, relation, target;
  };
  std::string old_name;  // the older graph's file, as given
  std::vector<std::string> documents_added, documents_removed;
  std::vector<std::string> entities_added;
  std::vector<std::pair<std::string, std::string>> entities_removed;  // id, label
  std::vector<LinkKey> links_added, links_removed, links_changed;
};

struct ExportOptions {
  std::string layout = "neato"; // Graphviz engine for drawings: neato, dot, sfdp, circo, fdp
  bool graphml_yed = false;     // GraphML: add yFiles node graphics for yEd
  int jobs = 1;                 // threads a format may use (JSON); the bytes are the same
  bool compact = false;         // JSON: no indentation (for machines); pretty otherwise
  std::string gexf_version = "1.3";  // GEXF: "1.3", or "1.2" (1.2draft, which networkx 2.8 reads)
  bool activity_nodes = false;  // GraphML, GEXF: activities as nodes of a fifth kind (--activities nodes)
  // --metrics: degree, betweenness, PageRank, core number and cluster of
  // every entity, written on its node by every format (drawings size their
  // nodes by betweenness); nullptr: none. Computed once for all formats.
  const GraphMetrics* metrics = nullptr;
  bool want_metrics = false;  // --metrics given: the command computes `metrics`
  const GraphChanges* changes = nullptr;  // HTML: the changes to mark, or none
};

// Where a format that writes a folder of files (Kuzu's CSV tables and
// scripts) puts them: each Open starts a new file of that name (a plain
// name, no '/'), valid until the next Open.
class FileSink {
 public:
  virtual ~FileSink() = default;
  virtual std::ostream& Open(const std::string& name) = 0;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Stable format name, as given to --format ("json", "graphml", ...).
  const char* Name() const { return name_; }
  // File extension without the dot, used when --output is a folder.
  const char* FileExtension() const { return extension_; }
  // One line for `nexus list`.
  const char* Description() const { return description_; }
  // Writes the whole graph to `out`. On failure returns an error that starts
  // with the format's name ("json: write failed"), and the stream's contents
  // are unspecified (callers write to a temporary file). An exception of the
  // format's code is such an error too.
  Status Write(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const;
  Status Write(const KnowledgeGraph& graph, std::ostream& out) const {
    return Write(graph, ExportOptions(), out);
  }
  // Whether the format is a folder of files (FolderExporter): WriteFiles
  // writes them; Write writes them as one POSIX tar archive.
  virtual bool WritesFolder() const { return false; }
  // The files of a folder format into `sink`, errors named as Write's.
  Status WriteFiles(const KnowledgeGraph& graph, const ExportOptions& options, FileSink& sink) const;

 protected:
  // The format itself: writes to `out` and needs not check it afterwards.
  virtual Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                         std::ostream& out) const = 0;

 private:
  friend const std::vector<std::unique_ptr<Exporter>>& Exporters();
  const char* name_ = "";
  const char* extension_ = "";
  const char* description_ = "";
};

// A format that is a folder of files. Its one-stream form (Write, and
// --output -) is the folder as a POSIX tar archive (ustar, the files in the
// order written, mode 0644, owner 0, time 0), which `tar -x` unpacks.
class FolderExporter : public Exporter {
 public:
  bool WritesFolder() const final { return true; }

 protected:
  friend class Exporter;
  virtual Status DoWriteFiles(const KnowledgeGraph& graph, const ExportOptions& options,
                              FileSink& sink) const = 0;
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const final;
};

// A row of the table of formats (registry.cc): {name, extension,
// description, factory}.
struct ExporterEntry {
  const char* name;
  const char* extension;
  const char* description;
  std::unique_ptr<Exporter> (*make)();
};

// For exporters that build their text piece by piece: once `text` holds a
// megabyte or more it goes to `out` and is emptied, so that no export is
// ever held whole in memory (call it after each node and each link).
inline void WriteWhenLarge(std::string* text, std::ostream& out) {
  if (text->size() < (std::size_t{1} << 20)) return;
  out.write(text->data(), static_cast<std::streamsize>(text->size()));
  text->clear();
}

// The table of formats, in the order `nexus list` prints them.
const std::vector<ExporterEntry>& ExporterTable();
// Every registered exporter, made once from the table.
const std::vector<std::unique_ptr<Exporter>>& Exporters();
// The exporter with that Name(), or nullptr.
const Exporter* FindExporter(std::string_view name);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_EXPORTER_H_
