// WEFT0004, narrowing CallingThreadLoopHelper: a static method without parameters in the same file returns the loop
// to post to. Marked [CallingThreadLoop] (the quiet twin) it is the caller's own loop (the attribute's XML doc:
// WEFT0004 stays quiet); unmarked, it returns the main dispatcher kept in a static.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.CallingThreadLoopStaticMethod;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Leases
{
    public HashSet<int> Held { get; } = new();
}

public static class Loops
{
    public static Dispatcher? Main { get; set; }

    [CallingThreadLoop]
    public static Dispatcher Home() => Dispatcher.Current ?? Main!;

    public static void ReleaseLater(int lease)
    {
        Leases leases = Leases.Current;
        Home().Post(() => leases.Held.Remove(lease));
    }
}
