/* switch statements: a dense switch on int (lowered to a jump table),
 * a sparse switch on int with widely spread case values (binary search /
 * compare tree), a sparse switch on long long with 64-bit case values,
 * a switch on unsigned char covering every value, switches with
 * fall-through and default in the middle, and a switch-based state
 * machine. */
#include <stdio.h>

__attribute__((noinline)) static int dense(int x) {
    switch (x) {
    case 0: return -337;
    case 1: return 941;
    case 2: return -692;
    case 3: return -192;
    case 4: return 333;
    case 5: return -902;
    case 6: return -852;
    case 7: return 681;
    case 8: return 97;
    case 9: return -808;
    case 10: return -252;
    case 11: return 193;
    case 12: return -882;
    case 13: return 863;
    case 14: return 39;
    case 15: return -561;
    case 16: return -924;
    case 17: return -824;
    case 18: return -112;
    case 19: return -144;
    case 20: return -857;
    case 21: return -508;
    case 22: return -815;
    case 23: return 128;
    case 24: return -131;
    case 25: return -879;
    case 26: return 693;
    case 27: return 158;
    case 28: return -747;
    case 29: return 940;
    case 30: return -543;
    case 31: return 291;
    case 32: return 284;
    case 33: return 193;
    case 34: return 940;
    case 35: return -874;
    case 36: return 181;
    case 37: return 199;
    case 38: return -188;
    case 39: return -899;
    case 40: return 999;
    case 41: return -548;
    case 42: return -905;
    case 43: return 140;
    case 44: return 758;
    case 45: return -728;
    case 46: return -407;
    case 47: return -142;
    case 48: return -705;
    case 49: return 107;
    case 50: return -759;
    case 51: return 169;
    case 52: return -369;
    case 53: return 147;
    case 54: return 671;
    case 55: return 396;
    case 56: return -630;
    case 57: return -789;
    case 58: return 191;
    case 59: return 169;
    case 60: return 308;
    case 61: return -616;
    case 62: return -238;
    case 63: return -801;
    default: return -9999;
    }
}

__attribute__((noinline)) static int sparse(int x) {
    switch (x) {
    case -1835553: return 77905;
    case -1750015: return 65100;
    case -1736644: return 76008;
    case -1692974: return 59795;
    case -1674437: return 9012;
    case -1656676: return 12267;
    case -1504797: return 35381;
    case -1362531: return 62141;
    case -1308099: return 91362;
    case -1246004: return 87051;
    case -1136147: return 8519;
    case -976186: return 7952;
    case -958024: return 95834;
    case -792302: return 91945;
    case -742687: return 40580;
    case -740664: return 84820;
    case -684048: return 75752;
    case -682372: return 89291;
    case -573424: return 58411;
    case -565314: return 37302;
    case -559359: return 93929;
    case -531246: return 50566;
    case -483414: return 87641;
    case -246266: return 45482;
    case -231269: return 2957;
    case -206548: return 60515;
    case -117453: return 46591;
    case -99207: return 22026;
    case -47125: return 80074;
    case 50859: return 15347;
    case 76668: return 64709;
    case 82113: return 7727;
    case 147201: return 28600;
    case 202833: return 37674;
    case 230196: return 16952;
    case 297406: return 96778;
    case 340739: return 32455;
    case 367132: return 52153;
    case 403444: return 51242;
    case 409307: return 65078;
    case 456024: return 10561;
    case 554159: return 21805;
    case 596314: return 58875;
    case 802700: return 52644;
    case 853804: return 72016;
    case 916280: return 36416;
    case 931795: return 17947;
    case 986809: return 56429;
    case 1059515: return 72118;
    case 1175679: return 36493;
    case 1206842: return 92588;
    case 1259933: return 54433;
    case 1270842: return 47024;
    case 1309700: return 89485;
    case 1331869: return 49865;
    case 1432422: return 30245;
    case 1670592: return 19781;
    case 1672020: return 10876;
    case 1873193: return 23097;
    case 1914418: return 19830;
    default: return -1;
    }
}

