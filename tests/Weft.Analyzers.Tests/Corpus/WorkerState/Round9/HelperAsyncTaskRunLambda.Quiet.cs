// WEFT0004, narrowing LineProtocolServer (the helper is called from inside a connection callback lambda, and its Task.Run lambda is async and uses the state after an await). #escape on the call and on the Task.Run inside the helper.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R9.HelperAsyncTaskRunLambda;

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
        connection.Start((c, data) => Count(counters, data.Length.ToString()), (c, e) => { });
    }

    private static void Count(Counters counters, string command)
    {
        Dispatcher.Current!.Post(async () => { await Task.Yield(); counters.ByCommand.Remove(command); });
    }
}
