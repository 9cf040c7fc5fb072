/* bench.c - placeholder replaced by the benchmark program (issue 6). */
#include <stdio.h>
int main(void) { puts("bench: not built yet"); return 2; }
