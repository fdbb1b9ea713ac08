// WEFT0004, narrowing CallingThreadLoopHelper: the loop to post to comes from a user property. Marked
// [CallingThreadLoop] (the quiet twin) it is the caller's own loop (the attribute's XML doc: WEFT0004 stays quiet);
// unmarked, it returns the main dispatcher the class was given, another thread.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.CallingThreadLoopProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Timers
{
    public List<long> Due { get; } = new();
}

public sealed class Scheduler(Dispatcher main)
{
    public Dispatcher Here => main;

    public void Cancel(long id)
    {
        Timers timers = Timers.Current;
        Here.Post(() => timers.Due.Remove(id)); // expect: WEFT0004
    }
}
