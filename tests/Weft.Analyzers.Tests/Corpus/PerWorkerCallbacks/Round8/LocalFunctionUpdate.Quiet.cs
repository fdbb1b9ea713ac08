// Twin: the local function locks the captured list.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R8.LocalFunctionUpdateQuiet;

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
        void Collect(ChatSessions s)
        {
            lock (everyone)
            {
                everyone.AddRange(s.Users);
            }
        }

        await ChatSessions.UpdateAllAsync(pool, Collect);
        return everyone;
    }
}
