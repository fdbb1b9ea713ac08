// Quiet twin of HiddenGenericMethodCurrent: the generic method is named `Peek<T>`.
using Weft;

namespace Corpus6a.HiddenGenericMethodCurrent;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public static T? Peek<T>() where T : class => null;

    public int Used;
}
