// WEFT0008: the callback run on every worker calls a captured delegate (a method group over a captured List's Add):
// every thread appends to the one list. #escape: the report may sit on the delegate or on the callback.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CapturedDelegateAppends;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerInfo
{
    public string Name { get; set; } = "";
}

public static class Inventory
{
    public static async Task<List<string>> NamesAsync(WorkerPool pool)
    {
        var names = new List<string>();
        Action<string> record = names.Add; // expect: WEFT0008 #escape
        await WorkerInfo.UpdateAllAsync(pool, w => record(w.Name)); // expect: WEFT0008 #escape
        return names;
    }
}
