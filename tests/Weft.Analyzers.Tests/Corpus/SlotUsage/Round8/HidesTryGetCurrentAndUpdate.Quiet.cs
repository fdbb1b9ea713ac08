// Twin: the helpers have their own names.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SlotUsage.R8.HidesTryGetCurrentAndUpdateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Presence
{
    private readonly HashSet<string> _online = new();

    [WorkerUpdate] public void Kick(string user) => _online.Remove(user);

    public static bool TryGetLocal(out Presence? presence) => TryGetCurrent(out presence);

    public static Task KickEverywhereAsync(WorkerPool pool, string user) => KickOnAllWorkersAsync(pool, user);
}