__attribute__((noinline)) static long long sparse64(long long x) {
    switch (x) {
    case -9223372036854775807LL: return -822340241659LL;
    case -4389161777544566294LL: return -775714822144LL;
    case -3314592576232277510LL: return 31766446460LL;
    case -2932837715948675438LL: return -260420778531LL;
    case -2723115780627130275LL: return 61734699027LL;
    case -2583866648292445275LL: return 343896591221LL;
    case -2483789332029991253LL: return -996390356885LL;
    case -2296776269028771392LL: return 999219115321LL;
    case -1953187461828146786LL: return -241281236551LL;
    case -1924430886606190759LL: return 416478684121LL;
    case -1248053657588413345LL: return 834315156203LL;
    case -1095560545359136472LL: return -735169801159LL;
    case -1039567335048265646LL: return -145689012343LL;
    case -1011877218780585590LL: return 566728061040LL;
    case -923850140160386715LL: return -558691507054LL;
    case -826137345833461261LL: return 956263254673LL;
    case -775636060149104841LL: return -45750515329LL;
    case -501885105818715882LL: return 399253682079LL;
    case -195762935147320686LL: return -809593288455LL;
    case 0LL: return 589016168497LL;
    case 1LL: return 19607362558LL;
    case 4294967296LL: return 633811515726LL;
    case 589017983674965189LL: return -811249944083LL;
    case 887098103955598885LL: return -648994662462LL;
    case 1140973929869645451LL: return -939324832204LL;
    case 1265662083571891473LL: return 297729310716LL;
    case 1739176122188180488LL: return 26088526601LL;
    case 1835813676757553132LL: return 442277943796LL;
    case 1949750153342829638LL: return 344952577529LL;
    case 2061469083261198456LL: return 313514860758LL;
    case 2328520757001560092LL: return 43592467606LL;
    case 2658545093914622468LL: return -659192594798LL;
    case 2731402539683738019LL: return 204947319838LL;
    case 2775176722849516811LL: return -956487755650LL;
    case 2779635999204852887LL: return 756702796993LL;
    case 3516445105163698442LL: return 597602808363LL;
    case 3811903859070237285LL: return -773871369147LL;
    case 4099605577255614779LL: return 647234122745LL;
    case 4134864737973948584LL: return -691047433973LL;
    case 4217330377372933018LL: return -571054130311LL;
    case 4250039500543825367LL: return 923398691093LL;
    case 4270842207445018668LL: return -938964037892LL;
    case 4391580441486028326LL: return -535061909750LL;
    case 4478534518281861304LL: return 100769909969LL;
    case 9223372036854775807LL: return 680365321548LL;
    default: return x / 3;
    }
}

__attribute__((noinline)) static int dense64(long long x) {
    switch (x) {
    case 1000000000000LL: return 600;
    case 1000000000001LL: return 333;
    case 1000000000002LL: return 265;
    case 1000000000003LL: return 557;
    case 1000000000004LL: return 429;
    case 1000000000005LL: return 854;
    case 1000000000006LL: return 134;
    case 1000000000007LL: return 62;
    case 1000000000008LL: return 931;
    case 1000000000009LL: return 757;
    case 1000000000010LL: return 362;
    case 1000000000011LL: return 919;
    case 1000000000012LL: return 469;
    case 1000000000013LL: return 678;
    case 1000000000014LL: return 597;
    case 1000000000015LL: return 834;
    case 1000000000016LL: return 925;
    case 1000000000017LL: return 529;
    case 1000000000018LL: return 430;
    case 1000000000019LL: return 846;
    case 1000000000020LL: return 939;
    case 1000000000021LL: return 899;
    case 1000000000022LL: return 513;
    case 1000000000023LL: return 133;
    case 1000000000024LL: return 544;
    case 1000000000025LL: return 155;
    case 1000000000026LL: return 536;
    case 1000000000027LL: return 522;
    case 1000000000028LL: return 19;
    case 1000000000029LL: return 893;
    case 1000000000030LL: return 450;
    case 1000000000031LL: return 795;
    default: return 0;
    }
}
/* every value of unsigned char, grouped by ranges (case ranges are a GNU
 * extension, so spell out a classification with fall-through instead) */
__attribute__((noinline)) static int classify(unsigned char c) {
    int score = 0;
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        score += 10;
        /* fall through */
    case 'x':
        score += 1;
        break;
    case ' ': case '\t': case '\n':
        score = 100;
        break;
    default:
        score = -1;
        /* fall through */
    case 'a': case 'e': case 'i': case 'o': case 'u':
        score += 50;
        break;
    case 255:
        score = 255;
        break;
    }
    return score;
}

