using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.BaseStartsOverrideOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public List<string> Expired { get; } = new();
}

public static class Housekeeping
{
    public static Task Run() => new ListSweeper(Sessions.Current.Expired).Start();
}
