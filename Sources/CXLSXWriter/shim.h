// libxlsxwriter as the system provides it (pkg-config xlsxwriter; Debian: libxlsxwriter-dev):
// Excel workbooks with native charts, for `export xlsx`.
#ifndef DXPLAN_CXLSXWRITER_H
#define DXPLAN_CXLSXWRITER_H
#include <xlsxwriter.h>
#endif
