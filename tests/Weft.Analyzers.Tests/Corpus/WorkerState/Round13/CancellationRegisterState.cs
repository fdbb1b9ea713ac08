// A cancellation callback clears the worker's pending table: the page says CancellationToken.Register callbacks run
// on whatever thread cancels (a timer thread for CancelAfter).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.CancellationRegisterState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Requests
{
    public Dictionary<int, string> Pending { get; } = new();
}

public static class Deadline
{
    public static CancellationTokenRegistration Arm(CancellationToken shutdown)
    {
        var requests = Requests.Current;
        return shutdown.Register(() => requests.Pending.Clear()); // expect: WEFT0004
    }
}
