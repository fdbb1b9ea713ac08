// WEFT0004, narrowing HelperTwoLambdasDeep: the same state captured two lambdas deep (Listener.Open's onAccepted, then
// onData), but handed to Task.Run right there, with no helper in between.
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R9.TaskRunTwoLambdasDeep;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public Dictionary<string, int> ByCommand { get; } = new();
}

public static class Commands
{
    public static Listener Open(IPEndPoint endPoint)
    {
        Counters counters = Counters.Current;
        return Listener.Open(Dispatcher.Current!, endPoint, connection =>
        {
            connection.Start(
                (c, data) =>
                {
                    string command = data.Length.ToString();
                    Dispatcher.Current!.Post(() => counters.ByCommand.Remove(command));
                },
                (c, e) => { });
        });
    }
}
