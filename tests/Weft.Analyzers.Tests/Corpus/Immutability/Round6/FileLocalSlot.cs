// WEFT0001 on a file-local (`file`) snapshot slot type with a writable field.
using Weft;

namespace Corpus6a.FileLocalSlot;

[ThreadLocalSlot]
file sealed partial class Limits
{
    public int Max; // expect: WEFT0001 "Max"
}
