// Quiet twin of FileLocalSlot: the file-local slot type's field is readonly.
using Weft;

namespace Corpus6a.FileLocalSlot;

[ThreadLocalSlot]
file sealed partial class Limits
{
    public readonly int Max = 10;
}
