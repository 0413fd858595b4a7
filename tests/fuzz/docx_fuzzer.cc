// libFuzzer target: the DOCX converter (DocxToText) on any bytes.
#define CONVERT nexus::DocxToText
#include "tests/fuzz/converters_fuzzer.inc"
