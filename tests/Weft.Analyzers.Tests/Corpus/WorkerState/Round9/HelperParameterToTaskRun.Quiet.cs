// WEFT0004, narrowing LineProtocolServer: a private helper hands its parameter to Task.Run; the caller passes the
// worker's state read from Current. The page says state travels through "helper calls" but not where such a defect is
// reported: #escape on the call and on the Task.Run inside the helper.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R9.HelperParameterToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    public Dictionary<string, int> ByCommand { get; } = new();
}

public static class Commands
{
    public static void Handle(string command)
    {
        Counters counters = Counters.Current;
        Count(counters, command);
    }

    private static void Count(Counters counters, string command)
    {
        Dispatcher.Current!.Post(() => counters.ByCommand[command] = counters.ByCommand.GetValueOrDefault(command) + 1);
    }
}
