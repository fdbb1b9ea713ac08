// The quiet twin: the cancellation callback only posts the clear back to the worker's own loop, taken on the worker
// beside the state.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.CancellationRegisterStateQuiet;

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
        var home = Dispatcher.Current!;
        return shutdown.Register(() => home.Post(() => requests.Pending.Clear()));
    }
}
