// WEFT0004: chat commands kept in a dictionary of delegates over the worker's session table; one is queued to the
// thread pool. Reported where the lambda is built or where it is queued: #escape.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.HandlerDictionaryQueued;

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
            ["kick"] = () => sessions.ByUser.Remove(user), // expect: WEFT0004 #escape
            ["ping"] = () => Console.WriteLine("pong"),
        };
        ThreadPool.QueueUserWorkItem(_ => handlers[command]()); // expect: WEFT0004 #escape
    }
}
