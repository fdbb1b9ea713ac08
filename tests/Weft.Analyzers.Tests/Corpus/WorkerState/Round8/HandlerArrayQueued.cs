// WEFT0004: the array form of HandlerDictionaryQueued: a delegate over worker state kept in an array, invoked
// from a thread-pool callback. #escape on the lambda and the queueing.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.HandlerArrayQueued;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public readonly Dictionary<string, int> ByUser = new();
}

public static class Commands
{
    public static void Handle(int command, string user)
    {
        var sessions = Sessions.Current;
        Action[] handlers =
        [
            () => sessions.ByUser.Remove(user), // expect: WEFT0004 #escape
            () => Console.WriteLine("pong"),
        ];
        ThreadPool.QueueUserWorkItem(_ => handlers[command]()); // expect: WEFT0004 #escape
    }
}
