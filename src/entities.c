/* entities.c - see entities.h. */
#include "entities.h"
