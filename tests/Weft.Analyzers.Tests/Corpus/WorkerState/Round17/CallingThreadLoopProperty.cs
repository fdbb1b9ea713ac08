// WEFT0004: a post of the worker's list to a dispatcher returned by the user's own property that is NOT marked
// [CallingThreadLoop] and returns the pool's first worker (another thread in general). Reported inside the lambda.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.CallingThreadLoopProperty;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Inbox
{
    public List<string> Messages { get; } = new();
}

public static class Loops
{
    public static Dispatcher Home => WorkerPool.Current!.Workers[0];
}

public static class Mail
{
    public static void ClearLater()
    {
        var inbox = Inbox.Current;
        Loops.Home.Post(() => inbox.Messages.Clear()); // expect: WEFT0004
    }
}
