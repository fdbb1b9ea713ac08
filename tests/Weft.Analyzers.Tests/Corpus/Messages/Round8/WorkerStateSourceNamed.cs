// WEFT0004's message names the variable and the slot it was read from.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Messages.R8.WorkerStateSourceNamed;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Presence
{
    public readonly HashSet<string> Online = new();
}

public static class Sweep
{
    public static void Start()
    {
        var presence = Presence.Current;
        ThreadPool.QueueUserWorkItem(_ => presence.Online.Clear()); // expect: WEFT0004 "presence" "Presence.Current"
    }
}
