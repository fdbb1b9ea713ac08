// WEFT0008: a local function that adds into a captured list, passed as a method group to UpdateAllAsync.
// #escape on the write and the hand-over.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.LocalFunctionUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatSessions
{
    public readonly HashSet<string> Users = new();
}

public static class Census
{
    public static async Task<List<string>> ListAsync(WorkerPool pool)
    {
        var everyone = new List<string>();
        void Collect(ChatSessions s) => everyone.AddRange(s.Users); // expect: WEFT0008 #escape
        await ChatSessions.UpdateAllAsync(pool, Collect); // expect: WEFT0008 #escape
        return everyone;
    }
}
