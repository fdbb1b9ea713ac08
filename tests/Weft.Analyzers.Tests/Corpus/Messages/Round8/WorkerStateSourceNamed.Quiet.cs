// Twin: the count is captured.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Messages.R8.WorkerStateSourceNamedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Presence
{
    public readonly HashSet<string> Online = new();
}

public static class Sweep
{
    public static void Start()
    {
        int online = Presence.Current.Online.Count;
        ThreadPool.QueueUserWorkItem(_ => System.Console.WriteLine(online));
    }
}
