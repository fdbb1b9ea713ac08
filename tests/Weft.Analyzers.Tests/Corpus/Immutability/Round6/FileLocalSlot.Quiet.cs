// Quiet twin of FileLocalSlot: the file-local slot type's field is readonly.
// WEFT0110 (added after round 6): a file-local slot type cannot be served, its generated part being another file (its page).
using Weft;

namespace Corpus6a.FileLocalSlot;

[ThreadLocalSlot]
file sealed partial class Limits // expect: WEFT0110 "Limits"
{
    public readonly int Max = 10;
}