enum state { S_START, S_INT, S_FRAC, S_EXP, S_EXPSIGN, S_EXPDIG, S_ERR };

/* validate a simple number format with a switch-driven state machine */
static int valid_number(const char *s) {
    enum state st = S_START;
    for (; *s; s++) {
        char c = *s;
        switch (st) {
        case S_START:
            if (c >= '0' && c <= '9') st = S_INT;
            else st = S_ERR;
            break;
        case S_INT:
            switch (c) {
            case '.': st = S_FRAC; break;
            case 'e': case 'E': st = S_EXP; break;
            default: if (c < '0' || c > '9') st = S_ERR;
            }
            break;
        case S_FRAC:
            if (c == 'e' || c == 'E') st = S_EXP;
            else if (c < '0' || c > '9') st = S_ERR;
            break;
        case S_EXP:
            if (c == '+' || c == '-') st = S_EXPSIGN;
            else if (c >= '0' && c <= '9') st = S_EXPDIG;
            else st = S_ERR;
            break;
        case S_EXPSIGN:
        case S_EXPDIG:
            st = (c >= '0' && c <= '9') ? S_EXPDIG : S_ERR;
            break;
        case S_ERR:
            return 0;
        }
    }
    return st == S_INT || st == S_FRAC || st == S_EXPDIG;
}

int main(void) {
    unsigned long long acc = 0;
    for (int i = -5; i < 70; i++) {
        int v = dense(i);
        acc = acc * 31 + (unsigned long long)v;
        if (i % 8 == 0) printf("dense(%d)=%d ", i, v);
    }
    printf("\ndense checksum=%llu\n", acc);

    acc = 0;
    int hits = 0;
    static const int probes[] = {
        -1835553, -1692974, -1504797, -1246004, -958024, -740664, -573424, -531246, -231269, -99207,
        76668, 202833, 340739, 409307, 596314, 916280, 1059515, 1259933, 1331869, 1672020, 0, 1, -1,
        2000001, -2000001,
    };
    for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
        int v = sparse(probes[i]);
        printf("sparse(%d)=%d\n", probes[i], v);
    }
    for (int x = -2000000; x < 2000000; x += 7) {
        int v = sparse(x);
        if (v >= 0) hits++;
        acc = acc * 7 + (unsigned long long)v;
    }
    printf("sparse scan hits=%d checksum=%llu\n", hits, acc);

    static const long long probes64[] = {
        -9223372036854775807LL, -3314592576232277510LL, -2723115780627130275LL,
        -2483789332029991253LL, -1953187461828146786LL, -1248053657588413345LL,
        -1039567335048265646LL, -923850140160386715LL, -775636060149104841LL, -195762935147320686LL,
        1LL, 589017983674965189LL, 1140973929869645451LL, 1739176122188180488LL,
        1949750153342829638LL, 2328520757001560092LL, 2731402539683738019LL, 2779635999204852887LL,
        3811903859070237285LL, 4134864737973948584LL, 4250039500543825367LL, 4391580441486028326LL,
        9223372036854775807LL, 2LL, -7LL, 4294967295LL,
    };
    unsigned long long h = 0;
    for (unsigned i = 0; i < sizeof probes64 / sizeof probes64[0]; i++) {
        long long v = sparse64(probes64[i]);
        printf("sparse64(%lld)=%lld\n", probes64[i], v);
        h = h * 1000003u + (unsigned long long)v;
    }
    printf("sparse64 hash=%llu\n", h);
    unsigned d64 = 0;
    for (long long x = 1000000000000LL - 3; x < 1000000000000LL + 35; x++) d64 = d64 * 3 + (unsigned)dense64(x);
    printf("dense64 checksum=%u\n", d64);

    unsigned long cls = 0;
    for (int c = 0; c < 256; c++) cls = cls * 3 + (unsigned long)classify((unsigned char)c);
    printf("classify checksum=%lu classify('5')=%d classify('x')=%d classify('e')=%d classify('Q')=%d\n",
           cls, classify('5'), classify('x'), classify('e'), classify('Q'));
    const char *nums[] = {"0", "123", "3.14", "1e10", "2.5E-3", "1e", "abc", "1.2.3", "7e+", "42e+7", ""};
    for (int i = 0; i < 11; i++) printf("valid(\"%s\")=%d ", nums[i], valid_number(nums[i]));
    printf("\n");
    return 0;
}
