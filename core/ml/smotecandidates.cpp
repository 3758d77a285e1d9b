#include "smotecandidates.h"

#define SMOTE_TILE_FUNCTION smoteCandidateTileGeneric
#include "smotecandidatestile.h"
