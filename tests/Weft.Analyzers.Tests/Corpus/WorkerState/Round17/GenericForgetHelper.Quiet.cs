// Quiet twin of GenericForgetHelper: the helper's delegate is posted to the calling loop.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R17.WorkerState.GenericForgetHelper;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Blocklist
{
    public HashSet<string> Hosts { get; } = new();
}

public static class Helpers
{
    public static Action Forget<T>(ICollection<T> c) => () => c.Clear();
}

public static class Admin
{
    public static void Reset()
    {
        var hosts = Blocklist.Current.Hosts;
        Dispatcher.Current!.Post(Helpers.Forget(hosts));
    }
}
