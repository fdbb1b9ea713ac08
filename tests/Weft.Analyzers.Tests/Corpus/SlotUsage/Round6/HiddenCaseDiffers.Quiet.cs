// Quiet twin of HiddenCaseDiffers: only `current` (lower case) is declared; C# names are case-sensitive.
using Weft;

namespace Corpus6a.HiddenCaseDiffers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public static int current;

    public static int currentAsync;
}
