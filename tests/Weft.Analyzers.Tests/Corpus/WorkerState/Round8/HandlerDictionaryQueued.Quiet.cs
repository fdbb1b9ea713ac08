// Twin: the handler runs right here, on the worker.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.R8.HandlerDictionaryQueuedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public readonly Dictionary<string, int> ByUser = new();
}

public static class Commands
{
    public static void Handle(string command, string user)
    {
        var sessions = Sessions.Current;
        var handlers = new Dictionary<string, Action>
        {
            ["kick"] = () => sessions.ByUser.Remove(user),
            ["ping"] = () => Console.WriteLine("pong"),
        };
        handlers[command]();
    }
}
