/* Output that does not end with a newline: the final partial line must
 * still be flushed at normal process exit (return 0 from main). Also mixes
 * putchar, fputs and printf into the same unterminated line. */
#include <stdio.h>

int main(void) {
    printf("first line\n");
    printf("second line, then a partial one: ");
    for (int i = 0; i < 5; i++) putchar('a' + i);
    fputs(" [fputs]", stdout);
    printf(" %d%%", 100);
    return 0;
}
