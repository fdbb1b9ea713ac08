// WEFT0008, narrowing LocalFunctionIndexerInUpdate: the local function adds to a captured List with Add (a method
// call, not an indexer), called straight from the update lambda (no foreach). #escape as there.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R9.LocalFunctionAddInUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Names
{
    public string Worker { get; set; } = "";
}

public static class Roll
{
    public static async Task<List<string>> CallAsync(WorkerPool pool)
    {
        var seen = new List<string>();
        await Names.UpdateAllAsync(pool, n => Note(n.Worker)); // expect: WEFT0008 #local
        return seen;

        void Note(string name) => seen.Add(name); // expect: WEFT0008 #local
    }
}
