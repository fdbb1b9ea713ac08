// WEFT0109: a chat presence type declares TryGetCurrent and KickOnAllWorkersAsync itself.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SlotUsage.R8.HidesTryGetCurrentAndUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Presence
{
    private readonly HashSet<string> _online = new();

    [WorkerUpdate] public void Kick(string user) => _online.Remove(user);

    public static bool TryGetCurrent(out Presence? presence) { presence = null; return false; } // expect: WEFT0109

    public static Task KickOnAllWorkersAsync(WorkerPool pool, string user) => Task.CompletedTask; // expect: WEFT0109
}
