/* mentions.c - see mentions.h. */
#include "mentions.h"
