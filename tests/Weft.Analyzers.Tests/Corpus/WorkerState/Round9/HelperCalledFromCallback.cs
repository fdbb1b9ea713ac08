// WEFT0004, narrowing LineProtocolServer (the helper is called from inside a connection callback lambda that captured the worker state; its Task.Run lambda is synchronous). #escape on the call and on the Task.Run inside the helper.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R9.HelperCalledFromCallback;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public Dictionary<string, int> ByCommand { get; } = new();
}

public static class Commands
{
    public static void Attach(Connection connection)
    {
        Counters counters = Counters.Current;
        connection.Start((c, data) => Count(counters, data.Length.ToString()), (c, e) => { }); // expect: WEFT0004 #helper
    }

    private static void Count(Counters counters, string command)
    {
        _ = Task.Run(() => counters.ByCommand.Remove(command)); // expect: WEFT0004 #helper
    }
}
