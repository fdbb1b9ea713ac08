// WEFT0001 on a file-local (`file`) snapshot slot type with a writable field.
// WEFT0110 (added after round 6): a file-local slot type cannot be served, its generated part being another file (its page).
using Weft;

namespace Corpus6a.FileLocalSlot;

[ThreadLocalSlot]
file sealed partial class Limits // expect: WEFT0110 "Limits"
{
    public int Max; // expect: WEFT0001 "Max"
}
