// Quiet twin: the same static lambda and state are posted to the worker's own loop with Post<TState>.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R11.StaticLambdaStartNewStateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    public List<string> Recent { get; } = new();
}

public static class Trim
{
    public static void Later()
    {
        var session = Session.Current;
        Dispatcher.Current!.Post(static state => state.Recent.Clear(), session);
    }
}
