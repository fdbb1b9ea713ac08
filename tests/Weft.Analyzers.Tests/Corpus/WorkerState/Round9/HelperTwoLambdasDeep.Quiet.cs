// WEFT0004, narrowing LineProtocolServer (the state is captured two lambdas deep, Listener.Open's onAccepted and then onData, and handed to a static helper). #escape on the call and on the Task.Run inside the helper.
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R9.HelperTwoLambdasDeep;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public Dictionary<string, int> ByCommand { get; } = new();
}

public sealed class Commands
{
    public Listener Open(IPEndPoint endPoint)
    {
        Counters counters = Counters.Current;
        return Listener.Open(Dispatcher.Current!, endPoint, connection =>
        {
            connection.Start((c, data) => Count(counters, data.Length.ToString()), (c, e) => { });
        });
    }

    private static void Count(Counters counters, string command)
    {
        Dispatcher.Current!.Post(() => counters.ByCommand.Remove(command));
    }
}
