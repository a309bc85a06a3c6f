#ifndef DIPLOGRAPH_CGRAPHVIZ_SHIM_H
#define DIPLOGRAPH_CGRAPHVIZ_SHIM_H
// The system's Graphviz headers, as installed by libgraphviz-dev. Nothing is copied here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
