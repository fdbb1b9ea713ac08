// WEFT0109 next to a case variant: `Current` (hidden, reported) and `current` (a different C# name, quiet) both on
// a per-worker slot type.
using Weft;

namespace Corpus6a.HiddenCaseDiffers;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public static int current;

    public static Scratch? Current { get; set; } // expect: WEFT0109 "Current"
}
